import { Route, Routes } from 'react-router-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Handover } from '@hemit/plugin-overlevering-common';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  TestPortal,
} from '../../__testUtils__/testPortal';
import { HandoverFormPage } from './HandoverFormPage';

// Each test starts the real backend plugin and renders the whole form.
jest.setTimeout(60_000);

function renderForm(
  portal: TestPortal,
  id: string,
  language: 'nb' | 'en' = 'nb',
) {
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

/** The step of the stepper for a section, by the start of its title. */
function step(title: string) {
  return within(screen.getByRole('navigation')).getByRole('button', {
    name: new RegExp(`^${title}`),
  });
}

describe('HandoverFormPage after a rejection', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    window.localStorage.clear();
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  /**
   * Round 1 with Server, where Fagansvarlig rejects pointing at Designfase,
   * Server rejects without naming a section, and everyone else approves.
   */
  async function rejectedHandover(): Promise<Handover> {
    const { handover, round } = await portal.submitted(
      completeDocument('PACS'),
      { optionalRoles: ['server'] },
    );
    await portal.client(PEOPLE.per).decide(handover.id, round.number, {
      role: 'fagansvarlig',
      decision: 'reject',
      comment: 'ROS-analysen mangler',
      sections: ['designfase'],
    });
    await portal.decide(
      handover,
      PEOPLE.sara,
      'server',
      'reject',
      'Serverlisten mangler',
    );
    for (const [person, role] of FIXED_SEAT_HOLDERS) {
      if (role !== 'fagansvarlig') {
        await portal.decide(handover, person, role, 'approve');
      }
    }
    const rejected = await portal.reload(handover);
    expect(rejected.status).toBe('rejected');
    return rejected;
  }

  it('shows who rejected and why above the form, marks those sections, and opens at the first', async () => {
    const handover = await rejectedHandover();
    await renderForm(portal, handover.id);

    const toFix = await screen.findByRole('region', {
      name: 'Dette må rettes',
    });
    const items = within(toFix).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    // Who rejected by role and by name, and what they asked for.
    await waitFor(() =>
      expect(items[0]).toHaveTextContent(
        /^Fagansvarlig \(Per Fagansvarlig\): ROS-analysen mangler/,
      ),
    );
    // Server named no section: its role answers for the servers, in
    // Etablering av tjenesten.
    expect(items[1]).toHaveTextContent(
      /^Server \(Sara Server\): Serverlisten mangler/,
    );
    expect(toFix).toHaveTextContent('Runde 1 ble avslått');

    // The marked sections say so in words, not by colour alone.
    expect(step('Designfase')).toHaveAccessibleName(/Må rettes/);
    expect(step('Etablering av tjenesten')).toHaveAccessibleName(/Må rettes/);
    expect(step('Bestilling')).not.toHaveAccessibleName(/Må rettes/);
    expect(step('Driftskostnader')).not.toHaveAccessibleName(/Må rettes/);

    // The form opens at the first section to fix, not at Bestilling.
    expect(step('Designfase')).toHaveAttribute('aria-current', 'step');
    expect(
      screen.getByRole('combobox', { name: /^Fagansvarlig/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Tittel/ })).toBeNull();

    // Each comment leads to its section.
    await userEvent.click(
      within(items[1]).getByRole('button', {
        name: 'Gå til Etablering av tjenesten',
      }),
    );
    expect(
      await screen.findByRole('textbox', { name: 'Servere og infrastruktur' }),
    ).toBeInTheDocument();
    expect(step('Etablering av tjenesten')).toHaveAttribute(
      'aria-current',
      'step',
    );
  });

  it('says it in English for an English reader', async () => {
    const handover = await rejectedHandover();
    await renderForm(portal, handover.id, 'en');
    const toFix = await screen.findByRole('region', {
      name: 'What must be fixed',
    });
    await waitFor(() =>
      expect(within(toFix).getAllByRole('listitem')[0]).toHaveTextContent(
        /^Subject-matter responsible \(Per Fagansvarlig\): ROS-analysen mangler/,
      ),
    );
    expect(
      within(toFix).getByRole('button', { name: 'Go to Design phase' }),
    ).toBeInTheDocument();
    expect(step('Design phase')).toHaveAccessibleName(/Must be fixed/);
  });

  it('shows nothing to fix, marks nothing and opens at Bestilling before any rejection', async () => {
    const handover = await portal.draft(completeDocument('PACS'));
    await renderForm(portal, handover.id);
    expect(await screen.findByRole('textbox', { name: /^Tittel/ })).toHaveValue(
      'PACS',
    );
    expect(step('Bestilling')).toHaveAttribute('aria-current', 'step');
    expect(
      screen.queryByRole('region', { name: 'Dette må rettes' }),
    ).toBeNull();
    expect(screen.getByRole('navigation')).not.toHaveTextContent('Må rettes');
  });

  it('keeps the steps reachable on a narrow screen: they scroll sideways instead of being cut off', async () => {
    const handover = await portal.draft(completeDocument('PACS'));
    await renderForm(portal, handover.id);
    const steps = await screen.findByRole('navigation', { name: 'Seksjoner' });
    expect(getComputedStyle(steps.parentElement!).overflowX).toBe('auto');
    expect(within(steps).getAllByRole('button')).toHaveLength(6);
  });

  it('heads the rows of a list by number in plain words, not as "Fravik-1"', async () => {
    const handover = await portal.draft({
      ...completeDocument('PACS'),
      produksjonssetting: {
        fravik: [{ beskrivelse: 'Uten HA' }, { beskrivelse: 'Uten DR' }],
      },
    });
    await renderForm(portal, handover.id);
    await userEvent.click(
      await screen.findByRole('button', {
        name: /^Forberede produksjonssetting/,
      }),
    );
    expect(await screen.findByText('Rad 1')).toBeInTheDocument();
    expect(screen.getByText('Rad 2')).toBeInTheDocument();
    expect(screen.queryByText(/Fravik-\d/)).toBeNull();
  });
});
