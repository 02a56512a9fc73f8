import { screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import {
  mockApis,
  registerMswTestHooks,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { identityApiRef } from '@backstage/frontend-plugin-api';
import { overleveringApiRef, OverleveringClient } from './api';
import {
  FakeOverleveringBackend,
  TEST_BASE_URL,
} from './__testUtils__/fakeBackend';
import overleveringPlugin from './alpha';

const server = setupServer();
registerMswTestHooks(server);
jest.setTimeout(30_000);

describe('the new-frontend-system plugin', () => {
  it('serves "Mine overleveringer" at /overlevering', async () => {
    const backend = new FakeOverleveringBackend();
    server.use(...backend.handlers);
    backend.seed({ document: { bestilling: { tittel: 'Ny PACS' } } });
    renderTestApp({
      features: [overleveringPlugin],
      initialRouteEntries: ['/overlevering'],
      apis: [
        [
          overleveringApiRef,
          new OverleveringClient({
            discoveryApi: mockApis.discovery({
              baseUrl: TEST_BASE_URL.replace(/\/api\/overlevering$/, ''),
            }),
            fetchApi: { fetch: (input, init) => fetch(input, init) },
          }),
        ],
        [identityApiRef, mockApis.identity({ userEntityRef: backend.user })],
      ],
    });
    // The page is loaded lazily, as in an app.
    expect(
      await screen.findByText('Ny PACS', undefined, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Godkjenninger')).toBeInTheDocument();
  });
});
