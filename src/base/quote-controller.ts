import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AdapterError } from '../adapter/errors.js';
import { toAdapterError } from '../adapter/errors.js';
import { canonical } from '../adapter/canonical.js';

/** `idle`: nothing to quote; `pending`: waiting for the input to settle or for the answer. */
export type QuoteStatus = 'idle' | 'pending' | 'complete' | 'error';

export interface QuoteControllerOptions<A, R> {
  /** Asks for the quote, usually one client read: `client.quoteTopUp(args, { signal })`. */
  task: (args: A, options: { signal: AbortSignal }) => Promise<R>;
  /**
   * What to quote, read before every host update; `null` or `undefined` when there is nothing
   * to quote (no amount yet, or the adapter cannot quote).
   */
  args: () => A | null | undefined;
  /** What makes two inputs the same quote (default: their JSON with sorted keys). */
  fingerprint?: (args: A) => string;
  /** How long the input must stay still before asking (ms, default 250). */
  debounce?: number;
  /**
   * The fields of the input a refusal can name (`refusal`), e.g. `['amount']`; a validation
   * error naming none of them (or another) is an error like any other. Default: any field.
   */
  fields?: readonly string[];
}

/**
 * A price shown before the user confirms (the top-up fee, the prorated amount of a plan change):
 * asked again whenever the input changes, after it has stayed still for `debounce` ms; a newer
 * input aborts the older request, and an answer for an input no longer on screen is never
 * shown. `flush()` asks at once (the user pressed Continue); `retry()` asks again after an error.
 */
export class QuoteController<A, R> implements ReactiveController {
  #host: ReactiveControllerHost;
  #options: QuoteControllerOptions<A, R>;
  #status: QuoteStatus = 'idle';
  #value: R | undefined;
  #error: AdapterError | undefined;
  #print: string | undefined;
  #args: A | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;

  constructor(host: ReactiveControllerHost, options: QuoteControllerOptions<A, R>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get status(): QuoteStatus {
    return this.#status;
  }

  /** The quote for exactly the input on screen, once it has arrived. */
  get value(): R | undefined {
    return this.#value;
  }

  /** Why the quote for the input on screen failed. */
  get error(): AdapterError | undefined {
    return this.#error;
  }

  /**
   * The hub's reasons, by field, when it refused the input itself (a `validation` error naming
   * one of `fields`; `amount.currency` counts as `amount`).
   */
  get refusal(): Readonly<Record<string, string>> | undefined {
    const named = this.#error?.code === 'validation' ? this.#error.fieldErrors : {};
    const reasons: Record<string, string> = {};
    for (const [name, reason] of Object.entries(named)) {
      const field = name.split('.')[0]!;
      if (!this.#options.fields || this.#options.fields.includes(field)) reasons[field] ??= reason;
    }
    return Object.keys(reasons).length ? reasons : undefined;
  }

  /** Asks now for the input on screen if a request is waiting on the debounce or failed. */
  flush(): void {
    this.#sync();
    if (this.#args === undefined) return;
    if (this.#timer !== undefined || this.#status === 'error') void this.#fetch();
  }

  /** Asks again for the input on screen. */
  retry(): void {
    this.#sync();
    if (this.#args !== undefined) void this.#fetch();
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#stop();
    this.#print = undefined;
    this.#args = undefined;
  }

  /** Compares the input with the one being quoted; a change starts a new, debounced request. */
  #sync(): void {
    const args = this.#options.args() ?? undefined;
    const print = args === undefined ? undefined : (this.#options.fingerprint ?? canonical)(args);
    if (print === this.#print) return;
    this.#stop();
    this.#print = print;
    this.#args = args;
    this.#value = undefined;
    this.#error = undefined;
    if (args === undefined) {
      this.#set('idle');
      return;
    }
    this.#set('pending');
    this.#timer = setTimeout(() => void this.#fetch(), this.#options.debounce ?? 250);
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#controller?.abort();
    this.#controller = undefined;
  }

  async #fetch(): Promise<void> {
    const args = this.#args;
    if (args === undefined) return;
    this.#stop();
    const controller = new AbortController();
    this.#controller = controller;
    this.#error = undefined;
    this.#set('pending');
    try {
      const value = await this.#options.task(args, { signal: controller.signal });
      if (this.#controller !== controller) return;
      this.#value = value;
      this.#set('complete');
    } catch (error) {
      if (this.#controller !== controller) return;
      this.#error = toAdapterError(error);
      this.#set('error');
    } finally {
      if (this.#controller === controller) this.#controller = undefined;
    }
  }

  #set(status: QuoteStatus): void {
    this.#status = status;
    this.#host.requestUpdate();
  }
}
