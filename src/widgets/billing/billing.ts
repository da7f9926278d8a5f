import { css, html } from 'lit';
import { query } from 'lit/decorators.js';
import type { AdapterUse } from '../../adapter/contract.js';
import { PhElement } from '../../base/element.js';
import '../../base/define-provider.js';
import '../auto-renewal-form/define.js';
import type { PhAutoRenewalForm } from '../auto-renewal-form/auto-renewal-form.js';
import '../balance-card/define.js';
import type { AutoRenewalRequestDetail } from '../balance-card/balance-card.types.js';
import '../invoice-list/define.js';
import '../invoicing-details/define.js';
import '../partner-plan/define.js';
import '../payment-methods/define.js';
import '../top-up-dialog/define.js';
import type { PhTopUpDialog } from '../top-up-dialog/top-up-dialog.js';

/**
 * The hub's Billing Options page in one tag: the credit balance with its auto-renewal summary
 * (`<ph-balance-card>`; "Add to Credit Balance" opens the top-up dialog, "Modify" opens the
 * auto-renewal form next to it), the invoices (`<ph-invoice-list>`, paying one updates the
 * balance card under the same provider), the invoicing details (`<ph-invoicing-details>`), the
 * payment methods (`<ph-payment-methods>`; one added there is offered at once by the top-up and
 * pay-invoice dialogs) and the partner plan (`<ph-partner-plan>`; an upgrade's invoice appears
 * in the list at once). Every part reads through one client, so each resource is read
 * once for the whole page. Hosts can still take over the top-up or auto-renewal flow by
 * cancelling the card's request events.
 *
 * Place it under a `<ph-provider>`, or give it an `adapter` of its own.
 *
 * @summary The Billing Options page: balance, auto-renewal, invoices, details, methods, plan.
 *
 * @csspart layout - The grid holding the parts.
 * @cssproperty [--ph-billing-gap=1.25rem] - Space between the parts.
 * @cssproperty [--ph-billing-columns=minmax(18rem, 1fr) minmax(20rem, 1.3fr)] - The grid's
 *   columns on wide screens.
 */
export class PhBilling extends PhElement {
  static override styles = [
    ...PhElement.styles,
    css`
      .layout {
        display: grid;
        gap: var(--ph-billing-gap, 1.25rem);
        grid-template-columns: minmax(0, 1fr);
        align-items: start;
      }

      @media (min-width: 56rem) {
        .layout {
          grid-template-columns: var(--ph-billing-columns, minmax(18rem, 1fr) minmax(20rem, 1.3fr));
        }

        .wide {
          grid-column: 1 / -1;
        }
      }
    `,
  ];

  /** The adapter methods this element's parts read and write through (the README's table). */
  static override adapterUse: AdapterUse = {
    reads: [
      'getSession',
      'getBalances',
      'getAutoRenewal',
      'listDailyUsage',
      'listPaymentMethods',
      'quoteTopUp',
      'listInvoices',
      'getInvoicePdf',
      'getInvoicingDetails',
      'getPlan',
      'quotePlanChange',
    ],
    writes: [
      'updateAutoRenewal',
      'topUp',
      'collectPaymentMethod',
      'payInvoice',
      'updateInvoicingDetails',
      'setDefaultPaymentMethod',
      'removePaymentMethod',
      'changePlan',
      'cancelPlan',
    ],
    optional: [
      'quoteTopUp',
      'collectPaymentMethod',
      'getInvoicePdf',
      'removePaymentMethod',
      'quotePlanChange',
      'cancelPlan',
    ],
  };

  @query('ph-auto-renewal-form') private autoRenewalForm!: PhAutoRenewalForm | null;
  @query('ph-top-up-dialog') private topUpDialog!: PhTopUpDialog | null;

  private handleAutoRenewalRequest(event: CustomEvent<AutoRenewalRequestDetail>): void {
    // Let the host's listeners (outside this element) decide first.
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      const form = this.autoRenewalForm;
      if (!form) return;
      form.currency = event.detail.currency;
      form.edit();
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      form.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
    });
  }

  /** Opens the top-up dialog (for one currency, or the first balance's). */
  showTopUp(options: { currency?: string } = {}): void {
    this.topUpDialog?.show(options);
  }

  /** Opens the auto-renewal form in edit mode. */
  editAutoRenewal(): void {
    this.autoRenewalForm?.edit();
  }

  private renderParts() {
    return html`<div
      class="layout"
      part="layout"
      @ph-auto-renewal-request=${this.handleAutoRenewalRequest}
    >
      <ph-balance-card></ph-balance-card>
      <ph-auto-renewal-form></ph-auto-renewal-form>
      <ph-invoice-list class="wide"></ph-invoice-list>
      <ph-invoicing-details class="wide"></ph-invoicing-details>
      <ph-payment-methods></ph-payment-methods>
      <ph-partner-plan></ph-partner-plan>
      <ph-top-up-dialog></ph-top-up-dialog>
    </div>`;
  }

  protected override render() {
    // With an adapter of its own, the page is its own provider; otherwise the parts read
    // through the provider above it.
    return this.adapter
      ? html`<ph-provider .adapter=${this.adapter} locale=${this.lang || this.locale}
          >${this.renderParts()}</ph-provider
        >`
      : this.renderParts();
  }
}
