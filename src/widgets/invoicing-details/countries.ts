/**
 * The countries of the invoicing address, named in the element's language by
 * `Intl.DisplayNames`, and the VAT-ID format each expects.
 */

/** Region codes `Intl.DisplayNames` names that are not countries. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);

const cache = new Map<string, ReadonlyArray<{ value: string; label: string }>>();

/** Every ISO 3166-1 alpha-2 country the browser can name in `locale`, sorted by name. */
export function countryOptions(locale: string): ReadonlyArray<{ value: string; label: string }> {
  const cached = cache.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'none' });
  const list: { value: string; label: string }[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      const label = names.of(code);
      if (label && label !== code) list.push({ value: code, label });
    }
  }
  list.sort((x, y) => x.label.localeCompare(y.label, locale));
  cache.set(locale, list);
  return list;
}

/** The name of `code` in `locale` (the code itself when the browser has none). */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * An example VAT ID in the national format, per country (ISO code; Greece writes `EL`). Each
 * passes the domain's own check, check digits included (a test reads them all).
 * Countries not listed take their code and 2–13 letters or digits.
 */
const VAT_EXAMPLES: Readonly<Record<string, string>> = {
  AT: 'ATU12345678',
  BE: 'BE0123456749',
  BG: 'BG123456789',
  CH: 'CHE123456789MWST',
  CY: 'CY12345678X',
  CZ: 'CZ12345678',
  DE: 'DE136695976',
  DK: 'DK12345678',
  EE: 'EE123456789',
  ES: 'ESX1234567X',
  FI: 'FI12345678',
  FR: 'FRXX123456789',
  GB: 'GB123456789',
  GR: 'EL123456789',
  HR: 'HR12345678901',
  HU: 'HU12345678',
  IE: 'IE1234567T',
  IT: 'IT12345678903',
  LT: 'LT123456789',
  LU: 'LU12345678',
  LV: 'LV12345678901',
  MT: 'MT12345678',
  NL: 'NL123456789B01',
  NO: 'NO123456789MVA',
  PL: 'PL1234567890',
  PT: 'PT123456789',
  RO: 'RO1234567890',
  SE: 'SE123456789001',
  SI: 'SI12345678',
  SK: 'SK1234567890',
};

/** The national VAT-ID format of `country` as an example, or `undefined` when it has none. */
export function vatExample(country: string): string | undefined {
  return VAT_EXAMPLES[country];
}
