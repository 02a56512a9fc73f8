import { Route, Routes } from 'react-router-dom';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import {
  OVERLEVERING_USER_SIGNAL_CHANNEL,
  type Round,
} from '@hemit/plugin-overlevering-common';
import { FakeOverleveringBackend } from '../../__testUtils__/fakeBackend';
import {
  ManualSignalApi,
  renderWithBackend,
} from '../../__testUtils__/renderWithBackend';
import { ApprovalsInbox } from './ApprovalsInbox';
import { DecisionPage } from './DecisionPage';

const server = setupServer();
registerMswTestHooks(server);
jest.setTimeout(30_000);

const owner = 'user:default/kari.nordmann';
const approver = 'user:default/ola.hansen';

function openRound(
  number: number,
  submittedAt: string,
  roles: string[],
): Round {
  return {
    number,
    status: 'open',
    revision: number + 1,
    submittedBy: owner,
    submittedAt,
    optionalRoles: [],
    assignments: roles.map(role => ({
      role,
      approver: role === 'fagansvarlig' ? approver : `group:default/${role}`,
      status: 'pending',
    })),
  };
}

describe('Godkjenninger', () => {
  let backend: FakeOverleveringBackend;

  beforeEach(() => {
    backend = new FakeOverleveringBackend();
    server.use(...backend.handlers);
  });

  it('lists what waits for me and my groups, oldest first', async () => {
    backend.seed({
      owner,
      status: 'in_review',
      document: { bestilling: { tittel: 'Nyere' } },
      rounds: [openRound(1, '2026-11-22T08:00:00Z', ['server'])],
    });
    backend.seed({
      owner,
      status: 'in_review',
      document: { bestilling: { tittel: 'Eldre' } },
      rounds: [
        openRound(1, '2026-11-19T08:00:00Z', ['fagansvarlig', 'hemithjelp']),
      ],
    });
    backend.seed({
      owner,
      status: 'in_review',
      document: { bestilling: { tittel: 'Ikke min' } },
      rounds: [openRound(1, '2026-11-18T08:00:00Z', ['nettverk'])],
    });
    backend.signIn(approver, ['group:default/server']);
    await renderWithBackend(<ApprovalsInbox />, { backend });

    const table = await screen.findByRole('table', {
      name: 'Venter på meg og mine grupper',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[0].textContent),
    ).toEqual(['Eldre', 'Nyere']);
    expect(rows[0]).toHaveTextContent('Fagansvarlig');
    expect(rows[1]).toHaveTextContent('Server');
    expect(rows[1]).toHaveTextContent(/for\s*server/);
  });

  /** Seeds `count` handovers waiting for the approver, "Sak 01" the oldest. */
  function seedWaiting(count: number) {
    const numbers = Array.from({ length: count }, (_, i) => i + 1);
    // Seeded newest first, so the inbox's order cannot come from the seeding.
    for (const n of numbers.reverse()) {
      const minute = String(n).padStart(2, '0');
      backend.seed({
        owner,
        status: 'in_review',
        document: { bestilling: { tittel: `Sak ${minute}` } },
        rounds: [openRound(1, `2026-11-19T08:${minute}:00Z`, ['fagansvarlig'])],
      });
    }
  }

  async function shownTitles() {
    const table = await screen.findByRole('table', {
      name: 'Venter på meg og mine grupper',
    });
    return within(table)
      .getAllByRole('row')
      .slice(1)
      .map(r => within(r).getAllByRole('cell')[0].textContent);
  }

  const titles = (from: number, to: number) =>
    Array.from(
      { length: to - from + 1 },
      (_, i) => `Sak ${String(from + i).padStart(2, '0')}`,
    );

  it('shows a long inbox a page at a time, oldest first', async () => {
    seedWaiting(25);
    backend.signIn(approver);
    await renderWithBackend(<ApprovalsInbox pageSize={10} />, { backend });

    expect(await shownTitles()).toEqual(titles(1, 10));
    const previous = screen.getByRole('button', { name: 'Forrige side' });
    const next = screen.getByRole('button', { name: 'Neste side' });
    expect(previous).toBeDisabled();

    await userEvent.click(next);
    expect(await screen.findByText('Sak 11')).toBeInTheDocument();
    expect(await shownTitles()).toEqual(titles(11, 20));
    expect(screen.getByRole('navigation')).toHaveTextContent('Side 2');

    await userEvent.click(screen.getByRole('button', { name: 'Neste side' }));
    expect(await screen.findByText('Sak 21')).toBeInTheDocument();
    expect(await shownTitles()).toEqual(titles(21, 25));
    expect(screen.getByRole('button', { name: 'Neste side' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Forrige side' }));
    expect(await screen.findByText('Sak 11')).toBeInTheDocument();
    expect(await shownTitles()).toEqual(titles(11, 20));
    expect(screen.getByRole('navigation')).toHaveTextContent('Side 2');
  });

  it('goes back a page when the last seat on the last page is decided', async () => {
    seedWaiting(11);
    backend.signIn(approver);
    const signals = new ManualSignalApi();
    await renderWithBackend(<ApprovalsInbox pageSize={10} />, {
      backend,
      signals,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Neste side' }),
    );
    expect(await screen.findByText('Sak 11')).toBeInTheDocument();

    // The approver decides it, here or in another tab.
    const last = [...backend.handovers.values()].find(
      h => h.title === 'Sak 11',
    )!;
    last.rounds[0].assignments[0].status = 'approved';
    last.rounds[0].status = 'approved';
    act(() =>
      signals.publish(OVERLEVERING_USER_SIGNAL_CHANNEL, {
        handoverId: last.id,
        type: 'round_closed',
        status: 'approved',
        revision: 1,
      }),
    );

    expect(await screen.findByText('Side 1')).toBeInTheDocument();
    expect(await shownTitles()).toEqual(titles(1, 10));
    expect(screen.getByRole('button', { name: 'Forrige side' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Neste side' })).toBeDisabled();
    expect(screen.queryByText(/ingen godkjenninger/i)).not.toBeInTheDocument();
  });

  function renderDecision(id: string, round: number, role: string) {
    return renderWithBackend(
      <Routes>
        <Route
          path="/overlevering/godkjenninger/:id/:round/:role"
          element={<DecisionPage />}
        />
      </Routes>,
      {
        backend,
        routeEntries: [`/overlevering/godkjenninger/${id}/${round}/${role}`],
      },
    );
  }

  it('keeps Avslå disabled until a comment is written, then records the rejection', async () => {
    const handover = backend.seed({
      owner,
      status: 'in_review',
      document: { bestilling: { tittel: 'PACS' } },
      rounds: [
        openRound(1, '2026-11-19T08:00:00Z', ['fagansvarlig', 'hemithjelp']),
      ],
    });
    backend.signIn(approver);
    await renderDecision(handover.id, 1, 'fagansvarlig');

    const reject = await screen.findByRole('button', { name: 'Avslå' });
    expect(reject).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Kommentar'), '   ');
    expect(reject).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Kommentar'), 'ROS mangler');
    expect(reject).toBeEnabled();
    await userEvent.click(reject);

    expect(await screen.findByText('Du har avslått.')).toBeInTheDocument();
    const seat = backend.handovers
      .get(handover.id)!
      .rounds[0].assignments.find(a => a.role === 'fagansvarlig')!;
    expect(seat).toMatchObject({
      status: 'rejected',
      comment: 'ROS mangler',
      decidedBy: approver,
    });
  });

  it('shows the round snapshot and, for a seat that rejected before, what changed since', async () => {
    const first: Round = {
      ...openRound(1, '2026-11-19T08:00:00Z', ['fagansvarlig']),
      status: 'rejected',
    };
    first.assignments[0] = {
      ...first.assignments[0],
      status: 'rejected',
      comment: 'ROS mangler',
    };
    const handover = backend.seed({
      owner,
      status: 'in_review',
      document: { bestilling: { tittel: 'PACS' } },
      rounds: [first, openRound(2, '2026-11-21T08:00:00Z', ['fagansvarlig'])],
    });
    // The documents the two rounds decide on.
    backend.keepRevision(handover.id, first.revision, {
      bestilling: { tittel: 'PACS', formal: 'Bilder' },
    });
    backend.keepRevision(handover.id, first.revision + 1, {
      bestilling: { tittel: 'PACS', formal: 'Bilder og video' },
    });
    backend.signIn(approver);
    await renderDecision(handover.id, 2, 'fagansvarlig');

    const diff = await screen.findByRole('region', {
      name: 'Endret siden du avslo i runde 1',
    });
    const changed = await within(diff).findAllByRole('row');
    expect(changed.slice(1).map(r => r.textContent)).toEqual([
      expect.stringMatching(/^Bestilling › .*BilderBilder og video$/),
    ]);
    // The round's snapshot is shown as the export renders it.
    expect(
      screen.getByRole('heading', { name: 'PACS', level: 1 }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Godkjenn' }));
    expect(await screen.findByText('Du har godkjent.')).toBeInTheDocument();
    expect(backend.handovers.get(handover.id)!.status).toBe('approved');
  });

  it('says so when the seat was decided elsewhere meanwhile', async () => {
    const handover = backend.seed({
      owner,
      status: 'in_review',
      document: { bestilling: { tittel: 'PACS' } },
      rounds: [openRound(1, '2026-11-19T08:00:00Z', ['hemithjelp', 'server'])],
    });
    backend.signIn(approver, ['group:default/hemithjelp']);
    await renderDecision(handover.id, 1, 'hemithjelp');
    const approve = await screen.findByRole('button', { name: 'Godkjenn' });
    // A colleague in the same group approves first.
    backend.handovers.get(handover.id)!.rounds[0].assignments[0].status =
      'approved';
    await userEvent.click(approve);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'allerede besluttet',
    );
  });
});
