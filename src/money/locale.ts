/**
 * What a locale's number formatting looks like, read from `Intl` once per locale and cached.
 * Internal to `src/money/`, shared by formatting and parsing.
 */

/** The characters and grouping of a locale's numbers. */
export interface NumberSymbols {
  /** The grouping separator ("," in en, "." in de, U+202F in fr, "’" in de-CH). */
  readonly group: string;
  /** The decimal separator ("." in en, "," in de, "٫" in ar-EG). */
  readonly decimal: string;
  /** The locale's minus sign ("-" mostly, U+2212 in sv), without bidi marks. */
  readonly minus: string;
  /** The locale's plus sign. */
  readonly plus: string;
  /** The locale's digits 0–9 (ASCII in most locales, Arabic-Indic in ar-EG). */
  readonly digits: readonly string[];
  /** The size of the group next to the decimal separator: 3 almost everywhere. */
  readonly primaryGroup: number;
  /** The size of the other groups: 3, or 2 in en-IN ("1,23,45,678"). */
  readonly secondaryGroup: number;
}

const symbolsCache = new Map<string, NumberSymbols>();
const tokensCache = new Map<string, readonly string[]>();

/** Strips Unicode format characters (bidi marks such as U+200F and U+061C). */
export function stripFormatChars(text: string): string {
  return text.replace(/\p{Cf}/gu, '');
}

/** The number symbols of `locale`. @throws {RangeError} for a malformed locale tag. */
export function numberSymbols(locale: string): NumberSymbols {
  let symbols = symbolsCache.get(locale);
  if (!symbols) {
    symbols = readNumberSymbols(locale);
    symbolsCache.set(locale, symbols);
  }
  return symbols;
}

function readNumberSymbols(locale: string): NumberSymbols {
  const format = new Intl.NumberFormat(locale, { useGrouping: true, maximumFractionDigits: 1 });
  const parts = format.formatToParts('-1234567890.5');
  const part = (type: Intl.NumberFormatPartTypes, fallback: string): string =>
    stripFormatChars(parts.find((p) => p.type === type)?.value ?? '') || fallback;
  const integers = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const digitFormat = new Intl.NumberFormat(locale, { useGrouping: false });
  const plusParts = new Intl.NumberFormat(locale, { signDisplay: 'always' }).formatToParts(1);
  return {
    group: part('group', ','),
    decimal: part('decimal', '.'),
    minus: part('minusSign', '-'),
    plus: stripFormatChars(plusParts.find((p) => p.type === 'plusSign')?.value ?? '') || '+',
    digits: Array.from({ length: 10 }, (_, d) => digitFormat.format(d)),
    primaryGroup: integers.at(-1) ?? 3,
    secondaryGroup: integers.length > 2 ? (integers.at(-2) ?? 3) : 3,
  };
}

/**
 * Every way `locale` writes `currency` next to an amount: symbol, narrow symbol, ISO code and
 * the plural names ("€", "EUR", "euro", "euros"), plus the bare ISO code. Longest first, so
 * that "US$" is tried before "$".
 */
export function currencyTokens(locale: string, currency: string): readonly string[] {
  const key = `${locale}|${currency}`;
  let tokens = tokensCache.get(key);
  if (!tokens) {
    const found = new Set<string>([currency]);
    for (const currencyDisplay of ['symbol', 'narrowSymbol', 'code', 'name'] as const) {
      const format = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay,
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      });
      // 1, 2, 5 and 1.5 reach the one / two / few / many / other plural names.
      for (const value of ['1', '2', '5', '1.5'] as const) {
        for (const p of format.formatToParts(value)) {
          const text = stripFormatChars(p.value).trim();
          if (p.type === 'currency' && text) found.add(text);
        }
      }
    }
    tokens = [...found].sort((a, b) => b.length - a.length);
    tokensCache.set(key, tokens);
  }
  return tokens;
}
