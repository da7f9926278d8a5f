import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError } from '../../src/adapter/errors.js';
import { canonical } from '../../src/adapter/canonical.js';
import { MutationController, classifyFailure } from '../../src/base/mutation-controller.js';
import type {
  MutationContext,
  MutationControllerOptions,
  MutationFailure,
  MutationStatus,
} from '../../src/base/mutation-controller.js';

/** A host that records every status it was asked to render. */
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  seen: MutationStatus[] = [];
  probe: (() => MutationStatus) | undefined;
  updateComplete = Promise.resolve(true);
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {
    if (this.probe) this.seen.push(this.probe());
  }
  disconnect() {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
  connect() {
    for (const c of this.controllers) c.hostConnected?.();
  }
}

interface Call {
  payload: { amount: number };
  context: MutationContext;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

/** A mutation whose every call waits until the test answers it. */
function setup(options: Partial<MutationControllerOptions<{ amount: number }, string>> = {}) {
  const host = new Host();
  const calls: Call[] = [];
  const completed: string[] = [];
  const failed: MutationFailure[] = [];
  const mutation = new MutationController<{ amount: number }, string>(host, {
    task: (payload, context) =>
      new Promise<string>((resolve, reject) => calls.push({ payload, context, resolve, reject })),
    onComplete: (value) => completed.push(value),
    onError: (failure) => failed.push(failure),
    ...options,
  });
  host.probe = () => mutation.status;
  return { host, mutation, calls, completed, failed };
}

/** Resolves once `check` holds, polling on the event loop (fails after 2 s). */
async function until(check: () => boolean, what: string) {
  const end = Date.now() + 2000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 1));
  }
}

describe('MutationController', () => {
  it('starts idle, goes pending, then complete with the value, and calls onComplete once', async () => {
    const { mutation, calls, completed, host } = setup();
    expect(mutation.status).to.equal('idle');
    const done = mutation.run({ amount: 1 });
    expect(mutation.status).to.equal('pending');
    expect(mutation.inFlight).to.equal(true);
    calls[0]!.resolve('ok');
    await done;
    expect(mutation.status).to.equal('complete');
    expect(mutation.value).to.equal('ok');
    expect(completed).to.deep.equal(['ok']);
    expect(host.seen).to.deep.equal(['pending', 'complete']);
  });

  it('fifty runs of the same payload while one is in flight make one call', async () => {
    const { mutation, calls, completed } = setup();
    const runs = Array.from({ length: 50 }, () => mutation.run({ amount: 5 }));
    expect(calls).to.have.length(1);
    calls[0]!.resolve('once');
    await Promise.all(runs);
    expect(calls).to.have.length(1);
    expect(completed).to.deep.equal(['once']);
  });

  it('reuses the key for every retry of the same payload, and makes a new one when it changes', async () => {
    const { mutation, calls, failed } = setup();
    void mutation.run({ amount: 1 });
    calls[0]!.reject(new AdapterError('payment_failed', 'Declined.'));
    await until(() => mutation.status === 'error', 'the failure');
    expect(failed[0]!.kind).to.equal('payment_failed');
    void mutation.run({ amount: 1 });
    calls[1]!.reject(new AdapterError('payment_failed', 'Declined.'));
    await until(() => failed.length === 2, 'the second failure');
    void mutation.run({ amount: 2 });
    calls[2]!.resolve('paid');
    await until(() => mutation.status === 'complete', 'completion');
    void mutation.run({ amount: 2 });
    const keys = calls.map((c) => c.context.idempotencyKey);
    expect(keys[1]).to.equal(keys[0]);
    expect(keys[2]).to.not.equal(keys[1]);
    expect(keys[3], 'a completed mutation is not retried: a new run is a new key').to.not.equal(
      keys[2],
    );
  });

  it('fingerprints payloads by value, not by object identity or key order', () => {
    expect(canonical({ b: 1, a: { d: 2, c: [3] } })).to.equal(
      canonical({ a: { c: [3], d: 2 }, b: 1 }),
    );
    // Two files of different sizes are two payloads (plain JSON would read both as `{}`).
    expect(canonical({ file: new Blob(['ab'], { type: 'image/png' }) })).to.not.equal(
      canonical({ file: new Blob(['abc'], { type: 'image/png' }) }),
    );
    const { mutation, calls } = setup();
    void mutation.run({ amount: 3 });
    void mutation.run({ amount: 3 });
    expect(calls).to.have.length(1);
  });

  it('reset forgets the key: the next run is a new mutation', async () => {
    const { mutation, calls } = setup();
    void mutation.run({ amount: 1 });
    calls[0]!.reject(new AdapterError('payment_failed', 'Declined.'));
    await until(() => mutation.status === 'error', 'the failure');
    mutation.reset();
    expect(mutation.status).to.equal('idle');
    expect(mutation.failure).to.equal(undefined);
    void mutation.run({ amount: 1 });
    expect(calls[1]!.context.idempotencyKey).to.not.equal(calls[0]!.context.idempotencyKey);
  });

  it('reset keeps the key of a payload whose outcome is not known: sent again, it is the same change', async () => {
    const { mutation, calls } = setup();
    void mutation.run({ amount: 1 });
    calls[0]!.reject(new AdapterError('timeout', 'No answer.'));
    await until(() => mutation.status === 'error', 'the lost answer');
    expect(mutation.failure!.kind).to.equal('unknown');
    mutation.reset(); // a dialog closed and opened again
    void mutation.run({ amount: 1 });
    expect(calls[1]!.context.idempotencyKey).to.equal(calls[0]!.context.idempotencyKey);
    // Reset while it is out: the same.
    mutation.reset();
    void mutation.run({ amount: 1 });
    expect(calls[2]!.context.idempotencyKey).to.equal(calls[0]!.context.idempotencyKey);
    // Another payload is another change.
    void mutation.run({ amount: 2 });
    expect(calls[3]!.context.idempotencyKey).to.not.equal(calls[0]!.context.idempotencyKey);
  });

  it('a run let go while its outcome is unknown keeps its key through reset: sent again, it is the same change', async () => {
    const { mutation, calls } = setup({ verify: [5000] });
    void mutation.run({ amount: 1 });
    calls[0]!.reject(new AdapterError('timeout', 'No answer.'));
    await until(() => mutation.status === 'verifying', 'the checks');
    mutation.abort(); // a dialog closed while checking
    mutation.reset(); // and opened again
    void mutation.run({ amount: 1 });
    expect(calls[1]!.context.idempotencyKey).to.equal(calls[0]!.context.idempotencyKey);
    // Let go while the first answer is awaited: the same.
    mutation.abort();
    mutation.reset();
    void mutation.run({ amount: 1 });
    expect(calls[2]!.context.idempotencyKey).to.equal(calls[0]!.context.idempotencyKey);
  });

  it('an error that is not the hub refusing (an adapter that threw its own error) leaves the outcome unknown: checked, and the key kept', async () => {
    const { mutation, calls, failed } = setup({ verify: [5] });
    void mutation.run({ amount: 1 });
    calls[0]!.reject(new Error('Network Error')); // how axios says a connection dropped
    await until(() => calls.length === 2, 'a check with the same key');
    expect(calls[1]!.context.idempotencyKey).to.equal(calls[0]!.context.idempotencyKey);
    calls[1]!.reject(new Error('Network Error'));
    await until(() => mutation.status === 'error', 'the outcome');
    expect(failed[0]!.kind).to.equal('unknown');
    mutation.reset();
    void mutation.run({ amount: 1 });
    expect(calls[2]!.context.idempotencyKey).to.equal(calls[0]!.context.idempotencyKey);
  });

  it('a host disconnected mid-run and connected again asks again with the same key', async () => {
    const { mutation, calls, host, completed } = setup();
    void mutation.run({ amount: 1 });
    host.disconnect(); // a framework moves the element
    expect(mutation.status).to.equal('idle');
    host.connect();
    expect(calls).to.have.length(2);
    expect(calls[1]!.context.idempotencyKey).to.equal(calls[0]!.context.idempotencyKey);
    expect(mutation.status).to.equal('pending');
    calls[1]!.resolve('replayed');
    await until(() => mutation.status === 'complete', 'the outcome');
    expect(completed).to.deep.equal(['replayed']);
    // Connected again with nothing out: nothing is sent.
    host.disconnect();
    host.connect();
    expect(calls).to.have.length(2);
  });

  it('a host back only after the task it left in sends nothing by itself, says the outcome is unknown, and keeps the key', async () => {
    const { mutation, calls, host } = setup();
    void mutation.run({ amount: 1 });
    host.disconnect(); // a cached route put away
    await new Promise((resolve) => setTimeout(resolve, 20));
    host.connect(); // and shown again later
    expect(calls, 'nothing resent by itself').to.have.length(1);
    // What it shows: the outcome is not known (the key kept for the same change).
    expect(mutation.status).to.equal('error');
    expect(mutation.failure!.kind).to.equal('unknown');
    mutation.reset();
    void mutation.run({ amount: 1 }); // the person tries again
    expect(calls[1]!.context.idempotencyKey).to.equal(calls[0]!.context.idempotencyKey);
  });

  it('the latest call wins: another payload aborts the run in flight and its answer is ignored', async () => {
    const { mutation, calls, completed } = setup();
    const first = mutation.run({ amount: 1 });
    const second = mutation.run({ amount: 2 });
    expect(calls).to.have.length(2);
    expect(calls[0]!.context.signal.aborted).to.equal(true);
    expect(calls[1]!.context.signal.aborted).to.equal(false);
    calls[1]!.resolve('second');
    calls[0]!.resolve('first');
    await Promise.all([first, second]);
    expect(mutation.value).to.equal('second');
    expect(completed).to.deep.equal(['second']);
  });

  it('verifies a lost answer with the same key on the schedule, then completes', async () => {
    const { mutation, calls, host, completed } = setup({ verify: [5, 5] });
    const done = mutation.run({ amount: 1 });
    calls[0]!.reject(new AdapterError('timeout', 'No answer.'));
    await until(() => calls.length === 2, 'the first check');
    expect(mutation.status).to.equal('verifying');
    calls[1]!.resolve('applied');
    await done;
    expect(host.seen).to.deep.equal(['pending', 'verifying', 'complete']);
    expect(calls.map((c) => c.context.attempt)).to.deep.equal([0, 1]);
    expect(calls[1]!.context.idempotencyKey).to.equal(calls[0]!.context.idempotencyKey);
    expect(completed).to.deep.equal(['applied']);
  });

  it('still unknown after the schedule: an unknown failure, and a retry asks with the same key', async () => {
    const { mutation, calls, failed } = setup({ verify: () => [1] });
    void mutation.run({ amount: 1 });
    calls[0]!.reject(new AdapterError('network', 'Offline.'));
    await until(() => calls.length === 2, 'the check');
    calls[1]!.reject(new AdapterError('network', 'Offline.'));
    await until(() => mutation.status === 'error', 'the unknown outcome');
    expect(mutation.failure!.kind).to.equal('unknown');
    expect(failed).to.have.length(1);
    void mutation.run({ amount: 1 });
    expect(calls[2]!.context.idempotencyKey).to.equal(calls[0]!.context.idempotencyKey);
  });

  it('without a schedule a lost answer is unknown at once', async () => {
    const { mutation, calls } = setup();
    void mutation.run({ amount: 1 });
    calls[0]!.reject(new AdapterError('timeout', 'No answer.'));
    await until(() => mutation.status === 'error', 'the failure');
    expect(calls).to.have.length(1);
    expect(mutation.failure!.kind).to.equal('unknown');
  });

  it('classify turns answers into outcomes: pending is checked again, failed is a failure', async () => {
    const { mutation, calls } = setup({
      verify: [1],
      classify: (v) =>
        v === 'pending'
          ? 'unknown'
          : v === 'failed'
            ? new AdapterError('payment_failed', 'Declined.', { reasonCode: 'card_declined' })
            : 'complete',
    });
    void mutation.run({ amount: 1 });
    calls[0]!.resolve('pending');
    await until(() => calls.length === 2, 'the check');
    expect(mutation.status).to.equal('verifying');
    calls[1]!.resolve('failed');
    await until(() => mutation.status === 'error', 'the failure');
    expect(mutation.failure!.kind).to.equal('payment_failed');
    expect(mutation.failure!.error.reasonCode).to.equal('card_declined');
  });

  it('classifies each adapter error once', () => {
    const kind = (e: AdapterError) => classifyFailure(e).kind;
    const validation = classifyFailure(
      new AdapterError('validation', 'Bad.', { fieldErrors: { amount: 'Too small.' } }),
    );
    expect(validation.kind).to.equal('validation');
    expect(validation.fieldErrors).to.deep.equal({ amount: 'Too small.' });
    expect(kind(new AdapterError('forbidden', 'No.'))).to.equal('forbidden');
    expect(kind(new AdapterError('conflict', 'Changed.'))).to.equal('conflict');
    expect(kind(new AdapterError('payment_failed', 'Declined.'))).to.equal('payment_failed');
    for (const code of [
      'timeout',
      'network',
      'unavailable',
      'invalid_response',
      'adapter_failed',
    ] as const) {
      expect(kind(new AdapterError(code, 'Lost.')), code).to.equal('unknown');
    }
    for (const code of ['rate_limited', 'unauthorized', 'not_found'] as const) {
      expect(kind(new AdapterError(code, 'No.')), code).to.equal('other');
    }
    expect(classifyFailure(new AdapterError('forbidden', 'No.')).fieldErrors).to.deep.equal({});
  });

  it('renders the template of the current status; verifying falls back to pending', async () => {
    const { mutation, calls } = setup({ verify: [50] });
    const view = () =>
      mutation.render({
        idle: () => 'idle',
        pending: () => 'pending',
        complete: (v) => `done ${v}`,
        error: (f) => `error ${f.kind}`,
      });
    expect(view()).to.equal('idle');
    void mutation.run({ amount: 1 });
    expect(view()).to.equal('pending');
    calls[0]!.reject(new AdapterError('network', 'Lost.'));
    await until(() => mutation.status === 'verifying', 'verifying');
    expect(view()).to.equal('pending');
    expect(mutation.render({ verifying: () => 'verifying' })).to.equal('verifying');
    mutation.abort();
    expect(view()).to.equal('idle');
    void mutation.run({ amount: 1 });
    calls[1]!.reject(new AdapterError('conflict', 'Changed.'));
    await until(() => mutation.status === 'error', 'the error');
    expect(view()).to.equal('error conflict');
    expect(mutation.render({})).to.equal(undefined);
  });

  it('disconnecting the host aborts the run and ignores its answer', async () => {
    const { mutation, calls, host, completed } = setup();
    const done = mutation.run({ amount: 1 });
    host.disconnect();
    expect(calls[0]!.context.signal.aborted).to.equal(true);
    expect(mutation.status).to.equal('idle');
    calls[0]!.resolve('late');
    await done;
    expect(completed).to.deep.equal([]);
    expect(mutation.status).to.equal('idle');
  });

  it('an aborted task that says so goes back to idle without an error', async () => {
    const { mutation, calls, failed } = setup();
    const done = mutation.run({ amount: 1 });
    calls[0]!.reject(new DOMException('Stopped.', 'AbortError'));
    await done;
    expect(mutation.status).to.equal('idle');
    expect(failed).to.have.length(0);
  });
});
