import { screen, waitFor, within } from '@testing-library/react';
import {
  completeDocument,
  PEOPLE,
  TestPortal,
} from '../../__testUtils__/testPortal';
import { onPhoneScreen } from '../../__testUtils__/phoneScreen';
import { ApprovalsInbox } from './ApprovalsInbox';

jest.setTimeout(60_000);

const DAY_MS = 24 * 60 * 60 * 1000;

/** A handover for Per as fagansvarlig, on the demo service, planned for `date`. */
function documentPlannedFor(title: string, date?: string) {
  const document = completeDocument(title);
  return {
    ...document,
    bestilling: {
      ...document.bestilling,
      ...(date ? { planlagtProduksjonsdato: date } : {}),
    },
  };
}

/** The browser's clock `days` days (and an hour) after the real one. */
function clockAhead(days: number) {
  const now = Date.now.bind(Date);
  return jest
    .spyOn(Date, 'now')
    .mockImplementation(() => now() + days * DAY_MS + DAY_MS / 24);
}

describe('the Godkjenninger inbox', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await portal.stop();
  });

  async function sendForApproval() {
    const kari = portal.client(PEOPLE.kari);
    const planned = await kari.createHandover({
      entityRef: 'component:default/pasientflyt',
      document: documentPlannedFor('PACS', '2026-12-15'),
    });
    await kari.submit(planned.id, {
      revision: planned.revision,
      optionalRoles: [],
    });
    await portal.submitted(documentPlannedFor('Labsvar'), {
      owner: PEOPLE.siri,
    });
  }

  it('shows who asks, for which service, the planned go-live date and how long each seat has waited', async () => {
    await sendForApproval();
    portal.signIn(PEOPLE.per);
    clockAhead(3);
    await portal.render(<ApprovalsInbox />);

    const table = await screen.findByRole('table', {
      name: 'Venter på meg og mine grupper',
    });
    const [header, ...rows] = within(table).getAllByRole('row');
    expect(
      within(header)
        .getAllByRole('columnheader')
        .map(cell => cell.textContent),
    ).toEqual([
      'Tittel',
      'Rolle',
      'Runde',
      'Fra',
      'Tjeneste',
      'Planlagt i drift',
      'Ventetid',
    ]);
    const cells = () =>
      rows.map(row =>
        within(row)
          .getAllByRole('cell')
          .map(cell => cell.textContent),
      );
    // People and services by the names the catalog gives them.
    await waitFor(() =>
      expect(cells()[0].slice(0, 6)).toEqual([
        'PACS',
        'Fagansvarlig',
        '1',
        'Kari Nordmann',
        'Pasientflyt',
        '15.12.2026',
      ]),
    );
    expect(cells()[0][6]).toMatch(/^venter i 3 dagerSendt \d{1,2}\. /);
    await waitFor(() =>
      expect(cells()[1].slice(0, 6)).toEqual([
        'Labsvar',
        'Fagansvarlig',
        '1',
        'Siri Leder',
        '',
        'Ikke satt',
      ]),
    );
  });

  it('says a seat sent today waits since today', async () => {
    await sendForApproval();
    portal.signIn(PEOPLE.per);
    await portal.render(<ApprovalsInbox />);

    const table = await screen.findByRole('table', {
      name: 'Venter på meg og mine grupper',
    });
    for (const row of within(table).getAllByRole('row').slice(1)) {
      expect(row).toHaveTextContent('venter siden i dag');
    }
  });

  it('shows each waiting seat as a card on a phone', async () => {
    await sendForApproval();
    portal.signIn(PEOPLE.per);
    const undo = onPhoneScreen();
    try {
      clockAhead(1);
      await portal.render(<ApprovalsInbox />);

      const list = await screen.findByRole('list', {
        name: 'Venter på meg og mine grupper',
      });
      expect(screen.queryByRole('table')).toBeNull();
      const [pacs] = within(list).getAllByRole('listitem');
      expect(
        within(pacs).getByRole('heading', { name: 'PACS' }),
      ).toBeInTheDocument();
      expect(pacs).toHaveTextContent('Fagansvarlig · Runde 1');
      await waitFor(() => expect(pacs).toHaveTextContent('Fra: Kari Nordmann'));
      await waitFor(() =>
        expect(pacs).toHaveTextContent('Tjeneste: Pasientflyt'),
      );
      expect(pacs).toHaveTextContent('Planlagt i drift: 15.12.2026');
      expect(pacs).toHaveTextContent('venter i 1 dag');
    } finally {
      undo();
    }
  });
});
