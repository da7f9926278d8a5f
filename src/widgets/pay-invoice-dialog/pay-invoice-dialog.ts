import { sessionClock } from '../../base/session-clock.js';
import { msg, str } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { Invoice, PayInvoiceResult, PaymentMethod } from '../../adapter/schemas.js';
import { PhDataElement } from '../../base/data-element.js';
import { formatNumber } from '../../base/format-number.js';
import { drawIcon, errorShape } from '../../base/icons.js';
import { MutationController } from '../../base/mutation-controller.js';
import {
  PAYMENT_CHECKS,
  cardCollector,
  paymentChecks,
  describePaymentFailure,
  methodName,
  renderCardChoice,
  renderPaymentProgress,
} from '../../base/payment-parts.js';
import { paymentStyles } from '../../base/payment-styles.js';
import type { MutationFailure } from '../../base/mutation-controller.js';
import { ResourceController } from '../../base/resource-controller.js';
import { dialogButtons } from '../../base/dialog-buttons.js';
import { chargeFor, chooseCard, feePercent } from '../../domain/index.js';
import type { PhDialog } from '../dialog/dialog.js';
import '../../client/results/invoices.js';
import '../../client/results/payment-methods.js';
import '../../client/results/collect-payment-method.js';
import { styles } from './pay-invoice-dialog.styles.js';
import './pay-invoice-dialog.types.js';
import { formatMoney } from '../../money/format.js';

interface Payment {
  invoiceId: string;
  paymentMethodId: string;
}

/**
 * Pays one unpaid invoice: the payment method (the default preselected, expired ones flagged
 * and refused, the method's fee shown; when none can be charged, "Add a payment method" as in
 * the top-up dialog), a confirmation naming the invoice and the amount, and
 * exactly one charge however often it is clicked — one idempotency key per invoice and method,
 * reused by every retry and check. A decline keeps the choice and says why; an answer that was
 * lost is checked again with the same key, and the user may leave while it is. `<ph-invoice-list>`
 * opens it for its rows; a host can open it for any invoice with `show(invoice)`.
 *
 * @summary Pay an unpaid invoice: method, fee, confirmation, one charge.
 *
 * @event {InvoicePaidDetail} ph-invoice-paid - An invoice was paid in the pay dialog.
 * @event {PaymentMethodRequestDetail} ph-payment-method-request - The partner chose to add a
 *   payment method: `reason` is `add` ("Add a payment method" in the payment methods) or
 *   `none_usable` (no card on file can be charged in a payment dialog). Cancelable: call
 *   `preventDefault()` to collect it yourself (your own page or form); otherwise the adapter's
 *   `collectPaymentMethod` runs when it has one.
 * @csspart dialog - The native `<dialog>` (its backdrop: `::part(dialog)::backdrop`).
 * @csspart title - The dialog's heading.
 * @csspart option - Each card choice.
 * @csspart alert - The "could not confirm" and "not made" messages of a payment.
 * @csspart button - Every button.
 * @csspart state - The loading, error, forbidden and unavailable panels.
 * @adapter-reads getSession listPaymentMethods
 * @adapter-writes payInvoice collectPaymentMethod
 * @adapter-optional collectPaymentMethod
 */
export class PhPayInvoiceDialog extends PhDataElement {
  static override styles = [...PhDataElement.styles, paymentStyles, styles];

  /** Waits (ms) before each check with the same key after a lost answer; then "Check again". */
  static verifyBackoff: readonly number[] = PAYMENT_CHECKS;

  static override properties: PropertyDeclarations = {
    invoice: { state: true },
    step: { state: true },
    chosenId: { state: true },
  };

  get #dialog(): PhDialog {
    return this.renderRoot.querySelector<PhDialog>('ph-dialog')!;
  }

  private invoice: Invoice | undefined;
  private step: 'choose' | 'confirm' = 'choose';
  private chosenId: string | null = null;

  readonly #methods = new ResourceController(this, {
    name: 'paymentMethods',
    enabled: () => this.invoice !== undefined,
  });

  readonly #payment = new MutationController<Payment, PayInvoiceResult>(this, {
    task: (payment, context) =>
      this.hubClient!.payInvoice(
        payment.invoiceId,
        { paymentMethodId: payment.paymentMethodId },
        { idempotencyKey: context.idempotencyKey, signal: context.signal },
      ),
    ...paymentChecks(this, (text) => this.announce(text)),
    onComplete: (result, payment) => {
      this.announce(msg(str`Invoice ${result.invoice.number} is paid.`));
      this.emit('ph-invoice-paid', {
        invoice: result.invoice,
        paymentMethodId: payment.paymentMethodId,
        result,
      });
      this.#dialog.close('paid');
    },
    onError: (failure) => {
      if (failure.kind === 'payment_failed') this.step = 'choose';
    },
  });

  readonly #collect = cardCollector(
    this,
    () =>
      this.emit(
        'ph-payment-method-request',
        { reason: 'none_usable', currency: this.invoice?.total.currency },
        { cancelable: true },
      ),
    (error) => this.describeError(error),
    () => void this.focusAfterUpdate('[name="method"]:checked'),
  );

  protected override get active(): boolean {
    return this.invoice !== undefined;
  }

  /** Opens the dialog for `invoice` (unpaid or overdue). Resolves once it is open. */
  async show(invoice: Invoice): Promise<void> {
    if (this.invoice?.id !== invoice.id) this.#payment.reset();
    this.#collect.reset();
    this.invoice = invoice;
    this.step = 'choose';
    await this.updateComplete;
    await this.#dialog.show();
  }

  /** Closes the dialog (refused while a payment is being sent). */
  close(): void {
    this.#dialog?.requestClose('api');
  }

  get #usable(): PaymentMethod | null {
    const methods = this.#methods.value ?? [];
    return chooseCard(methods, sessionClock(this.session.state), this.chosenId);
  }

  #handleChoose(id: string): void {
    this.chosenId = id;
    if (this.#payment.status === 'error') this.#payment.reset();
  }

  #handleContinue(): void {
    if (!this.#usable) return;
    this.chosenId = this.#usable.id;
    this.step = 'confirm';
    void this.focusAfterUpdate('[data-confirm-heading]');
  }

  #handleBack(): void {
    this.step = 'choose';
    void this.focusAfterUpdate('input[name="method"]:checked');
  }

  #handlePay(): void {
    const method = this.#usable;
    if (!this.invoice || !method) return;
    // Said once per payment, as the top-up dialog does; the progress below shows it too.
    if (!this.#payment.inFlight) this.announce(msg('Processing payment…'));
    void this.#payment.run({ invoiceId: this.invoice.id, paymentMethodId: method.id });
  }

  #handleClosed(): void {
    // A payment still being checked goes on; the list updates when the hub answers.
    if (!this.#payment.inFlight) this.invoice = undefined;
  }

  /** Another partner account: the invoice and cards shown were the old one's. */
  protected override scopeChanged(): void {
    this.invoice = undefined;
    this.#dialog?.close();
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────

  #renderCharge(invoice: Invoice, method: PaymentMethod): TemplateResult {
    const { fee, total } = chargeFor(invoice.total, method.feeBasisPoints);
    if (fee.amount === 0) {
      const amount = formatMoney(invoice.total, this.locale);
      return html`<p class="charge">${msg(str`${amount} will be charged.`)}</p>`;
    }
    const rate = formatNumber(feePercent(method.feeBasisPoints!), this.locale);
    const feeText = formatMoney(fee, this.locale);
    const charged = formatMoney(total, this.locale);
    return html`<p class="charge">
      ${msg(str`This method adds a ${rate}% fee of ${feeText}: ${charged} will be charged.`)}
    </p>`;
  }

  #renderFailure(failure: MutationFailure): TemplateResult {
    const text =
      failure.kind === 'payment_failed'
        ? msg(
            str`The payment was declined: ${describePaymentFailure(failure.error)} Choose another method or try again.`,
          )
        : failure.kind === 'unknown'
          ? msg(
              'We could not confirm the payment yet. It may still complete: you can close this window, and the invoice list updates when it does.',
            )
          : this.describeError(failure.error);
    return html`<p class="failure" role="alert">${drawIcon(errorShape())} ${text}</p>`;
  }

  #renderChoose(invoice: Invoice): TemplateResult {
    const view = this.dataViewState([this.#methods]);
    if (view.kind !== 'ready') {
      return html`${this.renderState(view, {
        error: msg('Couldn’t load your payment methods.'),
        forbidden: msg('Only owners can pay invoices.'),
        unavailable: msg('This hub does not take invoice payments here.'),
      })}`;
    }
    const chosen = this.#usable;
    const due = formatMoney(invoice.total, this.locale);
    return html`<p>${msg(str`Invoice ${invoice.number}: ${due}.`)}</p>
      ${renderCardChoice({
        methods: this.#methods.value ?? [],
        now: sessionClock(this.session.state),
        chosenId: chosen?.id ?? null,
        error: '',
        onChoose: (id) => this.#handleChoose(id),
        addCard: this.#collect.addCard,
      })}
      ${chosen ? this.#renderCharge(invoice, chosen) : nothing}
      ${this.#payment.status === 'error' ? this.#renderFailure(this.#payment.failure!) : nothing}
      ${dialogButtons(
        { label: msg('Cancel'), close: '' },
        { label: msg('Continue'), disabled: !chosen, onClick: () => this.#handleContinue() },
      )}`;
  }

  #renderConfirm(invoice: Invoice, method: PaymentMethod): TemplateResult {
    const payment = this.#payment;
    // After an unknown outcome the way on is "Check again" (the same payment), not "Pay".
    const locked = payment.inFlight || payment.failure?.kind === 'unknown';
    const amount = formatMoney(chargeFor(invoice.total, method.feeBasisPoints).total, this.locale);
    const card = methodName(method);
    return html`<h3 tabindex="-1" data-confirm-heading>${msg('Confirm the payment')}</h3>
      <p>${msg(str`Pay ${amount} for invoice ${invoice.number} with ${card}?`)}</p>
      ${renderPaymentProgress({
        status: payment.status,
        failure: payment.failure,
        onCheckAgain: () => this.#handlePay(),
        onClose: () => this.close(),
        describeError: (error) => this.describeError(error),
        mayLeave: msg(
          'You can close this dialog: if the payment goes through, the invoice is marked paid by itself.',
        ),
      })}
      ${dialogButtons(
        { label: msg('Back'), disabled: locked, onClick: () => this.#handleBack() },
        {
          label: msg(str`Pay ${amount}`),
          busy: payment.inFlight,
          disabled: !payment.inFlight && locked,
          onClick: () => this.#handlePay(),
        },
      )}`;
  }

  protected override render() {
    const invoice = this.invoice;
    const method = this.#usable;
    const label = invoice ? msg(str`Pay invoice ${invoice.number}`) : msg('Pay invoice');
    return html`<ph-dialog
      exportparts="dialog, title"
      label=${label}
      ?busy=${this.#payment.status === 'pending'}
      @ph-dialog-close=${this.#handleClosed}
    >
      ${
        invoice
          ? this.step === 'confirm' && method
            ? this.#renderConfirm(invoice, method)
            : this.#renderChoose(invoice)
          : nothing
      }
    </ph-dialog>`;
  }
}
