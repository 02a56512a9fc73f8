const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date field's value (`2026-11-28`) in the reader's writing, such as
 * `28.11.2026`. The value is a calendar day, not a moment, so it is formatted
 * in UTC and never moves a day with the reader's time zone. Anything that is
 * not such a date (nor a day of the calendar, like `2026-02-30`) is returned
 * as written.
 */
export function dateFormatter(
  format: Intl.DateTimeFormat,
): (value: string) => string {
  return value => {
    const match = ISO_DATE.exec(value);
    if (!match) return value;
    const [, year, month, day] = match.map(Number);
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    const isCalendarDay =
      date.getUTCFullYear() === year &&
      date.getUTCMonth() === month - 1 &&
      date.getUTCDate() === day;
    return isCalendarDay ? format.format(date) : value;
  };
}
