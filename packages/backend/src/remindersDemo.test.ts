import {
  BackendProcess,
  signInAs,
  startDevelopmentBackend,
  waitFor,
} from './__testUtils__/backendProcess';

/*
 * The demo portal reminds on a short interval (app-config.yaml): soon after
 * a round opens, the seat holders find a reminder on their notifications
 * page and the section head of the service an escalation.
 */

const PORT = 7114;
const LOCAL = `http://127.0.0.1:${PORT}`;
const TASK = 'overlevering-seat-reminders';

describe('reminders in the demo portal', () => {
  jest.setTimeout(240_000);
  let backend: BackendProcess;

  beforeAll(async () => {
    backend = await startDevelopmentBackend(PORT);
  });

  afterAll(async () => {
    await backend?.stop();
  });

  const signIn = (name: string) => signInAs(LOCAL, name);

  const call =
    (token: string) => async (method: string, path: string, body?: object) => {
      const res = await fetch(`${LOCAL}/api${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
        },
        body: body && JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : {} };
    };

  /** The titles on a person's notifications page. */
  const notificationTitles = async (token: string): Promise<string[]> => {
    const res = await call(token)('GET', '/notifications?limit=50');
    return (res.body.notifications ?? []).map(
      (n: { payload: { title: string } }) => n.payload.title,
    );
  };

  it('reminds the seat holders and escalates to the section head soon after a round opens', async () => {
    const kari = call(await signIn('kari.nordmann'));
    const hanne = await signIn('hanne.hjelp');
    const siri = await signIn('siri.leder');

    // The form tells the page when each role is reminded.
    const form = await kari('GET', '/overlevering/form');
    expect(
      form.body.approverRoles.find((r: { id: string }) => r.id === 'hemithjelp')
        .reminders,
    ).toEqual({
      remindAfterWorkingDays: 0,
      repeatEveryWorkingDays: 1,
      escalateAfterWorkingDays: 0,
      escalateTo: { field: 'designfase.seksjonsleder' },
    });

    const title = `Påminnelser ${Date.now()}`;
    const created = await kari('POST', '/overlevering/handovers', {
      document: {
        bestilling: { tittel: title },
        designfase: {
          tjenesteutvikler: 'user:default/ola.utvikler',
          seksjonsleder: 'user:default/siri.leder',
          fagansvarlig: 'user:default/per.fag',
        },
      },
    });
    expect(created.status).toBe(201);
    await waitFor(
      'the submit (once every seat is in the catalog)',
      async () => {
        const res = await kari(
          'POST',
          `/overlevering/handovers/${created.body.id}/submit`,
          { revision: created.body.revision, optionalRoles: [] },
        );
        if (res.status === 400) return undefined;
        expect(res.status).toBe(201);
        return res.body;
      },
      30_000,
    );

    // Rather than wait for the next look, the demo may ask for one now.
    const triggered = await kari(
      'POST',
      `/overlevering/.backstage/scheduler/v1/tasks/${TASK}/trigger`,
    );
    expect(triggered.status).toBe(200);

    const reminder = `Påminnelse: ${title} venter på ditt svar`;
    await waitFor(
      "the reminder on Hanne's notifications page",
      async () =>
        (await notificationTitles(hanne)).includes(reminder) || undefined,
      90_000,
      () => backend.output().slice(-4000),
    );
    const escalation = `Eskalert: ${title} venter på Hemithjelp`;
    await waitFor(
      "the escalation on Siri's notifications page",
      async () =>
        (await notificationTitles(siri)).includes(escalation) || undefined,
      30_000,
    );
  });
});
