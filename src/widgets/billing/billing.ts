import { html } from 'lit';
import '../invoice-list/define.js';
import '../invoicing-details/define.js';
import '../partner-plan/define.js';
import '../payment-methods/define.js';
import { PhBalancePage, pageStyles } from '../overview/balance-page.js';

/**
 * The hub's Billing Options page in one tag: the credit balance with its auto-renewal summary
 * (`<ph-balance-card>`; "Add to Credit Balance" opens the top-up dialog, "Modify" opens the
 * auto-renewal form next to it), the invoices (`<ph-invoice-list>`, paying one updates the
 * balance card under the same provider), the invoicing details (`<ph-invoicing-details>`), the
 * payment methods (`<ph-payment-methods>`; one added there is offered at once by the top-up and
 * pay-invoice dialogs) and the partner plan (`<ph-partner-plan>`; an upgrade's invoice appears
 * in the list at once). Every part reads through one client, so each resource is read
 * once for the whole page. An edit opened from the card's Modify returns focus to that Modify
 * when it ends. Hosts can still take over the top-up or auto-renewal flow by cancelling the
 * card's request events.
 *
 * Place it under a `<ph-provider>`, or give it an `adapter` of its own.
 *
 * @summary The Billing Options page: balance, auto-renewal, invoices, details, methods, plan.
 *
 * @csspart layout - The grid holding the parts.
 * @cssproperty [--ph-billing-gap=1.25rem] - Space between the parts.
 * @cssproperty [--ph-billing-columns=minmax(18rem, 1fr) minmax(20rem, 1.3fr)] - The grid's
 *   columns on wide screens.
 * @adapter-reads getSession getBalances getAutoRenewal listDailyUsage listPaymentMethods quoteTopUp listInvoices getInvoicePdf getInvoicingDetails getPlan quotePlanChange
 * @adapter-writes updateAutoRenewal topUp collectPaymentMethod payInvoice updateInvoicingDetails setDefaultPaymentMethod removePaymentMethod changePlan cancelPlan
 * @adapter-optional quoteTopUp collectPaymentMethod getInvoicePdf removePaymentMethod quotePlanChange cancelPlan
 */
export class PhBilling extends PhBalancePage {
  static override styles = [...PhBalancePage.styles, pageStyles('billing')];

  protected renderParts() {
    return html`<ph-balance-card></ph-balance-card>
      <ph-auto-renewal-form></ph-auto-renewal-form>
      <ph-invoice-list class="wide"></ph-invoice-list>
      <ph-invoicing-details class="wide"></ph-invoicing-details>
      <ph-payment-methods></ph-payment-methods>
      <ph-partner-plan></ph-partner-plan>
      <ph-top-up-dialog></ph-top-up-dialog>`;
  }
}
