/**
 * The few assertions the conformance suite needs, with no test library behind them: each
 * throws an `AssertionError`-shaped error (`actual`, `expected`, `showDiff`), which mocha, jest,
 * vitest and node:test all report as a failure, with a diff where they show one.
 */
import { canonical as canonicalText } from '../adapter/canonical.js';
import { AdapterError } from '../adapter/errors.js';

export class ConformanceError extends Error {
  override readonly name = 'AssertionError';
  readonly showDiff: boolean;
  constructor(
    message: string,
    readonly actual?: unknown,
    readonly expected?: unknown,
  ) {
    super(message);
    this.showDiff = actual !== undefined || expected !== undefined;
  }
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceError(message);
}

/** A stable JSON text of a value (see `canonical` of the adapter), `undefined` named as such. */
export function canonical(value: unknown): string {
  return value === undefined ? 'undefined' : canonicalText(value);
}

export function equal<T>(actual: T, expected: T, message: string): void {
  if (!Object.is(actual, expected)) {
    throw new ConformanceError(
      `${message}: expected ${canonical(expected)}, got ${canonical(actual)}`,
      actual,
      expected,
    );
  }
}

export function deepEqual(actual: unknown, expected: unknown, message: string): void {
  if (canonical(actual) !== canonical(expected)) {
    throw new ConformanceError(message, actual, expected);
  }
}

/** Whether `value` is an AdapterError (also one from another copy of the package). */
export function isAdapterErrorLike(value: unknown): value is AdapterError {
  return (
    value instanceof AdapterError ||
    (value instanceof Error &&
      value.name === 'AdapterError' &&
      typeof (value as Partial<AdapterError>).code === 'string')
  );
}

function describeError(error: unknown): string {
  if (isAdapterErrorLike(error)) return `AdapterError('${error.code}'): ${error.message}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Awaits a call that must fail with an AdapterError of one of `codes`; returns the error.
 * Fails when it resolves, throws something else, or fails with another code.
 */
export async function rejectsWith(
  promise: Promise<unknown>,
  codes: string | readonly string[],
  what: string,
): Promise<AdapterError> {
  const wanted = typeof codes === 'string' ? [codes] : codes;
  let result: unknown;
  try {
    result = await promise;
  } catch (error) {
    if (!isAdapterErrorLike(error)) {
      throw new ConformanceError(
        `${what}: expected an AdapterError (${wanted.join(' or ')}), got ${describeError(error)}`,
      );
    }
    if (!wanted.includes(error.code)) {
      throw new ConformanceError(
        `${what}: expected code ${wanted.join(' or ')}, got ${describeError(error)}`,
        error.code,
        wanted.join(' or '),
      );
    }
    return error;
  }
  throw new ConformanceError(
    `${what}: expected AdapterError(${wanted.join(' or ')}), but it resolved with ${canonical(result).slice(0, 200)}`,
  );
}

/** Awaits a call that must succeed, naming the call when it does not. */
export async function succeeds<T>(promise: Promise<T>, what: string): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    const failure = new ConformanceError(`${what} failed: ${describeError(error)}`);
    (failure as { cause?: unknown }).cause = error;
    throw failure;
  }
}
