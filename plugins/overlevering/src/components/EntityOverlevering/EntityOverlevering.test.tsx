import { Route, Routes, useParams } from 'react-router-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { type Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  completeDocument,
  DEMO_ENTITIES,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  TestPortal,
} from '../../__testUtils__/testPortal';
import {
  EntityOverleveringCard,
  EntityOverleveringContent,
} from './EntityOverleveringContent';
import { isOverleveringAvailable } from './prefill';

jest.setTimeout(60_000);

const demoService = DEMO_ENTITIES.find(e => e.kind === 'Component')!;
const SERVICE_REF = stringifyEntityRef(demoService);

/**
 * The demo catalog's service as the catalog serves it to its page: with the
 * relations it computes, here as part of the system "pasientflyt", so that
 * the system's name has something to pre-fill.
 */
const service: Entity = {
  ...demoService,
  spec: { ...demoService.spec, system: 'pasientflyt' },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/team-pasientflyt' },
    { type: 'partOf', targetRef: 'system:default/pasientflyt' },
  ],
};

/** Where "Ny overlevering" leads: the form of the new handover. */
function FormPage() {
  const { id } = useParams();
  return <p>Skjemaet for {id}</p>;
}

describe('EntityOverleveringContent', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  it("lists the service's handovers and starts a new one pre-filled from the service", async () => {
    await portal.client(PEOPLE.ola).createHandover({
      entityRef: SERVICE_REF,
      document: { bestilling: { tittel: 'Pasientflyt 1.0' } },
    });
    await portal.draft({ bestilling: { tittel: 'Timebok' } });
    await portal.render(
      <Routes>
        <Route
          path="/"
          element={
            <EntityProvider entity={service}>
              <EntityOverleveringContent />
            </EntityProvider>
          }
        />
        <Route path="/overlevering/h/:id/skjema" element={<FormPage />} />
      </Routes>,
    );
    const table = await screen.findByRole('table', { name: 'Overlevering' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map(r => within(r).getAllByRole('cell')[0].textContent),
    ).toEqual(['Pasientflyt 1.0']);
    expect(screen.queryByText('Timebok')).toBeNull();

    await userEvent.click(
      screen.getByRole('button', { name: 'Ny overlevering' }),
    );
    // The dialog asks for the title; the service is the page's.
    const dialog = await screen.findByRole('dialog', {
      name: 'Ny overlevering',
    });
    expect(
      within(dialog).getByRole('combobox', { name: 'Tjeneste' }),
    ).toHaveValue('Pasientflyt');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^Tittel/ }),
      'Pasientflyt 2.0',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Opprett' }),
    );
    const form = await screen.findByText(/^Skjemaet for /);
    const id = form.textContent!.replace('Skjemaet for ', '');
    const created = await portal.client().getHandover(id);
    expect(created.entityRef).toBe(SERVICE_REF);
    // Only the service's own facts and the title are filled in; the rest is
    // left to the owner.
    expect(created.document.designfase).toEqual({
      tjeneste: SERVICE_REF,
      systemeier: 'group:default/team-pasientflyt',
      systemeierOmrade: 'pasientflyt',
    });
    expect(created.title).toBe('Pasientflyt 2.0');
    expect(created.owner).toBe(PEOPLE.kari);
    expect(created.status).toBe('draft');
  });

  it('shows a card with the latest handover', async () => {
    const kari = portal.client();
    const draft = await kari.createHandover({
      entityRef: SERVICE_REF,
      document: completeDocument('Pasientflyt 1.0'),
    });
    await kari.submit(draft.id, {
      revision: draft.revision,
      optionalRoles: [],
    });
    for (const [person, role] of FIXED_SEAT_HOLDERS) {
      await portal.decide(draft, person, role, 'approve');
    }
    await portal.render(
      <EntityProvider entity={service}>
        <EntityOverleveringCard />
      </EntityProvider>,
    );
    const table = await screen.findByRole('table', {
      name: 'Siste overlevering',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Pasientflyt 1.0');
    expect(rows[0]).toHaveTextContent('Godkjent');
  });

  it('is available on services and systems only', () => {
    expect(isOverleveringAvailable(service)).toBe(true);
    expect(isOverleveringAvailable({ ...service, kind: 'System' })).toBe(true);
    expect(isOverleveringAvailable({ ...service, kind: 'User' })).toBe(false);
  });
});
