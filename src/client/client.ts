/**
 * PartnerHubClient: owned by the provider, shared by every widget under it.
 *
 * - One in-flight request per resource key, however many widgets ask.
 * - Stale-while-revalidate: cached data stays visible while a newer copy loads.
 * - Mutations invalidate what they touch, so every widget stays consistent by itself.
 * - Live events from the adapter update the cache.
 * - A request aborts when the last widget watching it goes away.
 * - A response older than the data already shown never overwrites it.
 * - Reads retry transient failures with jittered backoff, honouring `retryAfter` up to the
 *   longest backoff; mutations never retry by themselves (the caller retries with the same
 *   idempotency key).
 * - Nothing waits forever: every adapter call has a deadline (reads 20 s, mutations 45 s by
 *   default). The adapter gets a signal that aborts at the deadline, and the call settles with
 *   an `AdapterError` of code `timeout` then even when the adapter ignores its signal.
 *
 * No DOM and no Lit: a host can use it headless.
 */
import type {
  AdapterCapability,
  CollectPaymentMethodInput,
  InviteUserInput,
  LiveEvent,
  MutationOptions,
  PartnerHubAdapter,
  ReadOptions,
  ResourceName,
  TopUpInput,
} from '../adapter/contract.js';
import { hasCapability } from '../adapter/contract.js';
import { AdapterError, REFUSALS, toAdapterError } from '../adapter/errors.js';
import type {
  AutoRenewalUpdate,
  Balance,
  ApiKeyInput,
  IntegrationSettingsPatch,
  InvoicingDetailsPatch,
  ProfilePatch,
  Role,
  Session,
} from '../adapter/schemas.js';
import { parseOrThrow } from '../adapter/validate.js';
import type { AnySchema, ResultMethod } from '../adapter/validate.js';
import { recordFailure } from './diagnostics.js';
import type { AdapterFailure } from './diagnostics.js';
import { changeEffect, registeredSchema, requireSchema } from './results.js';
import type { Answer } from './results.js';
import { loadResource, readMethod, resourceKey } from './resources.js';
import type { ResourceParams, ResourceValue } from './resources.js';

export type ResourceStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface ResourceState<T> {
  readonly status: ResourceStatus;
  /** The latest good value; kept while revalidating and after a failed refresh. */
  readonly data: T | undefined;
  readonly error: AdapterError | undefined;
  /** Client time (ms) at which `data` arrived. */
  readonly updatedAt: number | undefined;
  /** A request for this resource is in flight. */
  readonly fetching: boolean;
}

export type ResourceListener<T> = (state: ResourceState<T>) => void;

export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  retries: number;
  /** First backoff in ms, doubled each time, with full jitter (default 300). */
  baseDelay: number;
  /** Cap of one backoff in ms (default 5000). */
  maxDelay: number;
}

/**
 * How long (ms) one adapter call may take before it settles with `AdapterError` code `timeout`.
 * `Infinity` switches a deadline off.
 */
export interface TimeoutOptions {
  /**
   * A read: one call of a resource's method, or a quote (default 20 000). A read that times
   * out is not retried by itself: its widget shows the error state with "Try again".
   */
  read: number;
  /**
   * A mutation (default 45 000). Its outcome is then unknown: the caller asks again with the
   * same idempotency key to learn whether it was applied.
   */
  mutation: number;
  /**
   * A call that waits for the person (default 900 000, 15 minutes): `collectPaymentMethod`,
   * where the host's card form is filled in and 3-D Secure passed. The person can cancel it.
   */
  interaction: number;
}

/** The deadlines used when none are given. */
export const DEFAULT_TIMEOUTS: Readonly<TimeoutOptions> = Object.freeze({
  read: 20_000,
  mutation: 45_000,
  interaction: 900_000,
});

export interface ClientOptions {
  /** How long (ms) data counts as fresh; a new watcher of older data revalidates (default 30 s). */
  staleTime?: number;
  retry?: Partial<RetryOptions>;
  /** Deadlines per adapter call (default: reads 20 s, mutations 45 s, card forms 15 min). */
  timeout?: Partial<TimeoutOptions>;
}

/** A handle on one cached resource. */
export interface Resource<T> {
  readonly key: string;
  readonly state: ResourceState<T>;
  /** Watch the state; the first watcher starts the load, the last one leaving aborts it. */
  subscribe(listener: ResourceListener<T>): () => void;
  /** Re-read now (dedupes with a request already in flight). */
  refresh(): Promise<void>;
}

/** Events the client emits for things every widget may care about. */
export interface ClientEventMap {
  /**
   * The partner account changed, or may have; every resource was dropped and is read again.
   * `partnerId` names the account now open, or is `undefined` when a switch's answer was lost
   * (timed out, aborted, failed without the hub refusing it): the session is then read again
   * first, and says which account the hub has open.
   */
  'scope-change': { partnerId: string | undefined };
  /** A mutation completed. */
  mutation: { method: string };
  /**
   * An adapter call failed (once per failure, however many widgets watch the resource; never
   * for an abort). The elements turn it into a `ph-error` event.
   */
  failure: AdapterFailure;
}

/** The state of a resource nothing has read yet. */
export const IDLE: ResourceState<never> = Object.freeze({
  status: 'idle',
  data: undefined,
  error: undefined,
  updatedAt: undefined,
  fetching: false,
});

interface Entry {
  key: string;
  name: ResourceName;
  params: unknown;
  state: ResourceState<unknown>;
  listeners: Set<ResourceListener<unknown>>;
  inflight: { controller: AbortController; promise: Promise<void>; seq: number } | undefined;
  /** Sequence number of the request (or live update) whose data is shown. */
  appliedSeq: number;
  stale: boolean;
}

let seqCounter = 0;

export class PartnerHubClient {
  /**
   * The adapter as given. Every answer is parsed at the seam, against the schema the page's
   * elements registered for its method (`registerResultSchemas`); a method with none
   * registered is refused before the adapter is called.
   */
  readonly #adapter: PartnerHubAdapter;
  readonly #entries = new Map<string, Entry>();
  readonly #staleTime: number;
  readonly #retry: RetryOptions;
  #timeouts: TimeoutOptions;
  readonly #eventTarget = new EventTarget();
  #unsubscribeLive: (() => void) | undefined;
  #liveGeneration = 0;
  /** How many partner-account switches were asked for: a late answer of an older one is not taken. */
  #switches = 0;
  #disposed = false;
  #locale: string | undefined;

  constructor(adapter: PartnerHubAdapter, options: ClientOptions = {}) {
    this.#adapter = adapter;
    this.#staleTime = options.staleTime ?? 30_000;
    this.#retry = { retries: 2, baseDelay: 300, maxDelay: 5_000, ...options.retry };
    this.#timeouts = { ...DEFAULT_TIMEOUTS };
    this.setTimeouts(options.timeout ?? {});
    this.#listen();
  }

  /**
   * Subscribes to live events; a listener of an earlier subscription is never heard again. A
   * `subscribe` that throws is reported, and the elements go on without live events.
   */
  #listen(): void {
    const generation = ++this.#liveGeneration;
    try {
      this.#unsubscribeLive = this.#adapter.subscribe?.((event) => {
        if (generation === this.#liveGeneration) this.#handleLiveEvent(event);
      });
    } catch (error) {
      this.#report(toAdapterError(error, 'subscribe'), { method: 'subscribe' });
    }
  }

  /** The deadlines in force (ms). */
  /** The adapter this client reads through (another adapter is another hub). */
  get adapter(): PartnerHubAdapter {
    return this.#adapter;
  }

  get timeout(): Readonly<TimeoutOptions> {
    return { ...this.#timeouts };
  }

  /**
   * Changes the deadlines for calls that start from now on; a value left out keeps its current
   * setting. A value that is not a positive number is ignored.
   */
  setTimeouts(timeouts: Partial<TimeoutOptions>): void {
    for (const kind of Object.keys(DEFAULT_TIMEOUTS) as (keyof TimeoutOptions)[]) {
      const value = timeouts[kind];
      if (typeof value === 'number' && value > 0) this.#timeouts[kind] = value;
    }
  }

  /**
   * The language the elements speak, passed to every adapter call (`options.locale`) so an
   * adapter may answer in it. A change reads again what was read in the old language.
   */
  get locale(): string | undefined {
    return this.#locale;
  }

  set locale(locale: string | undefined) {
    if (locale === this.#locale) return;
    this.#locale = locale;
    this.#invalidateWhere(() => true);
  }

  /** Whether the adapter offers an optional method. */
  can(capability: AdapterCapability): boolean {
    return hasCapability(this.#adapter, capability);
  }

  /** A handle on a resource; parameterless resources take no second argument. */
  resource<N extends ResourceName>(
    name: N,
    ...params: ResourceParams<N> extends void ? [] : [ResourceParams<N>]
  ): Resource<ResourceValue<N>> {
    const entry = this.#entry(name, params[0]);
    return {
      key: entry.key,
      get state() {
        return entry.state as ResourceState<ResourceValue<N>>;
      },
      subscribe: (listener) => this.#watch(entry, listener as ResourceListener<unknown>),
      refresh: () => this.#load(entry, true),
    };
  }

  /** Reads a resource once (from cache when fresh), without watching it. */
  async read<N extends ResourceName>(
    name: N,
    ...params: ResourceParams<N> extends void ? [] : [ResourceParams<N>]
  ): Promise<ResourceValue<N>> {
    const entry = this.#entry(name, params[0]);
    if (!this.#isFresh(entry)) await this.#load(entry, false);
    if (entry.state.status === 'error' && entry.state.data === undefined) throw entry.state.error;
    return entry.state.data as ResourceValue<N>;
  }

  /** Marks resources out of date; those being watched are read again at once. */
  invalidate(...names: ResourceName[]): void {
    this.#invalidateWhere((name) => names.includes(name));
  }

  #invalidateWhere(outdated: (name: ResourceName) => boolean): void {
    for (const entry of this.#entries.values()) {
      if (!outdated(entry.name)) continue;
      entry.stale = true;
      if (entry.listeners.size > 0) {
        // A request started before the change may carry old data: start a newer one.
        this.#abortInflight(entry);
        void this.#load(entry, true);
      }
    }
  }

  addEventListener<K extends keyof ClientEventMap>(
    type: K,
    listener: (event: CustomEvent<ClientEventMap[K]>) => void,
  ): () => void {
    const handler = listener as (event: Event) => void;
    this.#eventTarget.addEventListener(type, handler);
    return () => this.#eventTarget.removeEventListener(type, handler);
  }

  /**
   * Closes the live stream until `resume()` (a provider taken out of the page keeps no
   * connection open). The cache stays, marked stale: what changed meanwhile is read again.
   */
  suspend(): void {
    this.#liveGeneration++;
    this.#unsubscribeLive?.();
    this.#unsubscribeLive = undefined;
    for (const entry of this.#entries.values()) entry.stale = true;
  }

  /** Opens the live stream again after `suspend()`; does nothing once disposed. */
  resume(): void {
    if (!this.#disposed && !this.#unsubscribeLive) this.#listen();
  }

  /** Stops live updates and aborts everything in flight. */
  dispose(): void {
    this.#disposed = true;
    this.#unsubscribeLive?.();
    this.#unsubscribeLive = undefined;
    for (const entry of this.#entries.values()) this.#abortInflight(entry);
  }

  // ── mutations ──────────────────────────────────────────────────────────────────────────

  topUp(input: TopUpInput, options: MutationOptions) {
    return this.#mutate('topUp', options, [input]);
  }

  quoteTopUp(input: TopUpInput, options: ReadOptions = {}) {
    return this.#call('quoteTopUp', 'read', options, [input]);
  }

  updateAutoRenewal(settings: AutoRenewalUpdate, options: MutationOptions) {
    return this.#mutate('updateAutoRenewal', options, [settings]);
  }

  payInvoice(id: string, input: { paymentMethodId: string }, options: MutationOptions) {
    return this.#mutate('payInvoice', options, [id, input]);
  }

  getInvoicePdf(id: string, options: ReadOptions = {}) {
    return this.#call('getInvoicePdf', 'read', options, [id]);
  }

  updateInvoicingDetails(patch: InvoicingDetailsPatch, options: MutationOptions) {
    return this.#mutate('updateInvoicingDetails', options, [patch]);
  }

  setDefaultPaymentMethod(id: string, options: MutationOptions) {
    return this.#mutate('setDefaultPaymentMethod', options, [id]);
  }

  removePaymentMethod(id: string, options: MutationOptions) {
    return this.#mutate('removePaymentMethod', options, [id]);
  }

  /** Runs under the `interaction` deadline: a person is filling in the host's card form. */
  collectPaymentMethod(input: CollectPaymentMethodInput, options: MutationOptions) {
    return this.#mutate('collectPaymentMethod', options, [input], 'interaction');
  }

  quotePlanChange(planId: string, options: ReadOptions = {}) {
    return this.#call('quotePlanChange', 'read', options, [planId]);
  }

  changePlan(planId: string, options: MutationOptions) {
    return this.#mutate('changePlan', options, [planId]);
  }

  cancelPlan(options: MutationOptions) {
    return this.#mutate('cancelPlan', options, []);
  }

  inviteUser(input: InviteUserInput, options: MutationOptions) {
    return this.#mutate('inviteUser', options, [input]);
  }

  updateUserRole(id: string, role: Role, options: MutationOptions) {
    return this.#mutate('updateUserRole', options, [id, role]);
  }

  removeUser(id: string, options: MutationOptions) {
    return this.#mutate('removeUser', options, [id]);
  }

  resendInvitation(id: string, options: MutationOptions) {
    return this.#mutate('resendInvitation', options, [id]);
  }

  revokeInvitation(id: string, options: MutationOptions) {
    return this.#mutate('revokeInvitation', options, [id]);
  }

  updateIntegrationSettings(patch: IntegrationSettingsPatch, options: MutationOptions) {
    return this.#mutate('updateIntegrationSettings', options, [patch]);
  }

  sendTestWebhook(options: MutationOptions) {
    return this.#mutate('sendTestWebhook', options, []);
  }

  createApiKey(input: ApiKeyInput, options: MutationOptions) {
    return this.#mutate('createApiKey', options, [input]);
  }

  revokeApiKey(id: string, options: MutationOptions) {
    return this.#mutate('revokeApiKey', options, [id]);
  }

  updateProfile(patch: ProfilePatch, options: MutationOptions) {
    return this.#mutate('updateProfile', options, [patch]);
  }

  uploadLogo(file: Blob, options: MutationOptions) {
    return this.#mutate('uploadLogo', options, [file]);
  }

  /**
   * Switches the partner account: every request in flight is aborted, every cached resource is
   * dropped (its watchers see it loading at once, in the same task) and read again, the live
   * stream is opened anew for the new account, and `scope-change` tells the elements, which let
   * go of their own changes in flight and rows of the old account.
   *
   * A switch whose answer is lost (a timeout, an abort after it was sent, a failure other than
   * the hub refusing it) may have been made: the same happens at once without knowing the new
   * account (`scope-change` with no `partnerId`), the session read again first says which one
   * is open. Its answer, if it comes after all, is then taken as a switch's answer; an older
   * switch's late answer, after a newer switch was asked for, only has the session read again.
   */
  async switchPartnerAccount(id: string, options: MutationOptions) {
    const switchNo = ++this.#switches;
    // Aborted before it is sent: nothing reaches the hub.
    const sent = !options.signal?.aborted;
    const late = (outcome: Late<'switchPartnerAccount'>) => {
      // Its scope was changed when it was given up on; a disposed client has no scope.
      if ('error' in outcome || this.#disposed) return;
      // Open already (the session read again, or a retry with its key, said so): nothing to do.
      const open = this.#entries.get('session')?.state.data as Session | undefined;
      if (open?.partner.id === outcome.answer.partner.id) return;
      this.#changeScope(switchNo === this.#switches ? outcome.answer : undefined);
    };
    let session: Session;
    try {
      session = await this.#call('switchPartnerAccount', 'mutation', options, [id], late);
    } catch (error) {
      const code = (error as AdapterError).code;
      if (sent && !this.#disposed && !REFUSALS.has(code)) {
        // A caller that gave up may ask again at once with the same key (its element moved in
        // the page): only when no newer switch followed in that task is the outcome unknown.
        if (code !== 'aborted') this.#changeScope(undefined);
        else setTimeout(() => switchNo === this.#switches && this.#changeScope(undefined));
      }
      throw error;
    }
    this.#changeScope(session);
    return session;
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────

  /**
   * Another partner account is open (`session`), or may be (`undefined`, a switch's answer
   * lost): drops every cached resource, opens the live stream anew, says `scope-change`, then
   * reads again what is watched, once the watchers have the session (read again first when not
   * known).
   */
  #changeScope(session: Session | undefined): void {
    for (const entry of this.#entries.values()) {
      this.#abortInflight(entry);
      entry.appliedSeq = ++seqCounter;
      this.#setState(entry, { ...IDLE });
    }
    const current = this.#entry('session', undefined);
    if (session) this.#setData(current, session, ++seqCounter);
    // A live stream opened for the old account would keep pushing its balances: open anew
    // (a disposed client has none).
    if (this.#unsubscribeLive) {
      this.#unsubscribeLive();
      this.#listen();
    }
    this.#emit('scope-change', { partnerId: session?.partner.id });
    // Everything but the session was dropped above. What is still watched is read again a task
    // after the session is known, once the watchers have seen it: a widget that reads nothing
    // for this account (billing on a client-paid one, an owner's list for a member) lets go
    // first, so the hub is not asked for what it would refuse. A watcher that subscribes
    // meanwhile starts its own read (then in flight or fresh, and not read twice).
    const reread = () => {
      for (const entry of this.#entries.values())
        if (entry.listeners.size) void this.#load(entry, false);
    };
    if (session) setTimeout(reread);
    else void this.#load(current, true).then(() => setTimeout(reread));
  }

  #entry(name: ResourceName, params: unknown): Entry {
    const key = resourceKey(name, params);
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = {
        key,
        name,
        params,
        state: IDLE,
        listeners: new Set(),
        inflight: undefined,
        appliedSeq: 0,
        stale: true,
      };
      this.#entries.set(key, entry);
    }
    return entry;
  }

  #isFresh(entry: Entry): boolean {
    const { updatedAt } = entry.state;
    return !entry.stale && updatedAt !== undefined && Date.now() - updatedAt < this.#staleTime;
  }

  #watch(entry: Entry, listener: ResourceListener<unknown>): () => void {
    entry.listeners.add(listener);
    if (!this.#isFresh(entry) && !entry.inflight) void this.#load(entry, false);
    return () => {
      entry.listeners.delete(listener);
      // Deferred, so moving an element in the DOM (disconnect + connect) keeps its request.
      queueMicrotask(() => {
        if (entry.listeners.size === 0) this.#abortInflight(entry);
      });
    };
  }

  #abortInflight(entry: Entry): void {
    if (!entry.inflight) return;
    entry.inflight.controller.abort();
    entry.inflight = undefined;
    const { status, fetching } = entry.state;
    if (fetching || status === 'loading') {
      this.#setState(entry, {
        ...entry.state,
        fetching: false,
        status: status === 'loading' ? 'idle' : status,
      });
    }
  }

  #load(entry: Entry, force: boolean): Promise<void> {
    if (this.#disposed) return Promise.resolve();
    if (entry.inflight) return entry.inflight.promise;
    if (!force && this.#isFresh(entry)) return Promise.resolve();
    const controller = new AbortController();
    const seq = ++seqCounter;
    const locale = this.#locale;
    const promise = this.#fetchWithRetry(entry, controller.signal).then(
      (data) => {
        if (entry.inflight?.seq === seq) entry.inflight = undefined;
        if (controller.signal.aborted || seq < entry.appliedSeq) return; // stale response
        this.#setData(entry, data, seq);
        // Read in a language the elements no longer speak: shown, but read again when asked.
        if (locale !== this.#locale) entry.stale = true;
      },
      (error: unknown) => {
        if (entry.inflight?.seq === seq) entry.inflight = undefined;
        if (controller.signal.aborted || seq < entry.appliedSeq) return;
        const adapterError = toAdapterError(error, readMethod(entry.name));
        this.#report(adapterError, { method: readMethod(entry.name), resource: entry.name });
        this.#setState(entry, {
          ...entry.state,
          status: 'error',
          error: adapterError,
          fetching: false,
        });
      },
    );
    entry.inflight = { controller, promise, seq };
    this.#setState(entry, {
      ...entry.state,
      status: entry.state.data === undefined ? 'loading' : entry.state.status,
      fetching: true,
    });
    return promise;
  }

  async #fetchWithRetry(entry: Entry, signal: AbortSignal): Promise<unknown> {
    const method = readMethod(entry.name);
    if (typeof this.#adapter[method] !== 'function') throw unsupported(method);
    const schema = requireSchema(method);
    for (let attempt = 0; ; attempt++) {
      try {
        const value = await withDeadline(method, this.#timeouts.read, signal, (deadline) =>
          loadResource(this.#adapter, entry.name, entry.params, this.#options(deadline)),
        );
        return parsed(schema, value, method);
      } catch (thrown) {
        const error = toAdapterError(thrown, method);
        // A read that used up its whole deadline is not tried again behind the user's back:
        // the widget says so and offers "Try again".
        const retry = error.transient && error.code !== 'timeout';
        if (signal.aborted || !retry || attempt >= this.#retry.retries) throw error;
        await sleep(this.#backoff(attempt, error), signal);
      }
    }
  }

  /** The wait before retry `attempt`: the server's `Retry-After`, else jittered backoff; never over `maxDelay`. */
  #backoff(attempt: number, error: AdapterError): number {
    if (error.retryAfter !== undefined && Number.isFinite(error.retryAfter)) {
      return Math.min(Math.max(0, error.retryAfter * 1000), this.#retry.maxDelay);
    }
    const cap = Math.min(this.#retry.maxDelay, this.#retry.baseDelay * 2 ** attempt);
    return cap / 2 + Math.random() * (cap / 2);
  }

  #setData(entry: Entry, data: unknown, seq: number): void {
    entry.appliedSeq = seq;
    entry.stale = false;
    this.#setState(entry, {
      status: 'ready',
      data,
      error: undefined,
      updatedAt: Date.now(),
      fetching: entry.inflight !== undefined,
    });
  }

  #setState(entry: Entry, state: ResourceState<unknown>): void {
    entry.state = Object.freeze(state);
    for (const listener of [...entry.listeners]) listener(entry.state);
  }

  #handleLiveEvent(event: LiveEvent): void {
    if (this.#disposed) return;
    // Balances carried by the event are checked like a read's (registered with the balances
    // read: a page that reads no balances has nothing to update and just invalidates).
    const schema = event.resource === 'balances' ? registeredSchema('getBalances') : undefined;
    if (schema && event.data !== undefined) {
      let balances: Balance[];
      try {
        balances = parseOrThrow(schema, event.data, 'subscribe') as Balance[];
      } catch (error) {
        this.#report(toAdapterError(error), { method: 'subscribe', resource: 'balances' });
        this.invalidate('balances');
        return;
      }
      const entry = this.#entry('balances', undefined);
      this.#abortInflight(entry);
      this.#setData(entry, balances, ++seqCounter);
      return;
    }
    this.invalidate(event.resource);
  }

  /** Replaces a cached resource's data with `next(data)`, when it holds data. */
  #update(name: ResourceName, next: (data: never) => unknown): void {
    const entry = this.#entries.get(name);
    const data = entry?.state.data;
    if (entry && data !== undefined) this.#setData(entry, next(data as never), ++seqCounter);
  }

  /**
   * Runs a mutation once (never retried here: the caller retries with the same key), puts what
   * it returned into the cache, then re-reads everything it may have changed: what its
   * registered effect names (`registerChangeEffects`), else every resource.
   */
  async #mutate<M extends ResultMethod>(
    method: M,
    options: MutationOptions,
    args: readonly unknown[],
    deadline: 'mutation' | 'interaction' = 'mutation',
  ): Promise<Answer<M>> {
    const effect = changeEffect(method);
    const outdated = () =>
      this.#invalidateWhere((name) => !effect || effect.invalidates.includes(name));
    // An answer that comes after the deadline or an abort may still have changed the data.
    const result = await this.#call(method, deadline, options, args, outdated, effect?.contradicts)
      // An answer it could not take (malformed, contradicting the request) came after the
      // change may have been made: what it touches is read again.
      .catch((error: AdapterError) => {
        if (error.code === 'invalid_response') outdated();
        throw error;
      });
    effect?.apply?.(result, (name, next) => this.#update(name, next as (data: never) => unknown));
    outdated();
    this.#emit('mutation', { method });
    return result;
  }

  /**
   * One call of the adapter's `method` with `args` and the options (given the deadline's signal),
   * under its deadline (see {@link TimeoutOptions}); its answer is parsed with the method's
   * registered schema (and, for a change, what contradicts the request: `invalid_response`), and
   * whatever it throws becomes an AdapterError. A change without an idempotency key is refused
   * before anything is sent.
   */
  async #call<M extends ResultMethod>(
    method: M,
    kind: keyof TimeoutOptions,
    options: { signal?: AbortSignal | undefined; idempotencyKey?: string },
    args: readonly unknown[],
    late?: (outcome: Late<M>) => void,
    contradicts?: (answer: Answer<M>, args: readonly unknown[]) => string | undefined,
  ): Promise<Answer<M>> {
    if (kind !== 'read' && !options.idempotencyKey) {
      throw new AdapterError('validation', `${method} needs an idempotency key.`);
    }
    try {
      const schema = requireSchema(method);
      const take = (value: unknown): Answer<M> => {
        const answer = parsed(schema, value, method) as Answer<M>;
        const wrong = contradicts?.(answer, args);
        if (wrong) throw new AdapterError('invalid_response', `${method} answered ${wrong}.`);
        return answer;
      };
      // An answer after the deadline or an abort is taken like one in time, then told.
      const told =
        late &&
        ((settled: PromiseSettledResult<unknown>) => {
          let outcome: Late<M>;
          try {
            if (settled.status === 'rejected') throw settled.reason;
            outcome = { answer: take(settled.value) };
          } catch (error) {
            outcome = { error: toAdapterError(error, method) };
          }
          late(outcome);
        });
      const value = await withDeadline(
        method,
        this.#timeouts[kind],
        options.signal,
        (signal) => {
          const run = this.#adapter[method] as ((...a: unknown[]) => Promise<unknown>) | undefined;
          if (typeof run !== 'function') throw unsupported(method);
          return run.call(this.#adapter, ...args, { ...options, ...this.#options(signal) });
        },
        told,
      );
      return take(value);
    } catch (error) {
      const adapterError = toAdapterError(error, method);
      if (adapterError.code === 'unauthorized' || adapterError.code === 'forbidden') {
        // Roles may have changed under us: the session is worth reading again.
        this.invalidate('session');
      }
      this.#report(adapterError, kind === 'read' ? { method } : { method, mutation: method });
      throw adapterError;
    }
  }

  /** What every adapter call gets besides its own options: its signal, and the locale if set. */
  #options(signal: AbortSignal): ReadOptions {
    return this.#locale ? { signal, locale: this.#locale } : { signal };
  }

  /** Logs a failure once and tells the elements (`failure` event); aborts are not failures. */
  #report(
    error: AdapterError,
    where: { method: string; resource?: ResourceName; mutation?: string },
  ): void {
    const failure = recordFailure(error, where);
    if (failure) this.#emit('failure', failure);
  }

  #emit<K extends keyof ClientEventMap>(type: K, detail: ClientEventMap[K]): void {
    this.#eventTarget.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

/** How a call given up on (deadline, abort) settled after all: its answer, or why not. */
type Late<M extends ResultMethod> = { answer: Answer<M> } | { error: AdapterError };

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener('abort', abort, { once: true });
  });
}

/** An answer parsed with its method's schema (`null`: passed through unchecked by design). */
function parsed(schema: AnySchema | null, value: unknown, method: string): unknown {
  return schema === null ? value : parseOrThrow(schema, value, method);
}

/** The error for a method the adapter does not have: a capability it lacks. */
function unsupported(method: string): AdapterError {
  // What the elements do then, and what to do, the console line adds (diagnostics.ts).
  return new AdapterError('unsupported', `The adapter has no ${method}() method.`);
}

/** The longest delay `setTimeout` keeps (2^31 - 1 ms, about 24.8 days); longer ones fire at once. */
const MAX_TIMER = 2_147_483_647;

/**
 * Runs one adapter call with a deadline. The call gets a signal that aborts when `outer` does
 * or when `ms` pass; the returned promise settles then too (`aborted` or `timeout`), even if the
 * adapter ignores its signal and never answers; `late` is told how the adapter settles if it
 * does after that. A method that returns a plain value instead of a promise is answered by that
 * value.
 */
function withDeadline<T>(
  method: string,
  ms: number,
  outer: AbortSignal | undefined,
  run: (signal: AbortSignal) => Promise<T>,
  late?: (settled: PromiseSettledResult<T>) => void,
): Promise<T> {
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    };
    function onAbort() {
      finish();
      controller.abort(outer?.reason);
      reject(new AdapterError('aborted', 'The request was aborted.', { cause: outer?.reason }));
    }
    if (outer?.aborted) return onAbort();
    outer?.addEventListener('abort', onAbort, { once: true });
    if (Number.isFinite(ms)) {
      timer = setTimeout(
        () => {
          finish();
          const seconds = Math.round(ms / 100) / 10;
          const message = `${method} did not answer within ${seconds} s.`;
          controller.abort(new DOMException(message, 'TimeoutError'));
          reject(new AdapterError('timeout', message));
        },
        Math.min(Math.max(0, ms), MAX_TIMER),
      );
    }
    let pending: Promise<T>;
    try {
      pending = Promise.resolve(run(controller.signal));
    } catch (error) {
      pending = Promise.reject(error);
    }
    // Given up on (its signal aborted, the promise settled): a late answer is only told.
    const settle = (settled: PromiseSettledResult<T>, then: () => void) => {
      finish();
      if (controller.signal.aborted) late?.(settled);
      else then();
    };
    pending.then(
      (value) => settle({ status: 'fulfilled', value }, () => resolve(value)),
      (reason: unknown) => settle({ status: 'rejected', reason }, () => reject(reason)),
    );
  });
}

/** A fresh key for one logical mutation; reuse it for every retry of that mutation. */
export function createIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
