/**
 * Errors as answers: RFC 9457 problem details with the adapter's `code`, for validation errors
 * `errors: { field: message }`, and for a refusal that says why, its `reasonCode` — the shape
 * the http adapter turns back into an `AdapterError` in the browser.
 */
import { AdapterError, type AdapterErrorCode } from '../adapter/errors.js';

/** The HTTP status of each adapter error code. */
export const STATUS_OF: Readonly<Record<AdapterErrorCode, number>> = {
  validation: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payment_failed: 402,
  rate_limited: 429,
  unavailable: 503,
  network: 502,
  timeout: 504,
  invalid_response: 500,
  aborted: 499,
  unsupported: 501,
  adapter_failed: 500,
};

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  499: 'Client Closed Request',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** An error answered as-is: status, code, message, field errors and extra headers. */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';
  constructor(
    readonly status: number,
    readonly code: AdapterErrorCode,
    message: string,
    readonly errors?: Readonly<Record<string, string>>,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** A 422 (or `status`) validation problem naming its fields. */
export function invalid(
  errors: Record<string, string>,
  message?: string,
  status = 422,
): HttpProblem {
  return new HttpProblem(
    status,
    'validation',
    message ?? Object.values(errors)[0] ?? 'The request is not valid.',
    errors,
  );
}

/**
 * 405 for a method the resource does not take, with `Allow` listing those it does (left out
 * when the caller cannot know them). Its code is `unsupported`: the resource exists, this
 * method does not.
 */
export function methodNotAllowed(allowed: readonly string[] | undefined): HttpProblem {
  if (!allowed || allowed.length === 0) {
    return new HttpProblem(405, 'unsupported', 'This method is not supported here.');
  }
  return new HttpProblem(405, 'unsupported', `Use ${allowed.join(' or ')} here.`, undefined, {
    allow: allowed.join(', '),
  });
}

/** Headers every API answer carries. */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  const h = new Headers(headers);
  for (const [name, value] of Object.entries(API_HEADERS)) h.set(name, value);
  h.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { status, headers: h });
}

/**
 * The problem+json answer for anything thrown. Unexpected errors become a 500 that says
 * nothing of the inside; `onUnexpected` sees them.
 */
export function problemResponse(
  error: unknown,
  onUnexpected: (error: unknown) => void = console.error,
): Response {
  let status = 500;
  let code: AdapterErrorCode = 'unavailable';
  let detail = 'The server failed unexpectedly. Try again in a moment.';
  let errors: Readonly<Record<string, string>> | undefined;
  let reasonCode: string | undefined;
  const headers: Record<string, string> = {};
  if (error instanceof HttpProblem) {
    ({ status, code, errors } = error);
    detail = error.message;
    Object.assign(headers, error.headers);
  } else if (error instanceof AdapterError) {
    status = STATUS_OF[error.code] ?? 500;
    code = error.code;
    detail = error.message;
    if (Object.keys(error.fieldErrors).length > 0) errors = { ...error.fieldErrors };
    if (error.retryAfter !== undefined) {
      headers['retry-after'] = String(Math.max(0, Math.ceil(error.retryAfter)));
    }
    // In the body, where the http adapter reads it; the header too, for proxies and logs.
    if (error.reasonCode) {
      reasonCode = error.reasonCode;
      headers['x-reason-code'] = error.reasonCode;
    }
  } else {
    onUnexpected(error);
  }
  if (code === 'rate_limited' && !headers['retry-after']) headers['retry-after'] = '1';
  const body = {
    type: `urn:partner-hub:problem:${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(reasonCode ? { reasonCode } : {}),
    ...(errors ? { errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      ...API_HEADERS,
      ...headers,
      'content-type': 'application/problem+json; charset=utf-8',
    },
  });
}
