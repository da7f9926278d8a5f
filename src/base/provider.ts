import { ContextProvider } from '@lit/context';
import { LitElement, css, html } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { PartnerHubAdapter } from '../adapter/contract.js';
import { DEFAULT_TIMEOUTS, PartnerHubClient } from '../client/client.js';
import type { ClientOptions } from '../client/client.js';
import { fallbackLocale, onKitLocaleChange } from '../i18n/localization.js';
import type { TextOverrides } from '../i18n/localization.js';
import { clientContext, localeContext, textsContext } from './context.js';
import { reportFailure } from './error-event.js';
import { canonical } from '../adapter/canonical.js';
export type { PhErrorDetail } from './error-event.js';

/**
 * Supplies one data adapter and one locale to every Partner Hub element inside it. All
 * elements under a provider share its client: one request per resource, one cache, and a
 * mutation in one widget updates the others.
 *
 * @summary The root every Partner Hub element reads its data through.
 * @slot - The Partner Hub elements (anywhere below, at any depth).
 * @event {ProviderReadyDetail} ph-provider-ready - A new client was created (for a new adapter, or other client options).
 * @event {PhErrorDetail} ph-error - An adapter call failed (once per failure, from the first
 *   element that met it, else from the provider): element, resource or mutation, code, field.
 */
export class PhProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    // Equal options (a framework re-rendering an object literal) keep the client and its cache.
    clientOptions: {
      attribute: false,
      hasChanged: (now: unknown, before: unknown) =>
        canonical(now ?? null) !== canonical(before ?? null),
    },
    readTimeout: { type: Number, attribute: 'read-timeout' },
    mutationTimeout: { type: Number, attribute: 'mutation-timeout' },
    locale: { reflect: true },
    texts: { attribute: false },
  };

  /** The data adapter every element below reads through. */
  adapter: PartnerHubAdapter | undefined;

  /** Cache, retry and timeout settings for the client this provider creates. */
  clientOptions: ClientOptions | undefined;

  /**
   * How long (ms) a read may take before its widget shows the error state with "Try again"
   * (default 20000). Overrides `clientOptions.timeout.read`.
   */
  readTimeout: number | undefined;

  /**
   * How long (ms) a change — a payment, a save — may take before it counts as timed out
   * (default 45000). Its outcome is then unknown and the widget asks again with the same
   * idempotency key. Overrides `clientOptions.timeout.mutation`.
   */
  mutationTimeout: number | undefined;

  /**
   * A BCP 47 locale for every element below (`de`, `es`, `pt-BR`, `en`…). When unset,
   * elements use the page's `lang`.
   */
  locale: string | undefined;

  /**
   * Texts to show in place of the kit's, per locale, by message id (`MessageId`, generated
   * from the catalogue): `{ en: { s10d2dbc4613397f0: 'Last updated' } }`. `{0}`, `{1}`… stand
   * for the message's values. A locale the kit lacks (`fr`, from the exported XLIFF with
   * `catalogueFromXliff`) adds a language. Unknown ids are reported once in the console.
   */
  texts: TextOverrides | undefined;

  /** Gives the elements below the client, the locale and the texts. */
  readonly #clientProvider = new ContextProvider(this, { context: clientContext });
  readonly #localeProvider = new ContextProvider(this, { context: localeContext });
  readonly #textsProvider = new ContextProvider(this, { context: textsContext });

  /** The client shared by the elements below, created from `adapter`. */
  get client(): PartnerHubClient | undefined {
    return this.#clientProvider.value;
  }

  #stopFailures: (() => void) | undefined;

  #stopLocale: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.client?.resume();
    // The language the elements speak may come from setKitLocale(): the adapter follows it.
    this.#stopLocale = onKitLocaleChange(() => this.requestUpdate());
  }

  /** Out of the page, the client's live stream closes (it opens again if the provider returns). */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.client?.suspend();
    this.#stopLocale?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter') || changed.has('clientOptions')) {
      this.client?.dispose();
      this.#stopFailures?.();
      this.#clientProvider.setValue(
        this.adapter ? new PartnerHubClient(this.adapter, this.clientOptions) : undefined,
      );
      // A failure no element below claimed (a call the host made itself, a change made outside
      // a mutation controller) is told from the provider, after the elements had their turn.
      this.#stopFailures = this.client?.addEventListener('failure', ({ detail }) => {
        setTimeout(() => reportFailure(this, detail.error), 0);
      });
    }
    // Deadlines change in place: the cache survives.
    const timeout = this.clientOptions?.timeout;
    this.client?.setTimeouts({
      read: this.readTimeout ?? timeout?.read ?? DEFAULT_TIMEOUTS.read,
      mutation: this.mutationTimeout ?? timeout?.mutation ?? DEFAULT_TIMEOUTS.mutation,
    });
    // The adapter is told the language the elements below speak (options.locale), to answer in
    // it where it can: their own order of choice, down to the browser's.
    if (this.client) {
      this.client.locale = this.locale || fallbackLocale(this);
    }
    if (changed.has('locale')) {
      this.#localeProvider.setValue(this.locale);
      this.#markLanguage();
    }
    if (changed.has('texts')) {
      this.#textsProvider.setValue(this.texts);
      if (this.texts) void reportUnknownIds(this.texts);
    }
  }

  /** The `lang` the host gave the provider itself (null: none), while its locale stands in. */
  #hostLang: string | null | undefined;

  /** What it shows is in its locale: `lang` says so to screen readers on a page in another. */
  #markLanguage(): void {
    if (this.locale) {
      if (this.#hostLang === undefined) this.#hostLang = this.getAttribute('lang');
      this.setAttribute('lang', this.locale);
    } else if (this.#hostLang !== undefined) {
      if (this.#hostLang === null) this.removeAttribute('lang');
      else this.setAttribute('lang', this.#hostLang);
      this.#hostLang = undefined;
    }
  }

  /** The client `ph-provider-ready` last told of. */
  #announced: PartnerHubClient | undefined;

  protected override updated(): void {
    if (this.client && this.client !== this.#announced) {
      this.#announced = this.client;
      this.dispatchEvent(
        new CustomEvent<ProviderReadyDetail>('ph-provider-ready', {
          detail: { client: this.client },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

const reported = new Set<string>();

/** Warns once per id that is not one of the kit's messages (a typo, a message since removed). */
async function reportUnknownIds(texts: TextOverrides): Promise<void> {
  const { messageIds } = await import('../i18n/messages.js');
  const known = new Set<string>(messageIds);
  for (const [locale, byId] of Object.entries(texts)) {
    for (const id of Object.keys(byId)) {
      if (known.has(id) || reported.has(id)) continue;
      reported.add(id);
      console.warn(
        `<ph-provider>: texts.${locale}.${id} is not a message id of partner-hub-elements; it is ignored. See the MessageId type for the ids.`,
      );
    }
  }
}

export interface ProviderReadyDetail {
  client: PartnerHubClient;
}

declare module './events.js' {
  interface PhEventMap {
    'ph-provider-ready': ProviderReadyDetail;
  }
}
