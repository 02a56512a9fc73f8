import {
  SCHEMA_VERSION,
  sectionProgress,
} from '@hemit/overlevering-form-schema';
import type { Handover } from '@hemit/plugin-overlevering-common';
import { Route, Routes } from 'react-router-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  TestPortal,
} from '../../__testUtils__/testPortal';
import { HandoverFormPage } from './HandoverFormPage';
import { DraftVault } from '../../lib/draftVault';

// Typing through rjsf and MUI in jsdom is slow on a busy machine, and each
// test starts the real backend plugin.
jest.setTimeout(60_000);

const AUTOSAVE_DELAY_MS = 50;

function renderForm(
  portal: TestPortal,
  id: string,
  { autosaveDelayMs = AUTOSAVE_DELAY_MS } = {},
) {
  return portal.render(
    <Routes>
      <Route
        path="/overlevering/h/:id/skjema"
        element={<HandoverFormPage autosaveDelayMs={autosaveDelayMs} />}
      />
      <Route path="/overlevering/h/:id" element={<p>Overleveringssiden</p>} />
    </Routes>,
    { routeEntries: [`/overlevering/h/${id}/skjema`] },
  );
}

/** A Bestilling with its delivery type chosen, as a filled-in handover has it. */
function bestilling(fields: Record<string, unknown> = {}) {
  return { leveransetype: 'ny-versjon', ...fields };
}

/** A document that fills every seat, with the delivery type chosen. */
function readyDocument(title: string) {
  return {
    ...completeDocument(title),
    bestilling: bestilling({ tittel: title }),
  };
}

/** The vault of `user`'s unsaved edits in this browser, with their key. */
async function vaultOf(portal: TestPortal, user: string): Promise<DraftVault> {
  const { key } = await portal.client(user).getDraftKey();
  return DraftVault.open({ key, userRef: user });
}

/** The unsaved edits the browser keeps for `user`, opened with their key. */
async function keptEdits(
  portal: TestPortal,
  handoverId: string,
  user: string = PEOPLE.kari,
): Promise<any> {
  return (await vaultOf(portal, user)).read(handoverId);
}

/** The radio group of a yes/no field of the shown section, by its field id. */
function yesNoAnswer(field: string) {
  const group = document.getElementById(`root_${field}_svar`);
  expect(group).toHaveAttribute('role', 'radiogroup');
  return group!;
}

/**
 * The backend's message for one field, as the submit dialog lists it
 * ("Section › Field: message").
 */
function messageFor(errors: HTMLElement, field: string): string {
  const item = within(errors)
    .getByRole('button', { name: field })
    .closest('li')!;
  const message = item.textContent!.slice(`${field}:`.length).trim();
  expect(message).not.toBe('');
  return message;
}

/** Lets the page sit idle well past its autosave delay. */
function idle() {
  return new Promise(resolve => setTimeout(resolve, AUTOSAVE_DELAY_MS * 10));
}

describe('HandoverFormPage', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    window.localStorage.clear();
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  /** The document as the backend stores it now. */
  async function stored(handover: Handover): Promise<Record<string, any>> {
    return (await portal.reload(handover)).document;
  }

  it('saves what is typed in each section by itself and says "Lagret"', async () => {
    const handover = await portal.draft({ bestilling: bestilling() });
    await renderForm(portal, handover.id);

    await userEvent.type(
      await screen.findByRole('textbox', { name: /^Tittel/ }),
      'Ny PACS',
    );
    await waitFor(async () =>
      expect(await stored(handover)).toEqual({
        schemaVersion: SCHEMA_VERSION,
        bestilling: bestilling({ tittel: 'Ny PACS' }),
      }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Lagret');

    // Free navigation: jump straight to the fifth section and fill it.
    await userEvent.click(
      screen.getByRole('button', { name: /Forberede produksjonssetting/ }),
    );
    await screen.findByText('Er varsling satt opp?');
    await userEvent.click(
      within(yesNoAnswer('varsling')).getByRole('radio', { name: 'Ja' }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Hvor og hvordan varsles det?' }),
      'Zabbix',
    );
    await userEvent.click(
      within(yesNoAnswer('hemithjelpOrientert')).getByRole('radio', {
        name: 'Nei',
      }),
    );
    await waitFor(async () =>
      expect((await stored(handover)).produksjonssetting).toMatchObject({
        varsling: { svar: true, forklaring: 'Zabbix' },
        hemithjelpOrientert: { svar: false },
      }),
    );
    expect((await stored(handover)).bestilling).toEqual(
      bestilling({ tittel: 'Ny PACS' }),
    );
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Lagret'),
    );

    // Progress per section, by the form package's rule: two fields of
    // Bestilling and two of the fifth section.
    const [first, , , , fifth] = sectionProgress({});
    expect(
      screen.getByRole('button', {
        name: new RegExp(`^Bestilling.*2 av ${first.total} felt utfylt`),
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: new RegExp(
          `^Forberede produksjonssetting.*2 av ${fifth.total} felt utfylt`,
        ),
      }),
    ).toBeInTheDocument();
  });

  it('saves at once with Lagre, without waiting for a pause', async () => {
    const handover = await portal.draft({ bestilling: bestilling() });
    await renderForm(portal, handover.id, { autosaveDelayMs: 60_000 });

    await userEvent.type(
      await screen.findByRole('textbox', { name: /^Tittel/ }),
      'Ny PACS',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Ikke lagret');
    expect((await portal.reload(handover)).revision).toBe(handover.revision);

    await userEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Lagret'),
    );
    expect(await stored(handover)).toEqual({
      schemaVersion: SCHEMA_VERSION,
      bestilling: bestilling({ tittel: 'Ny PACS' }),
    });
  });

  it('records no answer the user did not give when a section is only looked at', async () => {
    const handover = await portal.draft({ bestilling: { tittel: 'PACS' } });
    await renderForm(portal, handover.id);
    expect(
      await screen.findByRole('combobox', { name: /Type leveranse/ }),
    ).not.toHaveTextContent(/Ny tjeneste|Ny versjon|Endring/);

    await userEvent.click(screen.getByRole('button', { name: /Designfase/ }));
    await screen.findByText('Risiko- og sårbarhetsanalyse (ROS) gjennomført?');
    expect(screen.queryAllByRole('radio', { checked: true })).toEqual([]);
    await userEvent.click(
      screen.getByRole('button', { name: /Forberede produksjonssetting/ }),
    );
    await screen.findByText('Er varsling satt opp?');
    expect(screen.queryAllByRole('radio', { checked: true })).toEqual([]);

    const [first, second, , , fifth] = sectionProgress({});
    for (const [title, filled, total] of [
      ['Bestilling', 1, first.total],
      ['Designfase', 0, second.total],
      ['Forberede produksjonssetting', 0, fifth.total],
    ] as const) {
      expect(
        screen.getByRole('button', {
          name: new RegExp(`^${title}.*${filled} av ${total} felt utfylt`),
        }),
      ).toBeInTheDocument();
    }
    await idle();
    const after = await portal.reload(handover);
    expect(after.revision).toBe(handover.revision);
    expect(after.document).toEqual(handover.document);
  });

  it('marks the approver seats the form names as required before submitting', async () => {
    const handover = await portal.draft({ bestilling: bestilling() });
    await renderForm(portal, handover.id);
    expect(
      await screen.findByRole('textbox', { name: /^Tittel/ }),
    ).not.toBeRequired();

    await userEvent.click(screen.getByRole('button', { name: /Designfase/ }));
    for (const seat of [
      'Fagansvarlig',
      'Tjenesteutvikler',
      'Seksjonsleder tjenesten',
    ]) {
      expect(
        await screen.findByRole('combobox', { name: new RegExp(`^${seat}`) }),
      ).toBeRequired();
    }
    expect(
      screen.getByRole('combobox', { name: /^Tjeneste\b/ }),
    ).not.toBeRequired();
  });

  it('keeps the typed text when someone else saved first, and saves it over the newest revision', async () => {
    const handover = await portal.draft({
      bestilling: bestilling({ tittel: 'Gammel tittel' }),
    });
    await renderForm(portal, handover.id);
    const purpose = await screen.findByRole('textbox', {
      name: 'Formål og bruk',
    });

    // The owner saves the title in another tab meanwhile, while this tab's
    // live connection is down, so it learns of it only when it saves.
    portal.setSignalsConnected(false);
    await portal.client(PEOPLE.kari).saveDocument(handover.id, {
      revision: handover.revision,
      document: { bestilling: bestilling({ tittel: 'Kollegas tittel' }) },
    });

    await userEvent.type(purpose, 'Mitt formål');
    expect(
      await screen.findByText('Noen andre har endret overleveringen'),
    ).toBeInTheDocument();
    expect(purpose).toHaveValue('Mitt formål');
    // The unsaved text waits in the browser, sealed with the owner's key.
    await waitFor(async () =>
      expect(
        (
          await keptEdits(portal, handover.id)
        )?.document.bestilling?.formal,
      ).toBe('Mitt formål'),
    );
    expect(JSON.stringify({ ...window.localStorage })).not.toContain(
      'Mitt formål',
    );
    // The stale save changed nothing.
    expect(await stored(handover)).toEqual({
      schemaVersion: SCHEMA_VERSION,
      bestilling: bestilling({ tittel: 'Kollegas tittel' }),
    });

    await userEvent.click(
      screen.getByRole('button', { name: /Last inn nyeste og behold/ }),
    );
    await waitFor(async () =>
      expect(await stored(handover)).toEqual({
        schemaVersion: SCHEMA_VERSION,
        bestilling: bestilling({
          tittel: 'Kollegas tittel',
          formal: 'Mitt formål',
        }),
      }),
    );
    expect(screen.getByRole('textbox', { name: /^Tittel/ })).toHaveValue(
      'Kollegas tittel',
    );
    expect(purpose).toHaveValue('Mitt formål');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Lagret'),
    );
    await waitFor(async () =>
      expect(await keptEdits(portal, handover.id)).toBeUndefined(),
    );
  });

  it('restores unsaved edits kept in the browser after a reload', async () => {
    const saved = { bestilling: bestilling({ tittel: 'A' }) };
    const handover = await portal.draft(saved);
    // As the page left them when the browser closed before saving.
    await (
      await vaultOf(portal, PEOPLE.kari)
    ).keep(handover.id, {
      base: saved,
      document: {
        bestilling: bestilling({ tittel: 'A', formal: 'Ulagret tekst' }),
      },
    });
    // A pause long enough to read the notice on a busy machine.
    await renderForm(portal, handover.id, { autosaveDelayMs: 5_000 });
    expect(
      await screen.findByText(/Ulagrede endringer .* hentet fram og lagres nå/),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Formål og bruk' })).toHaveValue(
      'Ulagret tekst',
    );
    // ...and they reach the backend by themselves, nobody has to type again.
    await waitFor(
      async () =>
        expect((await stored(handover)).bestilling?.formal).toBe(
          'Ulagret tekst',
        ),
      { timeout: 15_000 },
    );
    await waitFor(async () =>
      expect(await keptEdits(portal, handover.id)).toBeUndefined(),
    );
  });

  it('saves everything but a refused link, names the link, and keeps what was typed there', async () => {
    const handover = await portal.draft({
      bestilling: bestilling({ tittel: 'A' }),
    });
    await renderForm(portal, handover.id);
    await userEvent.click(
      await screen.findByRole('button', { name: /Designfase/ }),
    );
    const link = await screen.findByRole('textbox', {
      name: /Arkitektur- og designdokumentasjon/,
    });
    await userEvent.type(link, 'wiki.hemit.no/arkitektur');
    await userEvent.type(
      screen.getByRole('textbox', { name: /Systemeierområde/ }),
      'Klinisk dokumentasjon',
    );

    // What was typed after the bad link reaches the backend; the link does not.
    await waitFor(async () =>
      expect((await stored(handover)).designfase).toEqual({
        systemeierOmrade: 'Klinisk dokumentasjon',
      }),
    );
    // The status line and the field say which field and why, in bokmål.
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        /Ikke lagret: «Arkitektur- og designdokumentasjon» må være en nettadresse .*Alt annet er lagret/,
      ),
    );
    expect(link).toHaveValue('wiki.hemit.no/arkitektur');
    expect(
      screen.getAllByText(/må være en nettadresse/).length,
    ).toBeGreaterThan(1);
    // The refused text waits in the browser until it is corrected.
    expect(
      (await keptEdits(portal, handover.id))?.document.designfase
        ?.arkitekturdokumentasjon,
    ).toBe('wiki.hemit.no/arkitektur');

    await userEvent.clear(link);
    await userEvent.type(link, 'https://wiki.hemit.no/arkitektur');
    await waitFor(async () =>
      expect((await stored(handover)).designfase).toEqual({
        systemeierOmrade: 'Klinisk dokumentasjon',
        arkitekturdokumentasjon: 'https://wiki.hemit.no/arkitektur',
      }),
    );
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Lagret'),
    );
  });

  it('saves what was typed when the person leaves the form before the pause', async () => {
    const handover = await portal.draft({
      bestilling: bestilling({ tittel: 'A' }),
    });
    const { unmount } = await renderForm(portal, handover.id, {
      autosaveDelayMs: 60_000,
    });
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Formål og bruk' }),
      'Skrevet rett før jeg gikk',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Ikke lagret');
    // Off to another page of the portal, long before the pause is over.
    unmount();
    await waitFor(async () =>
      expect((await stored(handover)).bestilling?.formal).toBe(
        'Skrevet rett før jeg gikk',
      ),
    );
  });

  it('asks before the tab closes while edits have not reached the backend', async () => {
    const handover = await portal.draft({
      bestilling: bestilling({ tittel: 'A' }),
    });
    await renderForm(portal, handover.id, { autosaveDelayMs: 60_000 });
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const purpose = await screen.findByRole('textbox', {
      name: 'Formål og bruk',
    });
    expect(leave()).toBe(false);
    await userEvent.type(purpose, 'Ikke sendt');
    expect(leave()).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Lagret'),
    );
    expect(leave()).toBe(false);
  });

  it('is read-only while a round is open', async () => {
    const { handover } = await portal.submitted(readyDocument('Låst'));
    await renderForm(portal, handover.id);
    expect(await screen.findByText(/Skjemaet er låst/)).toBeInTheDocument();
    const title = screen.getByRole('textbox', { name: /^Tittel/ });
    expect(title).toHaveValue('Låst');
    expect(title).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Lagre' })).toBeNull();
  });

  it('opens a locked form without claiming changes of its own', async () => {
    // As sent: the delivery type was never chosen.
    const { handover } = await portal.submitted(completeDocument('Låst'));
    await renderForm(portal, handover.id);
    expect(await screen.findByText(/Skjemaet er låst/)).toBeInTheDocument();
    expect(
      screen.getByRole('combobox', { name: /Type leveranse/ }),
    ).not.toHaveTextContent(/Ny tjeneste|Ny versjon|Endring/);

    await idle();
    expect(
      screen.queryByText('Noen andre har endret overleveringen'),
    ).toBeNull();
    expect(await keptEdits(portal, handover.id)).toBeUndefined();
  });

  it('shows a change saved elsewhere at once when nothing here is unsaved', async () => {
    const handover = await portal.draft({
      bestilling: bestilling({ tittel: 'A' }),
    });
    await renderForm(portal, handover.id);
    const title = await screen.findByRole('textbox', { name: /^Tittel/ });
    expect(title).toHaveValue('A');

    // The owner saves in another tab; the backend's signal reaches this one.
    await portal.client(PEOPLE.kari).saveDocument(handover.id, {
      revision: handover.revision,
      document: { bestilling: bestilling({ tittel: 'Fra en annen fane' }) },
    });

    await waitFor(() => expect(title).toHaveValue('Fra en annen fane'));
    expect(screen.getByRole('status')).toHaveTextContent('Lagret');
  });

  it('can be used with the keyboard alone: steps, the submit dialog and back', async () => {
    const handover = await portal.draft({ bestilling: bestilling() });
    await renderForm(portal, handover.id);
    const designfase = await screen.findByRole('button', {
      name: /Designfase/,
    });
    designfase.focus();
    await userEvent.keyboard('{Enter}');
    expect(
      await screen.findByRole('combobox', { name: /^Fagansvarlig/ }),
    ).toBeInTheDocument();

    const approval = screen.getByRole('button', { name: 'Godkjenning' });
    approval.focus();
    await userEvent.keyboard('{Enter}');
    const open = await screen.findByRole('button', {
      name: /Send til godkjenning/,
    });
    open.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    // The dialog traps focus: Tab reaches its controls.
    await userEvent.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await portal.reload(handover)).rounds).toHaveLength(0);
  });

  describe('sending for approval', () => {
    async function openSubmitDialog() {
      await userEvent.click(
        await screen.findByRole('button', { name: 'Godkjenning' }),
      );
      await userEvent.click(
        screen.getByRole('button', { name: /Send til godkjenning/ }),
      );
      const dialog = await screen.findByRole('dialog');
      // The seats show once the plan has compared with what was approved.
      await within(dialog).findByRole('list', { name: 'Faste godkjennere' });
      return dialog;
    }

    /** The rows of "Denne runden går til": each seat and why it is asked. */
    function goesTo(dialog: HTMLElement) {
      return within(
        within(dialog).getByRole('list', { name: 'Denne runden går til' }),
      )
        .getAllByRole('listitem')
        .map(li => li.textContent);
    }

    it('submits with the optional seats of the last round pre-ticked, and lists who the resubmission goes to', async () => {
      // Round 1 asked Server, Nettverk and Lokalservice too. Some seats
      // answered, then the owner withdrew the round.
      const { handover } = await portal.submitted(readyDocument('PACS'), {
        optionalRoles: ['server', 'nettverk', 'lokalservice'],
      });
      await portal.decide(handover, PEOPLE.hanne, 'hemithjelp', 'approve');
      await portal.decide(handover, PEOPLE.nils, 'nettverk', 'approve');
      await portal.decide(
        handover,
        PEOPLE.per,
        'fagansvarlig',
        'reject',
        'Mangler ROS',
      );
      await portal.decide(
        handover,
        PEOPLE.sara,
        'server',
        'reject',
        'Mangler servere',
      );
      await portal.client(PEOPLE.kari).withdraw(handover.id);

      await renderForm(portal, handover.id);
      const dialog = await openSubmitDialog();
      // Lokalservice never answered: ticked as last time, and free to untick.
      expect(within(dialog).getByLabelText('Lokalservice')).toBeChecked();
      expect(within(dialog).getByLabelText('Lokalservice')).toBeEnabled();
      expect(within(dialog).getByLabelText('Server')).toBeChecked();
      expect(within(dialog).getByLabelText('Nettverk')).toBeChecked();
      expect(within(dialog).getByLabelText('Integrasjon')).not.toBeChecked();

      await userEvent.click(within(dialog).getByLabelText('Integrasjon'));
      expect(goesTo(dialog)).toEqual([
        'Tilgangsadministrasjonhar ikke svart ennå',
        'Config Managerhar ikke svart ennå',
        'Tjenesteutviklerhar ikke svart ennå',
        'Seksjonsleder tjenestenhar ikke svart ennå',
        'Fagansvarligavslo i runde 1',
        'Lokalservicehar ikke svart ennå',
        'Serveravslo i runde 1',
        'Integrasjonny valgfri godkjenner',
      ]);
      expect(
        within(dialog).getByText(/Beholder godkjenningen/),
      ).toHaveTextContent(
        'Beholder godkjenningen fra runde 1: Hemithjelp, Nettverk',
      );

      await userEvent.type(
        within(dialog).getByLabelText('Melding til godkjennerne'),
        'ROS er lagt ved',
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Send' }),
      );
      expect(await screen.findByText('Overleveringssiden')).toBeInTheDocument();
      const after = await portal.reload(handover);
      expect(after.status).toBe('in_review');
      const round = after.rounds.find(r => r.number === 2)!;
      expect([...round.optionalRoles].sort()).toEqual([
        'integrasjon',
        'lokalservice',
        'nettverk',
        'server',
      ]);
      expect(round.message).toBe('ROS er lagt ved');
      expect(round.seats.map(a => a.role).sort()).toEqual(
        [
          'tilgangsadministrasjon',
          'config-manager',
          'tjenesteutvikler',
          'seksjonsleder',
          'fagansvarlig',
          'lokalservice',
          'server',
          'integrasjon',
        ].sort(),
      );
    });

    it('asks Server again after it rejected, and only Server when every fixed seat approved', async () => {
      const { handover } = await portal.submitted(readyDocument('PACS'), {
        optionalRoles: ['server'],
      });
      await portal.decide(
        handover,
        PEOPLE.sara,
        'server',
        'reject',
        'Mangler servere',
      );
      for (const [person, role] of FIXED_SEAT_HOLDERS) {
        await portal.decide(handover, person, role, 'approve');
      }
      expect((await portal.reload(handover)).status).toBe('rejected');

      await renderForm(portal, handover.id);
      const dialog = await openSubmitDialog();
      const server = within(dialog).getByLabelText('Server');
      expect(server).toBeChecked();
      expect(server).toBeDisabled();
      expect(server).toHaveAccessibleDescription(
        'Avslo i runde 1 og må se rettingen: spørres igjen i denne runden',
      );
      expect(goesTo(dialog)).toEqual(['Serveravslo i runde 1']);

      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Send' }),
      );
      expect(await screen.findByText('Overleveringssiden')).toBeInTheDocument();
      const after = await portal.reload(handover);
      expect(after.status).toBe('in_review');
      expect(after.rounds.map(r => r.number)).toEqual([1, 2]);
      expect(after.rounds[1].seats).toEqual([
        expect.objectContaining({
          role: 'server',
          approver: 'group:default/server',
          status: 'pending',
        }),
      ]);
    });
  });
});

describe('HandoverFormPage with a field configured as required on submit', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    window.localStorage.clear();
    portal = await TestPortal.start({
      config: {
        overlevering: { form: { requiredOnSubmit: ['bestilling.tittel'] } },
      },
    });
  });

  afterEach(async () => {
    await portal.stop();
  });

  it('marks the fields required on submit', async () => {
    const handover = await portal.draft({ bestilling: bestilling() });
    await renderForm(portal, handover.id);
    expect(
      await screen.findByRole('textbox', { name: /^Tittel/ }),
    ).toBeRequired();
    expect(
      screen.getByRole('textbox', { name: 'Formål og bruk' }),
    ).not.toBeRequired();
  });

  it("shows the backend's refusal without it and takes the user to the field", async () => {
    const handover = await portal.draft({
      ...completeDocument(),
      bestilling: bestilling({ formal: 'x' }),
    });
    await renderForm(portal, handover.id);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Godkjenning' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: /Send til godkjenning/ }),
    );
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Send',
      }),
    );
    const errors = await screen.findByRole('list', {
      name: 'Overleveringen kan ikke sendes ennå:',
    });
    expect(within(errors).getAllByRole('listitem')).toHaveLength(1);
    expect((await portal.reload(handover)).rounds).toHaveLength(0);

    const message = messageFor(errors, 'Bestilling › Tittel');
    await userEvent.click(
      within(errors).getByRole('button', { name: 'Bestilling › Tittel' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('textbox', { name: /^Tittel/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByText(message)).toBeInTheDocument();
  });
});
