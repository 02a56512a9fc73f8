import { Route, Routes } from 'react-router-dom';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getForm } from '@hemit/overlevering-form-schema';
import type { Handover } from '@hemit/plugin-overlevering-common';
import { PEOPLE, TestPortal } from '../../__testUtils__/testPortal';
import { HandoverFormPage } from './HandoverFormPage';

// Typing through rjsf and MUI in jsdom is slow on a busy machine, and each
// test starts the real backend plugin.
jest.setTimeout(60_000);

function renderForm(portal: TestPortal, id: string, language: 'nb' | 'en') {
  return portal.render(
    <Routes>
      <Route
        path="/overlevering/h/:id/skjema"
        element={<HandoverFormPage autosaveDelayMs={50} />}
      />
    </Routes>,
    { language, routeEntries: [`/overlevering/h/${id}/skjema`] },
  );
}

describe('HandoverFormPage with the form the backend serves', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    window.localStorage.clear();
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  /** The document as the backend stores it now. */
  async function stored(handover: Handover): Promise<any> {
    return (await portal.reload(handover)).document;
  }

  it('renders the six steps in Norwegian and saves the title', async () => {
    const handover = await portal.draft({});
    await renderForm(portal, handover.id, 'nb');
    const steps = await screen.findByRole('navigation', { name: 'Seksjoner' });
    for (const title of [
      'Bestilling',
      'Designfase',
      'Etablering av tjenesten',
      'Driftskostnader',
      'Forberede produksjonssetting',
      'Godkjenning',
    ]) {
      expect(steps).toHaveTextContent(title);
    }
    await userEvent.type(
      screen.getByRole('textbox', { name: /^Tittel/ }),
      'PACS',
    );
    await waitFor(async () =>
      expect(await stored(handover)).toMatchObject({
        bestilling: { tittel: 'PACS' },
      }),
    );
    expect((await portal.reload(handover)).title).toBe('PACS');
  });

  it('renders in English, with the form titles in English', async () => {
    const handover = await portal.draft({});
    await renderForm(portal, handover.id, 'en');
    const steps = await screen.findByRole('navigation', { name: 'Sections' });
    expect(steps).toHaveTextContent('Approval');
    expect(steps).toHaveTextContent(
      getForm({ locale: 'en' }).sections[0].title,
    );
    expect(screen.getByRole('textbox', { name: /^Title/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
  });

  it('offers people from the catalog in the Designfase step instead of free text', async () => {
    const handover = await portal.draft({});
    await renderForm(portal, handover.id, 'nb');
    await userEvent.click(
      await screen.findByRole('button', { name: /Designfase/ }),
    );
    const field = await screen.findByRole('combobox', {
      name: /^Fagansvarlig/,
    });
    await userEvent.type(field, 'Per');
    await userEvent.click(
      await screen.findByRole('option', { name: /Per Fagansvarlig/ }),
    );
    await waitFor(async () =>
      expect(await stored(handover)).toMatchObject({
        designfase: { fagansvarlig: PEOPLE.per },
      }),
    );
  });

  it("sums the cost lines per year in the user's locale", async () => {
    const handover = await portal.draft({
      driftskostnader: {
        kostnader: [
          { beskrivelse: 'Lisens', belop: 1000, periode: 'maanedlig' },
          { beskrivelse: 'Oppsett', belop: 2500.5, periode: 'engangs' },
        ],
      },
    });
    await renderForm(portal, handover.id, 'nb');
    await userEvent.click(
      await screen.findByRole('button', { name: /Driftskostnader/ }),
    );
    expect(
      (await screen.findByText('Sum per år:')).parentElement,
    ).toHaveTextContent(/12\s000,00\skr/);
    expect(
      screen.getByText('Engangskostnader:').parentElement,
    ).toHaveTextContent(/2\s500,50\skr/);
    // The form's own controls speak the user's language too.
    expect(
      screen.getByRole('button', { name: 'Legg til kostnadslinje' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add Item' })).toBeNull();
  });

  it('keeps every cost line right while one is typed in and another removed', async () => {
    const handover = await portal.draft({
      driftskostnader: {
        kostnader: [
          { beskrivelse: 'Lisens', belop: 100, periode: 'aarlig' },
          { beskrivelse: 'Drift', belop: 200, periode: 'aarlig' },
          { beskrivelse: 'Support', belop: 300, periode: 'aarlig' },
        ],
      },
    });
    await renderForm(portal, handover.id, 'nb');
    await userEvent.click(
      await screen.findByRole('button', { name: /Driftskostnader/ }),
    );
    const total = (await screen.findByText('Sum per år:')).parentElement!;
    expect(total).toHaveTextContent(/600,00\skr/);

    const amount = (row: number) =>
      document.getElementById(
        `root_kostnader_${row}_belop`,
      ) as HTMLInputElement;
    const description = (row: number) =>
      document.getElementById(
        `root_kostnader_${row}_beskrivelse`,
      ) as HTMLInputElement;
    await userEvent.type(amount(1), '5');
    expect(amount(1).value).toBe('2005');
    expect(total).toHaveTextContent(/2\s405,00\skr/);

    // Removing the first line moves the others up a place.
    await userEvent.click(
      screen.getByRole('button', { name: 'Fjern linje 1: Lisens' }),
    );
    expect([0, 1].map(row => description(row).value)).toEqual([
      'Drift',
      'Support',
    ]);
    // Left, an amount is written the Norwegian way.
    expect([0, 1].map(row => amount(row).value)).toEqual([
      '2\u00a0005',
      '300',
    ]);
    expect(total).toHaveTextContent(/2\s305,00\skr/);
    await waitFor(async () =>
      expect((await stored(handover)).driftskostnader.kostnader).toMatchObject([
        { beskrivelse: 'Drift', belop: 2005, periode: 'aarlig' },
        { beskrivelse: 'Support', belop: 300, periode: 'aarlig' },
      ]),
    );
  });
});
