import { Route, Routes } from 'react-router-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Handover } from '@hemit/plugin-overlevering-common';
import { TestPortal } from '../../__testUtils__/testPortal';
import { HandoverFormPage } from './HandoverFormPage';

// Typing through MUI in jsdom is slow on a busy machine, and each test
// starts the real backend plugin.
jest.setTimeout(60_000);

describe('the cost lines table', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    window.localStorage.clear();
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  async function openCosts(handover: Handover, language: 'nb' | 'en' = 'nb') {
    await portal.render(
      <Routes>
        <Route
          path="/overlevering/h/:id/skjema"
          element={<HandoverFormPage autosaveDelayMs={50} />}
        />
      </Routes>,
      { language, routeEntries: [`/overlevering/h/${handover.id}/skjema`] },
    );
    await userEvent.click(
      await screen.findByRole('button', {
        name: language === 'en' ? /Operating costs/ : /Driftskostnader/,
      }),
    );
    return screen.findByRole('table', {
      name: language === 'en' ? 'Cost lines' : 'Kostnadslinjer',
    });
  }

  /** The cost lines as the backend stores them now. */
  async function storedLines(handover: Handover): Promise<unknown> {
    const { document } = await portal.reload(handover);
    return (document as any).driftskostnader?.kostnader;
  }

  const lineRows = (table: HTMLElement) =>
    within(table).getAllByRole('row').slice(1);

  it('reads "1 200,50" as 1200.5 and writes it back the Norwegian way', async () => {
    const handover = await portal.draft({
      driftskostnader: {
        kostnader: [{ beskrivelse: 'Lisens', periode: 'aarlig' }],
      },
    });
    const table = await openCosts(handover);
    const amount = within(lineRows(table)[0]).getByRole('textbox', {
      name: 'Beløp (NOK)',
    });
    await userEvent.type(amount, '1 200,50');
    await userEvent.tab();

    expect(amount).toHaveValue('1\u00a0200,50');
    expect(amount).not.toHaveAccessibleDescription();
    await waitFor(async () =>
      expect(await storedLines(handover)).toEqual([
        { beskrivelse: 'Lisens', periode: 'aarlig', belop: 1200.5 },
      ]),
    );
    // Its yearly figure, and no numbered row title ("Kostnadslinjer-1").
    expect(
      within(lineRows(table)[0]).getByText(/1\s200,50\skr/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Kostnadslinjer-\d/)).toBeNull();
  });

  it('refuses "12,3,4" at the field, keeps it as typed, and loses nothing else', async () => {
    const handover = await portal.draft({
      driftskostnader: {
        kostnader: [
          { beskrivelse: 'Lisens', belop: 100, periode: 'aarlig' },
          { beskrivelse: 'Drift', belop: 200, periode: 'maanedlig' },
        ],
      },
    });
    const table = await openCosts(handover);
    const first = lineRows(table)[0];
    const description = within(first).getByRole('textbox', {
      name: 'Beskrivelse',
    });
    await userEvent.type(description, ' Helseflyt');
    const amount = within(first).getByRole<HTMLInputElement>('textbox', {
      name: 'Beløp (NOK)',
    });
    // Pasted over the amount in one go.
    await userEvent.click(amount);
    amount.setSelectionRange(0, amount.value.length);
    await userEvent.paste('12,3,4');

    // Marked at once: no more typing can make it a number.
    expect(amount).toHaveValue('12,3,4');
    expect(amount).toHaveAccessibleDescription(
      /Ikke et beløp\. Skriv et tall i kroner, for eksempel 1 200,50/,
    );
    expect(amount).toBeInvalid();
    // The line without an amount counts in no sum.
    expect(
      (await screen.findByText('Sum per år:')).parentElement,
    ).toHaveTextContent(/2\s400,00\skr/);

    // Everything else is saved; the backend keeps the amount it had.
    await waitFor(async () =>
      expect(await storedLines(handover)).toEqual([
        { beskrivelse: 'Lisens Helseflyt', belop: 100, periode: 'aarlig' },
        { beskrivelse: 'Drift', belop: 200, periode: 'maanedlig' },
      ]),
    );
    expect(
      await screen.findByText(/Ikke lagret: .*Beløp \(NOK\).*rad 1/),
    ).toBeInTheDocument();
    expect(amount).toHaveValue('12,3,4');

    // Mended, it is saved as the number it now is.
    await userEvent.clear(amount);
    await userEvent.type(amount, '1234');
    expect(amount).not.toBeInvalid();
    await waitFor(async () =>
      expect(await storedLines(handover)).toEqual([
        { beskrivelse: 'Lisens Helseflyt', belop: 1234, periode: 'aarlig' },
        { beskrivelse: 'Drift', belop: 200, periode: 'maanedlig' },
      ]),
    );
  });

  it('starts a new line with no category and no period, and counts it per year once a period is chosen', async () => {
    const handover = await portal.draft({
      driftskostnader: {
        kostnader: [{ beskrivelse: 'Lisens', belop: 1000, periode: 'aarlig' }],
      },
    });
    const table = await openCosts(handover);
    const total = (await screen.findByText('Sum per år:')).parentElement!;
    expect(total).toHaveTextContent(/1\s000,00\skr/);

    await userEvent.click(
      screen.getByRole('button', { name: 'Legg til kostnadslinje' }),
    );
    const line = lineRows(table)[1];
    const description = within(line).getByRole('textbox', {
      name: 'Beskrivelse',
    });
    // Typing goes on in the new line.
    expect(description).toHaveFocus();
    await userEvent.type(description, 'Serverdrift');
    const period = within(line).getByRole('combobox', { name: 'Periode' });
    const category = within(line).getByRole('combobox', { name: 'Kategori' });
    expect(period).toHaveDisplayValue('Velg …');
    expect(category).toHaveDisplayValue('Velg …');
    await userEvent.type(
      within(line).getByRole('textbox', { name: 'Beløp (NOK)' }),
      '500',
    );

    // Not yet placed on a year: no figure, and the total is unchanged.
    expect(within(line).getByText('Velg periode')).toBeInTheDocument();
    expect(total).toHaveTextContent(/1\s000,00\skr/);
    await waitFor(async () =>
      expect(await storedLines(handover)).toEqual([
        { beskrivelse: 'Lisens', belop: 1000, periode: 'aarlig' },
        { beskrivelse: 'Serverdrift', belop: 500 },
      ]),
    );

    await userEvent.selectOptions(period, 'Per måned');
    // A monthly line costs twelve times its amount per year.
    expect(within(line).getByText(/6\s000,00\skr/)).toBeInTheDocument();
    expect(total).toHaveTextContent(/7\s000,00\skr/);
    await waitFor(async () =>
      expect(await storedLines(handover)).toEqual([
        { beskrivelse: 'Lisens', belop: 1000, periode: 'aarlig' },
        { beskrivelse: 'Serverdrift', belop: 500, periode: 'maanedlig' },
      ]),
    );
  });

  it('removes the line its button names', async () => {
    const handover = await portal.draft({
      driftskostnader: {
        kostnader: [
          { beskrivelse: 'Lisens', belop: 100, periode: 'aarlig' },
          { beskrivelse: 'Drift', belop: 200, periode: 'aarlig' },
        ],
      },
    });
    const table = await openCosts(handover);
    await userEvent.click(
      screen.getByRole('button', { name: 'Fjern linje 1: Lisens' }),
    );
    expect(lineRows(table)).toHaveLength(1);
    expect(
      within(lineRows(table)[0]).getByRole('textbox', { name: 'Beskrivelse' }),
    ).toHaveValue('Drift');
    await waitFor(async () =>
      expect(await storedLines(handover)).toEqual([
        { beskrivelse: 'Drift', belop: 200, periode: 'aarlig' },
      ]),
    );
  });

  it('reads and writes amounts the English way in English', async () => {
    const handover = await portal.draft({
      driftskostnader: {
        kostnader: [{ beskrivelse: 'Licence', periode: 'maanedlig' }],
      },
    });
    const table = await openCosts(handover, 'en');
    const line = lineRows(table)[0];
    const amount = within(line).getByRole('textbox', { name: 'Amount (NOK)' });
    await userEvent.type(amount, '1,200.50');
    await userEvent.tab();
    expect(amount).toHaveValue('1,200.50');
    expect(within(line).getByText(/14,406\.00/)).toBeInTheDocument();
    await waitFor(async () =>
      expect(await storedLines(handover)).toEqual([
        { beskrivelse: 'Licence', periode: 'maanedlig', belop: 1200.5 },
      ]),
    );

    await userEvent.clear(amount);
    await userEvent.type(amount, '12,3,4');
    expect(amount).toHaveAccessibleDescription(
      /Not an amount\. Type a number in kroner, for example 1,200\.50/,
    );
  });
});
