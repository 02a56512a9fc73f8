import { isKnownPath } from '@hemit/overlevering-form-schema';
import type { Round, Seat } from '@hemit/plugin-overlevering-common';
import {
  NORMEN_QUESTION_PATHS,
  normenPreconditions,
  type NormenPreconditionId,
} from './normenPreconditions';

const seat = (
  role: string,
  status: Seat['status'],
  decidedAt?: string,
): Seat => ({
  role,
  approver: `group:default/${role}`,
  status,
  ...(decidedAt ? { decidedBy: 'user:default/kari.nordmann', decidedAt } : {}),
});

const round = (number: number, seats: Seat[]) =>
  ({ number, seats } as Pick<Round, 'number' | 'seats'>);

const byId = (
  document: unknown,
  rounds: Pick<Round, 'number' | 'seats'>[] = [],
) => {
  const found = normenPreconditions(document, rounds);
  return (id: NormenPreconditionId) => found.find(p => p.id === id)!;
};

describe('normenPreconditions', () => {
  it('names fields the form has, so a renamed field cannot go unnoticed', () => {
    for (const paths of Object.values(NORMEN_QUESTION_PATHS)) {
      for (const path of paths) expect(isKnownPath(path)).toBe(true);
    }
  });

  it('lists the four preconditions of fact sheet 20b in order', () => {
    expect(normenPreconditions({}, []).map(p => p.id)).toEqual([
      'riskAssessed',
      'tested',
      'documented',
      'approved',
    ]);
  });

  it('covers "risk assessed" with the answers to ROS and DPIA', () => {
    const precondition = byId({
      designfase: {
        rosGjennomfort: { svar: true, forklaring: 'I Risk Manager, sak 12' },
        dpiaGjennomfort: { svar: false, forklaring: 'Ingen helsedata' },
      },
    })('riskAssessed');
    expect(precondition).toMatchObject({
      coverage: 'answered',
      direct: true,
      answers: [
        {
          path: 'designfase.rosGjennomfort',
          answered: true,
          value: { svar: true, forklaring: 'I Risk Manager, sak 12' },
        },
        {
          path: 'designfase.dpiaGjennomfort',
          answered: true,
          value: { svar: false, forklaring: 'Ingen helsedata' },
        },
      ],
    });
  });

  it('counts a question answered in part as partly answered, and keeps the other unanswered', () => {
    const documented = byId({
      designfase: { arkitekturdokumentasjon: 'https://wiki.hemit.no/pacs' },
      etablering: { losningsdokumentasjon: [{}, { tittel: 'Løsning' }] },
    })('documented');
    expect(documented.coverage).toBe('partly');
    expect(documented.answers).toEqual([
      {
        path: 'designfase.arkitekturdokumentasjon',
        answered: true,
        value: 'https://wiki.hemit.no/pacs',
      },
      // An empty row is no answer; the filled one is kept.
      {
        path: 'etablering.losningsdokumentasjon',
        answered: true,
        value: [{ tittel: 'Løsning' }],
      },
      {
        path: 'etablering.driftsdokumentasjon',
        answered: false,
        value: undefined,
      },
      {
        path: 'produksjonssetting.produksjonssettingsplan',
        answered: false,
        value: undefined,
      },
      {
        path: 'produksjonssetting.tilbakerullingsplan',
        answered: false,
        value: undefined,
      },
    ]);
  });

  it('makes up no answer: blank text, empty lists and an unanswered yes/no stay unanswered', () => {
    const get = byId({
      designfase: { rosGjennomfort: { forklaring: 'Kommer' } },
      etablering: { miljoer: [], driftsdokumentasjon: '  ' },
      produksjonssetting: { kjenteFeil: [{ beskrivelse: '' }] },
    });
    const risk = get('riskAssessed');
    expect(risk.coverage).toBe('unanswered');
    // The explanation is kept to be shown; the question is not answered.
    expect(risk.answers[0]).toEqual({
      path: 'designfase.rosGjennomfort',
      answered: false,
      value: { forklaring: 'Kommer' },
    });
    expect(get('tested')).toMatchObject({
      coverage: 'unanswered',
      answers: [
        { answered: false, value: undefined },
        { answered: false, value: undefined },
      ],
    });
    expect(get('documented').coverage).toBe('unanswered');
  });

  it('says the form asks about testing only indirectly, through environments and known errors', () => {
    const tested = byId({
      etablering: { miljoer: ['test', 'produksjon'] },
      produksjonssetting: {
        kjenteFeil: [{ beskrivelse: 'Treg søk', saksreferanse: 'INC1' }],
      },
    })('tested');
    expect(tested).toMatchObject({
      direct: false,
      coverage: 'answered',
      answers: [
        { path: 'etablering.miljoer', value: ['test', 'produksjon'] },
        { path: 'produksjonssetting.kjenteFeil' },
      ],
    });
  });

  it('covers "approved" with the approvals that stand across rounds and the time of the last', () => {
    const approved = byId({}, [
      round(1, [
        seat('hemithjelp', 'approved', '2026-11-20T09:00:00Z'),
        seat('server', 'rejected', '2026-11-20T10:00:00Z'),
      ]),
      round(2, [seat('server', 'approved', '2026-11-24T08:30:00.000Z')]),
    ])('approved');
    expect(approved).toMatchObject({
      coverage: 'answered',
      roles: 2,
      approvedAt: '2026-11-24T08:30:00.000Z',
    });
    expect(approved.approvals!.map(a => [a.seat.role, a.round])).toEqual([
      ['hemithjelp', 1],
      ['server', 2],
    ]);
  });

  it('counts a role whose latest answer is a rejection as not approved', () => {
    const approved = byId({}, [
      round(1, [
        seat('hemithjelp', 'approved', '2026-11-20T09:00:00Z'),
        seat('server', 'rejected', '2026-11-20T10:00:00Z'),
      ]),
    ])('approved');
    expect(approved).toMatchObject({ coverage: 'partly', roles: 2 });
    expect(approved.approvals).toHaveLength(1);
  });

  it('has no approval where no round was decided', () => {
    expect(byId({}, [])('approved')).toMatchObject({
      coverage: 'unanswered',
      approvals: [],
    });
    expect(byId({}, [])('approved').approvedAt).toBeUndefined();
  });
});
