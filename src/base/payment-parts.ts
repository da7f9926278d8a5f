import { msg, str } from '../i18n/msg.js';
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { AdapterError } from '../adapter/errors.js';
import type { Money, PaymentMethod } from '../adapter/schemas.js';
import type { PartnerHubClient } from '../client/client.js';
import { cardExpiryLabel, methodExpiryState } from '../domain/index.js';
import { MutationController } from './mutation-controller.js';
import type { MutationFailure, MutationStatus } from './mutation-controller.js';

// In a module of its own so that an entry which uses only the labels does not ship the styles.
export { paymentStyles } from './payment-styles.js';

/**
 * The parts every widget that charges a card shows (the top-up dialog today; paying an invoice
 * and changing plan next): the card choice, the card's label, why a payment failed, and where a
 * payment stands (processing, verifying, outcome unknown). Templates render in the widget's own
 * shadow root, styled by `paymentStyles`.
 */

/**
 * How a payment's answer reads (`classify` of a `MutationController`): `succeeded` is done,
 * `pending` is not decided yet (checked again), `failed` is a card refusal with its reason.
 */
export function classifyPayment(result: {
  status: 'succeeded' | 'failed' | 'pending';
  reason?: string | undefined;
  reasonCode?: string | undefined;
}): 'complete' | 'unknown' | AdapterError {
  if (result.status === 'succeeded') return 'complete';
  if (result.status === 'pending') return 'unknown';
  return new AdapterError('payment_failed', result.reason ?? '', { reasonCode: result.reasonCode });
}

/**
 * What every card payment's `MutationController` is given: answers read by `classifyPayment`,
 * a lost answer checked again with the same key after each wait of the element class's static
 * `verifyBackoff` (read at each run, so a test may shorten it), and "Verifying payment…" said
 * (through `say`, the element's `announce`) once as the checks start.
 */
export function paymentChecks(element: object, say: (text: string) => void) {
  return {
    verify: () =>
      (element.constructor as { verifyBackoff?: readonly number[] }).verifyBackoff ??
      PAYMENT_CHECKS,
    classify: classifyPayment,
    onVerify: () => say(msg('Verifying payment…')),
  };
}

/** The kind of a payment method in words: "Card", "PIX"…; an unknown kind by the hub's label. */
export function methodTypeLabel(method: Pick<PaymentMethod, 'type' | 'typeLabel'>): string {
  switch (method.type ?? 'card') {
    case 'card':
      return msg('Card');
    case 'pix':
      return msg('PIX');
    case 'boleto':
      return msg('Boleto');
    case 'sepa_debit':
      return msg('SEPA Direct Debit');
    default:
      return method.typeLabel ?? method.type ?? '';
  }
}

/** A method's short name: "Visa •••• 4242", or its brand (or kind) when it has no last four. */
export function methodName(method: PaymentMethod): string {
  if (method.last4) return `${method.brand} •••• ${method.last4}`;
  return method.brand || methodTypeLabel(method);
}

/** The expiry as printed on the method ("06/2030"), or `''` for one without an expiry. */
export function methodExpiryLabel(method: PaymentMethod): string {
  return method.expMonth !== undefined && method.expYear !== undefined
    ? cardExpiryLabel(method.expMonth, method.expYear)
    : '';
}

/** "Visa •••• 4242, expires 06/2030" (a method without an expiry: its name only). */
export function cardLabel(method: PaymentMethod): string {
  const expires = methodExpiryLabel(method);
  const name = methodName(method);
  return expires ? msg(str`${name}, expires ${expires}`) : name;
}

/** Why a payment failed: localized for the reasons the kit knows, else the hub's own words. */
export function describePaymentFailure(error: AdapterError): string {
  switch (error.reasonCode) {
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
      return error.message || msg('The payment did not go through.');
  }
}

export interface CardChoiceOptions {
  methods: readonly PaymentMethod[];
  /** The hub's "now", for expiry. */
  now: Date;
  chosenId: string | null;
  /** A field error under the cards (`id="method-error"`). */
  error: string;
  onChoose: (id: string) => void;
  /** When no card can be charged: the "Add a payment method" action and its state. */
  addCard: { busy: boolean; error: string; onAdd: () => void };
}

/**
 * "Add a payment method" of a card choice where no card can be charged. `request()` dispatches
 * the element's cancelable `ph-payment-method-request` (a host may send the partner to its own
 * page instead); when it is not canceled and the adapter can, the adapter's form collects a card,
 * made the default and listed at once (the element imports
 * `client/results/collect-payment-method.js`), and `added` runs: the button pressed is gone, so
 * the element moves focus onto the card. `addCard` is what `renderCardChoice` takes.
 */
export function cardCollector(
  host: ReactiveControllerHost & { readonly hubClient: PartnerHubClient | undefined },
  request: () => boolean,
  describe: (error: AdapterError) => string,
  added: () => void,
) {
  const collect = new MutationController<null, PaymentMethod>(host, {
    task: (_, options) => host.hubClient!.collectPaymentMethod({ makeDefault: true }, options),
    onComplete: added,
  });
  return {
    reset: () => collect.reset(),
    get addCard(): CardChoiceOptions['addCard'] {
      return {
        busy: collect.inFlight,
        error: collect.failure ? describe(collect.failure.error) : '',
        // While a card is collected the button stays focusable (aria-disabled) and does nothing.
        onAdd: () => {
          if (collect.inFlight) return;
          if (request() && host.hubClient?.can('collectPaymentMethod')) void collect.run(null);
        },
      };
    },
  };
}

/**
 * The cards as radio options (`name="method"`): expired ones flagged and disabled, those
 * expiring soon and the default flagged; when none can be charged, says why and offers to add
 * one.
 */
export function renderCardChoice(o: CardChoiceOptions): TemplateResult {
  const cards = o.methods.map((method) => ({
    method,
    expiry: methodExpiryState(method, o.now),
  }));
  const flags = { expired: msg('Expired'), expiring: msg('Expires soon'), valid: '' };
  const { addCard } = o;
  const noCard = html`<div class="no-card">
    <p>
      ${
        cards.length > 0
          ? msg(
              'None of your cards can be charged: they have expired. Add a valid card to continue.',
            )
          : msg('There is no card on file. Add a card to continue.')
      }
    </p>
    <button
      type="button"
      part="button"
      aria-disabled=${addCard.busy ? 'true' : 'false'}
      aria-busy=${addCard.busy ? 'true' : nothing}
      @click=${addCard.onAdd}
    >
      ${msg('Add a payment method')}
    </button>
    ${addCard.error ? html`<p class="field-error" role="alert">${addCard.error}</p>` : nothing}
  </div>`;
  return html`<fieldset class="methods" aria-describedby=${o.error ? 'method-error' : nothing}>
    <legend>${msg('Payment method')}</legend>
    ${cards.map(
      ({ method, expiry }) =>
        html`<label class="option card-option" part="option" data-expiry=${expiry}>
          <input
            type="radio"
            name="method"
            value=${method.id}
            data-last4=${method.last4 ?? nothing}
            .checked=${method.id === o.chosenId}
            ?disabled=${expiry === 'expired'}
            @change=${() => o.onChoose(method.id)}
          />
          <span class="card-label">${cardLabel(method)}</span>
          ${flags[expiry] ? html`<span class="badge ${expiry}">${flags[expiry]}</span>` : nothing}
          ${method.isDefault ? html`<span class="badge">${msg('Default')}</span>` : nothing}
        </label>`,
    )}
    ${cards.some((c) => c.expiry !== 'expired') ? nothing : noCard}
    ${o.error ? html`<p class="field-error" id="method-error">${o.error}</p>` : nothing}
  </fieldset>`;
}

/**
 * A card refusal, said once by its alert (`#failure`), with what is kept and a "Try again"
 * (the same payment, the same key) outside the alert so it is not read as part of it.
 */
export function renderPaymentFailure(
  error: AdapterError,
  kept: string,
  onRetry: () => void,
): TemplateResult {
  return html`<div class="alert" id="failure" part="alert">
    <div role="alert">
      <p class="alert-title">${msg('Payment failed:')} ${describePaymentFailure(error)}</p>
      <p>${kept}</p>
    </div>
    <div class="actions start">
      <button type="button" part="button" @click=${onRetry}>${msg('Try again')}</button>
    </div>
  </div>`;
}

export interface PaymentSummaryOptions {
  /** What the amount is ("Amount added to the balance"). */
  amountLabel: string;
  amount: Money;
  /** The fee and total once known (no fee row for a fee of zero). */
  quote: { fee: Money; total: Money } | undefined;
  quoteFailed: boolean;
  method: PaymentMethod | undefined;
  format: (value: Money) => string;
  onRequote: () => void;
}

/** Amount, fee, total and card, shown before any money moves (`part="summary"`). */
export function renderPaymentSummary(o: PaymentSummaryOptions): TemplateResult {
  const total = o.quote?.total;
  const row = (label: string, value: string, cls = '') =>
    html`<div class=${cls}>
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<dl class="summary" part="summary">
      ${row(o.amountLabel, o.format(o.amount))}
      ${o.quote?.fee.amount ? row(msg('Card fee'), o.format(o.quote.fee)) : nothing}
      ${row(
        msg('Total charged to the card'),
        total ? o.format(total) : o.quoteFailed ? msg('Not available') : msg('Calculating…'),
        'total',
      )}
      ${row(msg('Card'), o.method ? cardLabel(o.method) : '')}
    </dl>
    ${
      o.quoteFailed && !total
        ? html`<div class="alert" part="alert">
            <p role="alert">
              ${msg('The card fee could not be calculated, so the total is not known yet.')}
            </p>
            <div class="actions start">
              <button type="button" part="button" @click=${o.onRequote}>
                ${msg('Calculate again')}
              </button>
            </div>
          </div>`
        : nothing
    }`;
}

/**
 * The fee under the amount as it is typed: known, being calculated, or not available (nothing
 * for a method without a fee).
 */
export function renderFeeNote(
  quote: { value: { fee: Money; total: Money } | undefined; status: string },
  format: (value: Money) => string,
): TemplateResult | typeof nothing {
  const q = quote.value;
  if (q && !q.fee.amount) return nothing;
  return html`<p class="fee muted">
    ${
      q
        ? msg(str`Card fee ${format(q.fee)} · Total ${format(q.total)}`)
        : quote.status === 'error'
          ? msg('The card fee could not be calculated.')
          : msg('Calculating the card fee…')
    }
  </p>`;
}

export interface PaymentProgressOptions {
  status: MutationStatus;
  failure: MutationFailure | undefined;
  /** "Check again" after an unknown outcome (the same payment, the same key). */
  onCheckAgain: () => void;
  onClose: () => void;
  /** The widget's sentence for an error that is not a payment failure. */
  describeError: (error: AdapterError) => string;
  /** What leaving while the payment is checked means here; default: the balance updates. */
  mayLeave?: string;
}

/**
 * Waits (ms) before each check of a payment whose answer was lost, with the same key; after
 * the last, the outcome is unknown and "Check again" is offered.
 */
export const PAYMENT_CHECKS: readonly number[] = [1_000, 2_500, 5_000];

/**
 * Where a payment stands, said once each: processing; verifying after a lost answer; the
 * outcome unknown (it may still complete: check again with the same key, or leave); or an
 * error that is not a card refusal (`#confirm-error`). Card refusals are the widget's to show
 * beside what the user can change.
 */
export function renderPaymentProgress(o: PaymentProgressOptions): TemplateResult | typeof nothing {
  const mayLeave =
    o.mayLeave ??
    msg('You can close this dialog: if the payment goes through, your balance updates by itself.');
  const spinner = html`<span class="spinner" aria-hidden="true"></span>`;
  if (o.status === 'pending') {
    return html`<p class="progress" data-phase="pending">${spinner}${msg('Processing payment…')}</p>
      <p class="notice">
        ${msg('A payment is being processed. The dialog can be closed once it has finished.')}
      </p>`;
  }
  if (o.status === 'verifying') {
    return html`<div class="progress" data-phase="verifying">
      <p>${spinner}<strong>${msg('Verifying payment…')}</strong></p>
      <p class="muted">
        ${msg(
          'The connection dropped after the payment was sent. Checking with the hub whether it went through; you will not be charged twice.',
        )}
      </p>
      <p class="muted">${mayLeave}</p>
    </div>`;
  }
  const failure = o.status === 'error' ? o.failure : undefined;
  if (!failure || failure.kind === 'payment_failed') return nothing;
  if (failure.kind === 'unknown') {
    return html`<div class="alert" id="unknown" part="alert">
      <div role="alert">
        <p class="alert-title">${msg('We could not confirm the payment yet.')}</p>
        <p>
          ${msg(
            'It may still go through. Checking again asks about this same payment: your card is never charged a second time.',
          )}
        </p>
        <p>${mayLeave}</p>
      </div>
      <div class="actions start">
        <button type="button" class="primary" part="button" @click=${o.onCheckAgain}>
          ${msg('Check again')}
        </button>
        <button type="button" part="button" @click=${o.onClose}>${msg('Close')}</button>
      </div>
    </div>`;
  }
  return html`<div class="alert" id="confirm-error" part="alert" role="alert">
    <p class="alert-title">${msg('The payment was not made.')}</p>
    <p>${o.describeError(failure.error)}</p>
  </div>`;
}
