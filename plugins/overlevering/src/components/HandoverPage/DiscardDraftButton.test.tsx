import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  completeDocument,
  PEOPLE,
  TestPortal,
} from '../../__testUtils__/testPortal';
import { HandoverPage } from './HandoverPage';

jest.setTimeout(60_000);

describe('discarding a draft', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  const listed = async (status?: 'discarded') =>
    (
      await portal.client(PEOPLE.kari).listHandovers({ owner: 'me', status })
    ).items.map(h => h.title);

  it('lets the owner discard a draft after confirming; it stays, with its history, out of her list', async () => {
    const draft = await portal.draft(completeDocument('Gis opp'));
    await portal.render(<HandoverPage handoverId={draft.id} />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Forkast' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Forkaste overleveringen?',
    });
    expect(dialog).toHaveTextContent(/beholdes med historikken/);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Forkast' }),
    );

    const history = await screen.findByRole('list', { name: 'Historikk' });
    await within(history).findByText('Utkast forkastet');
    expect(screen.getAllByText('Forkastet').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Forkast' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Rediger skjema' })).toBeNull();

    expect(await listed()).toEqual([]);
    expect(await listed('discarded')).toEqual(['Gis opp']);
  });

  it('changes nothing when the owner cancels', async () => {
    const draft = await portal.draft(completeDocument('Beholdes'));
    await portal.render(<HandoverPage handoverId={draft.id} />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Forkast' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Avbryt' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect((await portal.reload(draft)).status).toBe('draft');
    expect(await listed()).toEqual(['Beholdes']);
  });

  it('is not offered to anyone but the owner', async () => {
    const draft = await portal.draft(completeDocument('Karis'));
    portal.signIn(PEOPLE.ola);
    await portal.render(<HandoverPage handoverId={draft.id} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Karis' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Forkast' })).toBeNull();
  });

  it('is not offered while a round is open', async () => {
    const { handover } = await portal.submitted(completeDocument('Sendt'));
    await portal.render(<HandoverPage handoverId={handover.id} />, {
      language: 'en',
    });
    expect(
      await screen.findByRole('button', { name: 'Withdraw the round' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Discard' })).toBeNull();
  });
});
