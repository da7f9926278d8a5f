import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonical } from '../adapter/canonical.js';
import { AdapterError, REFUSALS, toAdapterError } from '../adapter/errors.js';
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
 * - `unknown` — no answer the hub gave: the mutation may or may not have been applied (timeout,
 *   network, unreadable reply, an adapter that threw its own error). Retrying with `run()` on
 *   the same payload asks again with the same key;
 * - `other` — the hub refused it otherwise (session expired, rate limited, not found…): nothing
 *   was applied.
 */
export type MutationFailureKind =
  'validation' | 'forbidden' | 'conflict' | 'payment_failed' | 'unknown' | 'other';

export interface MutationFailure {
  readonly kind: MutationFailureKind;
  readonly error: AdapterError;
  /** Per-field messages of a `validation` failure (empty otherwise). */
  readonly fieldErrors: Readonly<Record<string, string>>;
}

/** How the person is told of a refusal (`REFUSALS`); any other refusal is `other`. */
const KINDS: Readonly<Partial<Record<AdapterError['code'], MutationFailureKind>>> = {
  validation: 'validation',
  forbidden: 'forbidden',
  conflict: 'conflict',
  payment_failed: 'payment_failed',
};

/**
 * A failed run, told by the hub's refusals (`REFUSALS`: nothing was applied) and a run the
 * caller gave up on (`aborted`) from an unknown outcome (anything else after sending).
 */
export function classifyFailure(error: AdapterError): MutationFailure {
  const refused = REFUSALS.has(error.code) || error.code === 'aborted';
  const kind = refused ? (KINDS[error.code] ?? 'other') : 'unknown';
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
  /** Called when a run starts checking a lost answer (once per run, before the first check). */
  onVerify?: (payload: P) => void;
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
  #host: ReactiveControllerHost;
  #options: MutationControllerOptions<P, R>;
  #status: MutationStatus = 'idle';
  #value: R | undefined;
  #failure: MutationFailure | undefined;
  /** The idempotency key and the fingerprint it belongs to. */
  #key: [string, string] | undefined;
  /** The run in flight and the fingerprint of its payload. */
  #running: [Promise<void>, string] | undefined;
  #controller: AbortController | undefined;
  #payload: P | undefined;
  /** The key's mutation was sent and may have been applied: no answer of the hub says otherwise. */
  #unsettled = false;
  /** A run was out when the host left the page: asked again if it is back in the same task. */
  #resume = false;

  constructor(host: ReactiveControllerHost, options: MutationControllerOptions<P, R>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get status(): MutationStatus {
    return this.#status;
  }

  /** The answer of the last completed run. */
  get value(): R | undefined {
    return this.#value;
  }

  /** Why the last run failed, while `status` is `error`. */
  get failure(): MutationFailure | undefined {
    return this.#failure;
  }

  /**
   * The failure of the latest run while `payload` is the same mutation (same fingerprint):
   * shown beside a form only while it still holds what failed.
   */
  failureFor(payload: P | null | undefined): MutationFailure | undefined {
    return payload != null &&
      this.#payload !== undefined &&
      this.#print(payload) === this.#print(this.#payload)
      ? this.#failure
      : undefined;
  }

  /** The payload of the latest run. */
  get payload(): P | undefined {
    return this.#payload;
  }

  /** The idempotency key the next run of the same payload will reuse, if there is one. */
  get idempotencyKey(): string | undefined {
    return this.#key?.[0];
  }

  /** A request is out or being verified. */
  get inFlight(): boolean {
    return this.#status === 'pending' || this.#status === 'verifying';
  }

  /**
   * Sends `payload`. Resolves when this run has an outcome (or was superseded); never rejects:
   * read `status`, or use `onComplete` / `onError`.
   */
  run(payload: P): Promise<void> {
    const print = this.#print(payload);
    if (this.#running?.[1] === print) return this.#running[0];
    this.#controller?.abort();
    if (this.#key?.[1] !== print) this.#key = [createIdempotencyKey(), print];
    const controller = (this.#controller = new AbortController());
    this.#payload = payload;
    const running: Promise<void> = this.#perform(payload, this.#key[0], controller).finally(() => {
      if (this.#running?.[0] === running) this.#running = undefined;
    });
    this.#running = [running, print];
    return running;
  }

  /**
   * Stops the run in flight (its answer is ignored) and goes back to `idle`, keeping the key: its
   * outcome stays unknown, so a `reset()` keeps the key too.
   */
  abort(): void {
    this.#controller?.abort();
    this.#controller = this.#running = undefined;
    if (this.inFlight) this.#set('idle');
  }

  /**
   * Forgets everything, the key included: the next run is a new logical mutation — unless the
   * last run's outcome is not known (still out, being verified, let go by `abort()` or a
   * disconnect, or its answer lost for good). Then the key of that payload stays: sent again (a
   * dialog reopened, the same amount and card), it is the same change, which the hub replays
   * instead of charging twice.
   */
  reset(): void {
    this.#forget(this.#unsettled);
  }

  #forget(keepKey: boolean): void {
    this.abort();
    this.#resume = false;
    if (!keepKey) {
      this.#key = undefined;
      this.#unsettled = false;
    }
    this.#payload = this.#value = this.#failure = undefined;
    this.#set('idle');
  }

  /** Renders the template for the current status; a missing one renders `undefined`. */
  render<T>(renderers: MutationRenderers<R, T>): T | undefined {
    const status = this.#status;
    if (status === 'complete') return renderers.complete?.(this.#value as R);
    if (status === 'error') return renderers.error?.(this.#failure!);
    return (renderers[status] ?? (status === 'verifying' ? renderers.pending : undefined))?.();
  }

  hostConnected(): void {
    // Moved in the page mid-run (back in the same task): the same request again, which the hub
    // replays if it landed. Back later, nothing is sent by itself: the key is kept for the
    // person's next try of the same change.
    if (this.#resume) void this.run(this.#payload as P);
    this.#resume = false;
  }

  hostDisconnected(): void {
    this.#resume = this.inFlight;
    this.abort();
    setTimeout(() => {
      if (!this.#resume) return;
      // Still away after the task: its outcome is unknown, and says so when the host is back.
      this.#resume = false;
      this.#failure = classifyFailure(
        new AdapterError('unavailable', 'The page was left before the hub answered.'),
      );
      this.#set('error');
    });
  }

  /** Another partner account: a change for the old one is aborted and forgotten. */
  hostScopeChanged(anotherHub = false): void {
    // Its key belongs to the old account: nothing of it is kept (and of another hub, never).
    if (anotherHub || !this.#options.keepOnScopeChange) this.#forget(false);
  }

  #print(payload: P): string {
    return (this.#options.fingerprint ?? canonical)(payload);
  }

  async #perform(payload: P, key: string, controller: AbortController): Promise<void> {
    const { signal } = controller;
    const { task, verify, classify, onVerify, onComplete, onError } = this.#options;
    const schedule = (typeof verify === 'function' ? verify() : verify) ?? [];
    // The answer's callbacks run in the host's language (they come after an `await`).
    const host = this.#host as ReactiveControllerHost & { inOwnWords?(fn: () => void): void };
    const inHostWords = (fn: () => void) => (host.inOwnWords ? host.inOwnWords(fn) : fn());
    this.#failure = undefined;
    this.#unsettled = true;
    this.#set('pending');
    for (let attempt = 0; ; attempt++) {
      let outcome: 'complete' | 'unknown' | AdapterError;
      let value: R | undefined;
      try {
        value = await task(payload, { signal, idempotencyKey: key, attempt });
        outcome = classify?.(value) ?? 'complete';
      } catch (error) {
        reportFailure(host as unknown as EventTarget, (outcome = toAdapterError(error)));
      }
      if (signal.aborted || this.#controller !== controller) return;
      if (outcome === 'complete') {
        this.#value = value;
        this.#key = undefined; // done: the next run is a new mutation
        this.#unsettled = false;
        this.#set('complete');
        return inHostWords(() => onComplete?.(value as R, payload));
      }
      const failure = classifyFailure(
        outcome === 'unknown'
          ? new AdapterError('unavailable', 'The hub has not decided the outcome yet.')
          : outcome,
      );
      const delay = schedule[attempt];
      if (failure.kind !== 'unknown' || delay === undefined) {
        if (failure.error.code === 'aborted') return this.#set('idle');
        this.#unsettled = failure.kind === 'unknown';
        this.#failure = failure;
        this.#set('error');
        return inHostWords(() => onError?.(failure, payload));
      }
      if (attempt === 0) inHostWords(() => onVerify?.(payload));
      this.#set('verifying');
      // The check waits, unless the run is let go meanwhile.
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, delay);
        signal.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            resolve(undefined);
          },
          { once: true },
        );
      });
      if (signal.aborted || this.#controller !== controller) return;
    }
  }

  #set(status: MutationStatus): void {
    this.#status = status;
    this.#host.requestUpdate();
  }
}
