/**
 * Reading a request safely: the body within a size cap and a deadline, JSON within a depth
 * cap, every string well-formed, the schema's verdict as field errors, and the fingerprint of
 * what was parsed (never of the raw bytes). Web-standard only (Request, streams, Web Crypto).
 */
import type * as z from 'zod/mini';
import { CURRENCY_PATTERN } from '../adapter/schemas.js';
import { canonical } from '../adapter/canonical.js';
import { HttpProblem, invalid } from './problem.js';

/**
 * Reads the whole body, refusing more than `limit` bytes (413) and answering 408 when it does
 * not arrive within `timeoutMs`. Reading stops at the first byte over the limit.
 */
export async function readBody(
  request: Request,
  limit: number,
  timeoutMs: number,
): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new HttpProblem(408, 'timeout', 'The request body did not arrive in time.', {
            body: 'Send the whole body at once.',
          }),
        ),
      timeoutMs,
    );
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), deadline]);
      if (done) break;
      size += value.byteLength;
      if (size > limit) throw tooLarge(limit);
      chunks.push(value);
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function tooLarge(limit: number): HttpProblem {
  return new HttpProblem(413, 'validation', `The request body is over ${limit} bytes.`, {
    body: `Send at most ${limit} bytes.`,
  });
}

/** The deepest nesting of arrays and objects in JSON text (strings skipped), without parsing. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** Parses a JSON body: 415 for another type, 400 for broken JSON or nesting past `maxDepth`. */
export function parseJson(
  bytes: Uint8Array,
  contentType: string | null,
  maxDepth: number,
): unknown {
  if (bytes.byteLength === 0) return undefined;
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType ?? 'application/json')) {
    throw new HttpProblem(415, 'validation', 'Send the body as application/json.', {
      body: 'Send JSON.',
    });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid({ body: 'The body is not valid UTF-8.' }, 'The body is not valid UTF-8.', 400);
  }
  if (jsonDepth(text) > maxDepth) {
    throw invalid(
      { body: `Nest JSON at most ${maxDepth} levels deep.` },
      `The body is nested more than ${maxDepth} levels deep.`,
      400,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid({ body: 'The body is not valid JSON.' }, 'The body is not valid JSON.', 400);
  }
}

/**
 * The path of the first string in `value` that is not well-formed UTF-16 (a lone surrogate),
 * or undefined. Such a string cannot be stored as UTF-8 and would come back altered.
 */
export function illFormedPath(
  value: unknown,
  path: readonly (string | number)[] = [],
): string | undefined {
  if (typeof value === 'string') {
    return isWellFormed(value) ? undefined : path.join('.') || 'body';
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (!isWellFormed(k)) return [...path, 'key'].join('.') || 'body';
    const found = illFormedPath(v, [...path, Array.isArray(value) ? Number(k) : k]);
    if (found) return found;
  }
  return undefined;
}

export function isWellFormed(text: string): boolean {
  // String.prototype.isWellFormed (ES2024); the loop for runtimes without it.
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  if (native) return native.call(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return false;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

/** Refuses a value holding a string that is not well-formed, naming where it is. */
export function requireWellFormed(value: unknown): void {
  const field = illFormedPath(value);
  if (field) {
    throw invalid({ [field]: 'This text has a broken character (a lone surrogate); retype it.' });
  }
}

/**
 * `{ field: message }` from zod issues. Unknown fields are named by their full dotted path
 * (`note`, `amount.cents`); other problems by the top-level field, as the forms expect.
 */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors = new FieldErrors();
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.add(
          [...issue.path, key].join('.'),
          'This field is not part of the request; remove it.',
        );
      }
      continue;
    }
    errors.add(issue.path.length > 0 ? String(issue.path[0]) : 'body', messageOf(issue));
  }
  return errors.toRecord();
}

/**
 * Field errors gathered from request text, where a field may be called anything: `__proto__`
 * or `constructor` as a key of a plain object would be lost or inherited (and the 422 would
 * name nothing). The first message for a field is kept.
 */
export class FieldErrors {
  readonly #map = new Map<string, string>();

  add(field: string, message: string): void {
    if (!this.#map.has(field)) this.#map.set(field, message);
  }

  get size(): number {
    return this.#map.size;
  }

  /** A plain object with every field as an own property (`__proto__` included). */
  toRecord(): Record<string, string> {
    return Object.fromEntries(this.#map) as Record<string, string>;
  }
}

/**
 * A message a person can act on, for each kind of issue, in words of its own: never zod's
 * message, which depends on the locale the host loaded ("Invalid input" without one). The
 * issues come with their input (`reportInput`), to tell a missing field from a wrong one.
 */
function messageOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'This field is required.';
      if (issue.expected === 'int') return 'Use a whole number (money in integer minor units).';
      return `Use a ${issue.expected}.`;
    case 'invalid_value':
      return `Use one of: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_format':
      if (
        issue.format === 'regex' &&
        'pattern' in issue &&
        issue.pattern === CURRENCY_PATTERN.source
      ) {
        return 'Use a three-letter ISO 4217 currency code in capitals, such as EUR.';
      }
      return issue.format === 'regex'
        ? 'Use the documented format for this field.'
        : `Use a valid ${issue.format}.`;
    case 'too_small':
      return issue.origin === 'string'
        ? `Use at least ${String(issue.minimum)} character${Number(issue.minimum) === 1 ? '' : 's'}.`
        : `Use ${String(issue.minimum)} or more.`;
    case 'too_big':
      if (issue.origin === 'string') return `Use at most ${String(issue.maximum)} characters.`;
      return issue.origin === 'int' || issue.origin === 'number'
        ? `Use a safe whole number of at most ${String(issue.maximum)}.`
        : `Use at most ${String(issue.maximum)}.`;
    case 'not_multiple_of':
      return `Use a multiple of ${String(issue.divisor)}.`;
    case 'custom':
      // The contract's own checks word their messages themselves.
      return issue.message;
    default:
      return 'This value is not valid here.';
  }
}

/** SHA-256 (hex) of the canonical parts, then the raw bytes of an upload. */
export async function fingerprintOf(parts: unknown, bytes?: Uint8Array): Promise<string> {
  const head = new TextEncoder().encode(canonical(parts));
  const all = new Uint8Array(head.byteLength + 1 + (bytes?.byteLength ?? 0));
  all.set(head, 0);
  all[head.byteLength] = 0;
  if (bytes) all.set(bytes, head.byteLength + 1);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
