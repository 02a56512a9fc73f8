import { Route, Routes } from 'react-router-dom';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import { FakeOverleveringBackend } from '../../__testUtils__/fakeBackend';
import { renderWithBackend } from '../../__testUtils__/renderWithBackend';
import {
  EntityOverleveringCard,
  EntityOverleveringContent,
} from './EntityOverleveringContent';
import { isOverleveringAvailable } from './prefill';

const server = setupServer();
registerMswTestHooks(server);
jest.setTimeout(30_000);

const service: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'pasientflyt-api', namespace: 'default' },
  spec: {
    type: 'service',
    owner: 'group:default/team-pasientflyt',
    system: 'pasientflyt',
  },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/team-pasientflyt' },
    { type: 'partOf', targetRef: 'system:default/pasientflyt' },
  ],
};

describe('EntityOverleveringContent', () => {
  let backend: FakeOverleveringBackend;

  beforeEach(() => {
    backend = new FakeOverleveringBackend();
    server.use(...backend.handlers);
  });

  it("lists the service's handovers and starts a new one pre-filled from the service", async () => {
    backend.seed({
      entityRef: 'component:default/pasientflyt-api',
      owner: 'user:default/noen.andre',
      document: { bestilling: { tittel: 'Pasientflyt 1.0' } },
    });
    backend.seed({
      entityRef: 'component:default/timebok',
      document: { bestilling: { tittel: 'Timebok' } },
    });
    await renderWithBackend(
      <Routes>
        <Route
          path="/"
          element={
            <EntityProvider entity={service}>
              <EntityOverleveringContent />
            </EntityProvider>
          }
        />
        <Route path="/overlevering/h/:id/skjema" element={<p>Skjemaet</p>} />
      </Routes>,
      { backend },
    );
    expect(await screen.findByText('Pasientflyt 1.0')).toBeInTheDocument();
    expect(screen.queryByText('Timebok')).toBeNull();

    await userEvent.click(
      screen.getByRole('button', { name: 'Ny overlevering' }),
    );
    expect(await screen.findByText('Skjemaet')).toBeInTheDocument();
    const created = [...backend.handovers.values()].pop()!;
    expect(created.entityRef).toBe('component:default/pasientflyt-api');
    expect(created.document).toEqual({
      designfase: {
        tjeneste: 'component:default/pasientflyt-api',
        systemeier: 'group:default/team-pasientflyt',
        systemeierOmrade: 'pasientflyt',
      },
    });
    expect(created.owner).toBe(backend.user);
  });

  it('shows a card with the latest handover', async () => {
    backend.seed({
      entityRef: 'component:default/pasientflyt-api',
      status: 'approved',
      document: { bestilling: { tittel: 'Pasientflyt 1.0' } },
    });
    await renderWithBackend(
      <EntityProvider entity={service}>
        <EntityOverleveringCard />
      </EntityProvider>,
      { backend },
    );
    expect(await screen.findByText('Pasientflyt 1.0')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText('Godkjent')).toBeInTheDocument(),
    );
  });

  it('is available on services and systems only', () => {
    expect(isOverleveringAvailable(service)).toBe(true);
    expect(isOverleveringAvailable({ ...service, kind: 'System' })).toBe(true);
    expect(isOverleveringAvailable({ ...service, kind: 'User' })).toBe(false);
  });
});
