const day = { dateStyle: 'medium', timeZone: 'UTC' } as const;

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The `Intl.DateTimeFormat` for `locale` and `options`, made once and kept: making one is slow,
 * and a list formats a date in every row it draws.
 */
export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/**
 * A day the hub names (an issue date, the end of a billing period, the day an account was added)
 * as people read it in `locale` ("17 Nov 2026"): the UTC day, whatever the browser's time zone.
 */
export function formatDay(date: Date | string, locale: string): string {
  return dateFormat(locale, day).format(new Date(date));
}

/** Two such days as a range ("1–31 Jan 2026"). */
export function formatDayRange(start: Date, end: Date, locale: string): string {
  return dateFormat(locale, day).formatRange(start, end);
}
