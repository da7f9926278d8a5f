/** Helpers shared by the memory adapter's test files. */
import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapter/errors.js';

/** The AdapterError a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(AdapterError);
    return error as AdapterError;
  }
  throw new Error('Expected the call to reject, but it resolved.');
}

/** A source of fresh mutation options: `{ idempotencyKey }` unique per call. */
export function keys(prefix: string): () => { idempotencyKey: string } {
  let n = 0;
  return () => ({ idempotencyKey: `${prefix}-${++n}` });
}
