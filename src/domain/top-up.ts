import { currencyExponent, money } from '../money/index.js';
import type { Money } from '../money/index.js';

/** The round amounts offered for a manual top-up, in major units of the currency. */
export const TOP_UP_PRESET_UNITS: readonly number[] = /* @__PURE__ */ Object.freeze([
  100, 250, 500, 1_000,
]);

/** The hub's own bounds for a manual top-up, in major units: 10 to 10,000. */
export const TOP_UP_LIMIT_UNITS = /* @__PURE__ */ Object.freeze({ min: 10, max: 10_000 });

/** Bounds on an amount; `null` where the hub sets none. */
export interface TopUpLimits {
  min: Money | null;
  max: Money | null;
}

/** `units` major units of `currency` in minor units (100 EUR → 10000; 100 JPY → 100). */
function majorUnits(units: number, currency: string): Money {
  return money(units * 10 ** currencyExponent(currency), currency);
}

/** The hub's manual top-up bounds in `currency` (10 to 10,000 major units). */
export function defaultTopUpLimits(currency: string): { min: Money; max: Money } {
  return {
    min: majorUnits(TOP_UP_LIMIT_UNITS.min, currency),
    max: majorUnits(TOP_UP_LIMIT_UNITS.max, currency),
  };
}

/**
 * The bounds for a manual top-up: the balance's own when the hub reports them, else those of an
 * automatic top-up (the auto-renewal amount's bounds), else none.
 */
export function topUpLimits(
  own: { min: Money; max: Money } | null | undefined,
  automatic?: { minAmount: Money; maxAmount: Money } | null,
): TopUpLimits {
  if (own) return { min: own.min, max: own.max };
  return { min: automatic?.minAmount ?? null, max: automatic?.maxAmount ?? null };
}

/** Whether `amount` is within `limits` (same currency assumed). */
export function withinTopUpLimits(amount: Money, limits: TopUpLimits): boolean {
  return (
    (!limits.min || amount.amount >= limits.min.amount) &&
    (!limits.max || amount.amount <= limits.max.amount)
  );
}

/**
 * The amounts offered as one-click choices: the round presets in the currency's scale plus any
 * `extras` in that currency (the auto-renewal amount, the recommended one), without duplicates,
 * within `limits`, smallest first.
 */
export function topUpPresets(
  currency: string,
  limits: TopUpLimits,
  extras: ReadonlyArray<Money | null | undefined> = [],
): Money[] {
  const amounts = new Set(TOP_UP_PRESET_UNITS.map((n) => majorUnits(n, currency).amount));
  for (const extra of extras) {
    if (extra && extra.currency === currency && extra.amount > 0) amounts.add(extra.amount);
  }
  return [...amounts]
    .map((a) => money(a, currency))
    .filter((m) => withinTopUpLimits(m, limits))
    .sort((a, b) => a.amount - b.amount);
}
