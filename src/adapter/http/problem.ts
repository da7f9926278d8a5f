/**
 * Error responses of the REST contract, turned into {@link AdapterError}s. The server answers
 * `application/problem+json` (RFC 9457) with a `code` member carrying the adapter error code
 * (never `aborted`, `network` or `timeout`: only the client can know those), for validation
 * errors `errors: { field: message }`, and for refusals a `reasonCode` (else the
 * `X-Reason-Code` header's). Anything else (an HTML error page from a proxy, an empty body) is
 * mapped by its status alone.
 */
import { AdapterError, type AdapterErrorCode } from '../errors.js';

/** What each status means when the body does not say. */
export function codeForStatus(status: number): AdapterErrorCode {
  switch (status) {
    case 400:
    case 413:
    case 415:
    case 422:
      return 'validation';
    case 401:
      return 'unauthorized';
    case 402:
      return 'payment_failed';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not_found';
    case 408:
    case 504:
      return 'timeout';
    case 409:
      return 'conflict';
    case 429:
      return 'rate_limited';
    default:
      // 501 (an optional route this hub lacks), 503 and every other 5xx.
      return status >= 500 ? 'unavailable' : 'invalid_response';
  }
}

/** Every error code, with the words shown when a response gives none. */
const DEFAULT_MESSAGES: Readonly<Record<AdapterErrorCode, string>> = {
  network: 'The Partner Hub could not be reached.',
  unauthorized: 'Your session has expired. Sign in again.',
  forbidden: 'You do not have permission to do this.',
  not_found: 'This no longer exists.',
  validation: 'Some of the values were not accepted.',
  conflict: 'This conflicts with an earlier request.',
  payment_failed: 'The payment failed.',
  rate_limited: 'Too many requests. Try again in a moment.',
  unavailable: 'The Partner Hub is not available right now. Try again in a moment.',
  invalid_response: 'The Partner Hub sent a response this page does not understand.',
  timeout: 'The Partner Hub took too long to answer.',
  aborted: 'The request was aborted.',
  unsupported: 'The Partner Hub does not offer this.',
  adapter_failed: 'The Partner Hub failed to answer.',
};

/**
 * Codes only this side of the wire can know: a server's `aborted` (its own upstream call
 * cancelled) would read as the user cancelling, and the kit would go quiet. Its status decides.
 */
const CLIENT_ONLY: ReadonlySet<string> = new Set(['aborted', 'network', 'timeout']);

/** The longest `Retry-After` taken at its word: one day. Longer values mean the same. */
export const MAX_RETRY_AFTER = 86_400;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = MONTHS.join('|');
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
/** The three forms of an HTTP-date (RFC 9110 §5.6.7), case-sensitive as it says. */
const IMF_FIXDATE = new RegExp(
  `^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) (${MONTH}) (\\d{4}) ${TIME} GMT$`,
);
const RFC_850 = new RegExp(
  `^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-(${MONTH})-(\\d{2}) ${TIME} GMT$`,
);
const ASCTIME = new RegExp(
  `^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (${MONTH}) ([ \\d]\\d) ${TIME} (\\d{4})$`,
);

/** The instant of an HTTP-date, or `undefined` when `text` is not one (or names no real day). */
function parseHttpDate(text: string, now: number): number | undefined {
  let parts: [day: string, month: string, year: number, h: string, m: string, s: string];
  let match: RegExpExecArray | null;
  if ((match = IMF_FIXDATE.exec(text))) {
    parts = [match[1]!, match[2]!, Number(match[3]), match[4]!, match[5]!, match[6]!];
  } else if ((match = RFC_850.exec(text))) {
    // A two-digit year more than 50 years ahead is the latest past one that ends so (§5.6.7).
    const thisYear = new Date(now).getUTCFullYear();
    let year = Math.floor(thisYear / 100) * 100 + Number(match[3]);
    if (year > thisYear + 50) year -= 100;
    parts = [match[1]!, match[2]!, year, match[4]!, match[5]!, match[6]!];
  } else if ((match = ASCTIME.exec(text))) {
    parts = [match[2]!.trim(), match[1]!, Number(match[6]), match[3]!, match[4]!, match[5]!];
  } else {
    return undefined;
  }
  const [day, month, year, h, m, s] = parts;
  const at = new Date(0);
  at.setUTCFullYear(year, MONTHS.indexOf(month), Number(day));
  at.setUTCHours(Number(h), Number(m), Number(s));
  // Not a day or time that exists (31 Feb, 25:00): JavaScript would roll it over.
  const real =
    at.getUTCDate() === Number(day) &&
    at.getUTCHours() === Number(h) &&
    at.getUTCMinutes() === Number(m) &&
    at.getUTCSeconds() === Number(s);
  return real ? at.getTime() : undefined;
}

/**
 * `Retry-After` as whole seconds from now: delay-seconds (a non-negative integer) or an
 * HTTP-date (IMF-fixdate, or the obsolete RFC 850 and asctime forms; one in the past is 0), at
 * most {@link MAX_RETRY_AFTER} (so no value overflows a timer). `undefined` when absent or
 * anything else ("1.5", "-1", "1 2", an ISO date): not "retry now".
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text), MAX_RETRY_AFTER);
  const at = parseHttpDate(text, now);
  if (at === undefined) return undefined;
  return Math.min(Math.max(0, Math.ceil((at - now) / 1000)), MAX_RETRY_AFTER);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Field errors from a problem's `errors` member: the contract's `{ field: message }`, or the
 * common list form `[{ field | pointer | name, detail | message }]` (JSON pointers such as
 * `/amount/amount` become dotted paths, `amount.amount`).
 */
export function fieldErrorsOf(errors: unknown): Record<string, string> | undefined {
  // A Map, then own properties: a field may be called `__proto__` or `constructor`.
  const found = new Map<string, string>();
  const put = (field: unknown, message: unknown) => {
    if (typeof field !== 'string' || field === '') return;
    const name = field.startsWith('/') ? field.slice(1).split('/').join('.') : field;
    if (name === '') return;
    if (typeof message === 'string') found.set(name, message);
    else if (Array.isArray(message) && typeof message[0] === 'string') found.set(name, message[0]);
  };
  if (Array.isArray(errors)) {
    for (const item of errors) {
      if (!isRecord(item)) continue;
      put(item['field'] ?? item['pointer'] ?? item['name'], item['detail'] ?? item['message']);
    }
  } else if (isRecord(errors)) {
    for (const [field, message] of Object.entries(errors)) put(field, message);
  }
  return found.size > 0 ? (Object.fromEntries(found) as Record<string, string>) : undefined;
}

/** Whether a `Content-Type` names JSON (`application/json`, `application/problem+json`, …). */
export function isJsonType(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/** Whether a `Content-Type` names a problem document (`application/problem+json`). */
export function isProblemType(contentType: string | null): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/problem+json';
}

/**
 * The AdapterError for a 2xx that carries a problem document (a gateway that answers 200 with
 * the error it got): by the problem's own `status` when that is an error (400–599), else
 * `invalid_response` saying what came.
 */
export function problemInSuccess(
  method: string,
  status: number,
  retryAfterHeader: string | null,
  body: string,
  reasonCodeHeader: string | null = null,
): AdapterError {
  let problem: unknown;
  try {
    problem = JSON.parse(body);
  } catch {
    // not even JSON: said below like a problem without a status
  }
  const record = isRecord(problem) ? problem : {};
  const given = record['status'];
  if (Number.isInteger(given) && (given as number) >= 400 && (given as number) <= 599) {
    const type = 'application/problem+json';
    return problemToError(given as number, type, retryAfterHeader, body, reasonCodeHeader);
  }
  const said = [record['detail'], record['title']].find((v) => typeof v === 'string' && v.trim());
  return new AdapterError(
    'invalid_response',
    `${method} answered HTTP ${status} with a problem document: ${(said as string | undefined) ?? 'no detail'}.`,
    { cause: { status, problem } },
  );
}

/**
 * The AdapterError for a non-2xx response. `body` is the response text (possibly empty); it is
 * read as a problem document when the content type is JSON. `reasonCode` is the body's, else
 * `reasonCodeHeader` (`X-Reason-Code`).
 */
export function problemToError(
  status: number,
  contentType: string | null,
  retryAfterHeader: string | null,
  body: string,
  reasonCodeHeader: string | null = null,
): AdapterError {
  let problem: Record<string, unknown> = {};
  if (isJsonType(contentType) && body.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(body);
      if (isRecord(parsed)) problem = parsed;
    } catch {
      // an unreadable error body: fall back to the status alone
    }
  }
  const given = problem['code'];
  const code: AdapterErrorCode =
    typeof given === 'string' && Object.hasOwn(DEFAULT_MESSAGES, given) && !CLIENT_ONLY.has(given)
      ? (given as AdapterErrorCode)
      : codeForStatus(status);
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  const message = text(problem['detail']) ?? text(problem['title']) ?? DEFAULT_MESSAGES[code];
  const retryAfter =
    parseRetryAfter(retryAfterHeader) ??
    (typeof problem['retryAfter'] === 'number' && problem['retryAfter'] >= 0
      ? Math.min(problem['retryAfter'], MAX_RETRY_AFTER)
      : undefined);
  const fieldErrors = fieldErrorsOf(problem['errors']);
  // The body's, else the `X-Reason-Code` header's (a server or proxy that sends only that).
  const reasonCode = text(problem['reasonCode']) ?? text(reasonCodeHeader?.trim());
  return new AdapterError(code, message, {
    ...(fieldErrors ? { fieldErrors } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
    ...(reasonCode ? { reasonCode } : {}),
    cause: { status, problem },
  });
}
