/**
 * Payment-method fees. A method's fee is a rate in basis points of the amount charged (the
 * hub's cards: 400, i.e. 4%; PIX and Boleto: none), rounded half up to the currency's minor
 * unit with integer arithmetic only.
 */
import { add } from '../money/index.js';
import type { Money } from '../money/index.js';

/** The fee a method with `basisPoints` adds to `amount` (zero for no rate). */
export function feeFor(amount: Money, basisPoints: number | undefined): Money {
  if (!basisPoints || basisPoints <= 0 || amount.amount <= 0) {
    return { amount: 0, currency: amount.currency };
  }
  // BigInt keeps amount × rate exact past 2^53 (a large amount in a three-decimal currency).
  const scaled = BigInt(amount.amount) * BigInt(Math.round(basisPoints));
  const fee = (scaled + 5_000n) / 10_000n;
  return { amount: Number(fee), currency: amount.currency };
}

/** What a method with `basisPoints` charges for `amount`: its fee and the total. */
export function chargeFor(
  amount: Money,
  basisPoints: number | undefined,
): { fee: Money; total: Money } {
  const fee = feeFor(amount, basisPoints);
  return { fee, total: add(amount, fee) };
}

/** The rate as a person reads it, e.g. 400 → 4, 250 → 2.5 (for "4%" in the user's locale). */
export function feePercent(basisPoints: number): number {
  return basisPoints / 100;
}
