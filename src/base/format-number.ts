const formats = new Map<string, Intl.NumberFormat>();

/**
 * A count or a rate as people read it in `locale` ("1,234" in en, "1.234" in de, "2,5" for 2.5
 * in de). The format is made once per locale and kept: a list counts in every row it draws.
 */
export function formatNumber(value: number, locale: string): string {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}
