import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  completeDocument,
  PEOPLE,
  TestPortal,
} from '../../__testUtils__/testPortal';
import { ParkedDeliveries } from './ParkedDeliveries';

jest.setTimeout(60_000);

// What the backend gave up delivering shows to an administrator, who can
// send it again once what stopped it is fixed.
describe('ParkedDeliveries', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start({
      config: { overlevering: { outbox: { maxAttempts: 1 } } },
    });
  });

  afterEach(async () => {
    await portal.stop();
  });

  /** A round whose notifications fail once and are given up on. */
  async function parkedRound() {
    portal.notifications.send.mockRejectedValue(
      new Error('Varslingstjenesten svarer ikke'),
    );
    const { handover } = await portal.submitted(completeDocument('PACS'));
    return handover;
  }

  it('shows nothing to someone the policy does not let manage deliveries', async () => {
    await parkedRound();
    portal.signIn(PEOPLE.kari);
    const { container } = await portal.render(<ParkedDeliveries />);
    // Long enough for the list to load, were it shown.
    await new Promise(r => setTimeout(r, 1500));
    expect(container).toBeEmptyDOMElement();
  });

  it('lists what was given up on, with the error, and sends it again', async () => {
    await parkedRound();
    portal.signIn(PEOPLE.erik);
    await portal.render(<ParkedDeliveries />, { canManageDeliveries: true });

    const table = await screen.findByRole(
      'table',
      { name: 'Varsler som ikke kom fram' },
      { timeout: 15_000 },
    );
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Sendt til godkjenning');
    expect(row).toHaveTextContent('Varslingstjenesten svarer ikke');

    // The notifications service is back; sending again delivers it.
    portal.notifications.send.mockResolvedValue(undefined);
    await userEvent.click(
      within(row).getByRole('button', { name: 'Send på nytt' }),
    );
    await waitFor(
      () =>
        expect(
          screen.queryByRole('table', { name: 'Varsler som ikke kom fram' }),
        ).not.toBeInTheDocument(),
      { timeout: 15_000 },
    );
    await waitFor(() =>
      expect(
        portal.notifications.send.mock.calls.some(([n]: any) =>
          n.payload?.title?.includes('PACS'),
        ),
      ).toBe(true),
    );
  });
});
