import { Route, Routes } from 'react-router-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  TestPortal,
} from '../../__testUtils__/testPortal';
import { HandoverFormPage } from '../HandoverForm';

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
      <Route path="/overlevering/h/:id" element={<p>Overleveringssiden</p>} />
    </Routes>,
    { language, routeEntries: [`/overlevering/h/${id}/skjema`] },
  );
}

async function openSubmitDialog(language: 'nb' | 'en' = 'nb') {
  await userEvent.click(
    await screen.findByRole('button', {
      name: language === 'en' ? 'Approval' : 'Godkjenning',
    }),
  );
  await userEvent.click(
    screen.getByRole('button', {
      name: language === 'en' ? /Send for approval/ : /Send til godkjenning/,
    }),
  );
  const dialog = await screen.findByRole('dialog');
  // The seats show once the plan has compared with what was approved.
  await within(dialog).findByRole('list', {
    name: language === 'en' ? 'Fixed approvers' : 'Faste godkjennere',
  });
  return dialog;
}

/** What the dialog says, checked for words meant for machines. */
function expectPlainWords(dialog: HTMLElement) {
  const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
  expect(texts.length).toBeGreaterThan(10);
  for (const text of texts) {
    // No entity refs such as user:default/ola, no dotted field paths.
    expect(text).not.toMatch(/\b(user|group|component):/);
    expect(text).not.toMatch(/\b[a-z]+\.[a-zA-Z]+\b/);
  }
}

/** A document with every seat filled but Tjenesteutvikler's. */
function withoutServiceDeveloper() {
  const document = completeDocument('PACS');
  const { tjenesteutvikler: _, ...designfase } = document.designfase;
  return { ...document, designfase };
}

describe('SubmitDialog', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    window.localStorage.clear();
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  it('does not send while a seat has nobody, says why, and leads to the field', async () => {
    const handover = await portal.draft(withoutServiceDeveloper());
    await renderForm(portal, handover.id);
    const dialog = await openSubmitDialog();

    const send = within(dialog).getByRole('button', { name: 'Send' });
    expect(send).toBeDisabled();
    expect(send).toHaveAccessibleDescription(
      'Kan ikke sendes før alle godkjennerne er kjent: Tjenesteutvikler: Ikke valgt i skjemaet: Designfase › Tjenesteutvikler',
    );
    // The other seats by the names the catalog gives them.
    const fixed = within(dialog).getByRole('list', {
      name: 'Faste godkjennere',
    });
    await waitFor(() => expect(fixed).toHaveTextContent('Siri Leder'));
    expect(fixed).toHaveTextContent('Per Fagansvarlig');
    expect(fixed).toHaveTextContent('Tilgangsadministrasjon');
    expectPlainWords(dialog);
    // Nothing was sent before, so no earlier choices are ticked.
    expect(dialog).not.toHaveTextContent('forrige runde');

    const reasons = within(dialog).getByRole('list', {
      name: 'Kan ikke sendes før alle godkjennerne er kjent:',
    });
    await userEvent.click(
      within(reasons).getByRole('button', {
        name: 'Designfase › Tjenesteutvikler',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      await screen.findByRole('combobox', { name: /^Tjenesteutvikler/ }),
    ).toBeInTheDocument();
    expect((await portal.reload(handover)).rounds).toHaveLength(0);
  });

  it('does not send to a person the catalog does not know', async () => {
    const document = completeDocument('PACS');
    const handover = await portal.draft({
      ...document,
      designfase: {
        ...document.designfase,
        tjenesteutvikler: 'user:default/sluttet',
      },
    });
    await renderForm(portal, handover.id);
    const dialog = await openSubmitDialog();
    const reasons = await within(dialog).findByRole('list', {
      name: 'Kan ikke sendes før alle godkjennerne er kjent:',
    });
    expect(reasons).toHaveTextContent(
      'Tjenesteutvikler: Finnes ikke i katalogen. Velg en annen person: Designfase › Tjenesteutvikler',
    );
    expect(within(dialog).getByRole('button', { name: 'Send' })).toBeDisabled();
    expectPlainWords(dialog);
  });

  it('suggests Server and Nettverk from what the form describes, and asks only whom the owner ticks', async () => {
    const document = completeDocument('PACS');
    const handover = await portal.draft({
      ...document,
      etablering: {
        servere: 'app01 og db01',
        nettverksbehov: 'Åpning fra klientnettet til app01 på 443',
      },
    });
    await renderForm(portal, handover.id);
    const dialog = await openSubmitDialog();

    const server = within(dialog).getByLabelText('Server');
    expect(server).not.toBeChecked();
    expect(server).toHaveAccessibleDescription(
      'Foreslått fordi skjemaet beskriver «Servere og infrastruktur».',
    );
    const network = within(dialog).getByLabelText('Nettverk');
    expect(network).not.toBeChecked();
    expect(network).toHaveAccessibleDescription(
      'Foreslått fordi skjemaet beskriver «Nettverksbehov».',
    );
    expect(
      within(dialog).getByLabelText('Integrasjon'),
    ).not.toHaveAccessibleDescription();
    expect(
      within(dialog).getByLabelText('Lokalservice'),
    ).not.toHaveAccessibleDescription();

    await userEvent.click(server);
    const send = within(dialog).getByRole('button', { name: 'Send' });
    expect(send).toBeEnabled();
    await userEvent.click(send);
    expect(await screen.findByText('Overleveringssiden')).toBeInTheDocument();
    const round = (await portal.reload(handover)).rounds[0];
    expect(round.optionalRoles).toEqual(['server']);
  });

  it("says on a resubmission that the previous round's choices are ticked", async () => {
    const { handover } = await portal.submitted(completeDocument('PACS'), {
      optionalRoles: ['server'],
    });
    await portal.decide(handover, PEOPLE.sara, 'server', 'reject', 'Nei');
    for (const [person, role] of FIXED_SEAT_HOLDERS) {
      await portal.decide(handover, person, role, 'approve');
    }
    await renderForm(portal, handover.id);
    const dialog = await openSubmitDialog();
    expect(dialog).toHaveTextContent(
      'Vurder om disse også skal godkjenne. Valgene fra forrige runde er krysset av.',
    );
    expect(within(dialog).getByRole('button', { name: 'Send' })).toBeEnabled();
  });

  it('asks an approver again when what it vouched for changed, and says which field', async () => {
    const { handover } = await portal.submitted(
      {
        ...completeDocument('PACS'),
        etablering: { servere: 'app01' },
        produksjonssetting: { kunnskapsartikler: 'KB-1 Pålogging' },
      },
      { optionalRoles: ['server'] },
    );
    for (const [person, role] of FIXED_SEAT_HOLDERS) {
      await portal.decide(handover, person, role, 'approve');
    }
    await portal.decide(
      handover,
      PEOPLE.sara,
      'server',
      'reject',
      'Mangler db01',
    );
    // Fixing Server's point, the owner also rewrites the service-desk text.
    const rejected = await portal.reload(handover);
    await portal.client().saveDocument(handover.id, {
      revision: rejected.revision,
      document: {
        ...rejected.document,
        etablering: { servere: 'app01 og db01' },
        produksjonssetting: {
          kunnskapsartikler: 'KB-1 Pålogging, KB-2 Utskrift',
        },
      },
    });

    await renderForm(portal, handover.id);
    const dialog = await openSubmitDialog();
    const asked = await within(dialog).findByRole('list', {
      name: 'Denne runden går til',
    });
    const seats = within(asked).getAllByRole('listitem');
    expect(seats.map(seat => seat.textContent)).toEqual([
      'HemithjelpSpørres igjen fordi «Kunnskapsartikler» er endret siden godkjenningen i runde 1',
      'Serveravslo i runde 1',
    ]);
    // Access administration vouches for access roles, which did not change.
    expect(dialog).toHaveTextContent(
      'Beholder godkjenningen fra runde 1: Tilgangsadministrasjon, Config Manager, Tjenesteutvikler, Seksjonsleder tjenesten, Fagansvarlig',
    );
    expectPlainWords(dialog);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Overleveringssiden')).toBeInTheDocument();
    const round2 = (await portal.reload(handover)).rounds[1];
    expect(round2.seats.map(seat => seat.role).sort()).toEqual([
      'hemithjelp',
      'server',
    ]);
  });

  it('says it all in English for an English reader', async () => {
    const handover = await portal.draft({
      ...withoutServiceDeveloper(),
      etablering: { integrasjoner: 'HL7 fra DIPS' },
    });
    await renderForm(portal, handover.id, 'en');
    const dialog = await openSubmitDialog('en');
    expect(
      within(dialog).getByRole('button', { name: 'Send' }),
    ).toHaveAccessibleDescription(
      'Cannot be sent until every approver is known: Service developer: Not chosen in the form: Design phase › Service developer (tjenesteutvikler)',
    );
    expect(
      within(dialog).getByLabelText('Integration'),
    ).toHaveAccessibleDescription(
      'Suggested because the form describes “Integrations”.',
    );
    expectPlainWords(dialog);
  });
});
