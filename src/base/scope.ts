import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PartnerHubClient } from '../client/client.js';

/**
 * A controller that holds something of one partner account (a change in flight, loaded rows)
 * and lets go of it when the user switches to another account.
 */
export interface ScopeAware {
  /**
   * The partner account changed under the same client, or the host reads through another client
   * now (`anotherHub`: its provider was given another adapter, or it moved to another provider):
   * drop what belonged to the old one.
   */
  hostScopeChanged(anotherHub?: boolean): void;
}

export function isScopeAware(controller: unknown): controller is ScopeAware {
  return typeof (controller as Partial<ScopeAware> | null)?.hostScopeChanged === 'function';
}

interface ScopeHost extends ReactiveControllerHost {
  readonly hubClient: PartnerHubClient | undefined;
}

/**
 * Watches the host's client for a partner-account switch (`scope-change`) and, in the same task
 * as the switch, tells every scope-aware controller of the host and then `onChange`, so no frame
 * is drawn with the old account's data. Follows the host's client as it changes.
 */
export class ScopeController implements ReactiveController {
  readonly #controllers: ScopeAware[] = [];
  #watching: { client: PartnerHubClient; stop: () => void } | undefined;
  #connected = false;
  readonly #host: ScopeHost;
  readonly #onChange: () => void;

  constructor(host: ScopeHost, onChange: () => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  /** Registers a controller of the host to tell about a switch. */
  add(controller: ScopeAware): void {
    if (!this.#controllers.includes(controller)) this.#controllers.push(controller);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#sync();
  }

  /** The last client the host read through (kept while it is out of the page). */
  #last: PartnerHubClient | undefined;

  #sync(): void {
    const client = this.#connected ? this.#host.hubClient : undefined;
    if (this.#watching?.client === client) return;
    this.#watching?.stop();
    this.#watching = client
      ? { client, stop: client.addEventListener('scope-change', () => this.#handleChange()) }
      : undefined;
    // Another adapter is another hub: what is held of the old one is let go, and an answer the
    // old one gives later is not taken. (A new client for the same adapter — other client
    // options — is the same hub: a change in flight goes on, and its answer still counts.)
    const last = this.#last;
    if (client && last && client !== last && client.adapter !== last.adapter) {
      this.#handleChange(true);
    }
    if (client) this.#last = client;
  }

  #handleChange(anotherHub = false): void {
    for (const controller of this.#controllers) controller.hostScopeChanged(anotherHub);
    this.#onChange();
    this.#host.requestUpdate();
  }
}
