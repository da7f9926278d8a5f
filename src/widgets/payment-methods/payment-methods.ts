import { sessionClock } from '../../base/session-clock.js';
import { msg, str } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { PaymentMethod } from '../../adapter/schemas.js';
import { PhBillingElement } from '../../base/billing-element.js';
import { formatNumber } from '../../base/format-number.js';
import { drawIcon, errorShape, warningShape } from '../../base/icons.js';
import { MutationController } from '../../base/mutation-controller.js';
import type { MutationFailure } from '../../base/mutation-controller.js';
import {
  describePaymentFailure,
  methodExpiryLabel,
  methodName,
  methodTypeLabel,
} from '../../base/payment-parts.js';
import { ResourceController } from '../../base/resource-controller.js';
import { feePercent, methodExpiryState, methodRemovalRefusal } from '../../domain/index.js';
import type { MethodRemovalRefusal } from '../../domain/index.js';
import type { PhDialog } from '../dialog/dialog.js';
import { describeRefusal, renderRefusal } from '../../base/refusal.js';
import { dialogButtons } from '../../base/dialog-buttons.js';
import '../../client/results/payment-methods.js';
import '../../client/results/collect-payment-method.js';
import '../../client/results/payment-method-changes.js';
import '../../client/results/auto-renewal-read.js';
import { styles } from './payment-methods.styles.js';
import './payment-methods.types.js';

/**
 * The partner's payment methods: each with its kind (card, PIX, Boleto, SEPA debit or the hub's
 * own), brand, last four, expiry and fee; the default marked; expired ones and those expiring
 * within 30 days flagged. Owners make a method the default, remove one (where the hub allows,
 * after a confirmation naming it — never the default while others exist, nor the last one
 * while auto-renewal is on, and the widget says why before asking) and add one through the host's payment provider (`collectPaymentMethod`): the kit
 * never sees a card number. An added method is offered at once by the top-up and pay-invoice
 * dialogs under the same provider. A client-paid account has them too: they pay its plan and
 * licence fees.
 *
 * @summary Payment methods: default, removal, adding through the host's provider.
 *
 * @slot empty - Shown when there is no payment method on file yet (an owner's "Add a payment
 *   method" stays below it).
 *
 * @event {PaymentMethodRequestDetail} ph-payment-method-request - The partner chose to add a
 *   payment method: `reason` is `add` ("Add a payment method" in the payment methods) or
 *   `none_usable` (no card on file can be charged in a payment dialog). Cancelable: call
 *   `preventDefault()` to collect it yourself (your own page or form); otherwise the adapter's
 *   `collectPaymentMethod` runs when it has one.
 * @event {PaymentMethodChangeDetail} ph-payment-method-change - A method was added, made the
 *   default, or removed.
 *
 * @csspart card - The card around everything.
 * @csspart method - Each payment method.
 * @csspart collector - Where the payment provider's form is mounted while adding a method.
 * @csspart button - Every button.
 * @csspart dialog - The native `<dialog>` of the removal confirmation (its backdrop: `::part(dialog)::backdrop`).
 * @csspart title - The heading of the removal confirmation.
 * @csspart state - The loading, error, empty, forbidden and unavailable panels.
 * @adapter-reads getSession listPaymentMethods getAutoRenewal
 * @adapter-writes setDefaultPaymentMethod removePaymentMethod collectPaymentMethod
 * @adapter-optional getAutoRenewal removePaymentMethod collectPaymentMethod
 */
export class PhPaymentMethods extends PhBillingElement {
  static override styles = [...PhBillingElement.styles, ...styles];

  static override properties: PropertyDeclarations = {
    removing: { state: true },
    refusal: { state: true },
    collecting: { state: true },
  };

  /** Everything it reads is for owners only. */
  protected override get ownerOnly(): boolean {
    return true;
  }

  get #confirmDialog(): PhDialog {
    return this.renderRoot.querySelector<PhDialog>('ph-dialog')!;
  }

  get #collector(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('.collector')!;
  }

  /** The method the removal confirmation names. */
  private removing: PaymentMethod | undefined;
  /** The method whose removal the hub or the rule refused, and why. */
  private refusal: { id: string; text: string } | undefined;
  private collecting = false;

  readonly #methods = new ResourceController(this, {
    name: 'paymentMethods',
    enabled: () => this.isOwner,
  });

  readonly #autoRenewal = new ResourceController(this, {
    name: 'autoRenewal',
    enabled: () => this.partnerPaid && this.isOwner && !!this.hubClient?.can('getAutoRenewal'),
  });

  readonly #makeDefault = new MutationController<PaymentMethod, PaymentMethod[]>(this, {
    task: (method, context) => this.hubClient!.setDefaultPaymentMethod(method.id, context),
    fingerprint: (method) => method.id,
    onComplete: (_, method) => {
      const name = methodName(method);
      this.announce(msg(str`${name} is now the default payment method.`));
      this.emit('ph-payment-method-change', { change: 'default', method });
    },
  });

  readonly #removal = new MutationController<PaymentMethod, PaymentMethod[]>(this, {
    task: (method, context) => this.hubClient!.removePaymentMethod(method.id, context),
    fingerprint: (method) => method.id,
    onComplete: (_, method) => {
      const name = methodName(method);
      this.announce(msg(str`${name} was removed.`));
      this.emit('ph-payment-method-change', { change: 'removed', method });
      void this.focusAfterUpdate('[data-add], h2');
    },
    onError: (failure, method) => {
      this.refusal = { id: method.id, text: this.#describeFailure(failure) };
    },
  });

  readonly #add = new MutationController<null, PaymentMethod>(this, {
    task: (_, context) =>
      this.hubClient!.collectPaymentMethod({ container: this.#collector }, context),
    onComplete: (method) => {
      this.collecting = false;
      const name = methodName(method);
      this.announce(msg(str`${name} was added.`));
      this.emit('ph-payment-method-change', { change: 'added', method });
    },
    onError: () => {
      this.collecting = false;
      void this.focusAfterUpdate('[data-add]');
    },
  });

  /** Whether auto-renewal is on for any balance (it needs a method to charge). */
  get #autoRenewalOn(): boolean {
    return this.#autoRenewal.value?.some((rule) => rule.enabled) ?? false;
  }

  #describeFailure(failure: MutationFailure): string {
    return failure.kind === 'payment_failed'
      ? describePaymentFailure(failure.error)
      : describeRefusal(failure, msg('Only owners can change payment methods.'), (error) =>
          this.describeError(error),
        );
  }

  // ── handlers ───────────────────────────────────────────────────────────────────────────

  async #handleRemove(method: PaymentMethod): Promise<void> {
    const methods = this.#methods.value ?? [];
    const refused = methodRemovalRefusal(methods, method.id, this.#autoRenewalOn);
    if (refused) {
      this.refusal = { id: method.id, text: this.#removalReason(refused) };
      return;
    }
    this.refusal = undefined;
    this.removing = method;
    await this.updateComplete;
    if ((await this.#confirmDialog.ask()) === 'remove') void this.#removal.run(method);
  }

  async #handleAdd(): Promise<void> {
    if (this.#add.inFlight) return;
    if (!this.emit('ph-payment-method-request', { reason: 'add' }, { cancelable: true })) return;
    if (!this.hubClient?.can('collectPaymentMethod')) return;
    this.#add.reset(); // every "Add" is a new method: a new key
    this.collecting = true;
    await this.updateComplete;
    void this.#add.run(null);
  }

  #removalReason(refused: MethodRemovalRefusal): string {
    return refused === 'default_with_others'
      ? msg('This is your default payment method. Make another one the default before removing it.')
      : msg(
          'This is your only payment method and auto-renewal charges it. Add another method or turn auto-renewal off before removing it.',
        );
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────

  #renderDetails(method: PaymentMethod, now: Date): TemplateResult {
    const expiry = methodExpiryState(method, now);
    const expires = methodExpiryLabel(method);
    const rate = method.feeBasisPoints
      ? formatNumber(feePercent(method.feeBasisPoints), this.locale)
      : '';
    return html`<ul class="details">
      ${method.holderName ? html`<li>${method.holderName}</li>` : nothing}
      ${
        !expires
          ? nothing
          : expiry === 'expired'
            ? html`<li class="flag expired">
                ${drawIcon(errorShape())}
                ${msg(str`Expired ${expires}: it can no longer be charged.`)}
              </li>`
            : expiry === 'expiring'
              ? html`<li class="flag expiring">
                  ${drawIcon(warningShape())} ${msg(str`Expires ${expires}: replace it soon.`)}
                </li>`
              : html`<li>${msg(str`Expires ${expires}.`)}</li>`
      }
      <li>${rate ? msg(str`Payments with it carry a ${rate}% fee.`) : msg('No fee.')}</li>
    </ul>`;
  }

  #renderActions(method: PaymentMethod, expired: boolean): TemplateResult {
    const name = methodName(method);
    const busy = this.#makeDefault.inFlight || this.#removal.inFlight;
    const canRemove = this.hubClient?.can('removePaymentMethod') ?? false;
    const refusedHere = this.refusal?.id === method.id;
    return html`<div class="actions">
        ${
          method.isDefault || expired
            ? nothing
            : html`<button
                type="button"
                part="button"
                aria-label=${msg(str`Make default: ${name}`)}
                aria-disabled=${busy ? 'true' : 'false'}
                @click=${() => !busy && void this.#makeDefault.run(method)}
              >
                ${msg('Make default')}
              </button>`
        }
        ${
          canRemove
            ? html`<button
                type="button"
                part="button"
                aria-label=${msg(str`Remove: ${name}`)}
                aria-disabled=${busy ? 'true' : 'false'}
                aria-describedby=${refusedHere ? `refusal-${method.id}` : nothing}
                @click=${() => !busy && void this.#handleRemove(method)}
              >
                ${msg('Remove')}
              </button>`
            : nothing
        }
      </div>
      ${refusedHere ? renderRefusal(this.refusal!.text, `refusal-${method.id}`) : nothing}`;
  }

  #renderMethod(method: PaymentMethod, now: Date): TemplateResult {
    const expiry = methodExpiryState(method, now);
    return html`<li class="method" part="method" data-method=${method.id} data-expiry=${expiry}>
      <div class="head">
        <span class="type">${methodTypeLabel(method)}</span>
        <strong class="name">${methodName(method)}</strong>
        ${method.isDefault ? html`<span class="badge">${msg('Default')}</span>` : nothing}
      </div>
      ${this.#renderDetails(method, now)}
      ${this.isOwner ? this.#renderActions(method, expiry === 'expired') : nothing}
    </li>`;
  }

  #renderMutationError(): TemplateResult | typeof nothing {
    const failed = [this.#makeDefault, this.#add].find((m) => m.status === 'error');
    if (!failed?.failure) return nothing;
    const reason = describePaymentFailure(failed.failure.error);
    const text =
      failed === this.#add && failed.failure.kind === 'payment_failed'
        ? msg(str`The method was not added: ${reason} Try another card.`)
        : this.#describeFailure(failed.failure);
    return renderRefusal(text);
  }

  #renderAdd(): TemplateResult | typeof nothing {
    if (!this.isOwner || !this.hubClient?.can('collectPaymentMethod')) return nothing;
    return html`${
        this.collecting
          ? nothing
          : html`<div class="actions start">
              <button type="button" part="button" data-add @click=${this.#handleAdd}>
                ${msg('Add a payment method')}
              </button>
            </div>`
      }
      <div class="collector" part="collector" ?hidden=${!this.collecting}></div>`;
  }

  #renderList(): TemplateResult {
    const now = sessionClock(this.session.state);
    const methods = this.#methods.value ?? [];
    const onlyOne = methods.length === 1 && this.#autoRenewalOn;
    return html`<ul class="methods" aria-label=${msg('Payment methods on file')}>
        ${methods.map((method) => this.#renderMethod(method, now))}
      </ul>
      ${
        onlyOne && this.isOwner
          ? html`<p class="muted">
              ${msg(
                'Auto-renewal charges your only payment method, so it cannot be removed until you add another or turn auto-renewal off.',
              )}
            </p>`
          : nothing
      }`;
  }

  protected override render() {
    const view = this.dataViewState([this.#methods], () => !this.#methods.value?.length);
    const words = {
      error: msg('Couldn’t load your payment methods.'),
      forbidden: msg('Only owners of this partner account can see its payment methods.'),
      empty: msg('There is no payment method on file yet.'),
      unavailable: msg('This hub does not offer payment methods here.'),
    };
    const ready = view.kind === 'ready' || view.kind === 'empty';
    const name = this.removing ? methodName(this.removing) : '';
    return html`<section class="card" part="card" aria-labelledby="heading">
      <h2 id="heading" tabindex="-1">${msg('Payment methods')}</h2>
      ${view.kind === 'ready' ? this.#renderList() : this.renderState(view, words)}
      ${ready ? html`${this.#renderMutationError()} ${this.#renderAdd()}` : nothing}
      ${this.isOwner ? this.#renderConfirm(name) : nothing}
    </section>`;
  }

  #renderConfirm(name: string): TemplateResult {
    return html`<ph-dialog exportparts="dialog, title" label=${msg(str`Remove ${name}?`)}>
      <p>${msg(str`${name} can no longer be used for top-ups, invoices or auto-renewal.`)}</p>
      ${dialogButtons(
        { label: msg('Keep it'), close: '' },
        { label: msg(str`Remove ${name}`), close: 'remove' },
      )}
    </ph-dialog>`;
  }
}
