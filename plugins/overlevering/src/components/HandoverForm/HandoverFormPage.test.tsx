import { sectionProgress } from '@hemit/overlevering-form-schema';
import { Route, Routes } from 'react-router-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { FakeOverleveringBackend } from '../../__testUtils__/fakeBackend';
import {
  ManualSignalApi,
  renderWithBackend,
} from '../../__testUtils__/renderWithBackend';
import { handoverSignalChannel } from '@hemit/plugin-overlevering-common';
import { HandoverFormPage } from './HandoverFormPage';

const server = setupServer();
registerMswTestHooks(server);
// Typing through rjsf and MUI in jsdom is slow on a busy machine.
jest.setTimeout(30_000);

function renderForm(
  backend: FakeOverleveringBackend,
  id: string,
  signals?: ManualSignalApi,
) {
  return renderWithBackend(
    <Routes>
      <Route
        path="/overlevering/h/:id/skjema"
        element={<HandoverFormPage autosaveDelayMs={50} />}
      />
      <Route path="/overlevering/h/:id" element={<p>Overleveringssiden</p>} />
    </Routes>,
    { backend, signals, routeEntries: [`/overlevering/h/${id}/skjema`] },
  );
}

describe('HandoverFormPage', () => {
  let backend: FakeOverleveringBackend;

  beforeEach(() => {
    window.localStorage.clear();
    backend = new FakeOverleveringBackend();
    server.use(...backend.handlers);
  });

  it('saves what is typed in each section by itself and says "Lagret"', async () => {
    const handover = backend.seed({ document: {} });
    await renderForm(backend, handover.id);

    await userEvent.type(await screen.findByLabelText(/Tittel/), 'Ny PACS');
    await waitFor(() =>
      expect(backend.handovers.get(handover.id)?.document).toEqual({
        bestilling: { tittel: 'Ny PACS' },
      }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Lagret');

    // Free navigation: jump straight to the fifth section and fill it.
    await userEvent.click(
      screen.getByRole('button', { name: /Forberede produksjonssetting/ }),
    );
    await userEvent.type(await screen.findByLabelText('Varsling'), 'Zabbix');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    await waitFor(() =>
      expect(backend.handovers.get(handover.id)?.document).toEqual({
        bestilling: { tittel: 'Ny PACS' },
        produksjonssetting: { varsling: 'Zabbix' },
      }),
    );
    // Progress per section, by the form package's rule: 1 field of Bestilling.
    const total = sectionProgress({})[0].total;
    expect(
      screen.getByRole('button', {
        name: new RegExp(`Bestilling.*1 av ${total} felt utfylt`),
      }),
    ).toBeInTheDocument();
  });

  it('marks the fields required on submit', async () => {
    const handover = backend.seed({ document: {} });
    await renderForm(backend, handover.id);
    expect(await screen.findByLabelText(/Tittel/)).toBeRequired();
    expect(screen.getByLabelText(/Formål og bruk/)).not.toBeRequired();
  });

  it('keeps the typed text when someone else saved first, and saves it over the newest revision', async () => {
    const handover = backend.seed({
      document: { bestilling: { tittel: 'Gammel tittel' } },
    });
    await renderForm(backend, handover.id);
    const purpose = await screen.findByLabelText('Formål og bruk');

    // A colleague saves the title in another browser meanwhile.
    backend.handovers.set(handover.id, {
      ...backend.handovers.get(handover.id)!,
      document: { bestilling: { tittel: 'Kollegas tittel' } },
      revision: 2,
    });

    await userEvent.type(purpose, 'Mitt formål');
    expect(
      await screen.findByText('Noen andre har endret overleveringen'),
    ).toBeInTheDocument();
    expect(purpose).toHaveValue('Mitt formål');
    expect(
      JSON.parse(
        window.localStorage.getItem(`overlevering:unsaved:${handover.id}`)!,
      ).document.bestilling.formal,
    ).toBe('Mitt formål');

    await userEvent.click(
      screen.getByRole('button', { name: /Last inn nyeste og behold/ }),
    );
    await waitFor(() =>
      expect(backend.handovers.get(handover.id)?.document).toEqual({
        bestilling: { tittel: 'Kollegas tittel', formal: 'Mitt formål' },
      }),
    );
    expect(screen.getByLabelText(/Tittel/)).toHaveValue('Kollegas tittel');
    expect(
      window.localStorage.getItem(`overlevering:unsaved:${handover.id}`),
    ).toBeNull();
  });

  it('restores unsaved edits kept in the browser after a reload', async () => {
    const handover = backend.seed({
      document: { bestilling: { tittel: 'A' } },
    });
    window.localStorage.setItem(
      `overlevering:unsaved:${handover.id}`,
      JSON.stringify({
        base: { bestilling: { tittel: 'A' } },
        document: { bestilling: { tittel: 'A', formal: 'Ulagret tekst' } },
      }),
    );
    await renderForm(backend, handover.id);
    expect(await screen.findByLabelText('Formål og bruk')).toHaveValue(
      'Ulagret tekst',
    );
    expect(screen.getByText(/Ulagrede endringer/)).toBeInTheDocument();
  });

  it('is read-only while a round is open', async () => {
    const handover = backend.seed({
      status: 'in_review',
      document: { bestilling: { tittel: 'Låst' } },
    });
    await renderForm(backend, handover.id);
    expect(await screen.findByText(/Skjemaet er låst/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Tittel/)).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Lagre' })).toBeNull();
  });

  it('submits with the optional seats of the last round pre-ticked, and lists who the resubmission goes to', async () => {
    const seats = {
      fagansvarlig: 'user:default/ola.hansen',
      tjenesteutvikler: 'user:default/kari.nordmann',
      seksjonsleder: 'user:default/per',
    };
    const handover = backend.seed({
      status: 'rejected',
      document: { bestilling: { tittel: 'PACS' }, designfase: seats },
      rounds: [
        {
          number: 1,
          status: 'rejected',
          revision: 1,
          submittedBy: backend.user,
          submittedAt: '2026-11-20T08:00:00Z',
          optionalRoles: ['server', 'nettverk'],
          assignments: [
            {
              role: 'hemithjelp',
              approver: 'group:default/hemithjelp',
              status: 'approved',
            },
            {
              role: 'fagansvarlig',
              approver: seats.fagansvarlig,
              status: 'rejected',
              comment: 'Mangler ROS',
            },
            {
              role: 'server',
              approver: 'group:default/server',
              status: 'rejected',
              comment: 'Mangler servere',
            },
            {
              role: 'nettverk',
              approver: 'group:default/nettverk',
              status: 'approved',
            },
          ],
        },
      ],
    });
    await renderForm(backend, handover.id);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Godkjenning' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: /Send til godkjenning/ }),
    );

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Server')).toBeChecked();
    expect(within(dialog).getByLabelText('Nettverk')).toBeChecked();
    expect(within(dialog).getByLabelText('Integrasjon')).not.toBeChecked();

    await userEvent.click(within(dialog).getByLabelText('Integrasjon'));
    const goesTo = within(dialog).getByRole('list', {
      name: 'Denne runden går til',
    });
    const rows = within(goesTo)
      .getAllByRole('listitem')
      .map(li => li.textContent);
    expect(rows).toEqual([
      'Tilgangsadministrasjonhar ikke svart ennå',
      'Config Managerhar ikke svart ennå',
      'Tjenesteutviklerhar ikke svart ennå',
      'Seksjonsleder tjenestenhar ikke svart ennå',
      'Fagansvarligavslo i runde 1',
      'Serveravslo i runde 1',
      'Integrasjonny valgfri godkjenner',
    ]);
    expect(
      within(dialog).getByText(/Beholder godkjenningen/),
    ).toHaveTextContent('Hemithjelp, Nettverk');

    await userEvent.type(
      within(dialog).getByLabelText('Melding til godkjennerne'),
      'ROS er lagt ved',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Overleveringssiden')).toBeInTheDocument();
    const round = backend.handovers.get(handover.id)!.rounds[1];
    expect(round.optionalRoles.sort()).toEqual([
      'integrasjon',
      'nettverk',
      'server',
    ]);
    expect(round.message).toBe('ROS er lagt ved');
  });

  it("shows the backend's refusal of a submit field by field", async () => {
    const handover = backend.seed({
      document: { bestilling: { formal: 'x' } },
    });
    await renderForm(backend, handover.id);
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
    expect(within(errors).getByText('Bestilling › Tittel')).toBeInTheDocument();
    expect(backend.handovers.get(handover.id)!.rounds).toHaveLength(0);

    // Each named field takes the user to it, marked with the message.
    await userEvent.click(
      within(errors).getByRole('button', { name: 'Designfase › Fagansvarlig' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByLabelText(/^Fagansvarlig/)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(
      screen.getAllByText('must be filled before submit').length,
    ).toBeGreaterThan(0);
  });

  it('can be used with the keyboard alone: steps, the submit dialog and back', async () => {
    const handover = backend.seed({ document: {} });
    await renderForm(backend, handover.id);
    const designfase = await screen.findByRole('button', {
      name: /Designfase/,
    });
    designfase.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByLabelText(/^Fagansvarlig/)).toBeInTheDocument();

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
  });

  it('shows a change saved elsewhere at once when nothing here is unsaved', async () => {
    const signals = new ManualSignalApi();
    const handover = backend.seed({
      document: { bestilling: { tittel: 'A' } },
    });
    await renderForm(backend, handover.id, signals);
    const title = await screen.findByLabelText(/Tittel/);
    expect(title).toHaveValue('A');

    backend.handovers.set(handover.id, {
      ...backend.handovers.get(handover.id)!,
      document: { bestilling: { tittel: 'Fra en annen fane' } },
      revision: 2,
    });
    act(() =>
      signals.publish(handoverSignalChannel(handover.id), {
        handoverId: handover.id,
        type: 'saved',
        status: 'draft',
        revision: 2,
      }),
    );
    await waitFor(() => expect(title).toHaveValue('Fra en annen fane'));
    expect(screen.getByRole('status')).toHaveTextContent('Lagret');
  });
});
