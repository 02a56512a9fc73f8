import request from 'supertest';
import { completeDocument, PEOPLE } from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { startOverleveringBackend } from '@internal/overlevering-test-backend';
import { base, as } from './__testUtils__/requests';

jest.setTimeout(180_000);

// The `overlevering` config block changes what a submit requires and who may
// decide.
describe('a configured backend', () => {
  const databases = createTestDatabases();
  let backend: Awaited<ReturnType<typeof startOverleveringBackend>>;

  beforeAll(async () => {
    backend = await startOverleveringBackend({
      knex: await databases.init('SQLITE_3'),
      config: {
        overlevering: {
          form: { requiredOnSubmit: ['bestilling.formal'] },
          approverRoles: [
            {
              id: 'team',
              title: 'Team',
              kind: 'fixed',
              group: 'group:default/team-pasientflyt',
            },
            {
              id: 'fagansvarlig',
              title: 'Fagansvarlig',
              kind: 'fixed',
              field: 'designfase.fagansvarlig',
            },
          ],
          allowSelfApproval: false,
          language: 'en',
          frontendPath: '/leveranser/',
        },
      },
    });
  });

  afterAll(() => backend.stop());

  it('serves the configured roles and required fields, and enforces them', async () => {
    const api = () => request(backend.server);
    const form = await api().get(`${base}/form`).set(as(PEOPLE.kari));
    expect(form.body.requiredOnSubmit).toEqual(['bestilling.formal']);
    expect(form.body.approverRoles.map((r: any) => r.id)).toEqual([
      'team',
      'fagansvarlig',
    ]);

    const created = await api()
      .post(`${base}/handovers`)
      .set(as(PEOPLE.kari))
      .send({ document: completeDocument() });
    const url = `${base}/handovers/${created.body.id}`;
    const missing = await api()
      .post(`${url}/submit`)
      .set(as(PEOPLE.kari))
      .send({ revision: 1, optionalRoles: [] });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain('bestilling.formal');

    // An optional role that is not configured is refused.
    const unknownRole = await api()
      .post(`${url}/submit`)
      .set(as(PEOPLE.kari))
      .send({ revision: 1, optionalRoles: ['server'] });
    expect(unknownRole.status).toBe(400);

    const doc = completeDocument();
    const filled = await api()
      .put(`${url}/document`)
      .set(as(PEOPLE.kari))
      .send({
        revision: 1,
        document: {
          ...doc,
          bestilling: { ...doc.bestilling, formal: 'Bedre pasientflyt' },
        },
      });
    expect(filled.status).toBe(200);
    const submitted = await api()
      .post(`${url}/submit`)
      .set(as(PEOPLE.kari))
      .send({ revision: 2, optionalRoles: [] });
    expect(submitted.status).toBe(201);
    expect(submitted.body.seats.map((a: any) => a.role)).toEqual([
      'fagansvarlig',
      'team',
    ]);
    // Notifications speak the configured language and link below the
    // configured path, to the page of each seat.
    await backend.delivered();
    expect(backend.notifications.send).toHaveBeenCalledWith({
      recipients: {
        type: 'entity',
        entityRef: 'group:default/team-pasientflyt',
      },
      payload: expect.objectContaining({
        title: 'Handover for approval: Pasientflyt 2.0',
        description: 'Approval round 1 awaits your answer as Team.',
        link: `/leveranser/godkjenninger/${created.body.id}/1/team`,
      }),
    });

    // Kari owns the handover and is in the team: with self-approval off she
    // may not decide the team's seat, but Ola from the same team may.
    const self = await api()
      .post(`${url}/rounds/1/decisions`)
      .set(as(PEOPLE.kari))
      .send({ role: 'team', decision: 'approve' });
    expect(self.status).toBe(403);
    const colleague = await api()
      .post(`${url}/rounds/1/decisions`)
      .set(as(PEOPLE.ola))
      .send({ role: 'team', decision: 'approve' });
    expect(colleague.status).toBe(200);
    const rejected = await api()
      .post(`${url}/rounds/1/decisions`)
      .set(as(PEOPLE.per))
      .send({ role: 'fagansvarlig', decision: 'reject', comment: 'Unclear' });
    expect(rejected.status).toBe(200);
    await backend.delivered();
    expect(backend.notifications.send).toHaveBeenLastCalledWith({
      recipients: { type: 'entity', entityRef: PEOPLE.kari },
      payload: expect.objectContaining({
        title: 'Handover rejected: Pasientflyt 2.0',
        description:
          'Round 1 closed with 1 rejection. Correct it and send it for approval again.',
        link: `/leveranser/h/${created.body.id}`,
      }),
    });
  });
});
