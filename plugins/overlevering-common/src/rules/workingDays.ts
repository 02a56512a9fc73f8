/**
 * Working days in Norway: Monday to Friday, except the public holidays
 * (helligdager) and 1 and 17 May. Days are calendar days in Europe/Oslo, so a
 * seat opened late on a Friday evening has waited no working day on Saturday.
 *
 * The Oslo clock is computed from the EU summer-time rule (from 01:00 UTC the
 * last Sunday of March to 01:00 UTC the last Sunday of October), so the rule
 * gives the same answer in every browser and server whatever its own zone.
 */

/** A calendar day in Oslo, `YYYY-MM-DD`. @public */
export type CalendarDate = string;

/** The Norwegian public holidays and the two national days. @public */
export type NorwegianHolidayId =
  | 'nyttarsdag'
  | 'skjaertorsdag'
  | 'langfredag'
  | 'forstePaskedag'
  | 'andrePaskedag'
  | 'arbeidernesDag'
  | 'grunnlovsdag'
  | 'kristiHimmelfartsdag'
  | 'forstePinsedag'
  | 'andrePinsedag'
  | 'forsteJuledag'
  | 'andreJuledag';

/** One holiday of a year. @public */
export interface NorwegianHoliday {
  id: NorwegianHolidayId;
  date: CalendarDate;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus), in UTC days. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

function isoDay(utcMidnight: number): CalendarDate {
  return new Date(utcMidnight).toISOString().slice(0, 10);
}

/**
 * The twelve days off of a year, in date order: 1 January, Maundy Thursday,
 * Good Friday, Easter Sunday and Monday, 1 May, 17 May, Ascension Day,
 * Whit Sunday and Monday, 25 and 26 December. The moving ones follow Easter.
 *
 * @public
 */
export function norwegianHolidays(year: number): NorwegianHoliday[] {
  const easter = easterSunday(year);
  const fromEaster = (id: NorwegianHolidayId, days: number) => ({
    id,
    date: isoDay(easter + days * DAY_MS),
  });
  const fixed = (id: NorwegianHolidayId, month: number, day: number) => ({
    id,
    date: isoDay(Date.UTC(year, month - 1, day)),
  });
  return [
    fixed('nyttarsdag', 1, 1),
    fromEaster('skjaertorsdag', -3),
    fromEaster('langfredag', -2),
    fromEaster('forstePaskedag', 0),
    fromEaster('andrePaskedag', 1),
    fixed('arbeidernesDag', 5, 1),
    fixed('grunnlovsdag', 5, 17),
    fromEaster('kristiHimmelfartsdag', 39),
    fromEaster('forstePinsedag', 49),
    fromEaster('andrePinsedag', 50),
    fixed('forsteJuledag', 12, 25),
    fixed('andreJuledag', 12, 26),
  ].sort((x, y) => x.date.localeCompare(y.date));
}

const holidaysByYear = new Map<number, Set<CalendarDate>>();

function holidaySet(year: number): Set<CalendarDate> {
  let set = holidaysByYear.get(year);
  if (!set) {
    set = new Set(norwegianHolidays(year).map(h => h.date));
    holidaysByYear.set(year, set);
  }
  return set;
}

/** The last Sunday of a month at 01:00 UTC, when EU clocks change. */
function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month, 0);
  const weekday = new Date(lastDay).getUTCDay();
  return lastDay - weekday * DAY_MS + HOUR_MS;
}

/** Whether Oslo keeps summer time (UTC+2) at this instant. */
function isOsloSummerTime(instant: number): boolean {
  const year = new Date(instant).getUTCFullYear();
  return (
    instant >= lastSundayAt0100Utc(year, 3) &&
    instant < lastSundayAt0100Utc(year, 10)
  );
}

/** The Oslo wall clock of an instant, as if it were UTC. */
function osloWall(instant: number): number {
  return instant + (isOsloSummerTime(instant) ? 2 : 1) * HOUR_MS;
}

/** The instant of an Oslo wall-clock time. */
function fromOsloWall(wall: number): number {
  const summer = wall - 2 * HOUR_MS;
  return isOsloSummerTime(summer) ? summer : wall - HOUR_MS;
}

/**
 * The Oslo calendar day of an instant.
 *
 * @public
 */
export function osloDate(instant: Date): CalendarDate {
  return isoDay(osloWall(instant.getTime()));
}

/**
 * Whether a day is a working day in Norway: Monday to Friday and not a
 * holiday. An instant is taken on its Oslo calendar day.
 *
 * @public
 */
export function isWorkingDay(day: CalendarDate | Date): boolean {
  const date = typeof day === 'string' ? day : osloDate(day);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) {
    return false;
  }
  return !holidaySet(Number(date.slice(0, 4))).has(date);
}

/**
 * The instant `days` working days after `from`, at the same Oslo time of
 * day: two working days after Thursday 10:00 before Easter is the Tuesday
 * after Easter at 10:00. Zero days is `from` itself.
 *
 * @public
 */
export function addWorkingDays(from: Date, days: number): Date {
  if (days <= 0) {
    return new Date(from.getTime());
  }
  const wall = osloWall(from.getTime());
  const timeOfDay = ((wall % DAY_MS) + DAY_MS) % DAY_MS;
  let day = wall - timeOfDay;
  let left = Math.floor(days);
  while (left > 0) {
    day += DAY_MS;
    if (isWorkingDay(isoDay(day))) {
      left -= 1;
    }
  }
  return new Date(fromOsloWall(day + timeOfDay));
}

/**
 * How many whole working days have passed from `from` to `to`: the largest
 * `n` with `addWorkingDays(from, n) <= to`, 0 when `to` is not later.
 *
 * @public
 */
export function workingDaysBetween(from: Date, to: Date): number {
  if (to.getTime() <= from.getTime()) {
    return 0;
  }
  const fromWall = osloWall(from.getTime());
  const toWall = osloWall(to.getTime());
  const fromTime = ((fromWall % DAY_MS) + DAY_MS) % DAY_MS;
  const toTime = ((toWall % DAY_MS) + DAY_MS) % DAY_MS;
  const lastDay = toWall - toTime;
  let count = 0;
  for (let day = fromWall - fromTime + DAY_MS; day <= lastDay; day += DAY_MS) {
    if (isWorkingDay(isoDay(day))) {
      count += 1;
    }
  }
  if (count > 0 && isWorkingDay(isoDay(lastDay)) && toTime < fromTime) {
    count -= 1;
  }
  return count;
}
