import { currencyExponent } from './currencies.js';
import { digitsToMinorUnits, divideHalfAwayFromZero, minorUnitsToDecimal } from './decimal.js';
import { MoneyError } from './errors.js';

/**
 * An exact amount of money: an integer number of minor units (cents, fils, yen) of an ISO 4217
 * currency. `{ amount: 12345, currency: 'EUR' }` is €123.45; `{ amount: 1234, currency: 'KWD' }`
 * is 1.234 KWD. The amount is always a safe integer and never `-0`.
 */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

/**
 * Creates a `Money` after checking it: the amount must be a safe integer of minor units and the
 * currency a known ISO 4217 code. `-0` becomes `0`. The result is frozen.
 * @throws {MoneyError} `not_integer`, `unsafe_integer` or `unknown_currency`.
 */
export function money(amount: number, currency: string): Money {
  currencyExponent(currency);
  checkInteger(amount, 'amount');
  return Object.freeze({ amount: amount === 0 ? 0 : amount, currency });
}

/** Zero in `currency`. */
export function zero(currency: string): Money {
  return money(0, currency);
}

/** `a + b`. @throws {MoneyError} `currency_mismatch` or `unsafe_integer`. */
export function add(a: Money, b: Money): Money {
  sameCurrency(a, b.currency);
  return fromBigInt(units(a) + units(b), a.currency);
}

/** `a - b`. @throws {MoneyError} `currency_mismatch` or `unsafe_integer`. */
export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b.currency);
  return fromBigInt(units(a) - units(b), a.currency);
}

/** `-a`. */
export function negate(a: Money): Money {
  return money(-a.amount, a.currency);
}

/** `a × factor` for an integer factor. @throws {MoneyError} `not_integer` or `unsafe_integer`. */
export function multiply(a: Money, factor: number): Money {
  return fromBigInt(units(a) * integer(factor, 'factor'), a.currency);
}

/**
 * The total of `list`, all in `currency`; zero for an empty list. Only the total must be a safe
 * integer, not the running sums.
 * @throws {MoneyError} `currency_mismatch`, `unsafe_integer` or `unknown_currency`.
 */
export function sum(list: readonly Money[], currency: string): Money {
  let total = 0n;
  for (const item of list) {
    sameCurrency(item, currency);
    total += units(item);
  }
  return fromBigInt(total, currency);
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. @throws {MoneyError} `currency_mismatch`. */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b.currency);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

/** Whether `a` and `b` are the same amount in the same currency (never throws). */
export function equals(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amount === b.amount;
}

/** Like `equals`, for values that may be absent: two absent values are the same. */
export function sameMoney(a: Money | null | undefined, b: Money | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return equals(a, b);
}

/** Whether the amount is zero. */
export function isZero(a: Money): boolean {
  return a.amount === 0;
}

/** Whether the amount is below zero. */
export function isNegative(a: Money): boolean {
  return a.amount < 0;
}

/** Whether the amount is above zero. */
export function isPositive(a: Money): boolean {
  return a.amount > 0;
}

/** `|a|`. */
export function abs(a: Money): Money {
  return money(Math.abs(a.amount), a.currency);
}

/** The smallest of the amounts (the first one on ties). @throws {MoneyError} `currency_mismatch`. */
export function min(first: Money, ...rest: Money[]): Money {
  return rest.reduce((least, m) => (compare(m, least) < 0 ? m : least), first);
}

/** The largest of the amounts (the first one on ties). @throws {MoneyError} `currency_mismatch`. */
export function max(first: Money, ...rest: Money[]): Money {
  return rest.reduce((most, m) => (compare(m, most) > 0 ? m : most), first);
}

/**
 * `a ÷ divisor` for an integer divisor, rounded to the nearest minor unit, halves away from
 * zero: 5 ÷ 2 → 3, -5 ÷ 2 → -3. Exact for every safe amount.
 * @throws {MoneyError} `not_integer` or `division_by_zero`.
 */
export function divideRound(a: Money, divisor: number): Money {
  return ratio(a, 1, divisor);
}

/**
 * `a × numerator ÷ denominator`, computed exactly and rounded once to the nearest minor unit,
 * halves away from zero (for example, prorating a price over 17 of 30 days).
 * @throws {MoneyError} `not_integer`, `division_by_zero` or `unsafe_integer`.
 */
export function ratio(a: Money, numerator: number, denominator: number): Money {
  const n = integer(numerator, 'numerator');
  const d = integer(denominator, 'denominator');
  if (d === 0n) throw new MoneyError('division_by_zero', 'Cannot divide money by zero.');
  return fromBigInt(divideHalfAwayFromZero(units(a) * n, d), a.currency);
}

/**
 * Splits `a` into parts proportional to integer `weights`, by largest remainder: each part is
 * rounded down, then the leftover minor units go one each to the parts with the largest
 * remainders (earlier parts first on ties). The parts always add up to exactly `a`; a negative
 * amount is split like its absolute value, then negated. Zero weights get zero.
 * @throws {MoneyError} `invalid_argument` (no weights, or a negative one), `not_integer` or
 *   `division_by_zero` (all weights zero).
 */
export function allocate(a: Money, weights: readonly number[]): Money[] {
  if (weights.length === 0) {
    throw new MoneyError('invalid_argument', 'allocate() needs at least one weight.');
  }
  const ws = weights.map((w) => {
    const weight = integer(w, 'weight');
    if (weight < 0n)
      throw new MoneyError('invalid_argument', `Weights must not be negative, got ${w}.`);
    return weight;
  });
  const total = ws.reduce((t, w) => t + w, 0n);
  if (total === 0n) throw new MoneyError('division_by_zero', 'allocate() weights add up to zero.');

  const signed = units(a);
  const whole = signed < 0n ? -signed : signed;
  const parts = ws.map((w) => (whole * w) / total);
  const remainders = ws.map((w, index) => ({ index, remainder: (whole * w) % total }));
  let leftover = whole - parts.reduce((t, p) => t + p, 0n);
  remainders.sort((x, y) =>
    x.remainder === y.remainder ? x.index - y.index : x.remainder > y.remainder ? -1 : 1,
  );
  for (const { index } of remainders) {
    if (leftover === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return parts.map((p) => fromBigInt(signed < 0n ? -p : p, a.currency));
}

/**
 * The exact decimal in major units, with as many fraction digits as the currency's exponent:
 * `"1234.56"`, `"-0.05"`, JPY `"1234"`, KWD `"1.234"`. No grouping, no symbol; `-` for negatives.
 * @throws {MoneyError} `unknown_currency`, `not_integer` or `unsafe_integer` for a malformed `m`.
 */
export function toDecimalString(m: Money): string {
  return minorUnitsToDecimal(units(m), currencyExponent(m.currency));
}

/**
 * Reads a canonical decimal in major units (`-?\d+(\.\d+)?`, as `toDecimalString` writes or a
 * JSON API sends): `("19.99", "EUR")` → 1999 cents. Fewer fraction digits than the exponent are
 * padded (`"12.5"` EUR → 1250); more are refused unless they are zeros.
 * @throws {MoneyError} `invalid_argument` (not that form), `not_integer` (more precise than the
 *   currency's minor unit), `unsafe_integer` or `unknown_currency`.
 */
export function fromDecimalString(str: string, currency: string): Money {
  const exponent = currencyExponent(currency);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(str);
  if (!match) {
    throw new MoneyError(
      'invalid_argument',
      `Not a decimal of the form -?\\d+(\\.\\d+)?: ${JSON.stringify(str)}.`,
    );
  }
  const [, sign = '', integerDigits = '', fractionDigits = ''] = match;
  const units = digitsToMinorUnits(sign === '-', integerDigits, fractionDigits, exponent);
  if (units === 'too_precise') {
    throw new MoneyError(
      'not_integer',
      `${JSON.stringify(str)} has more than ${exponent} decimal digits, the minor unit of ${currency}.`,
    );
  }
  return fromBigInt(units, currency);
}

/**
 * A checked `Money` from a BigInt amount (one beyond the safe range stays beyond it as a
 * number). @throws {MoneyError} `unsafe_integer`.
 */
function fromBigInt(amount: bigint, currency: string): Money {
  return money(Number(amount), currency);
}

/** @throws {MoneyError} `currency_mismatch` when `a` is not in `currency`. */
function sameCurrency(a: Money, currency: string): void {
  if (a.currency !== currency) {
    throw new MoneyError(
      'currency_mismatch',
      `Cannot mix currencies: ${a.currency} and ${currency}.`,
    );
  }
}

/**
 * The amount of an operand as BigInt, checked: a `Money` built by hand (say, straight from
 * JSON) may not hold a safe integer.
 */
function units(m: Money): bigint {
  return integer(m.amount, 'amount');
}

/** A safe integer argument as BigInt. @throws {MoneyError} `not_integer` or `unsafe_integer`. */
function integer(value: number, name: string): bigint {
  checkInteger(value, name);
  return BigInt(value);
}

/** @throws {MoneyError} `not_integer` or `unsafe_integer` unless `value` is a safe integer. */
function checkInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new MoneyError(
      Number.isInteger(value) ? 'unsafe_integer' : 'not_integer',
      `The ${name} must be an integer within ±Number.MAX_SAFE_INTEGER, got ${value}.`,
    );
  }
}
