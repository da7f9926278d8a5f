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
  | 'aborted';

export interface AdapterErrorOptions {
  /** Per-field messages for `validation` errors, keyed by the field's name in the entity. */
  fieldErrors?: Readonly<Record<string, string>>;
  /** Seconds to wait before retrying, for `rate_limited` (and `unavailable` when known). */
  retryAfter?: number;
  /** For `invalid_response`: the dotted path of the offending field, e.g. `0.money.amount`. */
  field?: string;
  /** For `payment_failed`: a machine-readable reason such as `card_declined`. */
  reasonCode?: string;
  cause?: unknown;
}

/** Codes after which retrying the same read may succeed. */
const TRANSIENT: ReadonlySet<AdapterErrorCode> = new Set([
  'network',
  'rate_limited',
  'unavailable',
  'timeout',
]);

export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly code: AdapterErrorCode;
  readonly fieldErrors: Readonly<Record<string, string>>;
  readonly retryAfter: number | undefined;
  readonly field: string | undefined;
  readonly reasonCode: string | undefined;

  constructor(code: AdapterErrorCode, message: string, options: AdapterErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.fieldErrors = options.fieldErrors ?? {};
    this.retryAfter = options.retryAfter;
    this.field = options.field;
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

/** Turns anything thrown into an AdapterError, keeping AdapterErrors as they are. */
export function toAdapterError(value: unknown): AdapterError {
  if (value instanceof AdapterError) return value;
  if (value instanceof DOMException && value.name === 'AbortError') {
    return new AdapterError('aborted', 'The request was aborted.', { cause: value });
  }
  if (value instanceof DOMException && value.name === 'TimeoutError') {
    return new AdapterError('timeout', 'The request timed out.', { cause: value });
  }
  if (value instanceof TypeError) {
    return new AdapterError('network', value.message || 'The network request failed.', {
      cause: value,
    });
  }
  const message = value instanceof Error ? value.message : String(value);
  return new AdapterError('invalid_response', `The adapter failed unexpectedly: ${message}`, {
    cause: value,
  });
}
