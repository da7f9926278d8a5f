import { html, nothing, svg } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { PartnerAccount, Session } from '../../adapter/schemas.js';
import { PhDataElement } from '../../base/data-element.js';
import { MutationController } from '../../base/mutation-controller.js';
import { ResourceController } from '../../base/resource-controller.js';
import { failureTitle } from '../../base/refusal.js';
import { msg, str } from '../../i18n/msg.js';
import '../../client/results/partner-accounts.js';
import { styles } from './account-switcher.styles.js';
import './account-switcher.types.js';

/** The hub's 🔄: two arrows chasing each other. */
const SWITCH_ICON = svg`<path d="M4 9a8 8 0 0 1 14-3l2 2M20 4v4h-4" /><path d="M20 15a8 8 0 0 1-14 3l-2-2M4 20v-4h4" />`;

/**
 * The partner accounts the signed-in user can open, and switching between them (the hub's 🔄
 * in its top navigation). Shown only when the same user belongs to more than one partner
 * account: with one account the element renders nothing.
 *
 * Switching re-scopes every element under the same provider at once: requests in flight are
 * aborted, the cache is emptied, changes in flight are dropped, and no element shows the old
 * account's data for a single frame; each reads its data again for the new account once it has
 * seen the new session, so what it does not show there (billing on a client-paid account) is
 * never asked for.
 *
 * Keyboard: the button opens the list (a disclosure); Tab moves through the accounts, Enter
 * switches, Escape closes the list and returns to the button. The list opens over the page (a
 * popover: the host's header neither grows nor clips it), and a press outside closes it.
 *
 * @summary Switches between the partner accounts the user belongs to.
 *
 * @event {AccountSwitchDetail} ph-account-switch - The user switched partner account; every
 *   element under the provider now shows the new one.
 *
 * @csspart switcher - Around the button and the list.
 * @csspart toggle - The button naming the current account, which opens the list.
 * @csspart accounts - The list of partner accounts.
 * @csspart account - Each account one can switch to.
 * @csspart button - Every button.
 * @csspart state - The loading, error, forbidden and unavailable panels.
 * @adapter-reads getSession listPartnerAccounts
 * @adapter-writes switchPartnerAccount
 */
export class PhAccountSwitcher extends PhDataElement {
  static override styles = [...PhDataElement.styles, styles];

  static override properties: PropertyDeclarations = {
    open: { state: true },
  };

  /** Whether the list of accounts is open. */
  private open = false;

  private readonly accounts = new ResourceController(this, { name: 'partnerAccounts' });

  private readonly switching = new MutationController<PartnerAccount, Session>(this, {
    task: (account, context) => this.hubClient!.switchPartnerAccount(account.id, context),
    fingerprint: (account) => account.id,
    // The switch itself is what changes the scope: it must not be dropped by it.
    keepOnScopeChange: true,
    onComplete: (session, account) => {
      this.open = false;
      const name = session.partner.name;
      this.announce(msg(str`Now showing the partner account ${name}.`));
      this.emit('ph-account-switch', { account, session });
      // Back to the button, unless the person went elsewhere in the page meanwhile.
      const active = document.activeElement;
      this.refocus = !active || active === document.body || this.matches(':focus-within');
    },
  });

  /**
   * The scope changed after a switch that was not confirmed: the hub's late answer was taken as
   * the switch, so "the hub did not confirm" no longer holds (the button names the account now).
   */
  protected override scopeChanged(): void {
    if (this.switching.failure?.kind === 'unknown') this.switching.reset();
  }

  /** Focus goes back to the button once the new account's list is shown. */
  private refocus = false;

  protected override updated(): void {
    const toggle = this.renderRoot.querySelector<HTMLElement>('.toggle');
    if (this.refocus && toggle) {
      this.refocus = false;
      toggle.focus();
    }
    // The list is a popover, over the host page (which neither moves nor clips it).
    const list = this.renderRoot.querySelector<HTMLElement>('.accounts');
    if (list && list.matches(':popover-open') !== this.open) list.togglePopover(this.open);
    this.listen(this.open);
    if (this.open) this.place();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.open = false;
    this.listen(false);
  }

  /** Whether the window is listened to (while the list is open). */
  private listening = false;

  /** Listens to the window while the list is open. */
  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    for (const type of ['pointerdown', 'resize']) {
      window[on ? 'addEventListener' : 'removeEventListener'](type, this.onWindow, true);
    }
  }

  /** While the list is open: a press outside the switcher closes it, a resize moves it. */
  private readonly onWindow = (event: Event) => {
    if (event.type === 'resize') this.place();
    else if (!event.composedPath().includes(this)) this.open = false;
  };

  /**
   * Puts the open list under its button, lined up with the edge of the button nearer the middle
   * of the window, and inside the window. Through the CSSOM, which a strict CSP allows.
   */
  private place(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.accounts:popover-open');
    const button = this.renderRoot.querySelector('.toggle')?.getBoundingClientRect();
    if (!list || !button) return;
    const room = document.documentElement.clientWidth;
    const width = list.offsetWidth;
    const start = button.left + button.width / 2 < room / 2 ? button.left : button.right - width;
    list.style.left = `${Math.max(8, Math.min(start, room - width - 8)) + scrollX}px`;
    list.style.top = `${button.bottom + 4 + scrollY}px`;
  }

  private handleToggle(): void {
    this.open = !this.open;
    if (this.open) void this.focusAfterUpdate('.accounts button');
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.open = false;
    void this.focusAfterUpdate('.toggle');
  }

  private handleFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (this.open && next && !this.renderRoot.contains(next) && next !== this) this.open = false;
  }

  private modeLabel(account: PartnerAccount): string {
    return account.billingMode === 'partner_paid'
      ? msg('Partner-paid: you pay for your clients’ messaging.')
      : msg('Client-paid: clients pay for their own messaging.');
  }

  /** The account open now: the session's (the list's own mark only when no session is read). */
  private isOpen(account: PartnerAccount): boolean {
    const open = this.session.value?.partner.id;
    return open === undefined ? account.current : account.id === open;
  }

  private renderAccount(account: PartnerAccount, busy: boolean): TemplateResult {
    if (this.isOpen(account)) {
      return html`<li>
        <span class="here" aria-current="true">
          <span>${msg(str`${account.name} (open now)`)}</span>
          <span class="mode">${this.modeLabel(account)}</span>
        </span>
      </li>`;
    }
    const pending = busy && this.switching.payload?.id === account.id;
    return html`<li>
      <button
        type="button"
        part="button account"
        data-account=${account.id}
        aria-disabled=${busy ? 'true' : 'false'}
        aria-busy=${pending ? 'true' : 'false'}
        @click=${() => !busy && void this.switching.run(account)}
      >
        <span>${pending ? msg(str`Opening ${account.name}…`) : account.name}</span>
        <span class="mode">${this.modeLabel(account)}</span>
      </button>
    </li>`;
  }

  private renderReady(accounts: readonly PartnerAccount[]): TemplateResult {
    const busy = this.switching.inFlight;
    const failure = this.switching.status === 'error' ? this.switching.failure : undefined;
    const name =
      this.session.value?.partner.name ?? (accounts.find((a) => a.current) ?? accounts[0]!).name;
    return html`<div
      class="switcher"
      part="switcher"
      @keydown=${this.handleKeydown}
      @focusout=${this.handleFocusOut}
    >
      <button
        type="button"
        class="toggle"
        part="button toggle"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="accounts"
        @click=${this.handleToggle}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">${SWITCH_ICON}</svg>
        <span class="visually-hidden">${msg('Switch partner account. Open now:')}</span>
        <span class="name">${name}</span>
      </button>
      <ul
        id="accounts"
        class="accounts"
        part="accounts"
        aria-label=${msg('Partner accounts you can open')}
        popover="manual"
        ?hidden=${!this.open}
      >
        ${accounts.map((account) => this.renderAccount(account, busy))}
      </ul>
      ${
        failure
          ? html`<p class="refusal" role="alert">
              ${failureTitle(failure, msg('The partner account was not switched.'))}
              ${this.describeError(failure.error)}
            </p>`
          : nothing
      }
    </div>`;
  }

  protected override render() {
    const accounts = this.accounts.value ?? [];
    const view = this.dataViewState([this.accounts], () => accounts.length <= 1);
    // One account: there is nothing to switch to, so nothing is shown.
    if (view.kind === 'empty') return nothing;
    if (view.kind === 'ready' && !this.hubClient?.can('switchPartnerAccount')) {
      return this.renderState(
        { kind: 'unavailable', reason: 'capability' },
        {
          error: '',
          forbidden: '',
          unavailable: msg('This hub does not offer switching between partner accounts here.'),
        },
      );
    }
    if (view.kind === 'ready') return this.renderReady(accounts);
    return this.renderState(view, {
      error: msg('Couldn’t load your partner accounts.'),
      forbidden: msg('You don’t have access to the list of partner accounts.'),
      unavailable: msg('This hub does not offer switching between partner accounts here.'),
    });
  }
}
