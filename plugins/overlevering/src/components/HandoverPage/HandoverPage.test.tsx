import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Handover } from '@hemit/plugin-overlevering-common';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  TestPortal,
} from '../../__testUtils__/testPortal';
import { onPhoneScreen } from '../../__testUtils__/phoneScreen';
import { HandoverPage } from './HandoverPage';

jest.setTimeout(60_000);

/** Who answers for each seat the tests ask: the fixed seats and Server. */
const HOLDERS = new Map<string, string>([
  ...FIXED_SEAT_HOLDERS.map(([person, role]): [string, string] => [
    role,
    person,
  ]),
  ['server', PEOPLE.sara],
]);

/** A date and time as the page shows it in bokmål, e.g. "29. nov. 2026, 08:15". */
const DATE_TIME = /\d{1,2}\. \p{L}+\.? \d{4},? (kl\. )?\d{2}[:.]\d{2}/u;

/** The row of the seat titled `title` in a round's table. */
function seatRow(table: HTMLElement, title: string) {
  const row = within(table)
    .getAllByRole('row')
    .find(r => within(r).queryAllByRole('cell')[0]?.textContent === title);
  if (!row) throw new Error(`No seat titled ${title}`);
  return row;
}

describe('HandoverPage', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  /**
   * Every seat of the handover's open round answers: the roles in
   * `rejections` reject with their comment, the others approve.
   */
  async function answerRound(
    handover: Handover,
    rejections: Record<string, string>,
  ) {
    const current = await portal.reload(handover);
    const round = current.rounds[current.rounds.length - 1];
    for (const seat of round.seats) {
      const comment = rejections[seat.role];
      await portal.decide(
        handover,
        HOLDERS.get(seat.role)!,
        seat.role,
        comment ? 'reject' : 'approve',
        comment,
      );
    }
  }

  it('shows each round with every seat, the rejection comment first, and what changed since', async () => {
    const cost = { beskrivelse: 'Lisens', kategori: 'lisens', belop: 100 };
    // What round 1 decided on, before the owner fixed what was rejected.
    const decidedOn = {
      ...completeDocument('PACS'),
      etablering: { servere: 'Ikke avklart' },
      driftskostnader: { kostnader: [cost, cost] },
    };
    const { handover } = await portal.submitted(decidedOn, {
      optionalRoles: ['server'],
      message: 'Klar for drift',
    });
    await answerRound(handover, { server: 'Serverlisten mangler' });
    const rejected = await portal.reload(handover);
    await portal.client().saveDocument(handover.id, {
      revision: rejected.revision,
      document: {
        ...decidedOn,
        etablering: { servere: 'app01, db01' },
        driftskostnader: { kostnader: [cost, { ...cost, belop: 250 }] },
      },
    });
    await portal.render(<HandoverPage handoverId={handover.id} />);

    const rejections = await screen.findByRole('region', {
      name: 'Dette må rettes',
    });
    expect(within(rejections).getAllByRole('listitem')).toHaveLength(1);
    expect(within(rejections).getByRole('listitem')).toHaveTextContent(
      /^Server \(.+\): Serverlisten mangler$/,
    );

    const roundCard = screen.getByRole('region', { name: 'Runde 1' });
    expect(roundCard).toHaveTextContent('Avslått');
    expect(roundCard).toHaveTextContent('Melding: Klar for drift');
    expect(roundCard).toHaveTextContent(
      new RegExp(`Sendt ${DATE_TIME.source} av`, 'u'),
    );
    const table = within(roundCard).getByRole('table');
    // The rejections are read before the table of seats.
    expect(
      rejections.compareDocumentPosition(table) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const seats = within(table)
      .getAllByRole('row')
      .slice(1)
      .map(r => within(r).getAllByRole('cell')[0].textContent);
    expect([...seats].sort()).toEqual(
      [
        'Config Manager',
        'Fagansvarlig',
        'Hemithjelp',
        'Seksjonsleder tjenesten',
        'Server',
        'Tilgangsadministrasjon',
        'Tjenesteutvikler',
      ].sort(),
    );
    const hemithjelp = seatRow(table, 'Hemithjelp');
    expect(hemithjelp).toHaveTextContent('Godkjent');
    expect(hemithjelp).not.toHaveTextContent('Avslått');
    const server = seatRow(table, 'Server');
    expect(server).toHaveTextContent('Avslått');
    expect(server).toHaveTextContent('Serverlisten mangler');
    expect(server).toHaveTextContent(DATE_TIME);

    const changes = await screen.findByRole('region', {
      name: 'Endret siden runde 1',
    });
    const changed = await within(changes).findAllByRole('row');
    expect(changed).toHaveLength(3);
    expect(within(changed[1]).getByRole('rowheader')).toHaveTextContent(
      'Etablering av tjenesten › Servere og infrastruktur',
    );
    expect(
      within(changed[1])
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['Ikke avklart', 'app01, db01']);
    // One changed amount is one row of the comparison, named by its line.
    expect(within(changed[2]).getByRole('rowheader')).toHaveTextContent(
      'Driftskostnader › Kostnadslinjer, rad 2 › Beløp (NOK)',
    );
    expect(
      within(changed[2])
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['100', '250']);

    const history = screen.getByRole('list', { name: 'Historikk' });
    const events = within(history)
      .getAllByRole('listitem')
      .map(item => item.textContent ?? '');
    // Newest first; an edit names the sections it changed by their titles,
    // and only those.
    expect(events[0]).toMatch(
      /^Redigert — Etablering av tjenesten, Driftskostnader/,
    );
    expect(events[events.length - 1]).toMatch(/^Opprettet/);
    expect(history).toHaveTextContent('Sendt til godkjenning — Runde 1');
    expect(history).toHaveTextContent('Runde avsluttet — Runde 1 · Avslått');
    expect(
      screen.getByRole('button', { name: 'Rediger skjema' }),
    ).toBeInTheDocument();
  });

  it('tells the history newest first, one entry per sitting of editing, with a filter', async () => {
    const kari = portal.client(PEOPLE.kari);
    const draft = await portal.draft(completeDocument('PACS'));
    const document = completeDocument('PACS 2');
    const first = await kari.saveDocument(draft.id, {
      revision: draft.revision,
      document,
    });
    const withServers = { ...document, etablering: { servere: 'app01' } };
    const second = await kari.saveDocument(draft.id, {
      revision: first.revision,
      document: withServers,
    });
    await kari.submit(draft.id, {
      revision: second.revision,
      optionalRoles: [],
    });
    await answerRound(draft, { fagansvarlig: 'ROS mangler' });
    // Opening the form again and leaving it sends what is already stored.
    const rejected = await portal.reload(draft);
    await kari.saveDocument(draft.id, {
      revision: rejected.revision,
      document: { ...withServers, driftskostnader: {} },
    });
    await portal.render(<HandoverPage handoverId={draft.id} />);

    const history = await screen.findByRole('list', { name: 'Historikk' });
    const entries = () =>
      within(history)
        .getAllByRole('listitem')
        .map(item => item.textContent ?? '');
    const all = entries();
    expect(
      all.map(entry => entry.split(' — ')[0].replace(/\d.*$/, '')),
    ).toEqual([
      'Runde avsluttet',
      ...Array(6).fill('Beslutning'),
      'Sendt til godkjenning',
      'Redigert',
      'Opprettet',
    ]);
    expect(all[0]).toMatch(/^Runde avsluttet — Runde 1 · Avslått/);
    // Two saves of one sitting are one entry, with every section touched,
    // when, and who did it, by name.
    await waitFor(() =>
      expect(entries()[8]).toMatch(
        new RegExp(
          `^Redigert — Bestilling, Etablering av tjenesten${DATE_TIME.source}.* · Kari Nordmann$`,
          'u',
        ),
      ),
    );

    await userEvent.click(
      screen.getByRole('button', { name: 'Beslutninger og runder' }),
    );
    await waitFor(() => expect(entries()).toHaveLength(8));
    expect(
      entries().every(entry =>
        /^(Runde avsluttet|Beslutning|Sendt til godkjenning) — /.test(entry),
      ),
    ).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Redigeringer' }));
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(entries()[0]).toMatch(/^Redigert — /);

    await userEvent.click(screen.getByRole('button', { name: 'Alle' }));
    await waitFor(() => expect(entries()).toHaveLength(10));
  });

  it('shows who approved an approved handover, role by role, instead of the last round', async () => {
    const { handover } = await portal.submitted(completeDocument('PACS'), {
      optionalRoles: ['server'],
    });
    await answerRound(handover, { server: 'Serverlisten mangler' });
    const rejected = await portal.reload(handover);
    await portal.client(PEOPLE.kari).submit(handover.id, {
      revision: rejected.revision,
      optionalRoles: ['server'],
    });
    await answerRound(handover, {});
    await portal.render(<HandoverPage handoverId={handover.id} />);

    const approvedBy = await screen.findByRole('region', {
      name: 'Godkjent av alle 7',
    });
    expect(
      within(approvedBy)
        .getAllByRole('term')
        .map(term => term.textContent),
    ).toEqual([
      'Hemithjelp',
      'Tilgangsadministrasjon',
      'Config Manager',
      'Tjenesteutvikler',
      'Seksjonsleder tjenesten',
      'Fagansvarlig',
      'Server',
    ]);
    const [hemithjelp, , , , , , server] =
      within(approvedBy).getAllByRole('definition');
    await waitFor(() => expect(server).toHaveTextContent(/^Sara Server, /));
    expect(server).toHaveTextContent(DATE_TIME);
    expect(hemithjelp).toHaveTextContent(/^Hanne Hjelp, /);
    expect(screen.queryByText(/Runde 2: 1 godkjent/)).toBeNull();
    // The status is in the page, not squeezed into the header.
    expect(
      within(screen.getByRole('banner')).queryByText('Godkjent'),
    ).toBeNull();
  });

  it('shows each seat of a round under the other on a phone', async () => {
    const undo = onPhoneScreen();
    try {
      const { handover } = await portal.submitted(completeDocument('PACS'));
      await portal.decide(
        handover,
        PEOPLE.per,
        'fagansvarlig',
        'reject',
        'ROS mangler',
      );
      await portal.render(<HandoverPage handoverId={handover.id} />);

      const roundCard = await screen.findByRole('region', { name: 'Runde 1' });
      expect(within(roundCard).queryByRole('table')).toBeNull();
      const seats = within(
        within(roundCard).getByRole('list', { name: 'Runde 1' }),
      ).getAllByRole('listitem');
      expect(seats).toHaveLength(6);
      const fagansvarlig = seats.find(seat =>
        seat.textContent?.startsWith('Fagansvarlig'),
      )!;
      expect(fagansvarlig).toHaveTextContent('Avslått');
      expect(fagansvarlig).toHaveTextContent('Kommentar: ROS mangler');
      await waitFor(() =>
        expect(fagansvarlig).toHaveTextContent(
          'Besluttet av: Per Fagansvarlig, ',
        ),
      );
    } finally {
      undo();
    }
  });

  it('says so when nothing changed since the rejected round', async () => {
    const { handover } = await portal.submitted(completeDocument('PACS'));
    await answerRound(handover, { fagansvarlig: 'ROS mangler' });
    await portal.render(<HandoverPage handoverId={handover.id} />);

    const changes = await screen.findByRole('region', {
      name: 'Endret siden runde 1',
    });
    expect(
      await within(changes).findByText('Ingen endringer siden runde 1.'),
    ).toBeInTheDocument();
    expect(within(changes).queryByRole('table')).toBeNull();
  });

  it('lets the owner withdraw an open round', async () => {
    const { handover } = await portal.submitted(completeDocument('PACS'));
    await portal.render(<HandoverPage handoverId={handover.id} />);
    const withdraw = await screen.findByRole('button', {
      name: 'Trekk runden',
    });
    // While the round is open the form is locked, even for the owner.
    expect(screen.queryByRole('button', { name: 'Rediger skjema' })).toBeNull();

    await userEvent.click(withdraw);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Trekk runden' }),
    );

    await waitFor(async () =>
      expect((await portal.reload(handover)).status).toBe('draft'),
    );
    const roundCard = await screen.findByRole('region', { name: 'Runde 1' });
    await waitFor(() => expect(roundCard).toHaveTextContent('Trukket'));
    // Every seat that had not answered is withdrawn with the round.
    const table = within(roundCard).getByRole('table');
    for (const row of within(table).getAllByRole('row').slice(1)) {
      expect(row).toHaveTextContent('Trukket');
    }
    expect(screen.queryByRole('button', { name: 'Trekk runden' })).toBeNull();
    // Back in draft, the owner may edit again.
    expect(
      await screen.findByRole('button', { name: 'Rediger skjema' }),
    ).toBeInTheDocument();
  });

  it('offers no owner actions to others', async () => {
    const { handover } = await portal.submitted(completeDocument('PACS'));
    portal.signIn(PEOPLE.per);
    await portal.render(<HandoverPage handoverId={handover.id} />);
    expect(
      await screen.findByRole('button', { name: 'Last ned som Markdown' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Trekk runden' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rediger skjema' })).toBeNull();

    // The owner withdraws; the draft is editable, but only by its owner.
    await portal.client(PEOPLE.kari).withdraw(handover.id);
    const roundCard = await screen.findByRole('region', { name: 'Runde 1' });
    await waitFor(() => expect(roundCard).toHaveTextContent('Trukket'));
    expect(screen.getAllByText('Utkast').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Rediger skjema' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Trekk runden' })).toBeNull();
  });

  it('says plainly when the handover does not exist', async () => {
    await portal.render(<HandoverPage handoverId="finnes-ikke" />);
    expect(
      await screen.findByText('Fant ikke overleveringen.'),
    ).toBeInTheDocument();
  });
});
