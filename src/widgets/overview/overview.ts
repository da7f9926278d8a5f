import { html } from 'lit';
import '../movements-table/define.js';
import { PhBalancePage, pageStyles } from './balance-page.js';

/**
 * The hub's Overview tab in one tag: the credit balance, auto-renewal, the top-up dialog and
 * the movements per month, wired to each other. "Add to Credit Balance" opens the dialog,
 * "Modify" opens the auto-renewal form, and a top-up or a new setting shows up everywhere.
 * Hosts can still take over either flow by cancelling the card's request events. An edit
 * opened from the card's Modify returns focus to that Modify when it ends: on
 * `ph-auto-renewal-change` (Save) or a cancelable `ph-auto-renewal-cancel` (Cancel) from the
 * form, which the overview cancels to say it moves focus itself.
 *
 * Place it under a `<ph-provider>`, or give it an `adapter` of its own.
 *
 * @summary The Overview tab: balance, auto-renewal, top-up and movements per month.
 *
 * @csspart layout - The grid holding the four parts.
 * @cssproperty [--ph-overview-gap=1.25rem] - Space between the parts.
 * @cssproperty [--ph-overview-columns=minmax(18rem, 1fr) minmax(20rem, 1.3fr)] - The grid's
 *   columns on wide screens.
 * @adapter-reads getSession getBalances getAutoRenewal listDailyUsage listPaymentMethods quoteTopUp listMovements
 * @adapter-writes updateAutoRenewal topUp collectPaymentMethod
 * @adapter-optional quoteTopUp collectPaymentMethod
 */
export class PhOverview extends PhBalancePage {
  static override styles = [...PhBalancePage.styles, pageStyles('overview')];

  protected renderParts() {
    return html`<ph-balance-card></ph-balance-card>
      <ph-auto-renewal-form></ph-auto-renewal-form>
      <ph-movements-table class="wide"></ph-movements-table>
      <ph-top-up-dialog></ph-top-up-dialog>`;
  }
}
