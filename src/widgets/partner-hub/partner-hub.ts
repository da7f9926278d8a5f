import { msg } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { PhDataElement } from '../../base/data-element.js';
import '../../base/define-provider.js';
import type { PhProvider } from '../../base/provider.js';
import type { PartnerHubClient } from '../../client/client.js';
import { deepActiveElement } from '../dialog/focus.js';
import { closeDismissiblesIn, holds } from '../dialog/stack.js';
import { styles } from './partner-hub.styles.js';
import { HUB_TABS } from './partner-hub.types.js';
import type { HubTab } from './partner-hub.types.js';

/** What a tab shows, who sees it, and how its element is loaded. */
interface HubPart {
  /** Loads the element's definition (on first showing, so a tab never opened costs nothing). */
  load: () => Promise<unknown>;
  /** Only owners see the tab (every part of it is owner-only). */
  ownerOnly?: boolean;
  /** Only partner-paid accounts see the tab (the shared credit balance). */
  partnerPaidOnly?: boolean;
}

const PARTS: Record<HubTab, HubPart> = {
  overview: { load: () => import('../overview/define.js'), partnerPaidOnly: true },
  accounts: { load: () => import('../whatsapp-accounts/define.js') },
  integration: { load: () => import('../integration-settings/define.js') },
  users: { load: () => import('../user-manager/define.js') },
  profile: { load: () => import('../partner-profile/define.js') },
  billing: { load: () => import('../billing/define.js'), ownerOnly: true },
};

/**
 * The whole Partner Hub in one tag: tabs for the Overview, the WhatsApp accounts, the
 * integration settings, the users, the profile and billing, each built from the kit's elements
 * and loaded the first time its tab is shown. The tabs follow the WAI-ARIA tabs pattern: one tab
 * stop, the arrow keys move between tabs (and show them), Home and End go to the first and the
 * last. The `tab` attribute chooses the tab (a deep link); a tab the person chooses fires
 * `ph-tab-change`, which the host can mirror in its URL or cancel. Members do not see the
 * owner-only Billing tab; a client-paid account has no Overview (no shared credit balance). A
 * tab whose element failed to load (its code, fetched the first time the tab is shown) says so,
 * and that reloading the page loads it again, with a button that reloads it: the browser keeps a
 * module that failed to load, so asking for it again in the same page fails without fetching it.
 * Above the tabs, a user of several partner accounts switches between them
 * (`<ph-account-switcher>`); every tab follows, and `ph-account-switch` comes out of the hub. A
 * tab hidden while a dialog is open in it (the host set `tab`) closes that dialog: nothing is
 * left modal and unseen, keeping the page inert.
 *
 * Place it under a `<ph-provider>`, or give it an `adapter` of its own.
 *
 * @summary The whole hub: Overview, WhatsApp accounts, Integration, Users, Profile, Billing.
 *
 * @event {TabChangeDetail} ph-tab-change - The person chose another tab. Cancelable:
 *   `preventDefault()` keeps the current one (unsaved changes elsewhere, say).
 * @event {AccountSwitchDetail} ph-account-switch - The user switched partner account; every
 *   element under the provider now shows the new one.
 *
 * @csspart switcher - The account switcher above the tabs (`<ph-account-switcher>`, shown to a
 *   user of more than one partner account; switching re-scopes every tab).
 * @csspart tablist - The row of tabs.
 * @csspart tab - Each tab.
 * @csspart panel - Each tab's panel.
 * @csspart button - "Try again" in the hub's error panel, and "Reload the page" in a tab whose
 *   element failed to load.
 * @csspart state - The hub's loading, error, forbidden (the hub refused the session) and
 *   unavailable panels, and a tab's while its element loads or after it failed to load.
 *
 * @cssproperty [--ph-hub-gap=1.25rem] - Space between the tabs and the panel.
 * @adapter-reads getSession
 */
export class PhPartnerHub extends PhDataElement {
  static override styles = [...PhDataElement.styles, styles];

  static override properties: PropertyDeclarations = {
    tab: { reflect: true },
    loaded: { state: true },
    failed: { state: true },
  };

  /**
   * The tab shown: `overview`, `accounts`, `integration`, `users`, `profile` or `billing`. A
   * tab this user does not see (Billing for a member, Overview on a client-paid account) or an
   * unknown value shows the first tab the user sees. Set by the element when the person
   * chooses a tab.
   */
  tab: string = 'overview';

  /** The tabs whose element was loaded, and those whose loading failed. */
  private loaded: ReadonlySet<HubTab> = new Set();
  private failed: ReadonlySet<HubTab> = new Set();
  /** The tabs shown at least once: their elements stay (with what was typed) when hidden. */
  private visited = new Set<HubTab>();
  /** The tab whose panel was last drawn shown. */
  #shown: HubTab | undefined;

  /** The tabs this user sees, in order. */
  get visibleTabs(): HubTab[] {
    const partnerPaid = this.session.value?.billingMode === 'partner_paid';
    return HUB_TABS.filter((tab) => {
      const part = PARTS[tab];
      return !(part.ownerOnly && !this.isOwner) && !(part.partnerPaidOnly && !partnerPaid);
    });
  }

  /** The tab shown: `tab` when this user sees it, else the first one they see. */
  get selectedTab(): HubTab {
    const visible = this.visibleTabs;
    return visible.includes(this.tab as HubTab) ? (this.tab as HubTab) : visible[0]!;
  }

  protected override firstUpdated(): void {
    // The account switcher sits above the tabs (it draws nothing for a user of one account).
    void import('../account-switcher/define.js');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.session.value) return;
    const tab = this.selectedTab;
    if (this.#shown && this.#shown !== tab) this.#leave(this.#shown, tab);
    this.#shown = tab;
    this.visited.add(tab);
    void this.load(tab);
  }

  /**
   * The panel of `left` is about to be hidden, however the tab changed (the host's `tab`, a
   * switch of account): a dialog open in it would stay in the top layer, unseen, and leave the
   * whole page inert, so it is closed (a payment in flight goes on, and its result reaches the
   * balance through the client). Focus that was in the panel goes to the tab shown.
   */
  #leave(left: HubTab, shown: HubTab): void {
    const panel = this.renderRoot.querySelector(`[data-panel="${left}"]`);
    if (!panel) return;
    closeDismissiblesIn(panel);
    const active = deepActiveElement();
    if (active && holds(panel, active)) void this.focusAfterUpdate(`#tab-${shown}`);
  }

  private async load(tab: HubTab): Promise<void> {
    if (this.loaded.has(tab) || this.failed.has(tab)) return;
    try {
      await this.loadPart(tab);
      this.loaded = new Set([...this.loaded, tab]);
    } catch {
      this.failed = new Set([...this.failed, tab]);
    }
  }

  /** Loads the element of `tab`: its code, a chunk of its own (a test gives one that fails). */
  protected loadPart(tab: HubTab): Promise<unknown> {
    return PARTS[tab].load();
  }

  /**
   * Reloads the page: the one way to load again a tab whose code failed to load (a test, which
   * must not leave its page, overrides it).
   */
  protected reloadPage(): void {
    location.reload();
  }

  // ── handlers ───────────────────────────────────────────────────────────────────────────

  private handleKeydown(event: KeyboardEvent): void {
    const visible = this.visibleTabs;
    const at = visible.indexOf(this.selectedTab);
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step = (by: number) => (at + by + visible.length) % visible.length;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = step(rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        next = step(rtl ? 1 : -1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = visible.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.choose(visible[next]!, true);
  }

  /** The person chose `tab`: asks the host (cancelable), then shows it. */
  private choose(tab: HubTab, focus: boolean): void {
    const previous = this.selectedTab;
    if (tab !== previous) {
      if (!this.emit('ph-tab-change', { tab, previous }, { cancelable: true })) return;
      this.tab = tab;
    }
    if (focus) void this.focusAfterUpdate(`#tab-${tab}`);
  }

  private handleReload(): void {
    this.reloadPage();
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────

  private label(tab: HubTab): string {
    switch (tab) {
      case 'overview':
        return msg('Overview');
      case 'accounts':
        return msg('WhatsApp accounts');
      case 'integration':
        return msg('Integration');
      case 'users':
        return msg('Users');
      case 'profile':
        return msg('Profile');
      case 'billing':
        return msg('Billing');
    }
  }

  private renderElement(tab: HubTab): TemplateResult {
    switch (tab) {
      case 'overview':
        return html`<ph-overview></ph-overview>`;
      case 'accounts':
        return html`<ph-whatsapp-accounts></ph-whatsapp-accounts>`;
      case 'integration':
        return html`<ph-integration-settings></ph-integration-settings>`;
      case 'users':
        return html`<ph-user-manager></ph-user-manager>`;
      case 'profile':
        return html`<ph-partner-profile></ph-partner-profile>`;
      case 'billing':
        return html`<ph-billing></ph-billing>`;
    }
  }

  private renderContent(tab: HubTab): TemplateResult | typeof nothing {
    const words = {
      error: msg('This part of the hub could not be loaded.'),
      forbidden: msg('Only owners of this partner account can see this part of the hub.'),
    };
    if (this.failed.has(tab)) {
      // No "Try again": the browser keeps the module that failed, and only a new page asks again.
      return html`<div class="state" data-state="error" part="state">
        <div role="alert">
          <p class="state-title">${words.error}</p>
          <p class="muted">${msg('Reloading the page loads it again.')}</p>
        </div>
        <button type="button" part="button" @click=${this.handleReload}>
          ${msg('Reload the page')}
        </button>
      </div>`;
    }
    if (!this.loaded.has(tab)) return this.renderState({ kind: 'loading' }, words);
    return this.renderElement(tab);
  }

  private renderTabs(): TemplateResult {
    const visible = this.visibleTabs;
    const selected = this.selectedTab;
    return html`<ph-account-switcher part="switcher"></ph-account-switcher>
      <div
        role="tablist"
        part="tablist"
        aria-label=${msg('Partner Hub')}
        @keydown=${this.handleKeydown}
      >
        ${visible.map(
          (tab) =>
            html`<button
              type="button"
              role="tab"
              part="tab"
              id=${`tab-${tab}`}
              data-tab=${tab}
              aria-selected=${tab === selected ? 'true' : 'false'}
              aria-controls=${`panel-${tab}`}
              tabindex=${tab === selected ? 0 : -1}
              @click=${() => this.choose(tab, false)}
            >
              ${this.label(tab)}
            </button>`,
        )}
      </div>
      ${visible.map(
        (tab) =>
          html`<div
            role="tabpanel"
            part="panel"
            id=${`panel-${tab}`}
            data-panel=${tab}
            aria-labelledby=${`tab-${tab}`}
            ?hidden=${tab !== selected}
          >
            ${this.visited.has(tab) ? this.renderContent(tab) : nothing}
          </div>`,
      )}`;
  }

  private renderHub(): TemplateResult {
    const view = this.dataViewState([]);
    const content =
      view.kind === 'ready'
        ? this.renderTabs()
        : this.renderState(view, {
            error: msg('Couldn’t load the Partner Hub.'),
            forbidden: msg('Only members of this partner account can open its hub.'),
          });
    return html`<div class="hub">${content}</div>`;
  }

  /**
   * With an adapter of its own, the hub reads through the provider it renders for its tabs:
   * one client for all (the session read once, a switch of account seen by the hub too).
   */
  override get hubClient(): PartnerHubClient | undefined {
    if (!this.adapter) return super.hubClient;
    return (this.renderRoot as ParentNode | undefined)?.querySelector<PhProvider>('ph-provider')
      ?.client;
  }

  protected override render() {
    return this.adapter
      ? html`<ph-provider
          .adapter=${this.adapter}
          locale=${this.lang || this.locale}
          @ph-provider-ready=${() => this.requestUpdate()}
          >${this.renderHub()}</ph-provider
        >`
      : this.renderHub();
  }
}
