/**
 * Converting a hub's decimal amounts to the kit's exact money and back — what a host's adapter
 * needs at the seam. The hub's partner API answers `{ "total": 100.45, "currency": "eur" }`: a
 * floating-point number and a lower-case code. The kit wants `{ amount: 10045, currency: "EUR" }`.
 *
 * ```ts
 * import { toMinorUnits, fromMinorUnits } from 'partner-hub-elements/money';
 *
 * const { total, currency } = await hub.balance(); // { total: 100.45, currency: 'eur' }
 * const money = toMinorUnits(total, currency); //     { amount: 10045, currency: 'EUR' }
 * fromMinorUnits(money); //                           "100.45"
 * ```
 *
 * Never through floating-point arithmetic: `1.15 * 100` is `114.99999999999999`. A number is
 * read through its shortest round-trip decimal (`String(100.45)` is `"100.45"`), then converted
 * digit by digit.
 */
import { currencyExponent } from './currencies.js';
import { digitsToMinorUnits, divideHalfAwayFromZero } from './decimal.js';
import { MoneyError } from './errors.js';
import { money, toDecimalString } from './money.js';
import type { Money } from './money.js';

export interface ToMinorUnitsOptions {
  /**
   * What to do with more decimals than the currency has (`"12.345"` EUR): `'refuse'` (the
   * default) throws `not_integer`; `'half-away-from-zero'` rounds to the minor unit
   * (`12.345` → 1235, `-12.345` → -1235).
   */
  rounding?: 'refuse' | 'half-away-from-zero';
}

/**
 * An ISO 4217 code as the kit spells it: trimmed and in capitals (`" eur "` → `"EUR"`).
 * @throws {MoneyError} `unknown_currency` when it is not a known code in any case.
 */
export function normalizeCurrency(code: string): string {
  const upper = String(code).trim().toUpperCase();
  currencyExponent(upper);
  return upper;
}

/** The significant digits that survive any double: past them lies binary noise. */
const DOUBLE_DIGITS = 15;

/** A finite number as a plain decimal string (no exponent), its shortest round-trip form. */
function plainDecimal(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  const [mantissa = '', exp = '0'] = text.toLowerCase().split('e');
  const negative = mantissa.startsWith('-');
  const [int = '', frac = ''] = mantissa.replace('-', '').split('.');
  const digits = int + frac;
  const point = int.length + Number(exp);
  const body =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + body;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/** Sign, integer digits and fraction digits of a decimal string, or undefined. */
function splitDecimal(text: string): [boolean, string, string] | undefined {
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const [, sign = '', int = '', frac = ''] = match;
  if (int === '' && frac === '') return undefined;
  return [sign === '-', int, frac];
}

/**
 * An amount in major units — a decimal number or string — and a currency code in any case, as
 * exact `Money` in minor units with the currency's ISO 4217 exponent:
 * `toMinorUnits(100.45, 'eur')` → `{ amount: 10045, currency: 'EUR' }`, `toMinorUnits('1500',
 * 'JPY')` → 1500 yen, `toMinorUnits('1.234', 'kwd')` → 1234 fils.
 *
 * A number goes through its shortest round-trip decimal, so `100.45` is exactly 10045 cents. A
 * double that carries binary noise past 15 significant digits, such as `0.1 + 0.2`
 * (`0.30000000000000004`), is read at 15 significant digits (`0.3` → 30 cents). More decimals
 * than the currency has are refused unless `rounding` says to round.
 *
 * @throws {MoneyError} `unknown_currency`; `invalid_argument` (not a decimal, not finite);
 *   `not_integer` (too precise for the currency, without `rounding`); `unsafe_integer`.
 */
export function toMinorUnits(
  value: number | string,
  currency: string,
  options: ToMinorUnitsOptions = {},
): Money {
  const code = normalizeCurrency(currency);
  const exponent = currencyExponent(code);
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new MoneyError('invalid_argument', `An amount must be a finite number, got ${value}.`);
    }
    text = plainDecimal(value);
    const parts = splitDecimal(text);
    if (parts && parts[2].length > exponent) {
      // Binary noise (0.1 + 0.2): the value at the precision every double holds.
      const rounded = plainDecimal(Number(value.toPrecision(DOUBLE_DIGITS)));
      const roundedParts = splitDecimal(rounded);
      if (roundedParts && roundedParts[2].replace(/0+$/, '').length <= exponent) text = rounded;
    }
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    throw new MoneyError(
      'invalid_argument',
      `An amount must be a number or a decimal string, got ${typeof value}.`,
    );
  }
  const parts = splitDecimal(text);
  if (!parts) {
    throw new MoneyError(
      'invalid_argument',
      `Not a decimal amount: ${JSON.stringify(value)} (expected digits with an optional "." and sign).`,
    );
  }
  const [negative, int, frac] = parts;
  const units = digitsToMinorUnits(negative, int, frac, exponent);
  if (units !== 'too_precise') return money(toSafe(units), code);
  if (options.rounding !== 'half-away-from-zero') {
    throw new MoneyError(
      'not_integer',
      `${JSON.stringify(text)} has more than ${exponent} decimal digit${exponent === 1 ? '' : 's'}, ` +
        `the minor unit of ${code}; pass { rounding: 'half-away-from-zero' } to round it.`,
    );
  }
  const scaled = BigInt((int || '0') + frac);
  const divisor = 10n ** BigInt(frac.length - exponent);
  const rounded = divideHalfAwayFromZero(negative ? -scaled : scaled, divisor);
  return money(toSafe(rounded), code);
}

function toSafe(units: bigint): number {
  const n = Number(units);
  if (!Number.isSafeInteger(n)) {
    throw new MoneyError(
      'unsafe_integer',
      `The amount ${units} minor units is beyond ±Number.MAX_SAFE_INTEGER.`,
    );
  }
  return n;
}

/**
 * `Money` back to major units for a hub that wants decimals: `"100.45"` (exact; the default),
 * or the nearest number with `'number'` (`100.45`), for APIs that take JSON numbers.
 * @throws {MoneyError} for a malformed `Money`.
 */
export function fromMinorUnits(value: Money): string;
export function fromMinorUnits(value: Money, as: 'string'): string;
export function fromMinorUnits(value: Money, as: 'number'): number;
export function fromMinorUnits(value: Money, as: 'string' | 'number' = 'string'): string | number {
  const decimal = toDecimalString({
    amount: value.amount,
    currency: normalizeCurrency(value.currency),
  });
  return as === 'number' ? Number(decimal) : decimal;
}
