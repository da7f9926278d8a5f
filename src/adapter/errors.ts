/**
 * The one error type that crosses the adapter seam. Adapters throw it; the client and the
 * widgets read its `code` to decide what to show (retry, forbidden, unavailable, field errors).
 */

export type AdapterErrorCode =
  | 'network'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'validation'
  | 'conflict'
  | 'payment_failed'
  | 'rate_limited'
  | 'unavailable'
  | 'invalid_response'
  | 'timeout'
  | 'aborted'
  /** The adapter has no such method: a capability it lacks (the widget shows "unavailable"). */
  | 'unsupported'
  /** The adapter threw something that is not an AdapterError: its data source failed. */
  | 'adapter_failed';

export interface AdapterErrorOptions {
  /** Per-field messages for `validation` errors, keyed by the field's name in the entity. */
  fieldErrors?: Readonly<Record<string, string>>;
  /** Seconds to wait before retrying, for `rate_limited` (and `unavailable` when known). */
  retryAfter?: number;
  /** For `invalid_response`: the dotted path of the offending field, e.g. `0.money.amount`. */
  field?: string;
  /** For `invalid_response`: what the field should hold, e.g. "integer minor units". */
  expected?: string;
  /** For `payment_failed`: a machine-readable reason such as `card_declined`. */
  reasonCode?: string;
  cause?: unknown;
}

/**
 * Codes by which the hub refused a change it was sent: nothing was applied. After any other
 * failure once it was sent (a timeout, a dropped connection, an unreadable reply, an adapter's
 * own error) its outcome is unknown. The client and the mutation controller both go by it.
 */
export const REFUSALS: ReadonlySet<AdapterErrorCode> = new Set([
  'validation',
  'forbidden',
  'conflict',
  'payment_failed',
  'rate_limited',
  'unauthorized',
  'not_found',
  'unsupported',
]);

/** Codes after which retrying the same read may succeed. */
const TRANSIENT: ReadonlySet<AdapterErrorCode> = new Set([
  'network',
  'rate_limited',
  'unavailable',
  'timeout',
]);

/** Marks an AdapterError, so one made by another copy of the kit (a host's bundle) is known too. */
const BRAND = Symbol.for('partner-hub-elements.AdapterError');

export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly [BRAND] = true;
  readonly code: AdapterErrorCode;
  readonly fieldErrors: Readonly<Record<string, string>>;
  readonly retryAfter: number | undefined;
  readonly field: string | undefined;
  readonly expected: string | undefined;
  readonly reasonCode: string | undefined;

  constructor(code: AdapterErrorCode, message: string, options: AdapterErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.fieldErrors = options.fieldErrors ?? {};
    this.retryAfter = options.retryAfter;
    this.field = options.field;
    this.expected = options.expected;
    this.reasonCode = options.reasonCode;
  }

  /** Whether a read that failed this way is worth retrying. */
  get transient(): boolean {
    return TRANSIENT.has(this.code);
  }
}

export function isAdapterError(value: unknown): value is AdapterError {
  return value instanceof AdapterError;
}

/** What `fetch` and friends throw when the network fails (Chromium, Firefox, Safari, Node). */
const NETWORK_FAILURE =
  /failed to fetch|networkerror|load failed|fetch failed|network request failed/i;

/**
 * Turns anything thrown into an AdapterError, keeping AdapterErrors as they are. `method` names
 * the adapter method that threw, for the message.
 *
 * - An abort is `aborted`, a `TimeoutError` `timeout`.
 * - `fetch`'s network failure (a TypeError "Failed to fetch") is `network`.
 * - An AdapterError of another copy of the kit keeps its code, message and fields.
 * - Anything else an adapter throws — a plain `Error` (a TypeError of its own code too), a
 *   string, a `Response`, an object — is `adapter_failed`: the adapter's data source failed. It
 *   says nothing about the data, so it is never `invalid_response`. (A method the adapter lacks
 *   is found by the client before it calls: `unsupported`.)
 */
export function toAdapterError(value: unknown, method?: string): AdapterError {
  if (value instanceof AdapterError) return value;
  if ((value as Partial<Record<typeof BRAND, true>> | null)?.[BRAND]) {
    const foreign = value as AdapterError;
    return new AdapterError(foreign.code, foreign.message, { ...foreign, cause: value });
  }
  if (value instanceof DOMException && value.name === 'AbortError') {
    return new AdapterError('aborted', 'The request was aborted.', { cause: value });
  }
  if (value instanceof DOMException && value.name === 'TimeoutError') {
    return new AdapterError('timeout', 'The request timed out.', { cause: value });
  }
  const message =
    value instanceof Error
      ? value.message
      : value instanceof Response
        ? `HTTP ${value.status} ${value.statusText} from ${value.url || 'the data source'}`
        : String((value as { message?: unknown } | null)?.message ?? value);
  const where = method ? `${method}()` : 'The adapter';
  if (value instanceof TypeError && NETWORK_FAILURE.test(message)) {
    return new AdapterError('network', message || 'The network request failed.', {
      cause: value,
    });
  }
  return new AdapterError(
    'adapter_failed',
    `${where} failed${method ? '' : ' unexpectedly'}: ${message}`,
    { cause: value },
  );
}
