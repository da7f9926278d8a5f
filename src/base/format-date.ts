const day = { dateStyle: 'medium', timeZone: 'UTC' } as const;

/**
 * A day the hub names (an issue date, the end of a billing period) as people read it in
 * `locale` ("17 Nov 2026"): the UTC day, whatever the browser's time zone.
 */
export function formatDay(date: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(locale, day).format(new Date(date));
}

/** Two such days as a range ("1–31 Jan 2026"). */
export function formatDayRange(start: Date, end: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, day).formatRange(start, end);
}
