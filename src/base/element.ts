import { ContextConsumer, ContextRoot } from '@lit/context';
import {
  fallbackLocale,
  loadCatalogue,
  onKitLocaleChange,
  wordsFor,
} from '../i18n/localization.js';
import type { TextOverrides } from '../i18n/localization.js';
import { msg, setAmbientWords, withWords } from '../i18n/msg.js';
import type { Words } from '../i18n/msg.js';
import { LitElement, html, isServer, nothing } from 'lit';
import type { PropertyDeclarations, ReactiveController, TemplateResult } from 'lit';
import type { PartnerHubAdapter, ResourceName } from '../adapter/contract.js';
import type { AdapterError } from '../adapter/errors.js';
import { PartnerHubClient } from '../client/client.js';
import type { ResourceState } from '../client/client.js';
import { clientContext, localeContext, textsContext } from './context.js';
import { ScopeController, isScopeAware } from './scope.js';
import type { PhEventMap, PhEventName } from './events.js';
import { shared, tokens } from './styles.js';

/** The states every widget renders, the same way everywhere. */
export type ViewState =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'empty' }
  /** `resource`: the first resource that failed, so the words can name it. */
  | { kind: 'error'; error: AdapterError; retry: () => void; resource?: ResourceName }
  | { kind: 'forbidden' }
  | { kind: 'unavailable'; reason: 'billing_mode' | 'capability' | 'no_client' };

/**
 * A widget's own sentences for the states `renderState` draws, whole and localized:
 * "Couldn’t load the movements.", "Only owners can see the movements.".
 */
export interface StateWords {
  /** The error's headline (the reason follows it). */
  error: string;
  /** Why this user sees nothing. */
  forbidden: string;
  /** Shown when there is nothing yet (the `empty` slot replaces it). */
  empty?: string;
  /** Shown when the hub does not offer the feature. */
  unavailable?: string;
}

// Context requests from elements that upgrade before their provider are replayed once it arrives.
const ROOT_FLAG = Symbol.for('partner-hub-elements/context-root');
const globalScope = globalThis as typeof globalThis & { [ROOT_FLAG]?: true };
if (typeof document !== 'undefined' && !globalScope[ROOT_FLAG]) {
  globalScope[ROOT_FLAG] = true;
  new ContextRoot().attach(document.documentElement);
}

/** One client per directly-passed adapter, so widgets given the same adapter share a cache. */
const ownClients = new WeakMap<PartnerHubAdapter, PartnerHubClient>();

/** How many elements in the page read through each own client: none left, its stream closes. */
const holders = new WeakMap<PartnerHubClient, number>();

function hold(client: PartnerHubClient, by: 1 | -1): void {
  const count = (holders.get(client) ?? 0) + by;
  holders.set(client, count);
  if (count === 0) client.suspend();
  else if (by === 1 && count === 1) client.resume();
}

/**
 * The nearest kit element `element` is part of, across shadow roots and slots, stopping at a
 * `<ph-provider>` (which sets its own locale for what it holds).
 */
function outerKitElement(element: Element): PhElement | undefined {
  if (isServer) return undefined;
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof PhElement) return node;
    if ((node as Element).localName === 'ph-provider') return undefined;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/**
 * The base of every Partner Hub element: the client from the nearest `<ph-provider>` (or from
 * an `adapter` set on the element itself), the locale, the tokens, typed event dispatch
 * (`emit`, checked against `PhEventMap`), one live region (`announce`), one way to move focus
 * after a render (`focusAfterUpdate`) and the shared rendering of loading, error, empty,
 * forbidden and unavailable states (`renderState`). Who the user is lives in `PhDataElement`.
 *
 * What an element reads and writes through the adapter is declared in its class comment
 * (`@adapter-reads`, `@adapter-writes`, `@adapter-optional`): documentation, not code, so it
 * costs the bundle nothing. The Custom Elements Manifest carries it as `adapterUse`, the
 * README's table is made from that, and test/client/adapter-use.test.ts checks it against what
 * each element really calls.
 *
 * @cssproperty [--ph-font-family=inherit] - Font of every element (the host's by default).
 * @cssproperty [--ph-font-size=1rem] - Base text size; everything else scales from it.
 * @cssproperty [--ph-color-surface=light-dark(#ffffff, #1f2124)] - Background of cards and dialogs.
 * @cssproperty [--ph-color-surface-alt=light-dark(#f4f5f7, #2a2d31)] - Background of table headers, selected and hovered rows.
 * @cssproperty [--ph-color-text=light-dark(#1b1d21, #eceef1)] - Main text colour.
 * @cssproperty [--ph-color-muted=light-dark(#555b65, #b4bac3)] - Secondary text colour.
 * @cssproperty [--ph-color-border=light-dark(#d3d7de, #454a52)] - Borders and dividers.
 * @cssproperty [--ph-color-accent=light-dark(#0b6b53, #5fd3a9)] - Primary actions, links and highlights.
 * @cssproperty [--ph-color-on-accent=light-dark(#ffffff, #0b1f19)] - Text on the accent colour.
 * @cssproperty [--ph-color-positive=light-dark(#17703a, #6fd694)] - Healthy states (an active balance, paid).
 * @cssproperty [--ph-color-warning=light-dark(#8a5300, #f5c063)] - States that need attention soon (low, expiring).
 * @cssproperty [--ph-color-danger=light-dark(#b3261e, #ff9a8f)] - Blocking states and errors (paused, unpaid, refused).
 * @cssproperty [--ph-color-info=light-dark(#1d5fae, #8fbcf5)] - Neutral notices (pending, verifying).
 * @cssproperty [--ph-focus-ring-color=light-dark(#1d5fae, #8fbcf5)] - The keyboard focus ring.
 * @cssproperty [--ph-radius=0.5rem] - Corner radius of cards, buttons and fields.
 * @cssproperty [--ph-space=0.25rem] - The spacing unit; paddings and gaps are multiples of it.
 */
export class PhElement extends LitElement {
  static override styles = [tokens, shared];

  // Declared here rather than with decorators, which would cost every bundle Lit's decorator
  // modules and a call per member; a subclass's own `properties` add to these (Lit merges them).
  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
  };

  /** @internal The client of the nearest `<ph-provider>` (kept up to date by a context consumer). */
  #providedClient: PartnerHubClient | undefined;

  /** @internal The provider's `locale`. */
  #providedLocale: string | undefined;

  /** @internal The provider's `texts`. */
  #providedTexts: TextOverrides | undefined;

  /**
   * An adapter for this element alone, when it is not placed under a `<ph-provider>`.
   * Elements given the same adapter share one client.
   */
  adapter: PartnerHubAdapter | undefined;

  #stopLocale: (() => void) | undefined;

  /** The kit element this one is part of, if any (set when connected). */
  #outer: PhElement | undefined;

  /** Tells the scope-aware controllers about a partner-account switch (see `scopeChanged`). */
  readonly #scope = new ScopeController(this, () => this.#handleScope());

  constructor() {
    super();
    // What the nearest provider gives, followed as it changes: each consumer asks for an update
    // when its value arrives, and its callback stores the value before that update runs.
    new ContextConsumer(this, {
      context: clientContext,
      subscribe: true,
      callback: (client) => (this.#providedClient = client),
    });
    new ContextConsumer(this, {
      context: localeContext,
      subscribe: true,
      callback: (locale) => (this.#providedLocale = locale),
    });
    new ContextConsumer(this, {
      context: textsContext,
      subscribe: true,
      callback: (texts) => (this.#providedTexts = texts),
    });
    // Strings made in a handler (a validation message, an announcement) speak this element's
    // language: an event reaching it makes its words the ambient ones.
    const speak = () => setAmbientWords(this.words);
    for (const type of ['pointerdown', 'click', 'keydown', 'input', 'change', 'focusin']) {
      this.addEventListener(type, speak, { capture: true });
    }
  }

  override connectedCallback(): void {
    // What a provider gave is asked for again (answered at once under one): a provider this
    // element has left must not go on feeding it.
    if (this.#providedClient) this.requestUpdate();
    this.#providedClient = this.#providedLocale = this.#providedTexts = undefined;
    super.connectedCallback();
    this.#stopLocale = onKitLocaleChange(() => this.requestUpdate());
    this.#outer = outerKitElement(this);
    this.#holdOwnClient();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLocale?.();
    this.#holdOwnClient();
  }

  /** The own adapter's client this element holds open while in the page. */
  #held: PartnerHubClient | undefined;

  #holdOwnClient(): void {
    const client = this.isConnected && this.adapter ? this.hubClient : undefined;
    if (client === this.#held) return;
    if (this.#held) hold(this.#held, -1);
    this.#held = client;
    if (client) hold(client, 1);
  }

  /** `lang` is the element's own locale (see `locale`): a change re-renders in the new language. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.#relocalize();
  }

  /** Renders again in the current locale, with the kit elements this one is made of. */
  #relocalize(): void {
    this.requestUpdate();
    for (const root of [this, this.renderRoot]) {
      for (const inner of root?.querySelectorAll('*') ?? []) {
        if (inner instanceof PhElement) inner.#relocalize();
      }
    }
  }

  /** The words this element's `msg()` calls resolve against: its locale's, with the host's texts. */
  protected get words(): Words {
    return wordsFor(this.locale, this.#providedTexts);
  }

  /**
   * Runs `fn` with this element's words: for strings made after an `await` (a mutation's answer),
   * which would otherwise take the words of whichever element last had an event.
   */
  inOwnWords<T>(fn: () => T): T {
    return withWords(this.words, fn);
  }

  /** Waits for this element's catalogue before rendering, so no English flashes first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = loadCatalogue(this.locale);
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Every `msg()` in `willUpdate`, the controllers, `render` and `updated` uses this element's words. */
  protected override performUpdate(): void {
    this.#holdOwnClient();
    withWords(this.words, () => super.performUpdate());
  }

  /** Registers a controller; one that holds account data (`ScopeAware`) hears of a switch. */
  override addController(controller: ReactiveController): void {
    super.addController(controller);
    // A subclass's controllers come after this class's fields: the scope is there by then.
    if (isScopeAware(controller)) this.#scope.add(controller);
  }

  /**
   * The user switched partner account under the same client (`<ph-account-switcher>`): the
   * cache is empty and every read starts again. Called in the same task, after the scope-aware
   * controllers let go of the old account's changes and rows; a widget clears here what it
   * keeps of the old account in its own state.
   */
  protected scopeChanged(): void {}

  #handleScope(): void {
    // What was said about the old account is not left for a screen reader to find.
    this.#liveRegion?.replaceChildren();
    this.scopeChanged();
  }

  /** The client this element reads through: its own adapter's, else the provider's. */
  get hubClient(): PartnerHubClient | undefined {
    if (this.adapter) {
      let client = ownClients.get(this.adapter);
      if (!client) {
        client = new PartnerHubClient(this.adapter);
        ownClients.set(this.adapter, client);
      }
      return client;
    }
    return this.#providedClient;
  }

  /**
   * The locale for words, numbers, money and dates: the element's own `lang`, then that of the
   * kit element it is part of, then the provider's `locale`, then `setKitLocale`'s, then the nearest `lang` in the page, then the
   * browser's. Per element: two providers with different locales on one page each speak
   * their own language.
   */
  get locale(): string {
    if (this.lang) return this.lang;
    // A part of another kit element (the overview's balance card) speaks that element's language.
    if (this.#outer) return this.#outer.locale;
    return this.#providedLocale || fallbackLocale(this);
  }

  /**
   * Dispatches one of the kit's public events (see `PhEventMap`): it bubbles out of the shadow
   * root, and its detail must be the type the map gives that name. Returns `false` when a
   * cancelable event was cancelled by the host.
   */
  protected emit<K extends PhEventName>(
    type: K,
    detail: PhEventMap[K],
    options: { cancelable?: boolean } = {},
  ): boolean {
    const event = new CustomEvent<PhEventMap[K]>(type, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    return this.dispatchEvent(event);
  }

  /** The element's one polite live region, kept after everything Lit renders. */
  #liveRegion: HTMLElement | undefined;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const region = document.createElement('div');
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.dataset['announcer'] = '';
    // First in the root: Lit renders after it (also when it hydrates a server rendering), so
    // re-renders never touch it.
    root.prepend(region);
    this.#liveRegion = region;
    return root;
  }

  /**
   * Says `text` once through the element's one polite live region (a changed sort, a saved
   * setting, a new balance state). Each call is one announcement, even when it repeats the last
   * one. Failures are not announced here: the error state's alert says them once. An element
   * the page hides (a hub's tab not shown) has it said by the kit element it is part of.
   */
  protected announce(text: string): void {
    const region = this.#liveRegion;
    if (!region) return;
    // An open <ph-dialog> holds the region while it is modal; one removed while open lost it.
    if (!region.isConnected) this.renderRoot.prepend(region);
    // Where the page draws nothing (a hidden tab), the element it is part of speaks instead.
    if (this.#outer && region.checkVisibility?.() === false) return this.#outer.announce(text);
    region.replaceChildren(text);
    // A dialog opening or closing in the same task moves the region with its words, and a
    // screen reader takes a moved region for a new one and reads nothing: say them again at
    // the new place, once the move is in the accessibility tree.
    const place = region.parentNode;
    setTimeout(() => {
      if (region.parentNode !== place && region.textContent === text) region.replaceChildren(text);
    }, 100);
  }

  /**
   * Moves focus after the pending render: waits for the update, then focuses what `target`
   * finds (a selector in the shadow root, or a function returning the element). Resolves
   * whether focus landed there; a target that is gone is left alone.
   */
  protected async focusAfterUpdate(
    target: string | (() => HTMLElement | null | undefined),
    options?: FocusOptions,
  ): Promise<boolean> {
    await this.updateComplete;
    const el =
      typeof target === 'string' ? this.renderRoot.querySelector<HTMLElement>(target) : target();
    if (!el?.isConnected) return false;
    el.focus(options);
    return el.matches(':focus') || el.matches(':focus-within');
  }

  /**
   * The combined view state of the resources a widget reads: forbidden or error if any failed
   * with no data to show (retry re-reads the failed ones), loading while any has no data yet,
   * otherwise ready. Data kept from before a failed refresh stays on screen.
   */
  protected viewStateOf(
    resources: ReadonlyArray<{
      state: ResourceState<unknown>;
      refresh(): Promise<void>;
      name?: ResourceName;
    }>,
  ): ViewState {
    // A server rendering has no provider yet (context needs the browser): it shows loading,
    // which the browser then hydrates as is.
    if (!this.hubClient)
      return isServer ? { kind: 'loading' } : { kind: 'unavailable', reason: 'no_client' };
    const failed = resources.filter((r) => r.state.status === 'error' && !r.state.data);
    if (failed.some((r) => r.state.error?.code === 'forbidden')) return { kind: 'forbidden' };
    // The adapter lacks a method this widget reads: the capability is absent.
    if (failed.some((r) => r.state.error?.code === 'unsupported')) {
      return { kind: 'unavailable', reason: 'capability' };
    }
    const first = failed[0];
    if (first?.state.error) {
      return {
        kind: 'error',
        error: first.state.error,
        retry: () => {
          for (const r of failed) void r.refresh();
        },
        ...(first.name ? { resource: first.name } : {}),
      };
    }
    if (resources.some((r) => r.state.data === undefined)) return { kind: 'loading' };
    return { kind: 'ready' };
  }

  /**
   * Renders every state but `ready` the same way in every widget, in the widget's own words:
   * `words` holds whole sentences (one per state, per widget and language — never a noun in a
   * shared sentence). The error's alert holds the sentence and the reason only, so it is read
   * once and without the "Try again" label.
   */
  protected renderState(view: ViewState, words: StateWords): TemplateResult | typeof nothing {
    switch (view.kind) {
      case 'loading':
        return html`<div class="state" data-state="loading" part="state" aria-busy="true">
          <span class="visually-hidden" role="status">${msg('Loading…')}</span>
          <span class="skeleton wide" aria-hidden="true"></span>
          <span class="skeleton" aria-hidden="true"></span>
          <span class="skeleton narrow" aria-hidden="true"></span>
        </div>`;
      case 'error':
        return html`<div class="state" data-state="error" part="state">
          <div role="alert">
            <p class="state-title">${words.error}</p>
            <p class="muted">${this.describeError(view.error)}</p>
          </div>
          <button type="button" part="button" @click=${view.retry}>${msg('Try again')}</button>
        </div>`;
      case 'forbidden':
        return html`<div class="state" data-state="forbidden" part="state">
          <p class="state-title">${words.forbidden}</p>
          <p class="muted">${msg('Ask an owner of this partner account for access.')}</p>
        </div>`;
      case 'unavailable':
        return html`<div class="state" data-state="unavailable" part="state">
          <p class="state-title">${this.#describeUnavailable(view, words)}</p>
        </div>`;
      case 'empty':
        return html`<div class="state" data-state="empty" part="state">
          <slot name="empty"><p class="muted">${words.empty ?? msg('Nothing here yet.')}</p></slot>
        </div>`;
      default:
        return nothing;
    }
  }

  /** A person-readable sentence for an adapter error. */
  protected describeError(error: AdapterError): string {
    switch (error.code) {
      case 'network':
        return msg('The connection failed. Check your network and try again.');
      case 'timeout':
        return msg('The Partner Hub took too long to answer. Please try again.');
      case 'adapter_failed':
        return msg('The data source behind this page failed. Please try again.');
      case 'rate_limited':
        return msg('Too many requests right now. Please wait a moment and try again.');
      case 'unavailable':
        return msg('The service is temporarily unavailable. Please try again shortly.');
      case 'unauthorized':
        return msg('Your session has expired. Sign in again to continue.');
      case 'not_found':
        return msg('This item no longer exists.');
      case 'invalid_response':
        return msg('The hub sent data this page could not read. Please try again.');
      case 'unsupported':
        // As the unavailable state says it of a read the adapter does not offer.
        return msg('This hub does not offer this feature.');
      default:
        return error.message;
    }
  }

  #describeUnavailable(reason: ViewState & { kind: 'unavailable' }, words: StateWords) {
    switch (reason.reason) {
      case 'billing_mode':
        return msg(
          'Not available for this billing mode: clients pay for their own messaging on this account.',
        );
      case 'no_client':
        return msg('Place this element inside a <ph-provider> or give it an adapter.');
      default:
        return words.unavailable ?? msg('This hub does not offer this feature.');
    }
  }
}
