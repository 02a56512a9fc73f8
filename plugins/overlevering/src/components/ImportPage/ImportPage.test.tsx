import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PEOPLE, TestPortal } from '../../__testUtils__/testPortal';
import { HandoverPage } from '../HandoverPage';
import { OverleveringPage } from '../OverleveringPage';
import { ImportPage } from './ImportPage';

jest.setTimeout(60_000);

const examples = resolve(__dirname, '../../../../../examples/sharepoint');
/** An export of the old list as the file picker hands it over. */
const exportFile = (name: string, type = 'text/csv') =>
  new File([readFileSync(resolve(examples, name))], name, { type });
const UTF8 = 'overlevering-til-produksjon-utf8-semikolon.csv';
/** A date and time as the page shows it in bokmål, e.g. "3. jan. 2023, 09:15". */
const DATE_TIME = String.raw`\d{1,2}\. \p{L}+\.? \d{4},? (kl\. )?\d{2}[:.]\d{2}`;
const CUT_SHORT = 'overlevering-til-produksjon-avkuttet.csv';

/** The rows of the report: each line's cells as text. */
async function reportRows() {
  const table = await screen.findByRole('table', { name: 'Rad for rad' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(row =>
      within(row)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    );
}

describe('Importer fra SharePoint', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
    // Erik is an administrator of the portal. (What others see is in
    // ImportPage.forbidden.test.tsx: the browser remembers a permission's
    // answer for a while, so each answer has its own test file.)
    portal.signIn(PEOPLE.erik);
  });

  afterEach(async () => {
    await portal.stop();
  });

  /** Kari's handovers as the backend has them. */
  const karisHandovers = async () =>
    (await portal.client(PEOPLE.kari).listHandovers({ owner: 'me' })).items;

  it('tries the file first without changing anything, then imports it, refused rows first', async () => {
    const user = userEvent.setup();
    await portal.render(<ImportPage />, { canImport: true });

    const tryFirst = await screen.findByRole('button', {
      name: 'Prøv først (endrer ingenting)',
    });
    expect(tryFirst).toBeDisabled();
    await user.upload(screen.getByLabelText('Velg fil'), exportFile(UTF8));
    expect(screen.getByText(`Valgt fil: ${UTF8}`)).toBeInTheDocument();

    await user.click(tryFirst);
    expect(
      await screen.findByText(
        'Prøvekjøring, ingenting er endret: 6 blir opprettet, 0 blir oppdatert, 0 er uendret og 2 blir avvist.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/«Elementtype», «Bane»/)).toBeInTheDocument();
    const tried = await reportRows();
    // What needs doing first: the rows that would be refused, with why.
    expect(tried.slice(0, 2).map(cells => cells.slice(0, 4))).toEqual([
      ['11', '31', 'Digital hjemmeoppfølging av KOLS-pasienter', 'Blir avvist'],
      ['12', '34', 'Flytting av PACS-arkiv til ny lagring', 'Blir avvist'],
    ]);
    expect(tried[0][4]).toContain('Ukjent status «Arkivert»');
    expect(tried[2].slice(0, 4)).toEqual([
      '2',
      '12',
      'Ny versjon av DIPS Arena – legemiddelmodul',
      'Blir opprettet',
    ]);
    // Nothing to link to yet, and nothing written.
    expect(screen.queryByRole('link', { name: /DIPS Arena/ })).toBeNull();
    expect(await karisHandovers()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Importer' }));
    expect(
      await screen.findByText(
        'Importert: 6 opprettet, 0 oppdatert, 0 uendret og 2 avvist.',
      ),
    ).toBeInTheDocument();
    const link = screen.getByRole('link', {
      name: 'Ny versjon av DIPS Arena – legemiddelmodul',
    });
    const dips = (await karisHandovers()).find(h =>
      h.title.startsWith('Ny versjon av DIPS Arena'),
    )!;
    expect(dips.status).toBe('approved');
    expect(link).toHaveAttribute('href', `/overlevering/h/${dips.id}`);

    // The same file again: nothing new.
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    expect(
      await screen.findByText(
        'Importert: 0 opprettet, 0 oppdatert, 6 uendret og 2 avvist.',
      ),
    ).toBeInTheDocument();
  });

  it('says plainly why a file cannot be imported, and imports nothing', async () => {
    const user = userEvent.setup();
    await portal.render(<ImportPage />, { canImport: true });
    await user.upload(
      await screen.findByLabelText('Velg fil'),
      exportFile(CUT_SHORT),
    );
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    const alert = await screen.findByText('Filen kan ikke importeres');
    expect(alert.parentElement).toHaveTextContent(
      /anførselstegn \(\"\) åpner en celle som aldri lukkes/,
    );
    expect(await karisHandovers()).toEqual([]);
  });

  it('refuses a file above 10 MB before sending it', async () => {
    const user = userEvent.setup();
    await portal.render(<ImportPage />, { canImport: true });
    const huge = new File(['ID;Tittel\n'], 'stor.csv', { type: 'text/csv' });
    Object.defineProperty(huge, 'size', { value: 10 * 1024 * 1024 + 1 });
    await user.upload(await screen.findByLabelText('Velg fil'), huge);
    expect(screen.getByText(/Filen er større enn 10 MB/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Importer' })).toBeDisabled();
  });

  it('shows the import only to those the policy lets import', async () => {
    await portal.render(<OverleveringPage />, { canImport: true });
    // A link that looks like a button, as Backstage's LinkButton is.
    const link = await screen.findByRole('button', {
      name: 'Importer fra SharePoint',
    });
    expect(link).toHaveAttribute('href', '/overlevering/import');
  });

  it('shows an imported handover with where it came from', async () => {
    const report = await portal
      .client(PEOPLE.erik)
      .importSharePointList(exportFile(UTF8), {
        contentType: 'text/csv',
        dryRun: false,
      });
    const dips = report.rows.find(row => row.sharePointId === 12)!;
    portal.signIn(PEOPLE.kari);
    await portal.render(<HandoverPage handoverId={dips.handoverId!} />);

    // Approved in the list, before the portal: no round, and it says so.
    expect(
      await screen.findByText(
        'Godkjent i den gamle SharePoint-listen, før portalen ble tatt i bruk. Se historikken.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Ingen godkjenningsrunder i portalen: overleveringen ble avgjort i den gamle SharePoint-listen. Se historikken.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByText('Overleveringen er ikke sendt til godkjenning ennå.'),
    ).toBeNull();
    const history = await screen.findByRole('list', { name: 'Historikk' });
    // The list's own times and people, by name; the import by Erik.
    await waitFor(() =>
      expect(within(history).getByRole('listitem')).toHaveTextContent(
        new RegExp(
          '^Importert fra SharePoint — SharePoint-ID 12 · Godkjent i listen · ' +
            `opprettet ${DATE_TIME} av Kari Nordmann · ` +
            `sist endret ${DATE_TIME} av Per Fagansvarlig` +
            `${DATE_TIME} · Erik Drift$`,
          'u',
        ),
      ),
    );
    expect(history).toHaveTextContent('3. jan. 2023');
  });

  it('speaks English in an English app', async () => {
    const user = userEvent.setup();
    await portal.render(<ImportPage />, { canImport: true, language: 'en' });
    await user.upload(
      await screen.findByLabelText('Choose file'),
      exportFile(UTF8),
    );
    await user.click(
      screen.getByRole('button', { name: 'Try first (changes nothing)' }),
    );
    expect(
      await screen.findByText(
        'Trial run, nothing changed: 6 would be created, 0 updated, 0 are unchanged and 2 would be refused.',
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Row by row' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      /Would be refused.*Unknown status “Arkivert”/,
    );
    await waitFor(async () => expect(await karisHandovers()).toEqual([]));
  });
});
