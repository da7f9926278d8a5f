import type { AdapterUse } from '../../adapter/contract.js';
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { AdapterError, toAdapterError } from '../../adapter/errors.js';
import type {
  AutoRenewal,
  Balance,
  Money,
  PaymentMethod,
  TopUpQuote,
  TopUpResult,
} from '../../adapter/schemas.js';
import { PhBillingElement } from '../../base/billing-element.js';
import type { ViewState } from '../../base/element.js';
import { ResourceController } from '../../base/resource-controller.js';
import { createIdempotencyKey } from '../../client/client.js';
import { cardExpiryState } from '../../domain/index.js';
import type { CardExpiryState } from '../../domain/index.js';
import { currencyExponent, money, sameMoney } from '../../money/index.js';
import type { TopUpRequestDetail } from '../balance-card/balance-card.types.js';
import '../money-input/define.js';
import type { PhMoneyInput } from '../money-input/define.js';
import { styles } from './top-up-dialog.styles.js';
import type { TopUpDialogShowOptions } from './top-up-dialog.types.js';

/** Preset amounts in major units of the currency, before the auto-renewal amounts join them. */
const PRESET_UNITS = [100, 250, 500, 1_000] as const;

/** How long the amount must stay still before the fee is quoted again (ms). */
const QUOTE_DEBOUNCE = 250;

/** Adapter errors after which a sent payment may or may not have been applied. */
const UNKNOWN_OUTCOME: ReadonlySet<AdapterError['code']> = new Set([
  'timeout',
  'network',
  'unavailable',
  'rate_limited',
]);

/** Marks "focus the first field once the form is there". */
const FIRST_FIELD = ':first-field';
const FIRST_READY_FIELD = '[name="preset"], ph-money-input, [data-first-field]';

type Step = 'amount' | 'confirm' | 'done';

/**
 * Where a payment stands: `pending` while the first request is out, `verifying` while the dialog
 * re-asks the hub (same idempotency key) after a lost response, `unknown` when it still could
 * not tell.
 */
type Phase = 'idle' | 'pending' | 'verifying' | 'unknown';

/** One logical top-up: its idempotency key is reused on every retry of the same amount and card. */
interface Attempt {
  key: string;
  amount: Money;
  paymentMethodId: string;
}

interface CardOption {
  method: PaymentMethod;
  expiry: CardExpiryState;
}

/** The element focused now, looking into shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** The nearest ancestor matching `selector`, crossing shadow-root boundaries. */
function closestAcross(el: Element, selector: string): Element | null {
  let node: Element | null = el;
  while (node) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * "Add to Credit Balance": a modal dialog that adds funds to the shared credit balance by card.
 * Step one takes the amount (presets or any amount within the hub's limits) and the card (the
 * default preselected; expired cards are flagged and cannot be chosen, cards expiring soon are
 * flagged); step two shows amount, fee and total before any money moves. The payment is made
 * exactly once: one idempotency key per logical top-up, reused on every retry, and a lost
 * response is verified with the same key, never charged again. On success the balance, the
 * movements and the invoices of every element under the same provider update by themselves.
 *
 * The dialog opens with `show()`, or by itself when a `<ph-balance-card>` under the same
 * `<ph-provider>` (or anywhere in the document, without a provider) fires `ph-top-up-request`.
 * To run your own top-up flow instead, call `preventDefault()` on that event in a listener on
 * the card, on the provider, or on `window` in the capture phase: the dialog decides after the
 * event has finished dispatching, so any of those listeners wins.
 *
 * @summary Modal manual top-up: amount, card, fee and confirmation, charged exactly once.
 *
 * @event {TopUpDetail} ph-top-up - Funds were applied: the amount added, the new balance and
 *   the top-up's id.
 * @event {PaymentMethodRequestDetail} ph-payment-method-request - No card on file can be
 *   charged and the partner chose to add one. Cancelable: call `preventDefault()` to send the
 *   partner to your own payment-method page; otherwise the adapter's `collectPaymentMethod` is
 *   used when it has one.
 *
 * @csspart dialog - The native `<dialog>` (style its `::backdrop` through `::part(dialog)::backdrop`).
 * @csspart title - The dialog's heading.
 * @csspart option - Each amount preset and each card choice.
 * @csspart summary - The amount, fee, total and card shown before confirming.
 * @csspart alert - Failure and "could not confirm" messages.
 * @csspart button - Every button.
 * @csspart state - The loading, error, forbidden and unavailable panels.
 *
 * @cssproperty [--ph-top-up-dialog-width=36rem] - The dialog's width on wide screens.
 */
export class PhTopUpDialog extends PhBillingElement {
  static override styles = [...PhBillingElement.styles, styles];

  /** The adapter methods this element reads and writes through (the README's table). */
  static override adapterUse: AdapterUse = {
    reads: ['getSession', 'getBalances', 'getAutoRenewal', 'listPaymentMethods', 'quoteTopUp'],
    writes: ['topUp', 'collectPaymentMethod'],
    optional: ['quoteTopUp', 'collectPaymentMethod'],
  };

  /**
   * Waits (ms) between the checks made with the same idempotency key after a payment's response
   * was lost; after the last one the dialog says the outcome is unknown and offers "Check again".
   */
  static verifyBackoff: readonly number[] = [600, 1_500, 3_000];

  private readonly balances = new ResourceController(this, {
    name: 'balances',
    enabled: () => this.isOpen && this.partnerPaid,
  });

  private readonly autoRenewal = new ResourceController(this, {
    name: 'autoRenewal',
    enabled: () => this.isOpen && this.partnerPaid,
  });

  private readonly paymentMethods = new ResourceController(this, {
    name: 'paymentMethods',
    enabled: () => this.isOpen && this.partnerPaid && this.isOwner,
  });

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('ph-money-input') private moneyInput!: PhMoneyInput | null;

  /**
   * The balance currency to add funds to. Unset: the currency passed to `show()` or named by the
   * balance card's request, else the first balance's.
   */
  @property() currency: string | undefined;

  @state() private isOpen = false;
  @state() private requestedCurrency: string | undefined;
  @state() private step: Step = 'amount';
  @state() private phase: Phase = 'idle';
  @state() private amount: Money | null = null;
  @state() private amountError = '';
  @state() private methodId: string | null = null;
  @state() private methodError = '';
  @state() private quote: TopUpQuote | null = null;
  @state() private quoteStatus: 'idle' | 'loading' | 'error' = 'idle';
  /** Why the last payment failed (shown on the amount step, which keeps amount and card). */
  @state() private failure = '';
  /** An error of the last attempt that is not a payment failure (shown on the confirm step). */
  @state() private confirmError = '';
  @state() private result: TopUpResult | null = null;
  @state() private escapeBlocked = false;
  @state() private collecting = false;
  @state() private collectError = '';
  @state() private announcement = '';

  private attempt: Attempt | null = null;
  /** True from the first click on "Add credit" until the outcome is known: the double-charge guard. */
  private charging = false;
  private invoker: HTMLElement | null = null;
  private requestTarget: EventTarget | null = null;
  private quoteController: AbortController | undefined;
  private quoteTimer: ReturnType<typeof setTimeout> | undefined;
  private quoteFor = '';
  /** Bumped on every open and disconnect, so late results of an earlier session are ignored. */
  private generation = 0;
  private focusTarget: string | null = null;

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.isOpen;
  }

  private get busy(): boolean {
    return this.phase === 'pending' || this.phase === 'verifying';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const provider = closestAcross(this, 'ph-provider');
    this.requestTarget = provider ?? document;
    this.requestTarget.addEventListener('ph-top-up-request', this.handleTopUpRequest);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.requestTarget?.removeEventListener('ph-top-up-request', this.handleTopUpRequest);
    this.requestTarget = null;
    this.generation += 1;
    this.cancelQuote();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.chooseDefaultCard();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusTarget || !this.isOpen) return;
    let target = this.focusTarget;
    if (target === FIRST_FIELD) {
      const view = this.view.kind;
      if (view === 'loading') return; // focus stays on the close button until the form is there
      target = view === 'ready' ? FIRST_READY_FIELD : '[data-first-field]';
    }
    const el = this.renderRoot.querySelector<HTMLElement>(target);
    this.focusTarget = null;
    el?.focus();
  }

  // ── handlers ───────────────────────────────────────────────────────────────────────────

  private readonly handleTopUpRequest = (event: Event): void => {
    const request = event as CustomEvent<TopUpRequestDetail>;
    // The host's own listeners (on document or window, bubbling) run after this one: decide
    // once the event has finished dispatching.
    queueMicrotask(() => {
      if (request.defaultPrevented || this.isOpen || !this.isConnected) return;
      void this.show({ currency: request.detail?.currency });
    });
  };

  private handleCancel(event: Event): void {
    if (this.busy) {
      event.preventDefault();
      this.blockEscape();
    }
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      // Handled here rather than left to the native dialog's cancel, which Chromium skips for
      // a page that does not have focus (an embedding frame, a background tab).
      event.preventDefault();
      if (this.busy) this.blockEscape();
      else this.close();
    } else if (event.key === 'Tab') {
      this.trapTab(event);
    }
  }

  private handleDialogClose(): void {
    // A close event queued before the dialog was shown again is not about this opening.
    if (!this.dialog.open) this.handleClosed();
  }

  private handleClosed(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.cancelQuote();
    const invoker = this.invoker;
    this.invoker = null;
    if (invoker?.isConnected) invoker.focus();
  }

  private handlePreset(preset: Money): void {
    if (this.moneyInput) this.moneyInput.value = preset;
    this.changeAmount(preset);
  }

  private handleAmountInput(event: CustomEvent<{ value: Money | null; valid: boolean }>): void {
    event.stopPropagation();
    this.changeAmount(event.detail.valid ? event.detail.value : null);
  }

  private handleMethod(id: string): void {
    if (id === this.methodId) return;
    this.methodId = id;
    this.methodError = '';
    this.failure = '';
    this.requestQuote(false);
  }

  private handleContinue(event: Event): void {
    event.preventDefault();
    if (this.charging) return;
    const input = this.moneyInput;
    if (!this.amount || (input && !input.checkValidity())) {
      input?.markTouched();
      input?.reportValidity();
      input?.focus();
      return;
    }
    if (!this.methodId) {
      this.methodError = msg('Choose a card to pay with.');
      this.focusTarget = '[name="method"]:not([disabled])';
      return;
    }
    this.confirmError = '';
    this.step = 'confirm';
    this.requestQuote(true);
    this.focusTarget = '#confirm-title';
  }

  private handleBack(): void {
    // After an unknown outcome, a changed amount would be a new charge: only "Check again".
    if (this.charging || this.phase === 'unknown') return;
    this.step = 'amount';
    this.confirmError = '';
    this.focusTarget = 'ph-money-input';
  }

  /** "Add credit" (and "Try again" after a failure): pays once, whatever the number of clicks. */
  private handleConfirm(): void {
    if (this.charging || !this.amount || !this.methodId) return;
    const amount = this.amount;
    const paymentMethodId = this.methodId;
    const previous = this.attempt;
    // Same amount and card: the same logical top-up, so the same key. Anything else is new.
    if (
      !previous ||
      !sameMoney(previous.amount, amount) ||
      previous.paymentMethodId !== paymentMethodId
    ) {
      this.attempt = { key: createIdempotencyKey(), amount, paymentMethodId };
    }
    void this.charge(this.attempt!);
  }

  /** "Check again" after an unknown outcome: the same key, never a new charge. */
  private handleCheckAgain(): void {
    if (this.charging || !this.attempt) return;
    void this.charge(this.attempt);
  }

  private async handleAddCard(): Promise<void> {
    const proceed = this.emit(
      'ph-payment-method-request',
      { reason: 'none_usable', currency: this.activeCurrency },
      { cancelable: true },
    );
    const client = this.hubClient;
    if (!proceed || !client?.can('collectPaymentMethod') || this.collecting) return;
    this.collecting = true;
    this.collectError = '';
    try {
      await client.collectPaymentMethod(
        { makeDefault: true },
        { idempotencyKey: createIdempotencyKey() },
      );
    } catch (error) {
      const adapterError = toAdapterError(error);
      if (adapterError.code !== 'aborted') this.collectError = this.describeError(adapterError);
    } finally {
      this.collecting = false;
    }
  }

  // ── public methods ─────────────────────────────────────────────────────────────────────

  /**
   * Opens the dialog on the amount step, with focus on the first field. Focus returns to the
   * element that had it when the dialog closes.
   */
  async show(options: TopUpDialogShowOptions = {}): Promise<void> {
    if (this.isOpen) return;
    this.invoker = deepActiveElement();
    this.generation += 1;
    this.requestedCurrency = options.currency;
    this.reset();
    this.isOpen = true;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.focusFirstField();
  }

  /**
   * Closes the dialog. While a payment is being processed it stays open (returns `false`), so
   * the outcome is never hidden.
   */
  close(): boolean {
    if (this.busy) {
      this.blockEscape();
      return false;
    }
    if (this.dialog?.open) this.dialog.close();
    this.handleClosed();
    return true;
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────

  private reset(): void {
    this.cancelQuote();
    this.step = 'amount';
    this.phase = 'idle';
    this.amount = null;
    this.amountError = '';
    this.methodId = null;
    this.methodError = '';
    this.quote = null;
    this.quoteStatus = 'idle';
    this.quoteFor = '';
    this.failure = '';
    this.confirmError = '';
    this.result = null;
    this.escapeBlocked = false;
    this.collectError = '';
    this.announcement = '';
    this.attempt = null;
    this.charging = false;
  }

  private changeAmount(value: Money | null): void {
    if (sameMoney(value, this.amount)) return;
    this.amount = value;
    this.amountError = '';
    this.failure = '';
    this.requestQuote(false);
  }

  private blockEscape(): void {
    this.escapeBlocked = true;
    this.announcement = msg(
      'A payment is being processed. The dialog can be closed once it has finished.',
    );
  }

  /** Keeps Tab and Shift+Tab inside the dialog (the page behind is inert, the browser UI is not). */
  private trapTab(event: KeyboardEvent): void {
    const items = this.tabbables();
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    const current = active instanceof HTMLElement ? active : null;
    const before = (a: Element, b: Element) =>
      !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (event.shiftKey) {
      if (!current || current === first || (!items.includes(current) && before(current, first))) {
        event.preventDefault();
        last.focus();
      }
    } else if (
      !current ||
      current === last ||
      (!items.includes(current) && before(last, current))
    ) {
      event.preventDefault();
      first.focus();
    }
  }

  /** The elements Tab stops at, in order (one per radio group, as the browser does). */
  private tabbables(): HTMLElement[] {
    const candidates = Array.from(
      this.dialog.querySelectorAll<HTMLElement>(
        'button, input, ph-money-input, [tabindex]:not([tabindex="-1"])',
      ),
    ).filter(
      (el) =>
        !(el as HTMLButtonElement).disabled &&
        !el.closest('[hidden]') &&
        el.getClientRects().length > 0,
    );
    const groups = new Set<string>();
    return candidates.filter((el) => {
      if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
      if (groups.has(el.name)) return false;
      const group = candidates.filter(
        (c): c is HTMLInputElement => c instanceof HTMLInputElement && c.name === el.name,
      );
      const chosen = group.find((r) => r.checked) ?? group[0];
      if (chosen !== el) return false;
      groups.add(el.name);
      return true;
    });
  }

  private focusFirstField(): void {
    this.focusTarget = FIRST_FIELD;
    this.requestUpdate();
  }

  /** The currency the dialog adds funds to. */
  private get activeCurrency(): string {
    return (
      this.requestedCurrency ??
      this.currency ??
      this.balances.value?.[0]?.money.currency ??
      this.autoRenewal.value?.[0]?.currency ??
      'EUR'
    );
  }

  private get settings(): AutoRenewal | undefined {
    return this.autoRenewal.value?.find((s) => s.currency === this.activeCurrency);
  }

  private get balance(): Balance | undefined {
    return this.balances.value?.find((b) => b.money.currency === this.activeCurrency);
  }

  /** The hub's "now" for card expiry: the balance's last update, else the browser's clock. */
  private get hubNow(): Date {
    const balance = this.balance;
    return balance ? new Date(balance.updatedAt) : new Date();
  }

  private get cards(): CardOption[] {
    const now = this.hubNow;
    return (this.paymentMethods.value ?? []).map((method) => ({
      method,
      expiry: cardExpiryState(method.expMonth, method.expYear, now),
    }));
  }

  private chooseDefaultCard(): void {
    if (!this.isOpen || !this.paymentMethods.value) return;
    const usable = this.cards.filter((c) => c.expiry !== 'expired');
    if (usable.some((c) => c.method.id === this.methodId)) return;
    const chosen = usable.find((c) => c.method.isDefault) ?? usable[0];
    this.methodId = chosen?.method.id ?? null;
  }

  /** The hub's limits for a manual top-up; without them, those of an automatic one. */
  private get limits(): { min: Money | null; max: Money | null } {
    const own = this.balance?.topUpLimits;
    if (own) return { min: own.min, max: own.max };
    const limits = this.settings?.limits;
    return { min: limits?.minAmount ?? null, max: limits?.maxAmount ?? null };
  }

  /** Round amounts in the currency's scale, plus the auto-renewal amount and recommendation. */
  private get presets(): Money[] {
    const currency = this.activeCurrency;
    const unit = 10 ** currencyExponent(currency);
    const settings = this.settings;
    const { min, max } = this.limits;
    const amounts = new Set<number>(PRESET_UNITS.map((n) => n * unit));
    for (const extra of [settings?.amount, settings?.recommendation?.amount]) {
      if (extra && extra.currency === currency && extra.amount > 0) amounts.add(extra.amount);
    }
    return [...amounts]
      .filter((a) => (!min || a >= min.amount) && (!max || a <= max.amount))
      .sort((a, b) => a - b)
      .map((a) => money(a, currency));
  }

  private get canQuote(): boolean {
    return this.hubClient?.can('quoteTopUp') ?? false;
  }

  private cancelQuote(): void {
    clearTimeout(this.quoteTimer);
    this.quoteTimer = undefined;
    this.quoteController?.abort();
    this.quoteController = undefined;
  }

  /** Asks for the fee of the current amount and card: debounced, a newer request aborts an older one. */
  private requestQuote(now: boolean): void {
    const amount = this.amount;
    const paymentMethodId = this.methodId;
    const client = this.hubClient;
    if (!amount || !paymentMethodId || !client || !this.canQuote) {
      this.cancelQuote();
      this.quote = null;
      this.quoteStatus = 'idle';
      this.quoteFor = '';
      return;
    }
    const key = `${amount.amount}:${amount.currency}:${paymentMethodId}`;
    if (key === this.quoteFor && (this.quoteStatus !== 'error' || !now)) {
      if (now && this.quoteTimer !== undefined) {
        clearTimeout(this.quoteTimer);
        this.quoteTimer = undefined;
        void this.fetchQuote(key, amount, paymentMethodId);
      }
      return;
    }
    this.cancelQuote();
    this.quoteFor = key;
    this.quote = null;
    this.quoteStatus = 'loading';
    if (now) {
      void this.fetchQuote(key, amount, paymentMethodId);
    } else {
      this.quoteTimer = setTimeout(() => {
        this.quoteTimer = undefined;
        void this.fetchQuote(key, amount, paymentMethodId);
      }, QUOTE_DEBOUNCE);
    }
  }

  private async fetchQuote(key: string, amount: Money, paymentMethodId: string): Promise<void> {
    const client = this.hubClient;
    if (!client) return;
    this.quoteController?.abort();
    const controller = new AbortController();
    this.quoteController = controller;
    this.quoteStatus = 'loading';
    try {
      const quote = await client.quoteTopUp(
        { amount, paymentMethodId },
        { signal: controller.signal },
      );
      if (controller.signal.aborted || key !== this.quoteFor) return;
      this.quote = quote;
      this.quoteStatus = 'idle';
    } catch {
      if (controller.signal.aborted || key !== this.quoteFor) return;
      this.quote = null;
      this.quoteStatus = 'error';
    } finally {
      if (this.quoteController === controller) this.quoteController = undefined;
    }
  }

  /** The quote for exactly the amount and card on screen, if there is one. */
  private get currentQuote(): TopUpQuote | null {
    const q = this.quote;
    if (
      !q ||
      !this.amount ||
      this.quoteFor !== `${this.amount.amount}:${this.amount.currency}:${this.methodId}`
    ) {
      return null;
    }
    return q;
  }

  /**
   * Sends the top-up with the attempt's key; after a lost response, re-asks with the same key a
   * few times (backing off) before saying the outcome is unknown.
   */
  private async charge(attempt: Attempt): Promise<void> {
    const client = this.hubClient;
    if (!client || this.charging) return;
    this.charging = true;
    const generation = this.generation;
    this.phase = 'pending';
    this.failure = '';
    this.confirmError = '';
    this.escapeBlocked = false;
    this.announcement = msg('Processing payment…');
    const delays = (this.constructor as typeof PhTopUpDialog).verifyBackoff;
    try {
      for (let check = 0; ; check++) {
        let outcome: TopUpResult | AdapterError;
        try {
          outcome = await client.topUp(
            { amount: attempt.amount, paymentMethodId: attempt.paymentMethodId },
            { idempotencyKey: attempt.key },
          );
        } catch (error) {
          outcome = toAdapterError(error);
        }
        if (generation !== this.generation) return;
        const unknown =
          outcome instanceof AdapterError
            ? UNKNOWN_OUTCOME.has(outcome.code)
            : outcome.status === 'pending';
        if (!unknown) {
          this.settle(outcome);
          return;
        }
        const delay = delays[check];
        if (delay === undefined) {
          this.phase = 'unknown';
          this.announcement = msg('The payment could not be confirmed yet.');
          this.focusTarget = '#unknown';
          return;
        }
        if (this.phase !== 'verifying') {
          this.phase = 'verifying';
          this.announcement = msg('Verifying payment…');
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (generation !== this.generation) return;
      }
    } finally {
      if (generation === this.generation) this.charging = false;
    }
  }

  /** Shows what a known outcome means: success, a payment failure, or another error. */
  private settle(outcome: TopUpResult | AdapterError): void {
    this.phase = 'idle';
    this.escapeBlocked = false;
    if (!(outcome instanceof AdapterError) && outcome.status === 'succeeded') {
      this.result = outcome;
      this.step = 'done';
      this.announcement = msg(
        str`Funds applied. New balance: ${this.formatMoney(outcome.balance.money)}.`,
      );
      this.focusTarget = '#done-title';
      this.emit('ph-top-up', {
        amount: outcome.amount,
        balance: outcome.balance.money,
        topUpId: outcome.id,
      });
      return;
    }
    if (!(outcome instanceof AdapterError) || outcome.code === 'payment_failed') {
      const reasonCode = outcome instanceof AdapterError ? outcome.reasonCode : outcome.reasonCode;
      const reason = outcome instanceof AdapterError ? outcome.message : outcome.reason;
      this.failure = this.describeFailure(reasonCode, reason);
      this.step = 'amount';
      this.announcement = msg(str`Payment failed: ${this.failure}`);
      this.focusTarget = '#failure';
      return;
    }
    if (outcome.code === 'validation') {
      const { amount, paymentMethodId } = outcome.fieldErrors;
      if (amount || paymentMethodId) {
        this.amountError = amount ?? '';
        this.methodError = paymentMethodId ?? '';
        this.step = 'amount';
        this.focusTarget = amount ? 'ph-money-input' : '[name="method"]:not([disabled])';
        this.announcement = amount ?? paymentMethodId ?? '';
        return;
      }
    }
    this.confirmError = this.describeError(outcome);
    this.announcement = this.confirmError;
    this.focusTarget = '#confirm-error';
  }

  /** A sentence for a payment failure: localized for the codes the kit knows, else the hub's words. */
  private describeFailure(reasonCode: string | undefined, reason: string | undefined): string {
    switch (reasonCode) {
      case 'card_declined':
        return msg('The card was declined.');
      case 'expired_card':
        return msg('The card has expired.');
      case 'insufficient_funds':
        return msg('The card has insufficient funds.');
      case 'incorrect_cvc':
        return msg('The card’s security code was not accepted.');
      case 'processing_error':
        return msg('The card could not be processed.');
      default:
        return reason || msg('The payment did not go through.');
    }
  }

  private cardLabel(method: PaymentMethod): string {
    const expires = `${String(method.expMonth).padStart(2, '0')}/${method.expYear}`;
    return msg(str`${method.brand} •••• ${method.last4}, expires ${expires}`);
  }

  protected override get active(): boolean {
    return this.isOpen;
  }

  private get view(): ViewState {
    const billing = this.billingViewState([]);
    if (billing.kind !== 'ready') return billing;
    if (!this.isOwner) return { kind: 'forbidden' };
    const view = this.viewStateOf([this.paymentMethods, this.balances]);
    if (view.kind !== 'ready') return view;
    const settingsPending =
      this.autoRenewal.value === undefined && this.autoRenewal.state.status !== 'error';
    return settingsPending ? { kind: 'loading' } : view;
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────

  private renderBody(): TemplateResult | typeof nothing {
    const view = this.view;
    if (view.kind === 'forbidden') {
      return html`<div class="state" data-state="forbidden" part="state">
        <p class="state-title">${msg('Only owners can add funds.')}</p>
        <p class="muted">
          ${msg(
            'Adding to the credit balance is limited to owners of this partner account. Ask an owner to add funds.',
          )}
        </p>
        ${this.renderCloseAction()}
      </div>`;
    }
    if (view.kind !== 'ready') {
      return html`${this.renderState(view, {
        error: msg('Couldn’t load your payment methods.'),
        forbidden: msg('Only owners can add funds.'),
      })}
      ${this.renderCloseAction()}`;
    }
    if (this.step === 'done') return this.renderDone();
    return html`${this.renderAmountStep()}
    ${this.step === 'confirm' ? this.renderConfirm() : nothing}`;
  }

  private renderCloseAction(): TemplateResult {
    return html`<div class="actions">
      <button type="button" part="button" data-first-field @click=${() => this.close()}>
        ${msg('Close')}
      </button>
    </div>`;
  }

  private renderFailure(): TemplateResult | typeof nothing {
    if (!this.failure || !this.amount) return nothing;
    return html`<div class="alert" id="failure" part="alert" role="alert" tabindex="-1">
      <p class="alert-title">${msg('Payment failed:')} ${this.failure}</p>
      <p>
        ${msg(
          str`Your amount of ${this.formatMoney(this.amount)} and your card are kept. Try again, or choose another card.`,
        )}
      </p>
      <div class="actions start">
        <button type="button" part="button" @click=${this.handleConfirm}>
          ${msg('Try again')}
        </button>
      </div>
    </div>`;
  }

  private renderPresets(): TemplateResult | typeof nothing {
    const presets = this.presets;
    if (presets.length === 0) return nothing;
    return html`<div
      class="options presets"
      role="radiogroup"
      aria-label=${msg('Suggested amounts')}
    >
      ${presets.map(
        (preset) =>
          html`<label class="option" part="option">
            <input
              type="radio"
              name="preset"
              .checked=${sameMoney(preset, this.amount)}
              @change=${() => this.handlePreset(preset)}
            />
            <span>${this.formatMoney(preset)}</span>
          </label>`,
      )}
    </div>`;
  }

  private renderAmountField(): TemplateResult {
    const { min, max } = this.limits;
    const description =
      min && max
        ? msg(str`Between ${this.formatMoney(min)} and ${this.formatMoney(max)}.`)
        : min
          ? msg(str`At least ${this.formatMoney(min)}.`)
          : '';
    return html`<ph-money-input
      name="amount"
      required
      .label=${msg('Amount to add')}
      .currency=${this.activeCurrency}
      .min=${min}
      .max=${max}
      .description=${description}
      .error=${this.amountError}
      @ph-money-input=${this.handleAmountInput}
      @ph-money-change=${(event: Event) => event.stopPropagation()}
    ></ph-money-input>`;
  }

  private renderCardFlag(card: CardOption): TemplateResult | typeof nothing {
    if (card.expiry === 'expired') {
      return html`<span class="flag expired">${msg('Expired')}</span>`;
    }
    if (card.expiry === 'expiring') {
      return html`<span class="flag soon">${msg('Expires soon')}</span>`;
    }
    return nothing;
  }

  private renderMethods(): TemplateResult {
    const cards = this.cards;
    const usable = cards.some((c) => c.expiry !== 'expired');
    return html`<fieldset
      class="methods"
      aria-describedby=${this.methodError ? 'method-error' : nothing}
    >
      <legend>${msg('Payment method')}</legend>
      ${cards.map(
        (card) =>
          html`<label class="option card-option" part="option" data-expiry=${card.expiry}>
            <input
              type="radio"
              name="method"
              data-last4=${card.method.last4}
              .checked=${card.method.id === this.methodId}
              ?disabled=${card.expiry === 'expired'}
              @change=${() => this.handleMethod(card.method.id)}
            />
            <span class="card-label">${this.cardLabel(card.method)}</span>
            ${this.renderCardFlag(card)}
            ${card.method.isDefault ? html`<span class="flag">${msg('Default')}</span>` : nothing}
          </label>`,
      )}
      ${usable ? nothing : this.renderNoCard(cards.length > 0)}
      ${
        this.methodError
          ? html`<p class="field-error" id="method-error">${this.methodError}</p>`
          : nothing
      }
    </fieldset>`;
  }

  private renderNoCard(hasCards: boolean): TemplateResult {
    return html`<div class="no-card">
      <p>
        ${
          hasCards
            ? msg(
                'None of your cards can be charged: they have expired. Add a valid card to continue.',
              )
            : msg('There is no card on file. Add a card to continue.')
        }
      </p>
      <button
        type="button"
        part="button"
        data-first-field
        ?disabled=${this.collecting}
        aria-busy=${this.collecting ? 'true' : nothing}
        @click=${this.handleAddCard}
      >
        ${msg('Add a payment method')}
      </button>
      ${this.collectError ? html`<p class="field-error" role="alert">${this.collectError}</p>` : nothing}
    </div>`;
  }

  private renderFee(): TemplateResult | typeof nothing {
    if (!this.canQuote || !this.amount || !this.methodId) return nothing;
    const quote = this.currentQuote;
    if (quote) {
      return html`<p class="fee muted">
        ${msg(str`Card fee ${this.formatMoney(quote.fee)} · Total ${this.formatMoney(quote.total)}`)}
      </p>`;
    }
    if (this.quoteStatus === 'error') {
      return html`<p class="fee muted">${msg('The card fee could not be calculated.')}</p>`;
    }
    return html`<p class="fee muted">${msg('Calculating the card fee…')}</p>`;
  }

  private renderAmountStep(): TemplateResult {
    return html`<form
      class="step"
      novalidate
      ?hidden=${this.step !== 'amount'}
      aria-labelledby="amount-title"
      @submit=${this.handleContinue}
    >
      <p id="amount-title" class="visually-hidden">${msg('Step 1 of 2: amount and card')}</p>
      ${this.renderFailure()}
      <fieldset class="amount">
        <legend>${msg('Amount')}</legend>
        ${this.renderPresets()} ${this.renderAmountField()} ${this.renderFee()}
      </fieldset>
      ${this.renderMethods()}
      <div class="actions">
        <button type="button" part="button" @click=${() => this.close()}>${msg('Cancel')}</button>
        <button type="submit" class="primary" part="button" ?disabled=${!this.methodId}>
          ${msg('Continue')}
        </button>
      </div>
    </form>`;
  }

  private renderConfirm(): TemplateResult {
    const amount = this.amount!;
    const card = this.cards.find((c) => c.method.id === this.methodId);
    const quote = this.currentQuote;
    const waitingForFee = this.canQuote && !quote;
    const total = quote ? quote.total : this.canQuote ? null : amount;
    const busy = this.busy;
    return html`<section class="step confirm" aria-labelledby="confirm-title">
      <h3 id="confirm-title" tabindex="-1">${msg('Step 2 of 2: check and confirm')}</h3>
      <dl class="summary" part="summary">
        <div>
          <dt>${msg('Amount added to the balance')}</dt>
          <dd>${this.formatMoney(amount)}</dd>
        </div>
        ${
          quote
            ? html`<div>
                <dt>${msg('Card fee')}</dt>
                <dd>${this.formatMoney(quote.fee)}</dd>
              </div>`
            : nothing
        }
        <div class="total">
          <dt>${msg('Total charged to the card')}</dt>
          <dd>
            ${
              total
                ? this.formatMoney(total)
                : this.quoteStatus === 'error'
                  ? msg('Not available')
                  : msg('Calculating…')
            }
          </dd>
        </div>
        <div>
          <dt>${msg('Card')}</dt>
          <dd>${card ? this.cardLabel(card.method) : ''}</dd>
        </div>
      </dl>
      ${
        this.quoteStatus === 'error' && waitingForFee
          ? html`<div class="alert" part="alert" role="alert">
              <p>${msg('The card fee could not be calculated, so the total is not known yet.')}</p>
              <div class="actions start">
                <button type="button" part="button" @click=${() => this.requestQuote(true)}>
                  ${msg('Calculate again')}
                </button>
              </div>
            </div>`
          : nothing
      }
      <p class="muted">${msg('Funds are applied immediately after a successful payment.')}</p>
      ${this.renderProgress()}
      <div class="actions">
        <button
          type="button"
          part="button"
          ?disabled=${busy || this.phase === 'unknown'}
          @click=${this.handleBack}
        >
          ${msg('Back')}
        </button>
        <button
          type="button"
          class="primary"
          part="button"
          id="confirm"
          ?disabled=${busy || waitingForFee || this.phase === 'unknown'}
          aria-busy=${busy ? 'true' : 'false'}
          @click=${this.handleConfirm}
        >
          ${msg('Add credit')}
        </button>
      </div>
    </section>`;
  }

  private renderProgress(): TemplateResult | typeof nothing {
    const notice = this.escapeBlocked
      ? html`<p class="notice">
          ${msg('A payment is being processed. The dialog can be closed once it has finished.')}
        </p>`
      : nothing;
    switch (this.phase) {
      case 'pending':
        return html`<p class="progress" data-phase="pending">
            <span class="spinner" aria-hidden="true"></span>${msg('Processing payment…')}
          </p>
          ${notice}`;
      case 'verifying':
        return html`<div class="progress" data-phase="verifying">
            <p>
              <span class="spinner" aria-hidden="true"></span
              ><strong>${msg('Verifying payment…')}</strong>
            </p>
            <p class="muted">
              ${msg(
                'The connection dropped after the payment was sent. Checking with the hub whether it went through; you will not be charged twice.',
              )}
            </p>
          </div>
          ${notice}`;
      case 'unknown':
        return html`<div class="alert" id="unknown" part="alert" role="alert" tabindex="-1">
          <p class="alert-title">${msg('We could not confirm the payment yet.')}</p>
          <p>
            ${msg(
              'It may still go through. Checking again asks about this same payment: your card is never charged a second time.',
            )}
          </p>
          <div class="actions start">
            <button type="button" class="primary" part="button" @click=${this.handleCheckAgain}>
              ${msg('Check again')}
            </button>
            <button type="button" part="button" @click=${() => this.close()}>
              ${msg('Close')}
            </button>
          </div>
        </div>`;
      default:
        return this.confirmError
          ? html`<div class="alert" id="confirm-error" part="alert" role="alert" tabindex="-1">
              <p class="alert-title">${msg('The payment was not made.')}</p>
              <p>${this.confirmError}</p>
            </div>`
          : nothing;
    }
  }

  private renderDone(): TemplateResult {
    const result = this.result!;
    return html`<section class="step done" aria-labelledby="done-title">
      <h3 id="done-title" tabindex="-1">${msg('Funds applied')}</h3>
      <p>${msg(str`${this.formatMoney(result.amount)} was added to your credit balance.`)}</p>
      <p class="new-balance">
        ${msg('New balance:')} <strong>${this.formatMoney(result.balance.money)}</strong>
      </p>
      <div class="actions">
        <button type="button" class="primary" part="button" @click=${() => this.close()}>
          ${msg('Done')}
        </button>
      </div>
    </section>`;
  }

  protected override render() {
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      @cancel=${this.handleCancel}
      @close=${this.handleDialogClose}
      @keydown=${this.handleKeydown}
    >
      ${
        this.isOpen
          ? html`<header class="header">
                <h2 id="title" part="title">${msg('Add to Credit Balance')}</h2>
                <button
                  type="button"
                  class="close"
                  part="button"
                  aria-label=${msg('Close')}
                  ?disabled=${this.busy}
                  @click=${() => this.close()}
                >
                  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M6 6l12 12M18 6L6 18" />
                  </svg>
                </button>
              </header>
              <div class="body">${this.renderBody()}</div>
              <div class="visually-hidden" role="status" aria-live="polite">
                ${this.announcement}
              </div>`
          : nothing
      }
    </dialog>`;
  }
}
