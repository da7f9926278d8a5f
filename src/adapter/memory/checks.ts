/**
 * Input checks of the memory adapter: the domain's checks (VAT ID, solution ID, URLs, email)
 * turned into `validation` errors with field messages, plus money and range checks.
 */
import type { EmailError, SolutionIdError, UrlError, VatIdError } from '../../domain/index.js';
import { monthNumber } from '../../domain/dates.js';
import { compare, formatMoney, isCurrencyCode, type Money } from '../../money/index.js';
import { AdapterError } from '../errors.js';

/** Throws a `validation` error naming each field; the message summarises them. */
export function invalid(fieldErrors: Record<string, string>, message?: string): never {
  const fields = Object.keys(fieldErrors);
  throw new AdapterError(
    'validation',
    message ??
      (fields.length === 1
        ? `${fieldErrors[fields[0]!]}`
        : `Check these fields: ${fields.join(', ')}.`),
    { fieldErrors },
  );
}

/** Throws when any field has an error. */
export function assertValid(fieldErrors: Record<string, string>, message?: string): void {
  if (Object.keys(fieldErrors).length > 0) invalid(fieldErrors, message);
}

export const SOLUTION_ID_MESSAGES: Readonly<Record<SolutionIdError, string>> = {
  required: 'Enter the Meta solution ID.',
  not_digits: 'A solution ID has digits only.',
  length: 'A solution ID has 14 to 18 digits.',
};

export const VAT_ID_MESSAGES: Readonly<Record<VatIdError, string>> = {
  required: 'Enter the VAT ID.',
  format: 'This is not a valid VAT ID: check the country prefix and the digits.',
  check_digit:
    'The check digit of this VAT ID does not match its other digits. Check it for a typo.',
  country_mismatch: 'This VAT ID belongs to another country than the invoicing address.',
};

export const URL_MESSAGES: Readonly<Record<UrlError, string>> = {
  required: 'Enter a URL.',
  invalid: 'Enter a full URL the hub can reach, such as https://example.com/hooks.',
  not_https: 'The URL must start with https://.',
};

export const EMAIL_MESSAGES: Readonly<Record<EmailError, string>> = {
  required: 'Enter an email address.',
  invalid: 'Enter a valid email address, such as name@example.com.',
};

export function fmt(m: Money): string {
  return formatMoney(m, 'en');
}

/**
 * Why `value` is not an acceptable amount in `currency` between `min` and `max` (both
 * included), or `null` when it is.
 */
export function moneyProblem(
  value: unknown,
  currency: string,
  min: Money,
  max: Money,
  what: string,
): string | null {
  const m = value as Partial<Money> | null;
  if (
    !m ||
    typeof m !== 'object' ||
    typeof m.currency !== 'string' ||
    !isCurrencyCode(m.currency)
  ) {
    return `Enter ${what}.`;
  }
  if (typeof m.amount !== 'number' || !Number.isSafeInteger(m.amount)) {
    return `Enter ${what} in whole minor units.`;
  }
  if (m.currency !== currency) return `Enter ${what} in ${currency}, the currency of this balance.`;
  if (m.amount <= 0) return `Enter ${what} above zero.`;
  const amount = m as Money;
  if (compare(amount, min) < 0 || compare(amount, max) > 0) {
    return `Enter ${what} between ${fmt(min)} and ${fmt(max)}.`;
  }
  return null;
}

/** Checks a `YYYY-MM-DD` date, returning it, or throws a validation error for `field`. */
export function calendarDate(value: unknown, field: string): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value) return value;
  }
  return invalid({ [field]: 'Use a calendar date, YYYY-MM-DD.' });
}

/** Checks a `YYYY-MM` period, returning it, or throws a validation error for `field`. */
export function period(value: unknown, field: string): string {
  if (typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return value;
  return invalid({ [field]: 'Use a month, YYYY-MM.' });
}

/** The most months one read of movements may span: ten years. */
export const MAX_PERIOD_MONTHS = 120;

/** Months from `from` to `to` (`YYYY-MM`, both included; 0 when `to` comes first). */
export function monthsBetween(from: string, to: string): number {
  return Math.max(0, monthNumber(to) - monthNumber(from) + 1);
}

/** Throws a validation error for keys of `patch` that are not in `allowed`. */
export function onlyKeys(
  patch: unknown,
  allowed: readonly string[],
  what: string,
): Record<string, unknown> {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) {
    invalid({ patch: `Send the ${what} fields to change.` });
  }
  const unknown = Object.keys(patch).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) {
    invalid(
      Object.fromEntries(unknown.map((k) => [k, `Not a field of the ${what}.`])),
      `Not fields of the ${what}: ${unknown.join(', ')}.`,
    );
  }
  return patch as Record<string, unknown>;
}
