/**
 * What the client tells developers about each adapter failure: one console message a
 * developer can act on (which method, which field, what it should hold) and one record that
 * the elements turn into a `ph-error` event for the host's monitoring.
 *
 * No DOM and no Lit.
 */
import type { ResourceName } from '../adapter/contract.js';
import type { AdapterError, AdapterErrorCode } from '../adapter/errors.js';

/** One failed adapter call, as the client saw it. */
export interface AdapterFailure {
  /** The adapter method that failed, e.g. `getBalances`. */
  readonly method: string;
  /** The cached resource whose read failed, for reads. */
  readonly resource?: ResourceName;
  /** The mutation that failed (the client method, e.g. `topUp`), for changes. */
  readonly mutation?: string;
  readonly code: AdapterErrorCode;
  /** For `invalid_response`: the dotted path of the offending field, e.g. `0.money.amount`. */
  readonly field?: string;
  /** For `invalid_response`: what that field should hold, e.g. "integer minor units …". */
  readonly expected?: string;
  /** The developer message (English, not for end users). */
  readonly message: string;
  readonly error: AdapterError;
}

const failures = new WeakMap<AdapterError, AdapterFailure>();

/** The failure record of an error the client reported, if it did. */
export function failureOf(error: AdapterError): AdapterFailure | undefined {
  return failures.get(error);
}

/** What to do next, per code, appended to the console message. */
const HINTS: Partial<Record<AdapterErrorCode, string>> = {
  invalid_response:
    'Fix the adapter or backend to match src/adapter/schemas.ts; partner-hub-elements/money ' +
    'converts decimal amounts and lower-case codes.',
  adapter_failed:
    'Throw an AdapterError with a code ("network", "unavailable", "not_found", …) so the ' +
    'elements can say what happened.',
  unsupported: 'The element shows its "unavailable" state until the adapter has this method.',
  timeout: 'A slow backend needs a longer deadline: <ph-provider read-timeout / mutation-timeout>.',
};

/** The console line for a failure. */
export function formatFailure(failure: AdapterFailure): string {
  const what = failure.resource
    ? `Reading "${failure.resource}" (${failure.method})`
    : failure.mutation
      ? `The change ${failure.mutation}`
      : `${failure.method}`;
  const parts = [`[partner-hub-elements] ${what} failed: ${failure.code}.`, failure.message];
  if (failure.field !== undefined && !failure.message.includes(`"${failure.field}"`)) {
    parts.push(`Field: ${failure.field || '(the whole value)'}; expected ${failure.expected}.`);
  }
  // The schema hint is for an answer that did not match; a call refused for want of a
  // registered schema says what to do in its own message.
  const hint = failure.code !== 'invalid_response' || failure.field !== undefined;
  if (hint && HINTS[failure.code]) parts.push(HINTS[failure.code]!);
  return parts.join(' ');
}

/**
 * Records a failure and logs it once: `console.error` for failures in the adapter's own code,
 * `console.warn` for the rest (network, timeouts, refusals). Aborts are not failures and are
 * neither recorded nor logged. Returns the record, or `undefined` for an abort or an error
 * already recorded.
 */
export function recordFailure(
  error: AdapterError,
  where: { method: string; resource?: ResourceName; mutation?: string },
): AdapterFailure | undefined {
  if (error.code === 'aborted' || failures.has(error)) return undefined;
  const failure: AdapterFailure = {
    ...where,
    code: error.code,
    ...(error.field !== undefined ? { field: error.field } : {}),
    ...(error.expected !== undefined ? { expected: error.expected } : {}),
    message: error.message,
    error,
  };
  failures.set(error, failure);
  // Codes that point at the adapter's code rather than at the moment are logged as errors.
  const developer = error.code === 'invalid_response' || error.code === 'adapter_failed';
  const log = developer ? console.error : console.warn;
  log(formatFailure(failure));
  return failure;
}
