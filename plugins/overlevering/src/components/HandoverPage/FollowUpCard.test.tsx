import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  TestPortal,
} from '../../__testUtils__/testPortal';
import { HandoverTable } from '../HandoverTable';
import { HandoverPage } from './HandoverPage';

jest.setTimeout(60_000);

// The follow-up after approval on the handover page and in the lists,
// against the real backend.

describe('follow-up after approval', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  it('lets the owner confirm and Hemithjelp hand over to operations, and the lists say so', async () => {
    const { handover } = await portal.submitted(completeDocument('PACS'));
    for (const [person, role] of FIXED_SEAT_HOLDERS) {
      await portal.decide(handover, person, role, 'approve');
    }

    portal.signIn(PEOPLE.kari);
    portal.render(<HandoverPage handoverId={handover.id} />);
    const card = await screen.findByRole('region', {
      name: 'Kriterier for å avslutte',
    });
    expect(within(card).getAllByRole('listitem')).toHaveLength(4);
    expect(
      screen.getByText('Godkjent – i driftsoppfølging'),
    ).toBeInTheDocument();
    // The history names who started the follow-up: the last approver.
    const history = await screen.findByRole('list', { name: 'Historikk' });
    expect(
      await within(history).findByText('Driftsoppfølging startet'),
    ).toBeInTheDocument();
    // The owner confirms, but only Hemithjelp hands over.
    expect(
      screen.queryByRole('button', { name: 'Overlevert til drift' }),
    ).not.toBeInTheDocument();
    for (const criterion of [
      'Servicedesk er lært opp',
      'Kunnskapsartiklene er publisert',
      'Ingen åpne kritiske kjente feil',
    ]) {
      await userEvent.click(screen.getByRole('checkbox', { name: criterion }));
    }
    await userEvent.click(
      screen.getByRole('button', { name: 'Bekreft oppfølgingen' }),
    );
    expect(
      await screen.findByText(/Leveranseansvarlig bekreftet: Kari Nordmann/),
    ).toBeInTheDocument();
    cleanup();

    portal.signIn(PEOPLE.hanne);
    portal.render(<HandoverPage handoverId={handover.id} />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Overlevert til drift' }),
    );
    expect(
      await screen.findByText(/Overlevert til drift av Hanne Hjelp/),
    ).toBeInTheDocument();
    const stored = await portal.reload(handover);
    expect(stored.followUp?.phase).toBe('handed_over');
    cleanup();

    const page = await portal
      .client(PEOPLE.kari)
      .listHandovers({ owner: 'me' });
    portal.render(<HandoverTable handovers={page.items} emptyText="" />);
    await waitFor(() =>
      expect(
        screen.getAllByText('Overlevert til drift').length,
      ).toBeGreaterThan(0),
    );
  });
});
