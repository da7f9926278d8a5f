import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonical } from '../adapter/canonical.js';
import { AdapterError, toAdapterError } from '../adapter/errors.js';
import { createIdempotencyKey } from '../client/client.js';
import { reportFailure } from './error-event.js';
import type { ScopeAware } from './scope.js';

/**
 * Where a mutation stands:
 *
 * - `idle` — nothing sent yet (or `reset()` since);
 * - `pending` — the request is out;
 * - `verifying` — the answer was lost (timeout, network, a reply that could not be read) and the
 *   controller is asking again with the same idempotency key, on the verify schedule;
 * - `complete` — the hub said it is done; `value` holds its answer;
 * - `error` — it failed, or its outcome is still unknown after the checks; `failure` says which.
 */
export type MutationStatus = 'idle' | 'pending' | 'verifying' | 'complete' | 'error';

/**
 * What a failure means to the person who asked, decided once here so every widget words it the
 * same way:
 *
 * - `validation` — the hub refused the input; `fieldErrors` name the fields;
 * - `forbidden` — the user's role does not allow it;
 * - `conflict` — the data changed under the user (someone else edited, a last owner);
 * - `payment_failed` — the card was refused; `error.reasonCode` and `error.message` say why;
 * - `unknown` — no answer: the mutation may or may not have been applied (timeout, network,
 *   unreadable reply). Retrying with `run()` on the same payload asks again with the same key;
 * - `other` — anything else (session expired, rate limited, not found…): nothing was applied.
 */
export type MutationFailureKind =
  'validation' | 'forbidden' | 'conflict' | 'payment_failed' | 'unknown' | 'other';

export interface MutationFailure {
  readonly kind: MutationFailureKind;
  readonly error: AdapterError;
  /** Per-field messages of a `validation` failure (empty otherwise). */
  readonly fieldErrors: Readonly<Record<string, string>>;
}

/** Adapter error codes after which a sent mutation may or may not have been applied. */
const UNKNOWN_CODES: ReadonlySet<AdapterError['code']> = new Set([
  'timeout',
  'network',
  'unavailable',
  'invalid_response',
]);

/** Classifies an adapter error once, for every mutation of the kit. */
export function classifyFailure(error: AdapterError): MutationFailure {
  const kind: MutationFailureKind = UNKNOWN_CODES.has(error.code)
    ? 'unknown'
    : error.code === 'validation' ||
        error.code === 'forbidden' ||
        error.code === 'conflict' ||
        error.code === 'payment_failed'
      ? error.code
      : 'other';
  return { kind, error, fieldErrors: kind === 'validation' ? error.fieldErrors : {} };
}

/** What one run of the mutation receives besides its payload. */
export interface MutationContext {
  /** Aborted when a newer run with another payload starts, on `reset()`/`abort()` and on disconnect. */
  readonly signal: AbortSignal;
  /** The same for every run of the same payload (retries, verification), new when it changes. */
  readonly idempotencyKey: string;
  /** 0 for the first request; 1, 2… for the checks made after a lost answer. */
  readonly attempt: number;
}

export interface MutationControllerOptions<P, R> {
  /** Sends the mutation, usually one client method: `client.topUp(payload, ctx)`. */
  task: (payload: P, context: MutationContext) => Promise<R>;
  /**
   * What makes two payloads the same logical mutation (default: their JSON with sorted keys).
   * The same fingerprint keeps the idempotency key; a different one gets a new key.
   */
  fingerprint?: (payload: P) => string;
  /**
   * For payments: how long to wait (ms) before each check with the same key after an answer was
   * lost. Without one, a lost answer is an `unknown` failure at once. A function is read at the
   * start of every run.
   */
  verify?: readonly number[] | (() => readonly number[]);
  /**
   * Reads an answer that arrived: `complete`, `unknown` (the hub has not decided yet, e.g. a
   * payment answered `pending`: checked again like a lost answer), or an error to classify (a
   * payment answered `failed`). Default: every answer is `complete`.
   */
  classify?: (value: R) => 'complete' | 'unknown' | AdapterError;
  /** Called once per run that completes (never for a superseded one). */
  onComplete?: (value: R, payload: P) => void;
  /** Called once per run that fails or stays unknown (never for a superseded or aborted one). */
  onError?: (failure: MutationFailure, payload: P) => void;
  /**
   * Keep going when the user switches partner account (default false: a switch aborts the run
   * and forgets it, like `reset()`). Only the switch itself keeps going.
   */
  keepOnScopeChange?: boolean;
}

export interface MutationRenderers<R, T> {
  idle?: () => T;
  pending?: () => T;
  /** Falls back to `pending`. */
  verifying?: () => T;
  complete?: (value: R) => T;
  error?: (failure: MutationFailure) => T;
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    }, ms);
    function abort() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener('abort', abort, { once: true });
  });
}

/**
 * One write to the hub from a widget, shaped like `@lit/task` but started by the user (`run`)
 * instead of by changed arguments:
 *
 * - `status`, `value` and `failure` for rendering, and `render({ idle, pending, verifying,
 *   complete, error })`; the host re-renders on every change;
 * - the latest call wins: a run with another payload aborts the one in flight (one
 *   `AbortController` per run) and the older answer is ignored; a run with the same payload
 *   while one is in flight joins it, so fifty clicks send one request;
 * - one idempotency key per payload fingerprint, reused by every retry and check of that
 *   payload and replaced when the payload changes or after a completed run;
 * - an optional verify schedule: after a lost answer, the same request with the same key is
 *   sent again after each delay (`verifying`), never charging twice;
 * - failures classified once (`MutationFailure`).
 *
 * A widget keeps no key, generation counter or busy flag of its own: it reads `status`.
 */
export class MutationController<P, R> implements ReactiveController, ScopeAware {
  private readonly host: ReactiveControllerHost;
  private readonly options: MutationControllerOptions<P, R>;
  private currentStatus: MutationStatus = 'idle';
  private currentValue: R | undefined;
  private currentFailure: MutationFailure | undefined;
  private key: string | undefined;
  private keyFor: string | undefined;
  private runFor: string | undefined;
  private running: Promise<void> | undefined;
  private controller: AbortController | undefined;
  private lastPayload: P | undefined;

  /** The answer's callbacks run in the host's language (they come after an `await`). */
  private inHostWords(fn: () => void): void {
    const host = this.host as Partial<{ inOwnWords(fn: () => void): void }>;
    if (host.inOwnWords) host.inOwnWords(fn);
    else fn();
  }

  constructor(host: ReactiveControllerHost, options: MutationControllerOptions<P, R>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  get status(): MutationStatus {
    return this.currentStatus;
  }

  /** The answer of the last completed run. */
  get value(): R | undefined {
    return this.currentValue;
  }

  /** Why the last run failed, while `status` is `error`. */
  get failure(): MutationFailure | undefined {
    return this.currentFailure;
  }

  /**
   * The failure of the latest run while `payload` is the same mutation (same fingerprint):
   * shown beside a form only while it still holds what failed.
   */
  failureFor(payload: P | null | undefined): MutationFailure | undefined {
    if (payload == null || this.lastPayload === undefined) return undefined;
    const print = this.options.fingerprint ?? canonical;
    return print(payload) === print(this.lastPayload) ? this.currentFailure : undefined;
  }

  /** The payload of the latest run. */
  get payload(): P | undefined {
    return this.lastPayload;
  }

  /** The idempotency key the next run of the same payload will reuse, if there is one. */
  get idempotencyKey(): string | undefined {
    return this.key;
  }

  /** A request is out or being verified. */
  get inFlight(): boolean {
    return this.currentStatus === 'pending' || this.currentStatus === 'verifying';
  }

  /**
   * Sends `payload`. Resolves when this run has an outcome (or was superseded); never rejects:
   * read `status`, or use `onComplete` / `onError`.
   */
  run(payload: P): Promise<void> {
    const print = (this.options.fingerprint ?? canonical)(payload);
    if (this.running && this.runFor === print) return this.running;
    this.controller?.abort();
    if (this.keyFor !== print || !this.key) {
      this.key = createIdempotencyKey();
      this.keyFor = print;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.runFor = print;
    this.lastPayload = payload;
    const running = this.perform(payload, this.key, controller).finally(() => {
      if (this.running === running) {
        this.running = undefined;
        this.runFor = undefined;
      }
    });
    this.running = running;
    return running;
  }

  /** Stops the run in flight (its answer is ignored) and goes back to `idle`, keeping the key. */
  abort(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.running = undefined;
    this.runFor = undefined;
    if (this.inFlight) this.setStatus('idle');
  }

  /** Forgets everything, the key included: the next run is a new logical mutation. */
  reset(): void {
    this.abort();
    this.key = undefined;
    this.keyFor = undefined;
    this.lastPayload = undefined;
    this.currentValue = undefined;
    this.currentFailure = undefined;
    this.setStatus('idle');
  }

  /** Renders the template for the current status; a missing one renders `undefined`. */
  render<T>(renderers: MutationRenderers<R, T>): T | undefined {
    switch (this.currentStatus) {
      case 'idle':
        return renderers.idle?.();
      case 'pending':
        return renderers.pending?.();
      case 'verifying':
        return (renderers.verifying ?? renderers.pending)?.();
      case 'complete':
        return renderers.complete?.(this.currentValue as R);
      default:
        return renderers.error?.(this.currentFailure!);
    }
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort();
  }

  /** Another partner account: a change for the old one is aborted and forgotten. */
  hostScopeChanged(): void {
    if (!this.options.keepOnScopeChange) this.reset();
  }

  private async perform(payload: P, key: string, controller: AbortController): Promise<void> {
    const { signal } = controller;
    const schedule =
      typeof this.options.verify === 'function'
        ? this.options.verify()
        : (this.options.verify ?? []);
    this.currentFailure = undefined;
    this.setStatus('pending');
    for (let attempt = 0; ; attempt++) {
      let outcome: 'complete' | 'unknown' | AdapterError;
      let value: R | undefined;
      try {
        value = await this.options.task(payload, { signal, idempotencyKey: key, attempt });
        outcome = this.options.classify?.(value) ?? 'complete';
      } catch (error) {
        outcome = toAdapterError(error);
        reportFailure(this.host as unknown as EventTarget, outcome);
      }
      if (signal.aborted || this.controller !== controller) return;
      if (outcome === 'complete') {
        this.currentValue = value;
        this.key = undefined; // done: the next run is a new mutation
        this.keyFor = undefined;
        this.setStatus('complete');
        this.inHostWords(() => this.options.onComplete?.(value as R, payload));
        return;
      }
      const failure = classifyFailure(
        outcome === 'unknown'
          ? new AdapterError('unavailable', 'The hub has not decided the outcome yet.')
          : outcome,
      );
      const delay = schedule[attempt];
      if (failure.kind !== 'unknown' || delay === undefined) {
        if (failure.error.code === 'aborted') return this.setStatus('idle');
        this.currentFailure = failure;
        this.setStatus('error');
        this.inHostWords(() => this.options.onError?.(failure, payload));
        return;
      }
      this.setStatus('verifying');
      try {
        await wait(delay, signal);
      } catch {
        return;
      }
      if (this.controller !== controller) return;
    }
  }

  private setStatus(status: MutationStatus): void {
    this.currentStatus = status;
    this.host.requestUpdate();
  }
}
