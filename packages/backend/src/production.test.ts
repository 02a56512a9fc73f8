import {
  BackendProcess,
  REPO_ROOT,
  startBackendProcess,
  waitUntilReady,
} from './__testUtils__/backendProcess';

/*
 * The backend as production runs it (NODE_ENV=production, the production
 * config), on an in-memory SQLite database instead of PostgreSQL so that the
 * test runs anywhere: sign-in goes through Microsoft Entra ID, and the
 * development sign-in is not there at all.
 */

const PORT = 7103;
const BASE_URL = `http://localhost:${PORT}`;

describe('the backend in production', () => {
  jest.setTimeout(120_000);
  let backend: BackendProcess;

  beforeAll(async () => {
    backend = startBackendProcess({
      port: PORT,
      configFiles: [
        `${REPO_ROOT}/app-config.yaml`,
        `${REPO_ROOT}/app-config.production.yaml`,
      ],
      override: {
        backend: {
          listen: { port: PORT },
          database: { client: 'better-sqlite3', connection: ':memory:' },
        },
      },
      env: {
        NODE_ENV: 'production',
        APP_BASE_URL: BASE_URL,
        AUTH_MICROSOFT_CLIENT_ID: 'portal-client-id',
        AUTH_MICROSOFT_CLIENT_SECRET: 'portal-client-secret',
        AUTH_MICROSOFT_TENANT_ID: 'hemit-tenant-id',
      },
    });
    await waitUntilReady(
      backend,
      BASE_URL,
      'the production backend to be ready',
    );
  });

  afterAll(async () => {
    await backend?.stop();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${BASE_URL}${path}`, {
      headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });

  it('signs in with Microsoft Entra ID, in the configured tenant', async () => {
    const res = await get('/api/auth/microsoft/start?env=production');
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.origin).toBe('https://login.microsoftonline.com');
    expect(location.pathname).toBe('/hemit-tenant-id/oauth2/v2.0/authorize');
    expect(location.searchParams.get('client_id')).toBe('portal-client-id');
    expect(location.searchParams.get('redirect_uri')).toBe(
      `${BASE_URL}/api/auth/microsoft/handler/frame`,
    );
  });

  it('starts without email where no SMTP relay is given, and says why', () => {
    expect(backend.output()).toMatch(
      /Notifications are not sent by email: the SMTP relay has no hostname .*SMTP_HOST/,
    );
  });

  it('has no demo sign-in and no demo people', async () => {
    const refresh = await get('/api/auth/demo/refresh', {
      'x-overlevering-demo-user': 'kari.nordmann',
    });
    expect(refresh.status).toBe(404);
    const guest = await get('/api/auth/guest/refresh');
    expect(guest.status).toBe(404);
    const people = await get('/api/demo-people');
    expect(people.status).toBe(404);
  });

  it('serves the Overlevering API, which asks who the caller is', async () => {
    const health = await get('/api/overlevering/health');
    expect(health.status).toBe(200);
    const handovers = await get('/api/overlevering/handovers?owner=me');
    expect(handovers.status).toBe(401);
  });
});
