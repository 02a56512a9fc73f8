import { Route, Routes } from 'react-router-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  TestPortal,
} from '../../__testUtils__/testPortal';
import { ApprovalsInbox } from './ApprovalsInbox';
import { DecisionPage } from './DecisionPage';

jest.setTimeout(60_000);

/** A document whose fagansvarlig is `person`, titled `title`. */
function documentFor(title: string, fagansvarlig: string = PEOPLE.per) {
  const doc = completeDocument(title);
  return { ...doc, designfase: { ...doc.designfase, fagansvarlig } };
}

describe('Godkjenninger', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  it('lists what waits for me and my groups, oldest first', async () => {
    await portal.submitted(documentFor('Eldre', PEOPLE.sara));
    await portal.submitted(documentFor('Nyere'), { optionalRoles: ['server'] });
    await portal.submitted(documentFor('Ikke min'), {
      optionalRoles: ['nettverk'],
    });
    portal.signIn(PEOPLE.sara);
    await portal.render(<ApprovalsInbox />);

    const table = await screen.findByRole('table', {
      name: 'Venter på meg og mine grupper',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[0].textContent),
    ).toEqual(['Eldre', 'Nyere']);
    expect(rows[0]).toHaveTextContent('Fagansvarlig');
    expect(rows[1]).toHaveTextContent('Server');
    expect(rows[1]).toHaveTextContent(/for\s*server/i);
  });

  /** `count` handovers waiting for the fagansvarlig, "Sak 01" the oldest. */
  async function sendForApproval(count: number) {
    for (let n = 1; n <= count; n++) {
      await portal.submitted(documentFor(`Sak ${String(n).padStart(2, '0')}`));
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
    await sendForApproval(25);
    portal.signIn(PEOPLE.per);
    await portal.render(<ApprovalsInbox pageSize={10} />);

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

  it('goes back a page when the last seat on the last page is decided elsewhere', async () => {
    await sendForApproval(11);
    portal.signIn(PEOPLE.per);
    await portal.render(<ApprovalsInbox pageSize={10} />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Neste side' }),
    );
    expect(await screen.findByText('Sak 11')).toBeInTheDocument();

    // The approver decides it in another tab; the backend's signal reaches this one.
    const { items } = await portal.client(PEOPLE.per).listApprovals();
    const last = items.find(item => item.handover.title === 'Sak 11')!;
    await portal.client(PEOPLE.per).decide(last.handover.id, last.round, {
      role: 'fagansvarlig',
      decision: 'approve',
    });

    expect(await screen.findByText('Side 1')).toBeInTheDocument();
    expect(await shownTitles()).toEqual(titles(1, 10));
    expect(screen.getByRole('button', { name: 'Forrige side' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Neste side' })).toBeDisabled();
    expect(screen.queryByText(/ingen godkjenninger/i)).not.toBeInTheDocument();
  });

  function renderDecision(id: string, round: number, role: string) {
    return portal.render(
      <Routes>
        <Route
          path="/overlevering/godkjenninger/:id/:round/:role"
          element={<DecisionPage />}
        />
      </Routes>,
      { routeEntries: [`/overlevering/godkjenninger/${id}/${round}/${role}`] },
    );
  }

  it('keeps Avslå disabled until a comment is written, then records the rejection', async () => {
    const { handover } = await portal.submitted(documentFor('PACS'));
    portal.signIn(PEOPLE.per);
    await renderDecision(handover.id, 1, 'fagansvarlig');

    const reject = await screen.findByRole('button', { name: 'Avslå' });
    expect(reject).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Kommentar'), '   ');
    expect(reject).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Kommentar'), 'ROS mangler');
    expect(reject).toBeEnabled();
    await userEvent.click(reject);

    expect(await screen.findByText('Du har avslått.')).toBeInTheDocument();
    const stored = await portal.reload(handover);
    expect(
      stored.rounds[0].seats.find(a => a.role === 'fagansvarlig'),
    ).toMatchObject({
      status: 'rejected',
      comment: 'ROS mangler',
      decidedBy: PEOPLE.per,
    });
  });

  it('shows the round snapshot and, for a seat that rejected before, what changed since', async () => {
    const first = documentFor('PACS');
    const { handover } = await portal.submitted({
      ...first,
      bestilling: { ...first.bestilling, formal: 'Bilder' },
    });
    for (const [person, role] of FIXED_SEAT_HOLDERS) {
      if (role === 'fagansvarlig') {
        await portal.decide(handover, person, role, 'reject', 'Video mangler');
      } else {
        await portal.decide(handover, person, role, 'approve');
      }
    }
    const rejected = await portal.reload(handover);
    const saved = await portal.client().saveDocument(handover.id, {
      revision: rejected.revision,
      document: {
        ...first,
        bestilling: { ...first.bestilling, formal: 'Bilder og video' },
      },
    });
    await portal
      .client()
      .submit(handover.id, { revision: saved.revision, optionalRoles: [] });

    portal.signIn(PEOPLE.per);
    await renderDecision(handover.id, 2, 'fagansvarlig');

    const diff = await screen.findByRole('region', {
      name: 'Endret siden du avslo i runde 1',
    });
    const changed = await within(diff).findAllByRole('row');
    expect(changed.slice(1).map(r => r.textContent)).toEqual([
      expect.stringMatching(/^Bestilling › .*BilderBilder og video$/),
    ]);
    // The round's whole snapshot is one click away, as the export renders it.
    await userEvent.click(
      screen.getByRole('button', { name: 'Vis hele skjemaet (runde 2)' }),
    );
    expect(
      await screen.findByRole('heading', { name: 'PACS', level: 1 }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Godkjenn' }));
    expect(await screen.findByText('Du har godkjent.')).toBeInTheDocument();
    expect((await portal.reload(handover)).status).toBe('approved');
  });

  it('shows at once that a colleague in the same group has decided the seat', async () => {
    const { handover } = await portal.submitted(documentFor('PACS'));
    portal.signIn(PEOPLE.erik);
    await renderDecision(handover.id, 1, 'hemithjelp');
    expect(
      await screen.findByRole('button', { name: 'Godkjenn' }),
    ).toBeInTheDocument();

    await portal.decide(handover, PEOPLE.hanne, 'hemithjelp', 'approve');

    expect(await screen.findByText(/allerede besluttet/)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Godkjenn' }),
    ).not.toBeInTheDocument();
  });

  it('says so when the seat was decided elsewhere while the page was not listening', async () => {
    const { handover } = await portal.submitted(documentFor('PACS'));
    portal.signIn(PEOPLE.erik);
    await renderDecision(handover.id, 1, 'hemithjelp');
    const approve = await screen.findByRole('button', { name: 'Godkjenn' });

    portal.setSignalsConnected(false);
    await portal.decide(handover, PEOPLE.hanne, 'hemithjelp', 'approve');
    await userEvent.click(approve);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'allerede besluttet',
    );
    const stored = await portal.reload(handover);
    expect(
      stored.rounds[0].seats.find(a => a.role === 'hemithjelp')?.decidedBy,
    ).toBe(PEOPLE.hanne);
  });
});
