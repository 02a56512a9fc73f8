import {
  BackendProcess,
  REPO_ROOT,
  startBackendProcess,
  waitFor,
  waitUntilReady,
} from './__testUtils__/backendProcess';

/*
 * The portal's search and software templates as `npm start` runs them
 * (app-config.yaml, the demo organisation and the portal's permission
 * policy): a handover is found only by those who may read it, and the
 * template "Ny tjeneste" opens the new service's handover for whoever runs
 * it.
 */

const PORT = 7108;
const LOCAL = `http://127.0.0.1:${PORT}`;

describe('search and templates in the portal', () => {
  jest.setTimeout(180_000);
  let backend: BackendProcess;

  beforeAll(async () => {
    backend = startBackendProcess({
      port: PORT,
      configFiles: [`${REPO_ROOT}/app-config.yaml`],
      override: {
        backend: {
          listen: { port: PORT },
          database: { client: 'better-sqlite3', connection: ':memory:' },
        },
        // Index every few seconds, so the test need not wait ten minutes.
        search: {
          collators: {
            overlevering: {
              schedule: {
                frequency: { seconds: 2 },
                timeout: { minutes: 1 },
                initialDelay: { seconds: 1 },
              },
            },
          },
        },
      },
      env: { NODE_ENV: 'development' },
    });
    await waitUntilReady(backend, LOCAL, 'the development backend to be ready');
  });

  afterAll(async () => {
    await backend?.stop();
  });

  /** A token of a demo person, once the catalog has them and their groups. */
  const signIn = (name: string) =>
    waitFor(
      `${name} in the catalog`,
      async () => {
        const res = await fetch(
          `${LOCAL}/api/auth/demo/refresh?env=development`,
          {
            headers: {
              'x-overlevering-demo-user': name,
              'x-requested-with': 'XMLHttpRequest',
            },
            signal: AbortSignal.timeout(10_000),
          },
        );
        if (!res.ok) return undefined;
        const { backstageIdentity } = await res.json();
        return backstageIdentity.identity.ownershipEntityRefs.length > 1
          ? (backstageIdentity.token as string)
          : undefined;
      },
      60_000,
    );

  const api = async (
    token: string,
    path: string,
    init: { method?: string; body?: unknown } = {},
  ) => {
    const res = await fetch(`${LOCAL}/api${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(10_000),
    });
    return { status: res.status, body: await res.json().catch(() => null) };
  };

  /** The handover results a person gets for a search. */
  const searchAs = async (token: string, term: string) => {
    const { status, body } = await api(
      token,
      `/search/query?term=${encodeURIComponent(term)}&types[0]=overlevering`,
    );
    expect(status).toBe(200);
    return body.results as Array<{
      type: string;
      document: Record<string, any>;
    }>;
  };

  it('finds a handover for its owner and never for someone who may not read it', async () => {
    const kari = await signIn('kari.nordmann');
    const sara = await signIn('sara.server');
    const word = `soketest${Date.now().toString(36)}`;
    const created = await api(kari, '/overlevering/handovers', {
      method: 'POST',
      body: {
        entityRef: 'component:default/timebok',
        document: {
          bestilling: { tittel: `Timebok ${word}` },
          etablering: { servere: 'tb-app01' },
        },
      },
    });
    expect(created.status).toBe(201);

    const found = await waitFor(
      'the handover in the search index',
      async () => {
        const results = await searchAs(kari, word);
        return results.length > 0 ? results : undefined;
      },
      60_000,
      () => backend.output().slice(-4000),
    );
    expect(found).toHaveLength(1);
    expect(found[0].type).toBe('overlevering');
    expect(found[0].document).toMatchObject({
      title: `Timebok ${word}`,
      location: `/overlevering/h/${created.body.id}`,
      status: 'draft',
      statusText: 'Utkast',
      serviceName: 'Timebok',
      ownerName: 'Kari Nordmann',
    });
    // Sara holds no seat in it and does not own it.
    expect(await searchAs(sara, word)).toEqual([]);
    // The owner's name finds it too.
    expect(
      (await searchAs(kari, 'Kari')).map(r => r.document.location),
    ).toContain(`/overlevering/h/${created.body.id}`);
  });

  it('opens the new service’s handover for whoever runs the template "Ny tjeneste"', async () => {
    const ola = await signIn('ola.utvikler');
    const template = await waitFor(
      'the template in the catalog',
      async () => {
        const res = await api(
          ola,
          '/catalog/entities/by-name/template/default/ny-tjeneste',
        );
        return res.status === 200 ? res.body : undefined;
      },
      60_000,
    );
    expect(
      template.spec.steps.map((s: { action: string }) => s.action),
    ).toEqual(['fetch:template', 'debug:log', 'overlevering:create']);

    const task = await api(ola, '/scaffolder/v2/tasks', {
      method: 'POST',
      body: {
        templateRef: 'template:default/ny-tjeneste',
        values: {
          name: 'labsvar-api',
          title: 'Labsvar',
          description: 'Svar fra laboratoriet til klinikerne',
          owner: 'group:default/team-pasientflyt',
          handoverTitle: 'Labsvar 1.0 i produksjon',
        },
      },
    });
    expect(task.status).toBe(201);
    const done = await waitFor(
      'the template to finish',
      async () => {
        const res = await api(ola, `/scaffolder/v2/tasks/${task.body.id}`);
        return ['completed', 'failed'].includes(res.body?.status)
          ? res.body
          : undefined;
      },
      60_000,
    );
    const log = await api(ola, `/scaffolder/v2/tasks/${task.body.id}/events`);
    if (done.status !== 'completed') {
      throw new Error(`The template failed: ${JSON.stringify(log.body)}`);
    }

    // What the person sees when the template is done: its output links.
    const completion = log.body.find(
      (event: { type: string }) => event.type === 'completion',
    );
    const [link] = completion.body.output.links;
    expect(link.title).toBe('Åpne overleveringen');
    const id = link.url.split('/h/')[1];
    expect(link.url).toBe(`http://localhost:3000/overlevering/h/${id}`);
    const handover = await api(ola, `/overlevering/handovers/${id}`);
    expect(handover.status).toBe(200);
    expect(handover.body).toMatchObject({
      title: 'Labsvar 1.0 i produksjon',
      owner: 'user:default/ola.utvikler',
      status: 'draft',
      document: {
        bestilling: { beskrivelse: 'Svar fra laboratoriet til klinikerne' },
        designfase: { systemeier: 'group:default/team-pasientflyt' },
      },
    });
    // The service's description was written and shown in the task's log.
    expect(JSON.stringify(log.body)).toContain('name: \\"labsvar-api\\"');
  });
});
