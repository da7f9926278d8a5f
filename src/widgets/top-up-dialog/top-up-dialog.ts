import { sessionClock } from '../../base/session-clock.js';
import { msg, str } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { TopUpInput } from '../../adapter/contract.js';
import type { Money, TopUpQuote, TopUpResult } from '../../adapter/schemas.js';
import { PhBillingElement } from '../../base/billing-element.js';
import type { ViewState } from '../../base/element.js';
import { MutationController, type MutationFailure } from '../../base/mutation-controller.js';
import {
  PAYMENT_CHECKS,
  paymentChecks,
  paymentStyles,
  cardCollector,
  renderCardChoice,
  renderFeeNote,
  renderPaymentFailure,
  renderPaymentProgress,
  renderPaymentSummary,
} from '../../base/payment-parts.js';
import { QuoteController } from '../../base/quote-controller.js';
import { RequestController } from '../../base/request-controller.js';
import { ResourceController } from '../../base/resource-controller.js';
import {
  FIRST_BALANCE_CURRENCY,
  chargeFor,
  chooseCard,
  topUpLimits,
  topUpPresets,
} from '../../domain/index.js';
import { formatMoney, sameMoney } from '../../money/index.js';
import '../dialog/define.js';
import type { PhDialog } from '../dialog/define.js';
import '../money-input/define.js';
import type { PhMoneyInput } from '../money-input/define.js';
import { rangeHint } from '../money-input/range-hint.js';
import '../../client/results/balances.js';
import '../../client/results/auto-renewal-read.js';
import '../../client/results/payment-methods.js';
import '../../client/results/collect-payment-method.js';
import '../../client/results/top-up.js';
import { styles } from './top-up-dialog.styles.js';
import type { TopUpDialogShowOptions } from './top-up-dialog.types.js';

type Step = 'amount' | 'confirm' | 'done';

/**
 * "Add to Credit Balance": a modal dialog that adds funds to the shared credit balance by card.
 * Step one takes the amount (presets or any amount within the hub's limits) and the card (the
 * default preselected; expired cards flagged and refused, those expiring soon flagged); step
 * two shows amount, fee and total before any money moves (the hub's quote, else the card's own
 * rate); an amount the hub refuses when quoting shows its reason on the field. One idempotency key per amount and
 * card, reused on every retry; a lost answer is verified with the same key, never charged
 * again. A payment that times out may still complete: the dialog says so and can be left; the
 * balance of every element under the same provider updates when it lands.
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
 * @event {PaymentMethodRequestDetail} ph-payment-method-request - The partner chose to add a
 *   payment method: `reason` is `add` ("Add a payment method" in the payment methods) or
 *   `none_usable` (no card on file can be charged in a payment dialog). Cancelable: call
 *   `preventDefault()` to collect it yourself (your own page or form); otherwise the adapter's
 *   `collectPaymentMethod` runs when it has one.
 * @csspart dialog - The native `<dialog>` (style its `::backdrop` through `::part(dialog)::backdrop`).
 * @csspart title - The dialog's heading.
 * @csspart option - Each amount preset and each card choice.
 * @csspart summary - The amount, fee, total and card shown before confirming.
 * @csspart alert - Failure and "could not confirm" messages.
 * @csspart button - Every button.
 * @csspart state - The loading, error, forbidden and unavailable panels.
 *
 * @cssproperty [--ph-top-up-dialog-width=36rem] - The dialog's width on wide screens.
 * @adapter-reads getSession getBalances getAutoRenewal listPaymentMethods quoteTopUp
 * @adapter-writes topUp collectPaymentMethod
 * @adapter-optional quoteTopUp collectPaymentMethod
 */
export class PhTopUpDialog extends PhBillingElement {
  static override styles = [...PhBillingElement.styles, paymentStyles, styles];

  static override properties: PropertyDeclarations = {
    currency: {},
    isOpen: { state: true },
    step: { state: true },
    amount: { state: true },
    amountError: { state: true },
    methodId: { state: true },
    methodError: { state: true },
  };

  /** Waits (ms) before each check with the same key after a lost answer; then "Check again". */
  static verifyBackoff: readonly number[] = PAYMENT_CHECKS;

  readonly #balances = new ResourceController(this, {
    name: 'balances',
    enabled: () => this.isOpen && this.partnerPaid,
  });

  readonly #autoRenewal = new ResourceController(this, {
    name: 'autoRenewal',
    enabled: () => this.isOpen && this.partnerPaid,
  });

  readonly #paymentMethods = new ResourceController(this, {
    name: 'paymentMethods',
    enabled: () => this.isOpen && this.partnerPaid && this.isOwner,
  });

  readonly #quote = new QuoteController<TopUpInput, TopUpQuote>(this, {
    args: () => (this.#canQuote ? this.#input : null),
    task: (input, { signal }) => this.hubClient!.quoteTopUp(input, { signal }),
    fields: ['amount', 'paymentMethodId'],
  });

  readonly #pay = new MutationController<TopUpInput, TopUpResult>(this, {
    task: (input, { signal, idempotencyKey }) =>
      this.hubClient!.topUp(input, { signal, idempotencyKey }),
    ...paymentChecks(this, (text) => this.announce(text)),
    onComplete: (result) => this.#handlePaid(result),
    onError: (failure) => this.#handlePayFailure(failure),
  });

  readonly #collect = cardCollector(
    this,
    () =>
      this.emit(
        'ph-payment-method-request',
        { reason: 'none_usable', currency: this.#activeCurrency },
        { cancelable: true },
      ),
    (error) => this.describeError(error),
    () => void this.focusAfterUpdate('[name="method"]:checked'),
  );

  readonly #money = (value: Money) => formatMoney(value, this.locale);

  /**
   * The balance currency to add funds to. Unset: the currency passed to `show()` or named by the
   * balance card's request, else the first balance's.
   */
  currency: string | undefined;

  private isOpen = false;
  #requestedCurrency: string | undefined; // show()'s, set as it opens (which renders)
  private step: Step = 'amount';
  private amount: Money | null = null;
  private amountError = '';
  private methodId: string | null = null;
  private methodError = '';

  constructor() {
    super();
    // A balance card's "Add to Credit Balance", unless the host took it over.
    new RequestController(this, 'ph-top-up-request', (detail) => {
      if (!this.isOpen) void this.show({ currency: detail?.currency });
    });
  }

  get #dialog(): PhDialog {
    return this.renderRoot.querySelector('ph-dialog')!;
  }

  get #moneyInput(): PhMoneyInput | null {
    return this.renderRoot.querySelector('ph-money-input');
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.isOpen;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('methodId')) this.methodError = ''; // another card: its error is gone
    // The hub refused the amount or card when quoting, after Continue: back to the field.
    if (this.step === 'confirm' && this.#quote.refusal) this.#backTo(this.#quote.refusal);
    const methods = this.#paymentMethods.value;
    if (this.isOpen && methods) {
      this.methodId =
        chooseCard(methods, sessionClock(this.session.state), this.methodId)?.id ?? null;
    }
  }

  // ── handlers ───────────────────────────────────────────────────────────────────────────

  /** Escape, × or Close while the first answer is awaited: refused (`busy`), and said why. */
  #handleCloseRequest(): void {
    if (this.#pay.status !== 'pending') return;
    this.announce(
      msg('A payment is being processed. The dialog can be closed once it has finished.'),
    );
  }

  #handleClosed(): void {
    this.isOpen = false; // a payment being checked goes on: its outcome is said when known
  }

  /** Another partner account: what the dialog held was the old one's. It closes. */
  protected override scopeChanged(): void {
    this.#handleClosed();
  }

  #handlePreset(preset: Money): void {
    if (this.#moneyInput) this.#moneyInput.value = preset;
    this.#changeAmount(preset);
  }

  #handleAmountInput(event: CustomEvent<{ value: Money | null; valid: boolean }>): void {
    event.stopPropagation();
    this.#changeAmount(event.detail.valid ? event.detail.value : null);
  }

  #handleContinue(event: Event): void {
    event.preventDefault();
    const input = this.#moneyInput;
    if (!this.amount || (input && !input.checkValidity())) {
      input?.reportValidity(); // shows the problem (touched) and focuses an invalid field
      input?.focus();
      return;
    }
    if (!this.methodId) {
      this.methodError = msg('Choose a card to pay with.');
      void this.focusAfterUpdate('[name="method"]:not([disabled])');
      return;
    }
    if (this.#quote.refusal) return this.#backTo(this.#quote.refusal);
    this.step = 'confirm';
    this.#quote.flush();
    void this.focusAfterUpdate('#confirm-title');
  }

  /** Back to the amount step, the hub's reasons on their fields, focus on the refused one. */
  #backTo(refused: Readonly<Record<string, string | undefined>> = {}): void {
    this.amountError = refused['amount'] ?? '';
    this.methodError = refused['paymentMethodId'] ?? '';
    this.step = 'amount';
    const card = refused['paymentMethodId'] && !refused['amount'];
    void this.focusAfterUpdate(card ? '[name="method"]:not([disabled])' : 'ph-money-input');
  }

  /** "Add credit", "Try again" and "Check again": one payment, whatever the number of clicks. */
  #handlePay(): void {
    const input = this.#input;
    if (!input || this.#pay.inFlight) return;
    this.announce(msg('Processing payment…'));
    void this.#pay.run(input);
  }

  #handlePaid({ amount, balance, id }: TopUpResult): void {
    this.step = 'done';
    this.announce(msg(str`Funds applied. New balance: ${this.#money(balance.money)}.`));
    void this.focusAfterUpdate('#done-title');
    this.emit('ph-top-up', { amount, balance: balance.money, topUpId: id });
  }

  /** Each failure is said once, by its alert; focus goes to the action that follows it. */
  #handlePayFailure(failure: MutationFailure): void {
    const { amount, paymentMethodId } = failure.fieldErrors;
    if (failure.kind === 'payment_failed') {
      this.step = 'amount';
      void this.focusAfterUpdate('#failure button');
    } else if (amount || paymentMethodId) {
      this.#backTo(failure.fieldErrors);
    } else {
      void this.focusAfterUpdate(failure.kind === 'unknown' ? '#unknown button' : '#confirm');
    }
  }

  /**
   * Opens the dialog on the amount step, focus on the first field — or, while a payment made in
   * it is being checked, on that payment. Focus returns to the element that had it on closing.
   */
  async show(options: TopUpDialogShowOptions = {}): Promise<void> {
    if (this.isOpen) return;
    if (!this.#pay.inFlight) {
      this.#requestedCurrency = options.currency;
      this.step = 'amount';
      this.amount = this.methodId = null;
      this.amountError = this.methodError = '';
      this.#pay.reset();
      this.#collect.reset();
    }
    this.isOpen = true;
    await this.updateComplete;
    await this.#dialog.updateComplete;
  }

  /**
   * Closes the dialog. While a payment awaits its first answer it stays open (returns `false`),
   * so the outcome is never hidden.
   */
  close(): boolean {
    return this.#dialog?.requestClose('api') ?? true;
  }

  #changeAmount(value: Money | null): void {
    if (sameMoney(value, this.amount)) return;
    this.amount = value;
    this.amountError = '';
  }

  /** The top-up on screen, once it has an amount and a card. */
  get #input(): TopUpInput | null {
    return this.amount && this.methodId
      ? { amount: this.amount, paymentMethodId: this.methodId }
      : null;
  }

  /** The failure of the last payment, while it is about the amount and card on screen. */
  get #failure(): MutationFailure | undefined {
    return this.#pay.failureFor(this.#input);
  }

  /** The currency the dialog adds funds to. */
  get #activeCurrency(): string {
    return (
      this.#requestedCurrency ??
      this.currency ??
      this.#balances.value?.[0]?.money.currency ??
      this.#autoRenewal.value?.[0]?.currency ??
      FIRST_BALANCE_CURRENCY
    );
  }

  get #settings() {
    return this.#autoRenewal.value?.find((s) => s.currency === this.#activeCurrency);
  }

  get #method() {
    return this.#paymentMethods.value?.find((m) => m.id === this.methodId);
  }

  /** Fee and total: the hub's quote, else the card's own rate (none without one). */
  get #charge(): { fee: Money; total: Money } | undefined {
    if (this.#canQuote) return this.#quote.value;
    const method = this.#method;
    return this.amount && method ? chargeFor(this.amount, method.feeBasisPoints) : undefined;
  }

  get #limits() {
    const currency = this.#activeCurrency;
    const balance = this.#balances.value?.find((b) => b.money.currency === currency);
    return topUpLimits(balance?.topUpLimits, this.#settings?.limits);
  }

  get #canQuote(): boolean {
    return this.hubClient?.can('quoteTopUp') ?? false;
  }

  protected override get active(): boolean {
    return this.isOpen;
  }

  get #view(): ViewState {
    const billing = this.billingViewState([]);
    if (billing.kind !== 'ready') return billing;
    if (!this.isOwner) return { kind: 'forbidden' };
    const view = this.viewStateOf([this.#paymentMethods, this.#balances]);
    if (view.kind !== 'ready') return view;
    const settingsPending =
      this.#autoRenewal.value === undefined && this.#autoRenewal.state.status !== 'error';
    return settingsPending ? { kind: 'loading' } : view;
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────

  #renderBody(): TemplateResult {
    const view = this.#view;
    if (view.kind !== 'ready') {
      const methodsFailed = this.#paymentMethods.state.status === 'error';
      return html`${this.renderState(view, {
          error: methodsFailed
            ? msg('Couldn’t load your payment methods.')
            : msg('Couldn’t load your credit balance.'),
          forbidden: msg('Only owners can add funds.'),
        })}
        <div class="actions">
          <button type="button" part="button" @click=${() => this.close()}>${msg('Close')}</button>
        </div>`;
    }
    if (this.step === 'done') return this.#renderDone(this.#pay.value!);
    return html`${this.#renderAmountStep()}
    ${this.step === 'confirm' ? this.#renderConfirm() : nothing}`;
  }

  #renderPresets(): TemplateResult | typeof nothing {
    const settings = this.#settings;
    const presets = topUpPresets(this.#activeCurrency, this.#limits, [
      settings?.amount,
      settings?.recommendation?.amount,
    ]);
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
              @change=${() => this.#handlePreset(preset)}
            />
            <span>${this.#money(preset)}</span>
          </label>`,
      )}
    </div>`;
  }

  #renderAmountField(): TemplateResult {
    const { min, max } = this.#limits;
    return html`<ph-money-input
      name="amount"
      required
      .label=${msg('Amount to add')}
      .currency=${this.#activeCurrency}
      .min=${min}
      .max=${max}
      .description=${rangeHint(min, max, this.locale)}
      .error=${this.amountError}
      @ph-money-input=${this.#handleAmountInput}
      @ph-money-change=${(event: Event) => event.stopPropagation()}
    ></ph-money-input>`;
  }

  #renderAmountStep(): TemplateResult {
    return html`<form
      class="step"
      novalidate
      ?hidden=${this.step !== 'amount'}
      aria-labelledby="amount-title"
      @submit=${this.#handleContinue}
    >
      <h3 id="amount-title" tabindex="-1">${msg('Step 1 of 2: amount and card')}</h3>
      ${
        this.#failure?.kind === 'payment_failed' && this.amount
          ? renderPaymentFailure(
              this.#failure.error,
              msg(
                str`Your amount of ${this.#money(this.amount)} and your card are kept. Try again, or choose another card.`,
              ),
              () => this.#handlePay(),
            )
          : nothing
      }
      <fieldset class="amount">
        <legend>${msg('Amount')}</legend>
        ${this.#renderPresets()} ${this.#renderAmountField()}
        ${
          this.#input && !this.#quote.refusal
            ? renderFeeNote({ value: this.#charge, status: this.#quote.status }, this.#money)
            : nothing
        }
      </fieldset>
      ${renderCardChoice({
        methods: this.#paymentMethods.value ?? [],
        now: sessionClock(this.session.state),
        chosenId: this.methodId,
        error: this.methodError,
        onChoose: (id) => (this.methodId = id),
        addCard: this.#collect.addCard,
      })}
      <div class="actions">
        <button type="button" part="button" @click=${() => this.close()}>${msg('Cancel')}</button>
        <button type="submit" class="primary" part="button" ?disabled=${!this.methodId}>
          ${msg('Continue')}
        </button>
      </div>
    </form>`;
  }

  #renderConfirm(): TemplateResult {
    const locked = this.#pay.inFlight || this.#failure?.kind === 'unknown';
    return html`<section class="step confirm" aria-labelledby="confirm-title">
      <h3 id="confirm-title" tabindex="-1">${msg('Step 2 of 2: check and confirm')}</h3>
      ${renderPaymentSummary({
        amountLabel: msg('Amount added to the balance'),
        amount: this.amount!,
        quote: this.#charge,
        quoteFailed: this.#quote.status === 'error',
        method: this.#method,
        format: this.#money,
        onRequote: () => this.#quote.retry(),
      })}
      <p class="muted">${msg('Funds are applied immediately after a successful payment.')}</p>
      ${renderPaymentProgress({
        status: this.#pay.status,
        failure: this.#pay.failure,
        onCheckAgain: () => this.#handlePay(),
        onClose: () => this.close(),
        describeError: (error) => this.describeError(error),
      })}
      <div class="actions">
        <button type="button" part="button" ?disabled=${locked} @click=${() => this.#backTo()}>
          ${msg('Back')}
        </button>
        <button
          type="button"
          class="primary"
          part="button"
          id="confirm"
          ?disabled=${!this.#charge}
          aria-disabled=${locked ? 'true' : 'false'}
          aria-busy=${this.#pay.inFlight ? 'true' : 'false'}
          @click=${() => locked || this.#handlePay()}
        >
          ${msg('Add credit')}
        </button>
      </div>
    </section>`;
  }

  #renderDone(result: TopUpResult): TemplateResult {
    return html`<section class="step done" aria-labelledby="done-title">
      <h3 id="done-title" tabindex="-1">${msg('Funds applied')}</h3>
      <p>${msg(str`${this.#money(result.amount)} was added to your credit balance.`)}</p>
      <p class="new-balance">
        ${msg('New balance:')} <strong>${this.#money(result.balance.money)}</strong>
      </p>
      <div class="actions">
        <button type="button" class="primary" part="button" @click=${() => this.close()}>
          ${msg('Done')}
        </button>
      </div>
    </section>`;
  }

  protected override render() {
    return html`<ph-dialog
      exportparts="dialog, title"
      .label=${msg('Add to Credit Balance')}
      .open=${this.isOpen}
      ?busy=${this.#pay.status === 'pending'}
      @ph-dialog-close-request=${this.#handleCloseRequest}
      @ph-dialog-close=${this.#handleClosed}
    >
      ${this.isOpen ? this.#renderBody() : nothing}
    </ph-dialog>`;
  }
}
