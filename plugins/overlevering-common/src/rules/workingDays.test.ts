import {
  addWorkingDays,
  isWorkingDay,
  norwegianHolidays,
  osloDate,
  workingDaysBetween,
} from './workingDays';

describe('norwegianHolidays', () => {
  it('knows the days off of 2026, Easter on 5 April', () => {
    expect(norwegianHolidays(2026)).toEqual([
      { id: 'nyttarsdag', date: '2026-01-01' },
      { id: 'skjaertorsdag', date: '2026-04-02' },
      { id: 'langfredag', date: '2026-04-03' },
      { id: 'forstePaskedag', date: '2026-04-05' },
      { id: 'andrePaskedag', date: '2026-04-06' },
      { id: 'arbeidernesDag', date: '2026-05-01' },
      { id: 'kristiHimmelfartsdag', date: '2026-05-14' },
      { id: 'grunnlovsdag', date: '2026-05-17' },
      { id: 'forstePinsedag', date: '2026-05-24' },
      { id: 'andrePinsedag', date: '2026-05-25' },
      { id: 'forsteJuledag', date: '2026-12-25' },
      { id: 'andreJuledag', date: '2026-12-26' },
    ]);
  });

  it('follows an early Easter: 28 March 2027, Whit Monday on 17 May', () => {
    const days = Object.fromEntries(
      norwegianHolidays(2027).map(h => [h.id, h.date]),
    );
    expect(days).toMatchObject({
      skjaertorsdag: '2027-03-25',
      langfredag: '2027-03-26',
      forstePaskedag: '2027-03-28',
      andrePaskedag: '2027-03-29',
      kristiHimmelfartsdag: '2027-05-06',
      forstePinsedag: '2027-05-16',
      andrePinsedag: '2027-05-17',
      grunnlovsdag: '2027-05-17',
    });
  });

  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('computes Easter Sunday of %i as %s', (year, easter) => {
    expect(
      norwegianHolidays(year).find(h => h.id === 'forstePaskedag')?.date,
    ).toBe(easter);
  });
});

describe('isWorkingDay', () => {
  it('is Monday to Friday except holidays', () => {
    expect(isWorkingDay('2026-04-01')).toBe(true); // Wednesday before Easter
    expect(isWorkingDay('2026-04-02')).toBe(false); // skjærtorsdag
    expect(isWorkingDay('2026-04-06')).toBe(false); // 2. påskedag
    expect(isWorkingDay('2026-04-07')).toBe(true);
    expect(isWorkingDay('2026-04-04')).toBe(false); // Saturday
    expect(isWorkingDay('2026-05-17')).toBe(false); // Sunday and 17 May
    expect(isWorkingDay('2026-05-18')).toBe(true); // 17 May on a Sunday gives no day off
    expect(isWorkingDay('2026-12-24')).toBe(true); // Christmas Eve is no holiday
  });

  it('takes an instant on its Oslo day, not its UTC day', () => {
    // 23:30 UTC on Wednesday 1 April is 01:30 on skjærtorsdag in Oslo.
    const instant = new Date('2026-04-01T23:30:00Z');
    expect(osloDate(instant)).toBe('2026-04-02');
    expect(isWorkingDay(instant)).toBe(false);
    // 23:30 UTC on 31 December is 00:30 on New Year's Day in winter time.
    expect(isWorkingDay(new Date('2025-12-31T23:30:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2025-12-31T22:30:00Z'))).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('skips Easter from the Wednesday before it, keeping the Oslo time of day', () => {
    // Wednesday 1 April 2026, 10:00 in Oslo (summer time since 29 March).
    const wednesday = new Date('2026-04-01T08:00:00Z');
    expect(addWorkingDays(wednesday, 1).toISOString()).toBe(
      '2026-04-07T08:00:00.000Z',
    );
    expect(addWorkingDays(wednesday, 3).toISOString()).toBe(
      '2026-04-09T08:00:00.000Z',
    );
  });

  it('keeps 10:00 in Oslo across the change to summer time', () => {
    // Friday 27 March 2026, 10:00 winter time; Monday 30 March is summer time.
    expect(
      addWorkingDays(new Date('2026-03-27T09:00:00Z'), 1).toISOString(),
    ).toBe('2026-03-30T08:00:00.000Z');
  });

  it('counts from the next working day when it starts on a weekend', () => {
    const saturday = new Date('2026-11-28T12:00:00Z');
    expect(osloDate(addWorkingDays(saturday, 1))).toBe('2026-11-30');
  });

  it('skips Christmas and New Year', () => {
    const dec23 = new Date('2026-12-23T09:00:00Z');
    expect(osloDate(addWorkingDays(dec23, 1))).toBe('2026-12-24');
    expect(osloDate(addWorkingDays(dec23, 2))).toBe('2026-12-28');
    expect(osloDate(addWorkingDays(dec23, 6))).toBe('2027-01-04');
  });

  it('is the moment itself for zero days', () => {
    const moment = new Date('2026-04-04T08:00:00Z');
    expect(addWorkingDays(moment, 0)).toEqual(moment);
  });
});

describe('workingDaysBetween', () => {
  const thursday = new Date('2026-03-26T09:00:00Z'); // 10:00 in Oslo

  it('counts whole working days, not the weekend or Easter', () => {
    expect(workingDaysBetween(thursday, new Date('2026-03-27T09:00:00Z'))).toBe(
      1,
    );
    expect(workingDaysBetween(thursday, new Date('2026-03-30T07:59:00Z'))).toBe(
      1,
    );
    expect(workingDaysBetween(thursday, new Date('2026-03-30T08:00:00Z'))).toBe(
      2,
    );
    // Mon 30, Tue 31 March and Wed 1 April, then Easter until Tuesday 7 April.
    expect(workingDaysBetween(thursday, new Date('2026-04-06T20:00:00Z'))).toBe(
      4,
    );
    expect(workingDaysBetween(thursday, new Date('2026-04-07T08:00:00Z'))).toBe(
      5,
    );
  });

  it('is the inverse of addWorkingDays', () => {
    for (let days = 0; days < 40; days++) {
      const at = addWorkingDays(thursday, days);
      expect(workingDaysBetween(thursday, at)).toBe(days);
      expect(
        workingDaysBetween(thursday, new Date(at.getTime() - 60_000)),
      ).toBe(Math.max(0, days - 1));
    }
  });

  it('is zero backwards in time', () => {
    expect(workingDaysBetween(thursday, new Date('2026-03-01T00:00:00Z'))).toBe(
      0,
    );
  });
});
