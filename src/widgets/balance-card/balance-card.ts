import { msg, str } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import type { AutoRenewal, Balance, DailyUsage } from '../../adapter/schemas.js';
import { checkShape, drawIcon, minusShape, pauseShape, warningShape } from '../../base/icons.js';
import { PhBillingElement } from '../../base/billing-element.js';
import type { ViewState } from '../../base/element.js';
import { ResourceController } from '../../base/resource-controller.js';
import {
  FIRST_BALANCE_CURRENCY,
  balanceState,
  hubNow,
  runwayForecast,
} from '../../domain/index.js';
import type { BalanceState } from '../../domain/index.js';
import { actionStyles } from '../../base/layout-styles.js';
import '../../client/results/balances.js';
import '../../client/results/auto-renewal-read.js';
import '../../client/results/daily-usage.js';
import { styles } from './balance-card.styles.js';
import './balance-card.types.js';
import { formatMoney } from '../../money/format.js';
import { money } from '../../money/money.js';
import { dateFormat } from '../../base/format-date.js';

/** Days of usage the runway forecast is based on. */
const FORECAST_DAYS = 30;

/**
 * The shared credit balance: per currency the amount and its state in words (active, low,
 * paused, negative), the auto-renewal summary, a runway forecast from the last 30 days'
 * usage, and the actions to add funds or change auto-renewal. A partner with no balance yet is
 * offered its first top-up (in `currency`, EUR unless set).
 *
 * @summary Shared credit balance with state, auto-renewal summary and runway forecast.
 *
 * @slot empty - Shown when the partner has no balance yet.
 *
 * @event {TopUpRequestDetail} ph-top-up-request - "Add to Credit Balance" was chosen.
 *   Cancelable: call `preventDefault()` to run your own top-up flow instead of the kit's dialog.
 * @event {AutoRenewalRequestDetail} ph-auto-renewal-request - "Modify" was chosen for
 *   auto-renewal. Cancelable, like `ph-top-up-request`.
 *
 * @csspart card - The card around everything.
 * @csspart amount - The balance amount.
 * @csspart status - The state badge (icon and words).
 * @csspart actions - The row of action buttons.
 * @csspart button - Every button.
 * @csspart state - The loading, error, empty, forbidden and unavailable panels.
 * @adapter-reads getSession getBalances getAutoRenewal listDailyUsage
 */
export class PhBalanceCard extends PhBillingElement {
  static override styles = [...PhBillingElement.styles, actionStyles, styles];

  static override properties = {
    currency: {},
  };

  /**
   * The currency (ISO 4217) a partner with no balance yet adds its first funds in. Default:
   * EUR, the hub's billing currency; set USD where the partner pays in dollars.
   */
  currency: string | undefined;

  readonly #balances = new ResourceController(this, {
    name: 'balances',
    enabled: () => this.partnerPaid,
  });

  readonly #autoRenewal = new ResourceController(this, {
    name: 'autoRenewal',
    enabled: () => this.partnerPaid,
  });

  readonly #usage = new ResourceController(this, {
    name: 'dailyUsage',
    params: () => ({ days: FORECAST_DAYS }),
    enabled: () => this.partnerPaid,
  });

  readonly #lastStates = new Map<string, BalanceState>();

  protected override scopeChanged(): void {
    // Another partner account: its states are not changes from the old account's.
    this.#lastStates.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#announceStateChanges();
  }

  #handleTopUp(balance: Balance): void {
    this.emit(
      'ph-top-up-request',
      { currency: balance.money.currency, balance: balance.money },
      { cancelable: true },
    );
  }

  #handleAutoRenewal(currency: string): void {
    this.emit(
      'ph-auto-renewal-request',
      { currency, settings: this.#settingsFor(currency) },
      { cancelable: true },
    );
  }

  /**
   * Moves focus to the card's "Add to Credit Balance" (`top-up`) or "Modify" (`auto-renewal`)
   * button of `currency`, for a flow that ends where it started. Resolves whether it took focus.
   */
  focusAction(action: 'top-up' | 'auto-renewal', currency: string): Promise<boolean> {
    return this.focusAfterUpdate(
      `[data-currency="${CSS.escape(currency)}"] [data-action="${action}"]`,
    );
  }

  /** Re-reads the balance, auto-renewal settings and usage. */
  async refresh(): Promise<void> {
    await Promise.all([
      this.session.refresh(),
      this.#balances.refresh(),
      this.#autoRenewal.refresh(),
      this.#usage.refresh(),
    ]);
  }

  #settingsFor(currency: string): AutoRenewal | undefined {
    return this.#autoRenewal.value?.find((s) => s.currency === currency);
  }

  #stateOf(balance: Balance): BalanceState {
    const settings = this.#settingsFor(balance.money.currency);
    return balanceState(balance.money, settings?.enabled ? settings.threshold : null);
  }

  #announceStateChanges(): void {
    const balances = this.#balances.value;
    // A state is only known once the threshold is (auto-renewal read, or failed): "Active"
    // turning "Low" as the settings arrive is no change to announce.
    const settled = this.#autoRenewal.value !== undefined || this.#autoRenewal.state.error;
    if (!balances || !settled) return;
    const changes: string[] = [];
    for (const balance of balances) {
      const next = this.#stateOf(balance);
      const previous = this.#lastStates.get(balance.money.currency);
      if (previous !== undefined && previous !== next) {
        changes.push(`${this.#stateLabel(next)}: ${formatMoney(balance.money, this.locale)}`);
      }
      this.#lastStates.set(balance.money.currency, next);
    }
    if (changes.length > 0) this.announce(changes.join('. '));
  }

  get #view(): ViewState {
    return this.billingViewState([this.#balances], () => this.#balances.value?.length === 0);
  }

  #stateLabel(state: BalanceState): string {
    switch (state) {
      case 'positive':
        return msg('Active');
      case 'low':
        return msg('Low balance');
      case 'zero':
        return msg('Paused');
      case 'negative':
        return msg('Negative balance');
    }
  }

  #stateMeaning(state: BalanceState, settings: AutoRenewal | undefined): string {
    switch (state) {
      case 'positive':
        return msg('Messages and calls continue normally.');
      case 'low':
        return settings
          ? msg(
              str`At or below your auto-renewal threshold of ${formatMoney(settings.threshold, this.locale)}: a top-up is due.`,
            )
          : msg('At or below your auto-renewal threshold: a top-up is due.');
      case 'zero':
        return msg('Outbound messages and calls are paused. Add funds to resume.');
      case 'negative':
        return msg(
          'An automatic top-up will likely recover the negative balance, even with auto-renewal off.',
        );
    }
  }

  #renderIcon(state: BalanceState): TemplateResult {
    const shapes = {
      positive: checkShape,
      low: warningShape,
      zero: pauseShape,
      negative: minusShape,
    };
    return drawIcon(shapes[state]());
  }

  #renderAutoRenewal(currency: string): TemplateResult {
    const settings = this.#settingsFor(currency);
    if (this.#autoRenewal.state.status === 'error' && !settings) {
      return html`<p class="muted">${msg('Auto-renewal settings could not be loaded.')}</p>`;
    }
    if (!settings) {
      return html`<p class="muted">${msg('Auto-renewal: not set up for this currency.')}</p>`;
    }
    if (!settings.enabled) {
      return html`<p>
        <strong>${msg('Auto-renewal is off.')}</strong>
        ${msg('Emergency top-ups may still apply if the balance drops below zero.')}
      </p>`;
    }
    // One sentence, bold as a whole like "Auto-renewal is off." above: split in two, it was two
    // messages no language could reorder.
    const amount = formatMoney(settings.amount, this.locale);
    const threshold = formatMoney(settings.threshold, this.locale);
    const sentence = msg(
      str`Auto-renewal is on and adds ${amount} when the balance falls to ${threshold}.`,
    );
    return html`<p><strong>${sentence}</strong></p>`;
  }

  #renderForecast(balance: Balance): TemplateResult {
    const currency = balance.money.currency;
    const days = this.#usage.value?.filter((d: DailyUsage) => d.usage.currency === currency);
    if (!days) {
      return this.#usage.state.status === 'error'
        ? html`<p class="muted">${msg('The forecast is not available right now.')}</p>`
        : html`<p class="muted" aria-busy="true">${msg('Calculating forecast…')}</p>`;
    }
    const settings = this.#settingsFor(currency);
    const rule = settings
      ? { enabled: settings.enabled, threshold: settings.threshold, amount: settings.amount }
      : undefined;
    const forecast = runwayForecast(balance.money, days, hubNow(balance.updatedAt), { rule });
    switch (forecast.kind) {
      case 'no_usage':
        return html`<p class="muted">${msg('No usage in the last 30 days.')}</p>`;
      case 'paused':
        return html`<p class="forecast">${msg('Messaging is paused until funds are added.')}</p>`;
      case 'days': {
        const text =
          forecast.days < 1
            ? msg('Less than a day until messaging pauses at the current usage.')
            : forecast.days === 1
              ? msg('About 1 day until messaging pauses at the current usage.')
              : msg(str`About ${forecast.days} days until messaging pauses at the current usage.`);
        return html`<p class="forecast">
          ${text}
          ${
            forecast.renewsFirst
              ? html`<span class="muted">${msg('Auto-renewal will top up before then.')}</span>`
              : nothing
          }
        </p>`;
      }
    }
  }

  #renderBalance(balance: Balance): TemplateResult {
    const state = this.#stateOf(balance);
    const settings = this.#settingsFor(balance.money.currency);
    const blocked = !!balance.messagingBlock;
    // Paused by the hub with a healthy amount: the badge and the meaning say so instead of a
    // green "Active" and "messages continue normally" (and no forecast of when they would pause).
    const paused = blocked && state === 'positive';
    // A hub that cannot say when the balance was computed leaves `updatedAt` out: no line then.
    const updated = balance.updatedAt
      ? dateFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(balance.updatedAt),
        )
      : undefined;
    return html`<section
      class="balance"
      data-state=${state}
      data-currency=${balance.money.currency}
      ?data-blocked=${paused}
    >
      <p class="amount" part="amount">${formatMoney(balance.money, this.locale)}</p>
      <p class="status" part="status">
        ${paused ? drawIcon(pauseShape()) : this.#renderIcon(state)}<span class="status-label"
          >${paused ? msg('Messaging paused') : this.#stateLabel(state)}</span
        >
      </p>
      ${paused ? nothing : html`<p class="meaning">${this.#stateMeaning(state, settings)}</p>`}
      ${this.#renderBlock(balance)} ${this.#renderAutoRenewal(balance.money.currency)}
      ${blocked ? nothing : this.#renderForecast(balance)}
      ${
        updated
          ? html`<p class="muted updated">
              ${msg('Updated')} <time datetime=${balance.updatedAt!}>${updated}</time>
            </p>`
          : nothing
      }
      ${this.#renderActions(balance)}
    </section>`;
  }

  /** Messaging blocked whatever the amount (an unpaid licence invoice), when the hub says so. */
  #renderBlock(balance: Balance): TemplateResult | typeof nothing {
    const block = balance.messagingBlock;
    if (!block) return nothing;
    const invoice = block.invoiceNumber;
    const text =
      block.reason === 'unpaid_licence_invoice'
        ? invoice
          ? msg(str`Outbound messaging is paused until licence invoice ${invoice} is paid.`)
          : msg('Outbound messaging is paused until the licence invoice is paid.')
        : (block.message ?? msg('Outbound messaging is paused by the hub.'));
    return html`<p class="block" data-block>${drawIcon(pauseShape())} ${text}</p>`;
  }

  #renderOwnersOnly(): TemplateResult {
    return html`<p class="muted">
      ${msg('Only owners of this partner account can add funds or change auto-renewal.')}
    </p>`;
  }

  /** A partner with no balance yet: its first top-up, at zero in the card's currency. */
  #renderFirstTopUp(): TemplateResult {
    if (!this.isOwner) return this.#renderOwnersOnly();
    const first = { money: money(0, this.currency ?? FIRST_BALANCE_CURRENCY) };
    return html`<div class="actions" part="actions">${this.#renderAdd(first, false)}</div>`;
  }

  /** "Add to Credit Balance" for `balance`, named with its currency where there are several. */
  #renderAdd(balance: Balance, multi: boolean): TemplateResult {
    const currency = balance.money.currency;
    return html`<button
      type="button"
      class="primary"
      part="button"
      data-action="top-up"
      aria-label=${multi ? msg(str`Add to Credit Balance (${currency})`) : nothing}
      @click=${() => this.#handleTopUp(balance)}
    >
      ${msg('Add to Credit Balance')}
    </button>`;
  }

  #renderActions(balance: Balance): TemplateResult {
    if (!this.isOwner) return this.#renderOwnersOnly();
    const currency = balance.money.currency;
    const multi = (this.#balances.value?.length ?? 0) > 1;
    return html`<div class="actions" part="actions">
      ${this.#renderAdd(balance, multi)}
      <button
        type="button"
        part="button"
        data-action="auto-renewal"
        aria-label=${
          multi ? msg(str`Modify auto-renewal (${currency})`) : msg('Modify auto-renewal')
        }
        @click=${() => this.#handleAutoRenewal(currency)}
      >
        ${msg('Modify')}
      </button>
    </div>`;
  }

  protected override render() {
    const view = this.#view;
    return html`<article class="card" part="card" aria-labelledby="title">
      <h2 id="title">${msg('Credit balance')}</h2>
      ${
        view.kind === 'ready'
          ? (this.#balances.value ?? []).map((b) => this.#renderBalance(b))
          : this.renderState(view, {
              error: msg('Couldn’t load the credit balance.'),
              forbidden: msg('You don’t have access to the credit balance.'),
              empty: msg('No credit balance yet.'),
            })
      }
      ${view.kind === 'empty' ? this.#renderFirstTopUp() : nothing}
    </article>`;
  }
}
