const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "for 3 minutter siden" / "3 minutes ago": the largest whole unit. */
export function relativeTime(
  when: Date,
  locale: string,
  now: Date = new Date(),
): string {
  const seconds = Math.round((when.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) {
      return format.format(Math.trunc(seconds / size), unit);
    }
  }
  return format.format(0, 'second');
}

/** The full date and time, for the tooltip of a relative time. */
export function absoluteTime(when: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(when);
}

/** The Intl locale of the page's language. */
export function localeOf(languageCode: string): string {
  return languageCode === 'en' ? 'en-GB' : 'nb-NO';
}
