/**
 * Exact conversions between decimal digit strings and integer minor units. Internal to
 * `src/money/`: strings and BigInt only, never floating point.
 */

const MAX_SAFE = /* @__PURE__ */ BigInt(Number.MAX_SAFE_INTEGER);

/** Whether a BigInt fits in ±Number.MAX_SAFE_INTEGER. */
export function isSafeBigInt(value: bigint): boolean {
  return value <= MAX_SAFE && value >= -MAX_SAFE;
}

/**
 * Minor units from the digits of a decimal: `('12', '5', 2)` → 1250n. Fraction digits beyond
 * the exponent are allowed only when they are zeros (`12.500` EUR is exactly 1250 cents);
 * otherwise the result is `'too_precise'`.
 */
export function digitsToMinorUnits(
  negative: boolean,
  integerDigits: string,
  fractionDigits: string,
  exponent: number,
): bigint | 'too_precise' {
  const kept = fractionDigits.slice(0, exponent);
  if (/[1-9]/.test(fractionDigits.slice(exponent))) return 'too_precise';
  const units = BigInt((integerDigits || '0') + kept.padEnd(exponent, '0'));
  return negative ? -units : units;
}

/** The canonical decimal of an integer amount of minor units: `(-5n, 2)` → `"-0.05"`. */
export function minorUnitsToDecimal(amount: bigint, exponent: number): string {
  const digits = (amount < 0n ? -amount : amount).toString();
  const sign = amount < 0n ? '-' : '';
  if (exponent === 0) return sign + digits;
  const padded = digits.padStart(exponent + 1, '0');
  const cut = padded.length - exponent;
  return `${sign}${padded.slice(0, cut)}.${padded.slice(cut)}`;
}

/** `numerator / denominator` rounded to the nearest integer, halves away from zero. Exact. */
export function divideHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = n / d;
  const rounded = 2n * (n % d) >= d ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
}
