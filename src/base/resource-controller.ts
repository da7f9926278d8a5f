import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResourceName } from '../adapter/contract.js';
import { IDLE } from '../client/client.js';
import type { PartnerHubClient, Resource, ResourceState } from '../client/client.js';
import type { ResourceParams, ResourceValue } from '../client/resources.js';
import { reportFailure } from './error-event.js';

export interface ResourceControllerHost extends ReactiveControllerHost {
  /** The client the host reads through, once it has one. */
  readonly hubClient: PartnerHubClient | undefined;
}

export interface ResourceControllerOptions<N extends ResourceName> {
  name: N;
  /** The read's parameters, re-evaluated before each update; a new key re-subscribes. */
  params?: () => ResourceParams<N>;
  /** Read only while this holds (e.g. only for partner-paid accounts). */
  enabled?: () => boolean;
}

/**
 * Binds a widget to one client resource: subscribes while connected (which starts the read),
 * re-renders on every change, re-subscribes when the client or the parameters change, and
 * unsubscribes on disconnect (the client aborts the request when no one else watches it).
 */
export class ResourceController<N extends ResourceName> implements ReactiveController {
  readonly #host: ResourceControllerHost;
  readonly #options: ResourceControllerOptions<N>;
  #client: PartnerHubClient | undefined;
  #key: string | undefined;
  #unsubscribe: (() => void) | undefined;
  #current: ResourceState<ResourceValue<N>> = IDLE;
  #connected = false;

  constructor(host: ResourceControllerHost, options: ResourceControllerOptions<N>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The resource this controller reads. */
  get name(): N {
    return this.#options.name;
  }

  get state(): ResourceState<ResourceValue<N>> {
    return this.#current;
  }

  get value(): ResourceValue<N> | undefined {
    return this.#current.data;
  }

  /** Whether this resource is switched on (see `enabled`). */
  get enabled(): boolean {
    return this.#options.enabled?.() ?? true;
  }

  /** Re-read the resource now. */
  refresh(): Promise<void> {
    return this.#resource()?.refresh() ?? Promise.resolve();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync(true);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#release();
  }

  #resource(): Resource<ResourceValue<N>> | undefined {
    const client = this.#host.hubClient;
    if (!client || !this.enabled) return undefined;
    const params = this.#options.params?.();
    // One signature for every name: the parameters are this controller's own.
    return (
      client as { resource(name: N, params?: ResourceParams<N>): Resource<ResourceValue<N>> }
    ).resource(this.#options.name, params);
  }

  #sync(updating = false): void {
    if (!this.#connected) return;
    const resource = this.#resource();
    if (resource === undefined) {
      if (this.#key !== undefined) {
        this.#release();
        this.#current = IDLE;
      }
      return;
    }
    if (this.#client === this.#host.hubClient && this.#key === resource.key) return;
    this.#release();
    this.#client = this.#host.hubClient;
    this.#key = resource.key;
    this.#current = resource.state;
    this.#unsubscribe = resource.subscribe((state) => {
      this.#current = state;
      // The first widget watching a failed read tells the host (`ph-error`), once.
      if (state.status === 'error')
        reportFailure(this.#host as unknown as EventTarget, state.error);
      this.#host.requestUpdate();
    });
    // subscribe may have started a load synchronously and changed the state.
    this.#current = resource.state;
    // Subscribed during an update (the resource was just switched on, or its parameters
    // changed): the host's `willUpdate` ran before, without this state. Data already in the
    // cache brings no change to announce, so one more update follows this one, where what the
    // host derives from it (a preselected card) catches up.
    if (updating && this.#current.data !== undefined) {
      void this.#host.updateComplete.then(() => this.#host.requestUpdate());
    }
  }

  #release(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#client = undefined;
    this.#key = undefined;
  }
}
