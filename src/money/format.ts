import { currencyExponent } from './currencies.js';
import { numberSymbols } from './locale.js';
import type { Money } from './money.js';
import { toDecimalString } from './money.js';

/** How `formatMoney` writes an amount. */
export interface FormatMoneyOptions {
  /** When to show the sign (Intl's `signDisplay`); `auto` by default. */
  signDisplay?: 'auto' | 'always' | 'exceptZero' | 'negative';
  /** How to show the currency (Intl's `currencyDisplay`); `symbol` by default. */
  currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
  /**
   * Short form for tight spaces ("€1.2M"). Rounded by `Intl`, so approximate: never use it
   * where the exact amount matters, and never parse it back.
   */
  compact?: boolean;
}

const formatCache = new Map<string, Intl.NumberFormat>();

/**
 * The amount as a person reads it in `locale`: `formatMoney({ amount: 123456, currency: 'EUR' },
 * 'de')` → "1.234,56 €". Always shows the ISO 4217 number of decimals (HUF and IDR show 2, where
 * `Intl` alone would show 0), and formats the exact decimal string, never a float.
 * @throws {MoneyError} `unknown_currency`. @throws {RangeError} for a malformed locale tag.
 */
export function formatMoney(m: Money, locale: string, options: FormatMoneyOptions = {}): string {
  const { signDisplay = 'auto', currencyDisplay = 'symbol', compact = false } = options;
  const digits = currencyExponent(m.currency);
  const format = numberFormat(locale, {
    style: 'currency',
    currency: m.currency,
    currencyDisplay,
    signDisplay,
    ...(compact
      ? { notation: 'compact' }
      : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  });
  return format.format(decimalLiteral(m));
}

/**
 * The amount as a person would type it in `locale`: the locale's decimal separator and digits,
 * no grouping, no currency, ISO decimals: "1234,56" in de, "1234.56" in en, "-5" for JPY.
 * `parseMoneyInput` reads it back to the same `Money`.
 */
export function formatAmountForInput(m: Money, locale: string): string {
  const digits = currencyExponent(m.currency);
  const format = numberFormat(locale, {
    useGrouping: false,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return format.format(decimalLiteral(m));
}

/** The grouping and decimal separators of `locale`: `{ group: '.', decimal: ',' }` for de. */
export function localeSeparators(locale: string): { group: string; decimal: string } {
  const { group, decimal } = numberSymbols(locale);
  return { group, decimal };
}

/** One cached `Intl.NumberFormat` per locale and options: creating them is slow. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatCache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formatCache.set(key, format);
  }
  return format;
}

/** The exact decimal, typed for `Intl.NumberFormat.prototype.format`, which reads it exactly. */
function decimalLiteral(m: Money): Intl.StringNumericLiteral {
  return toDecimalString(m) as Intl.StringNumericLiteral;
}
