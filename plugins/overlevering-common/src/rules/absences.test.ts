import {
  absenceProblems,
  isAbsenceActive,
  seatDecidedAs,
  standsInFor,
} from './absences';

const siri = 'user:default/siri.leder';
const per = 'user:default/per.fag';
const ola = 'user:default/ola.utvikler';

// 23:30 UTC on 1 December is already 2 December in Oslo.
const lateEvening = new Date('2026-12-01T23:30:00Z');

describe('absenceProblems', () => {
  const now = lateEvening;

  it('takes an absence that starts today in Oslo, though UTC is still on yesterday', () => {
    expect(
      absenceProblems(
        { person: siri, deputy: per, from: '2026-12-02', to: '2026-12-02' },
        { now, known: [] },
      ),
    ).toEqual([]);
  });

  it('refuses an absence that starts yesterday in Oslo', () => {
    expect(
      absenceProblems(
        { person: siri, deputy: per, from: '2026-12-01', to: '2026-12-05' },
        { now, known: [] },
      ),
    ).toEqual(['startsInThePast']);
  });

  it('refuses an end before the start, a deputy who is the person, and a day that does not exist', () => {
    expect(
      absenceProblems(
        {
          person: siri,
          deputy: 'user:default/Siri.leder',
          from: '2026-12-09',
          to: '2026-12-08',
        },
        { now, known: [] },
      ),
    ).toEqual(['endsBeforeStart', 'deputyIsPerson']);
    expect(
      absenceProblems(
        { person: siri, deputy: per, from: '2026-02-30', to: '2026-03-02' },
        { now, known: [] },
      ),
    ).toEqual(['notADate']);
  });

  it('refuses a deputy who is away on one of the days: no passing on', () => {
    const perAway = {
      person: per,
      deputy: ola,
      from: '2026-12-10',
      to: '2026-12-12',
    };
    expect(
      absenceProblems(
        { person: siri, deputy: per, from: '2026-12-05', to: '2026-12-10' },
        { now, known: [perAway] },
      ),
    ).toEqual(['deputyIsAbsent']);
    // The day after Per is back, he may stand in.
    expect(
      absenceProblems(
        { person: siri, deputy: per, from: '2026-12-13', to: '2026-12-20' },
        { now, known: [perAway] },
      ),
    ).toEqual([]);
    // An absence Per ended early no longer stands in the way.
    expect(
      absenceProblems(
        { person: siri, deputy: per, from: '2026-12-05', to: '2026-12-10' },
        { now, known: [{ ...perAway, endedAt: '2026-12-01T22:00:00Z' }] },
      ),
    ).toEqual([]);
  });

  it('refuses a second absence of the same person on the same days', () => {
    expect(
      absenceProblems(
        { person: siri, deputy: ola, from: '2026-12-04', to: '2026-12-06' },
        {
          now,
          known: [
            { person: siri, deputy: per, from: '2026-12-06', to: '2026-12-08' },
          ],
        },
      ),
    ).toEqual(['overlapsOwnAbsence']);
  });
});

describe('isAbsenceActive and standsInFor', () => {
  const absence = {
    person: siri,
    deputy: per,
    from: '2026-12-02',
    to: '2026-12-04',
  };

  it('lasts from the first to the end of the last Oslo day', () => {
    expect(isAbsenceActive(absence, new Date('2026-12-01T22:59:00Z'))).toBe(
      false,
    );
    expect(isAbsenceActive(absence, new Date('2026-12-01T23:00:00Z'))).toBe(
      true,
    );
    expect(isAbsenceActive(absence, new Date('2026-12-04T22:59:00Z'))).toBe(
      true,
    );
    expect(isAbsenceActive(absence, new Date('2026-12-04T23:00:00Z'))).toBe(
      false,
    );
  });

  it('ends when the absent person ends it early', () => {
    expect(
      isAbsenceActive(
        { ...absence, endedAt: '2026-12-02T09:00:00Z' },
        lateEvening,
      ),
    ).toBe(false);
  });

  it('lets only the named deputy stand in, never the deputy’s deputy', () => {
    const perAway = {
      person: per,
      deputy: ola,
      from: '2026-12-02',
      to: '2026-12-03',
    };
    expect(standsInFor(per, [absence, perAway], lateEvening)).toEqual([siri]);
    expect(standsInFor(ola, [absence, perAway], lateEvening)).toEqual([per]);
  });
});

describe('seatDecidedAs', () => {
  it('decides in one’s own right, on behalf of an absent person, or not at all', () => {
    const caller = {
      holderRefs: [per, 'group:default/hemithjelp'],
      standsInFor: [siri],
    };
    expect(seatDecidedAs(per, caller)).toEqual({ may: true });
    expect(seatDecidedAs('group:default/hemithjelp', caller)).toEqual({
      may: true,
    });
    expect(seatDecidedAs(siri, caller)).toEqual({
      may: true,
      onBehalfOf: siri,
    });
    expect(seatDecidedAs(ola, caller)).toEqual({ may: false });
    expect(seatDecidedAs(siri, { holderRefs: [per] })).toEqual({ may: false });
  });
});
