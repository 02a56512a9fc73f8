import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { Handover } from '@hemit/plugin-overlevering-common';
import {
  completeDocument,
  DEMO_ENTITIES,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  TestPortal,
} from '../../__testUtils__/testPortal';
import { onPhoneScreen } from '../../__testUtils__/phoneScreen';
import { HandoverList } from './HandoverList';

jest.setTimeout(60_000);

/** The service of the demo catalog. */
const SERVICE_REF = stringifyEntityRef(
  DEMO_ENTITIES.find(entity => entity.kind === 'Component')!,
);

/**
 * Waits until the clock has moved on, so that what happens next is stored
 * as later than what happened before (the list is newest first).
 */
async function nextMoment() {
  const now = Date.now();
  while (Date.now() <= now) {
    await new Promise(resolve => setTimeout(resolve, 1));
  }
}

describe('HandoverList', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  /** Every fixed seat of the handover's open round approves. */
  async function approveAll(handover: Handover) {
    for (const [person, role] of FIXED_SEAT_HOLDERS) {
      await portal.decide(handover, person, role, 'approve');
    }
  }

  /** The rows of the table, without its header. */
  async function shownRows(name = 'Mine overleveringer') {
    const table = await screen.findByRole('table', { name });
    return within(table).getAllByRole('row').slice(1);
  }

  /** The status and the approval state shown for the handover `title`. */
  function stateOf(title: string) {
    const row = screen.getByRole('link', { name: title }).closest('tr')!;
    const [, status, approval] = within(row)
      .getAllByRole('cell')
      .map(c => c.textContent);
    return { status, approval };
  }

  it('shows my handovers with status, the current round tally and the service', async () => {
    const kari = portal.client(PEOPLE.kari);
    const draft = await kari.createHandover({
      entityRef: SERVICE_REF,
      document: completeDocument('Ny PACS'),
    });
    await kari.submit(draft.id, {
      revision: draft.revision,
      optionalRoles: ['server'],
    });
    // Round 1: Hemithjelp, the fagansvarlig and Server reject, the rest approve.
    const rejecting = ['hemithjelp', 'fagansvarlig', 'server'];
    for (const [person, role] of [
      ...FIXED_SEAT_HOLDERS,
      [PEOPLE.sara, 'server'] as const,
    ]) {
      if (rejecting.includes(role)) {
        await portal.decide(draft, person, role, 'reject', 'ROS mangler');
      } else {
        await portal.decide(draft, person, role, 'approve');
      }
    }
    const rejected = await portal.reload(draft);
    expect(rejected.status).toBe('rejected');
    // Round 2 asks the three that rejected: one approves, one rejects, one waits.
    await kari.submit(draft.id, {
      revision: rejected.revision,
      optionalRoles: ['server'],
    });
    await portal.decide(draft, PEOPLE.hanne, 'hemithjelp', 'approve');
    await portal.decide(draft, PEOPLE.per, 'fagansvarlig', 'reject', 'ROS');
    await nextMoment();
    await portal.draft({ bestilling: { tittel: 'Utkastet' } });
    await portal.draft({ bestilling: { tittel: 'Ikke min' } }, PEOPLE.ola);

    await portal.render(<HandoverList />);

    const rows = await shownRows();
    // Title, status, approval, service, last changed.
    const cells = rows.map(r =>
      within(r)
        .getAllByRole('cell')
        .map(c => c.textContent),
    );
    expect(cells.map(([title]) => title)).toEqual(['Utkastet', 'Ny PACS']);
    expect(cells[1].slice(1, 3)).toEqual([
      'Til godkjenning',
      'Runde 2: 1 godkjent, 1 avslått, 1 venter',
    ]);
    expect(
      within(rows[1]).getByRole('link', { name: /pasientflyt/i }),
    ).toHaveAttribute('href', '/catalog/default/component/pasientflyt');
    expect(cells[0].slice(1, 4)).toEqual(['Utkast', 'Ikke sendt', '']);
  });

  it('filters by status and searches by title', async () => {
    const { handover } = await portal.submitted(completeDocument('Ny PACS'));
    await approveAll(handover);
    await portal.draft({ bestilling: { tittel: 'Ny kurve' } });
    await portal.draft({ bestilling: { tittel: 'Labsvar' } });
    await portal.render(<HandoverList />);
    await screen.findByText('Labsvar');

    await userEvent.type(screen.getByLabelText('Søk i tittel'), 'ny');
    await waitFor(() => expect(screen.queryByText('Labsvar')).toBeNull());
    expect(screen.getByText('Ny PACS')).toBeInTheDocument();
    expect(screen.getByText('Ny kurve')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(screen.getByRole('option', { name: 'Godkjent' }));
    await waitFor(() => expect(screen.queryByText('Ny kurve')).toBeNull());
    expect(screen.getByText('Ny PACS')).toBeInTheDocument();
    expect(stateOf('Ny PACS').status).toBe('Godkjent – i driftsoppfølging');

    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(
      screen.getByRole('option', { name: 'Avslått — må rettes' }),
    );
    expect(
      await screen.findByText('Ingen overleveringer passer søket.'),
    ).toBeInTheDocument();
  });

  it('leaves discarded handovers out unless the status filter asks for them', async () => {
    const given = await portal.draft({
      bestilling: { tittel: 'Forkastet sak' },
    });
    await portal.client(PEOPLE.kari).discard(given.id);
    await portal.draft({ bestilling: { tittel: 'Aktiv sak' } });
    await portal.render(<HandoverList />);

    expect(
      (await shownRows()).map(
        r => within(r).getAllByRole('cell')[0].textContent,
      ),
    ).toEqual(['Aktiv sak']);

    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(screen.getByRole('option', { name: 'Forkastet' }));
    await waitFor(() => expect(screen.queryByText('Aktiv sak')).toBeNull());
    expect(stateOf('Forkastet sak').status).toBe('Forkastet');
  });

  it('pages forwards and back', async () => {
    for (let i = 1; i <= 3; i++) {
      await nextMoment();
      await portal.draft({ bestilling: { tittel: `Leveranse ${i}` } });
    }
    await portal.render(<HandoverList pageSize={2} />);
    expect(await screen.findByText('Leveranse 3')).toBeInTheDocument();
    expect(screen.getByText('Leveranse 2')).toBeInTheDocument();
    expect(screen.queryByText('Leveranse 1')).toBeNull();
    expect(screen.getByRole('button', { name: 'Forrige side' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Neste side' }));
    expect(await screen.findByText('Leveranse 1')).toBeInTheDocument();
    expect(screen.queryByText('Leveranse 3')).toBeNull();
    expect(screen.getByRole('button', { name: 'Neste side' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Forrige side' }));
    expect(await screen.findByText('Leveranse 3')).toBeInTheDocument();
    expect(screen.queryByText('Leveranse 1')).toBeNull();
  });

  it('shows what the approvers decide as it happens, without a page refresh', async () => {
    const { handover } = await portal.submitted(completeDocument('PACS'));
    await portal.render(<HandoverList />);
    await screen.findByRole('link', { name: 'PACS' });
    expect(stateOf('PACS')).toEqual({
      status: 'Til godkjenning',
      approval: 'Runde 1: 0 godkjent, 0 avslått, 6 venter',
    });

    // The approvers decide in their own browsers.
    await act(() =>
      portal.decide(handover, PEOPLE.hanne, 'hemithjelp', 'approve'),
    );
    await waitFor(() =>
      expect(stateOf('PACS')).toEqual({
        status: 'Til godkjenning',
        approval: 'Runde 1: 1 godkjent, 0 avslått, 5 venter',
      }),
    );
    await act(async () => {
      for (const [person, role] of FIXED_SEAT_HOLDERS) {
        if (role !== 'hemithjelp') {
          await portal.decide(handover, person, role, 'approve');
        }
      }
    });
    await waitFor(() =>
      expect(stateOf('PACS')).toEqual({
        status: 'Godkjent – i driftsoppfølging',
        approval: 'Godkjent av alle 6',
      }),
    );
  });

  it('says who approved in all once a handover is approved over several rounds', async () => {
    const { handover } = await portal.submitted(completeDocument('PACS'), {
      optionalRoles: ['server'],
    });
    await approveAll(handover);
    await portal.decide(handover, PEOPLE.sara, 'server', 'reject', 'Servere?');
    const rejected = await portal.reload(handover);
    await portal.client(PEOPLE.kari).submit(handover.id, {
      revision: rejected.revision,
      optionalRoles: ['server'],
    });
    await portal.decide(handover, PEOPLE.sara, 'server', 'approve');
    await portal.render(<HandoverList />);

    await screen.findByRole('link', { name: 'PACS' });
    // Not the last round's "Runde 2: 1 godkjent", which only asked Server.
    expect(stateOf('PACS')).toEqual({
      status: 'Godkjent – i driftsoppfølging',
      approval: 'Godkjent av alle 7',
    });
  });

  describe('on a phone', () => {
    let undo: () => void;
    beforeEach(() => {
      undo = onPhoneScreen();
    });
    afterEach(() => undo());

    it('shows each handover as a card with its status, approval, service and last change', async () => {
      const kari = portal.client(PEOPLE.kari);
      const draft = await kari.createHandover({
        entityRef: SERVICE_REF,
        document: completeDocument('Tilgangsadministrasjon for PACS'),
      });
      await kari.submit(draft.id, {
        revision: draft.revision,
        optionalRoles: [],
      });
      await portal.render(<HandoverList />);

      const list = await screen.findByRole('list', {
        name: 'Mine overleveringer',
      });
      expect(screen.queryByRole('table')).toBeNull();
      const [card] = within(list).getAllByRole('listitem');
      expect(
        within(card).getByRole('heading', {
          name: 'Tilgangsadministrasjon for PACS',
        }),
      ).toBeInTheDocument();
      expect(card).toHaveTextContent('Til godkjenning');
      expect(card).toHaveTextContent(
        'Runde 1: 0 godkjent, 0 avslått, 6 venter',
      );
      expect(
        await within(card).findByRole('link', { name: /Pasientflyt/ }),
      ).toBeInTheDocument();
      expect(card).toHaveTextContent(/Sist endret: \d{1,2}\. \p{L}+\.? \d{4}/u);
    });
  });

  it('renders in English', async () => {
    const { handover } = await portal.submitted(completeDocument('PACS'));
    for (const [person, role] of FIXED_SEAT_HOLDERS) {
      if (role === 'fagansvarlig') {
        await portal.decide(handover, person, role, 'reject', 'ROS mangler');
      } else {
        await portal.decide(handover, person, role, 'approve');
      }
    }
    await portal.draft({ bestilling: { tittel: 'Kurve' } });
    await portal.render(<HandoverList />, { language: 'en' });

    await shownRows('My handovers');
    expect(stateOf('PACS')).toEqual({
      status: 'Rejected — needs changes',
      approval: 'Round 1: 5 approved, 1 rejected, 0 pending',
    });
    expect(stateOf('Kurve')).toEqual({
      status: 'Draft',
      approval: 'Not submitted',
    });
    expect(
      screen.getByRole('button', { name: 'New handover' }),
    ).toBeInTheDocument();
  });
});
