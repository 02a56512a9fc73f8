/**
 * Dates and times as the old list exports them: `dd.mm.yyyy`, optionally with `hh:mm` or
 * `hh:mm:ss`, or ISO 8601. A time without a zone is a wall-clock time in Oslo, where the list
 * was kept.
 */

const ZONE = 'Europe/Oslo';

const NORWEGIAN =
  /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/i;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  hasTime: boolean;
  /** The zone the text named (`Z`, `+01:00`); absent for a wall-clock time in Oslo. */
  zone?: string;
}

function read(text: string): WallClock | undefined {
  const trimmed = text.trim();
  let match = NORWEGIAN.exec(trimmed);
  let parts: (string | undefined)[];
  let zone: string | undefined;
  if (match) {
    const [, day, month, year, hour, minute, second] = match;
    parts = [year, month, day, hour, minute, second];
  } else {
    match = ISO.exec(trimmed);
    if (!match) return undefined;
    parts = match.slice(1, 7);
    zone = match[7];
  }
  const [year, month, day, hour, minute, second] = parts.map(part =>
    part === undefined ? 0 : Number(part),
  );
  const clock: WallClock = {
    year,
    month,
    day,
    hour,
    minute,
    second,
    hasTime: parts[3] !== undefined,
    zone,
  };
  return isReal(clock) ? clock : undefined;
}

/** Refuses 31.02.2024 and 25:00 rather than letting Date roll them over. */
function isReal(c: WallClock): boolean {
  const date = new Date(Date.UTC(c.year, c.month - 1, c.day));
  return (
    date.getUTCFullYear() === c.year &&
    date.getUTCMonth() === c.month - 1 &&
    date.getUTCDate() === c.day &&
    c.hour < 24 &&
    c.minute < 60 &&
    c.second < 60
  );
}

const osloParts = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The wall clock in Oslo at an instant, as if it were UTC. */
function osloWallAt(instant: number): number {
  const part = Object.fromEntries(
    osloParts
      .formatToParts(new Date(instant))
      .map(({ type, value }) => [type, Number(value)]),
  );
  return Date.UTC(
    part.year,
    part.month - 1,
    part.day,
    part.hour,
    part.minute,
    part.second,
  );
}

/**
 * The instant a wall-clock time in Oslo stands for: the wall time less Oslo's offset, trying the
 * offsets of the day before and the day after, so the night summer time begins or ends is
 * right. A time the autumn change repeats is taken the first time it occurs; one the spring
 * change skips (02:30 that night) lands an hour later, as a clock set by hand would.
 */
function fromOslo(c: WallClock): number {
  const wall = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  const day = 86_400_000;
  const offsets = [wall - day, wall + day].map(t => osloWallAt(t) - t);
  const candidates = offsets
    .map(offset => wall - offset)
    .filter(instant => osloWallAt(instant) === wall);
  return candidates.length > 0 ? Math.min(...candidates) : wall - offsets[0];
}

function instantOf(c: WallClock): number {
  if (c.zone === undefined) return fromOslo(c);
  const zone = c.zone.toUpperCase() === 'Z' ? 0 : zoneMinutes(c.zone);
  return (
    Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) -
    zone * 60_000
  );
}

function zoneMinutes(zone: string): number {
  const digits = zone.replace(':', '');
  const sign = digits[0] === '-' ? -1 : 1;
  const hours = Number(digits.slice(1, 3));
  const minutes = Number(digits.slice(3, 5) || '0');
  return sign * (hours * 60 + minutes);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A date field of the form (`yyyy-mm-dd`) from `dd.mm.yyyy` or ISO text. A time with it is
 * dropped, since a wall-clock time in Oslo is on the date it shows; an instant with a zone
 * (`…T23:00:00Z`) is on its date in Oslo. `undefined` when the text is no date.
 *
 * @internal
 */
export function parseFormDate(text: string): string | undefined {
  const clock = read(text);
  if (!clock) return undefined;
  if (clock.zone === undefined) {
    return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
  }
  return new Date(osloWallAt(instantOf(clock))).toISOString().slice(0, 10);
}

/**
 * An instant (ISO 8601 in UTC, `2023-03-14T08:05:00.000Z`) from `dd.mm.yyyy hh:mm[:ss]` or ISO
 * text; a time without a zone is Oslo's, and a date without a time is midnight in Oslo.
 * `undefined` when the text is no date.
 *
 * @internal
 */
export function parseInstant(text: string): string | undefined {
  const clock = read(text);
  return clock ? new Date(instantOf(clock)).toISOString() : undefined;
}
