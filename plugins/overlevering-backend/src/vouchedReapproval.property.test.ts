import fc from 'fast-check';
import request from 'supertest';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { base, as } from './__testUtils__/requests';

// A property of re-approval, checked against the plugin's API with its own
// small oracle rather than the rules module: for random edits between rounds
// and random decisions, each new round asks exactly the seats that rejected
// and the approved seats whose vouched fields changed since they approved;
// and once the handover is approved, every approval that stands vouches for
// exactly the content it was given, and the decision record verifies.

jest.setTimeout(600_000);

/** Fields the default roles vouch for, and one nobody vouches for. */
const FIELDS = {
  'etablering.servere': 'server',
  'etablering.tilgangsroller': 'tilgangsadministrasjon',
  'produksjonssetting.kunnskapsartikler': 'hemithjelp',
  'bestilling.formal': undefined,
} as const;
type Field = keyof typeof FIELDS;
const FIELD_NAMES = Object.keys(FIELDS) as Field[];

const HOLDERS = new Map<string, string>([
  ...FIXED_SEAT_HOLDERS.map(([person, role]) => [role, person] as const),
  ['server', PEOPLE.sara],
]);
const ROLES = [...HOLDERS.keys()];

type Values = Record<Field, string>;

function documentOf(values: Values) {
  const document: Record<string, Record<string, unknown>> = completeDocument(
    'Pasientflyt 2.0',
  );
  for (const field of FIELD_NAMES) {
    const [section, key] = field.split('.');
    document[section] = { ...document[section], [key]: values[field] };
  }
  return document;
}

/**
 * The oracle: the seats the next round must ask, from each role's latest
 * answer and the values of its fields when it gave it.
 */
function askedAgain(
  answers: ReadonlyMap<string, { approved: boolean; values: Values }>,
  values: Values,
): string[] {
  return ROLES.filter(role => {
    const answer = answers.get(role)!;
    if (!answer.approved) return true;
    return FIELD_NAMES.some(
      field => FIELDS[field] === role && answer.values[field] !== values[field],
    );
  });
}

const stepArb = fc.record({
  edits: fc.subarray(FIELD_NAMES),
  rejects: fc.subarray(ROLES, { maxLength: 3 }),
});

describe('re-approval, as a property', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'asks again exactly the seats whose vouched fields changed, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const backend = await startOverleveringBackend({ knex });
      const api = () => request(backend.server);
      try {
        await fc.assert(
          fc.asyncProperty(
            fc.array(stepArb, { minLength: 1, maxLength: 4 }),
            async steps => {
              let values = Object.fromEntries(
                FIELD_NAMES.map(f => [f, `${f} 0`]),
              ) as Values;
              const created = await api()
                .post(`${base}/handovers`)
                .set(as(PEOPLE.kari))
                .send({ document: documentOf(values) })
                .expect(201);
              const url = `${base}/handovers/${created.body.id}`;
              let revision = created.body.revision;
              let round = await api()
                .post(`${url}/submit`)
                .set(as(PEOPLE.kari))
                .send({ revision, optionalRoles: ['server'] })
                .expect(201);
              // The oracle: each role's latest answer, with the values of the
              // fields it vouches for when it gave it.
              const answers = new Map<
                string,
                { approved: boolean; values: Values }
              >();
              // Every round after the last one rejects nobody.
              const plan = [...steps, { edits: [], rejects: [] }];
              for (let i = 0; i < plan.length; i++) {
                const step = plan[i];
                for (const seat of round.body.seats as { role: string }[]) {
                  const reject = step.rejects.includes(seat.role);
                  await api()
                    .post(`${url}/rounds/${round.body.number}/decisions`)
                    .set(as(HOLDERS.get(seat.role)!))
                    .send(
                      reject
                        ? {
                            role: seat.role,
                            decision: 'reject',
                            comment: 'Nei',
                          }
                        : { role: seat.role, decision: 'approve' },
                    )
                    .expect(200);
                  answers.set(seat.role, { approved: !reject, values });
                }
                if (
                  !round.body.seats.some((s: { role: string }) =>
                    step.rejects.includes(s.role),
                  )
                ) {
                  break;
                }
                values = { ...values };
                for (const field of step.edits) {
                  values[field] = `${field} ${i + 1}`;
                }
                const saved = await api()
                  .put(`${url}/document`)
                  .set(as(PEOPLE.kari))
                  .send({ revision, document: documentOf(values) })
                  .expect(200);
                revision = saved.body.revision;
                round = await api()
                  .post(`${url}/submit`)
                  .set(as(PEOPLE.kari))
                  .send({ revision, optionalRoles: ['server'] })
                  .expect(201);
                const expected = askedAgain(answers, values);
                expect(
                  round.body.seats.map((s: { role: string }) => s.role).sort(),
                ).toEqual(expected.sort());
              }

              const handover = await api().get(url).set(as(PEOPLE.kari));
              expect(handover.body.status).toBe('approved');
              // Every standing approval vouches for the final content.
              const vouched = FIELD_NAMES.filter(field => FIELDS[field]);
              expect(
                vouched.map(f => answers.get(FIELDS[f]!)?.values[f]),
              ).toEqual(vouched.map(f => values[f]));
              const record = await api()
                .get(`${url}/audit`)
                .set(as(PEOPLE.kari))
                .expect(200);
              expect(record.body.verified).toBe(true);
            },
          ),
          { numRuns: Number(process.env.OVERLEVERING_PROPERTY_RUNS ?? 15) },
        );
      } finally {
        await backend.stop();
      }
    },
  );
});
