import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import WebSocket from 'ws';
import { handoverSignalChannel } from '@hemit/plugin-overlevering-common';
import {
  BackendProcess,
  REPO_ROOT,
  signInAs,
  startDevelopmentBackend,
  waitFor,
} from './__testUtils__/backendProcess';

/*
 * The backend as `npm start` runs it (NODE_ENV=development, app-config.yaml),
 * where the demo sign-in lets anyone be anyone: only this machine may reach
 * it, and only the app's own script may use the sign-in.
 */

const PORT = 7105;
const LOCAL = `http://127.0.0.1:${PORT}`;

/** An address of this machine that other machines of the network reach. */
function networkAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find(a => a && a.family === 'IPv4' && !a.internal)?.address;
}

describe('the backend in development', () => {
  jest.setTimeout(120_000);
  let backend: BackendProcess;

  beforeAll(async () => {
    backend = await startDevelopmentBackend(PORT);
  });

  afterAll(async () => {
    await backend?.stop();
  });

  const refresh = (init: RequestInit = {}, base = LOCAL) =>
    fetch(`${base}/api/auth/demo/refresh?env=development`, {
      ...init,
      signal: AbortSignal.timeout(10_000),
    });
  const asApp = {
    'x-overlevering-demo-user': 'kari.nordmann',
    'x-requested-with': 'XMLHttpRequest',
  };

  const signIn = (name: string) => signInAs(LOCAL, name);

  const catalog = (token: string, path: string, init: RequestInit = {}) =>
    fetch(`${LOCAL}/api/catalog${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
      },
      signal: AbortSignal.timeout(10_000),
    });

  it('signs the app in as a demo person from this machine', async () => {
    expect(await signIn('kari.nordmann')).toMatch(/^ey/);
  });

  it('lets only the platform team change the catalog', async () => {
    const sara = await signIn('sara.server');
    const erik = await signIn('erik.drift');
    const group = await (
      await catalog(sara, '/entities/by-name/group/default/hemithjelp')
    ).json();

    // Deleting the group that holds the Hemithjelp seat would block every submit.
    const deleted = await catalog(
      sara,
      `/entities/by-uid/${group.metadata.uid}`,
      {
        method: 'DELETE',
      },
    );
    expect(deleted.status).toBe(403);
    const registered = await catalog(sara, '/locations', {
      method: 'POST',
      body: JSON.stringify({
        type: 'url',
        target: 'https://example.com/org.yaml',
      }),
    });
    expect(registered.status).toBe(403);
    expect(
      (await catalog(sara, '/entities/by-name/group/default/hemithjelp'))
        .status,
    ).toBe(200);

    // A dry run asks the same permission without changing anything.
    const asAdministrator = await catalog(erik, '/locations?dryRun=true', {
      method: 'POST',
      body: JSON.stringify({
        type: 'url',
        target: 'https://example.com/org.yaml',
      }),
    });
    expect(asAdministrator.status).not.toBe(403);
  });

  it('lets only the platform team import the old SharePoint list', async () => {
    const sara = await signIn('sara.server');
    const erik = await signIn('erik.drift');
    const file = readFileSync(
      `${REPO_ROOT}/examples/sharepoint/overlevering-til-produksjon-utf8-semikolon.csv`,
    );
    const tryImport = (token: string) =>
      fetch(`${LOCAL}/api/overlevering/import?dryRun=true`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'text/csv',
        },
        body: file,
        signal: AbortSignal.timeout(10_000),
      });
    expect((await tryImport(sara)).status).toBe(403);
    const asAdministrator = await tryImport(erik);
    expect(asAdministrator.status).toBe(200);
    const report = await asAdministrator.json();
    expect(report.dryRun).toBe(true);
    expect(report.rows.map((row: { result: string }) => row.result)).toContain(
      'created',
    );
  });

  it('refuses a token someone altered or signed themselves', async () => {
    const sara = await signIn('sara.server');
    const [header, payload, signature] = sara.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const encode = (value: object) =>
      Buffer.from(JSON.stringify(value)).toString('base64url');
    const handovers = (token: string) =>
      fetch(`${LOCAL}/api/overlevering/handovers?owner=me`, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(10_000),
      });
    expect((await handovers(sara)).status).toBe(200);

    // Sara's token made out to Erik, an administrator, with her signature.
    const asErik = encode({
      ...claims,
      sub: 'user:default/erik.drift',
      ent: ['user:default/erik.drift', 'group:default/server'],
    });
    expect((await handovers(`${header}.${asErik}.${signature}`)).status).toBe(
      401,
    );
    // The same claims, signed by nobody.
    const unsigned = encode({
      ...JSON.parse(Buffer.from(header, 'base64url').toString()),
      alg: 'none',
    });
    expect((await handovers(`${unsigned}.${asErik}.`)).status).toBe(401);
    // And a token that is no token at all.
    expect((await handovers('kari.nordmann')).status).toBe(401);
  });

  /**
   * A websocket to the signals backend, as a browser opens it (with a token)
   * or as anyone could (without), subscribed to one channel.
   */
  async function listen(channel: string, token?: string) {
    const url = `${LOCAL.replace(/^http/, 'ws')}/api/signals`;
    const socket = await waitFor(
      `the signals websocket at ${url}`,
      () =>
        new Promise<WebSocket>((ok, fail) => {
          // The first upgrade only attaches the signals backend's handler.
          const ws = token ? new WebSocket(url, token) : new WebSocket(url);
          const timer = setTimeout(() => {
            ws.terminate();
            fail(new Error('no answer to the upgrade'));
          }, 3000);
          ws.once('open', () => {
            clearTimeout(timer);
            ok(ws);
          });
          ws.once('error', fail);
        }),
      20_000,
    );
    const heard: unknown[] = [];
    socket.on('message', data => heard.push(JSON.parse(data.toString())));
    socket.send(JSON.stringify({ action: 'subscribe', channel }));
    return { heard, close: () => socket.terminate() };
  }

  it('tells how a handover goes only to the people who may read it', async () => {
    const kari = await signIn('kari.nordmann');
    const lars = await signIn('lars.lokal');
    const created = await fetch(`${LOCAL}/api/overlevering/handovers`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${kari}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        document: { bestilling: { tittel: 'Pasientflyt 2.0' } },
      }),
    });
    expect(created.status).toBe(201);
    const handover = await created.json();
    const channel = handoverSignalChannel(handover.id);

    const owner = await listen(channel, kari);
    const stranger = await listen(channel, lars);
    const nobody = await listen(channel);
    try {
      // Subscriptions are handled in order; give them a moment to register.
      await new Promise(r => setTimeout(r, 500));
      const saved = await fetch(
        `${LOCAL}/api/overlevering/handovers/${handover.id}/document`,
        {
          method: 'PUT',
          headers: {
            authorization: `Bearer ${kari}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({
            revision: handover.revision,
            document: { bestilling: { tittel: 'Pasientflyt 2.1' } },
          }),
        },
      );
      expect(saved.status).toBe(200);
      await waitFor(
        "the owner's page to hear the save",
        async () => (owner.heard.length > 0 ? true : undefined),
        10_000,
      );
      // Whatever reached the owner has had time to reach the others too.
      await new Promise(r => setTimeout(r, 1000));
      expect(stranger.heard).toEqual([]);
      expect(nobody.heard).toEqual([]);
    } finally {
      owner.close();
      stranger.close();
      nobody.close();
    }
  });

  it('cannot be reached from another machine of the network', async () => {
    const address = networkAddress();
    // Every machine this runs on has a network interface; without one the
    // test would prove nothing.
    expect(address).toBeDefined();
    await expect(
      refresh({ headers: asApp }, `http://${address}:${PORT}`),
    ).rejects.toThrow();
  });

  it('refuses a sign-in that a link or another site could send', async () => {
    const noHeader = await refresh({
      headers: { 'x-overlevering-demo-user': 'kari.nordmann' },
    });
    expect(noHeader.status).toBe(401);
    expect(noHeader.headers.get('content-type')).toMatch(/json/);

    const byPost = await refresh({ method: 'POST', headers: asApp });
    expect(byPost.ok).toBe(false);
    expect(await byPost.text()).not.toMatch(/backstageIdentity/);
  });
});
