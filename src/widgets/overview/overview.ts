import { css, html } from 'lit';
import type { AdapterUse } from '../../adapter/contract.js';
import { query } from 'lit/decorators.js';
import { PhElement } from '../../base/element.js';
import '../../base/define-provider.js';
import '../auto-renewal-form/define.js';
import type { PhAutoRenewalForm } from '../auto-renewal-form/auto-renewal-form.js';
import '../balance-card/define.js';
import type { PhBalanceCard } from '../balance-card/balance-card.js';
import type { AutoRenewalRequestDetail } from '../balance-card/balance-card.types.js';
import '../movements-table/define.js';
import '../top-up-dialog/define.js';
import type { PhTopUpDialog } from '../top-up-dialog/top-up-dialog.js';

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
 */
export class PhOverview extends PhElement {
  static override styles = [
    ...PhElement.styles,
    css`
      .layout {
        display: grid;
        gap: var(--ph-overview-gap, 1.25rem);
        grid-template-columns: 1fr;
        align-items: start;
      }

      @media (min-width: 56rem) {
        .layout {
          grid-template-columns: var(
            --ph-overview-columns,
            minmax(18rem, 1fr) minmax(20rem, 1.3fr)
          );
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
      'listMovements',
    ],
    writes: ['updateAutoRenewal', 'topUp', 'collectPaymentMethod'],
    optional: ['quoteTopUp', 'collectPaymentMethod'],
  };

  @query('ph-auto-renewal-form') private autoRenewalForm!: PhAutoRenewalForm | null;
  @query('ph-balance-card') private balanceCard!: PhBalanceCard | null;
  @query('ph-top-up-dialog') private topUpDialog!: PhTopUpDialog | null;

  /** The currency whose Modify on the card opened the form, until editing ends. */
  private editOrigin: string | undefined;

  private handleAutoRenewalRequest(event: CustomEvent<AutoRenewalRequestDetail>): void {
    // Let the host's listeners (outside this element) decide first.
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      const form = this.autoRenewalForm;
      if (!form) return;
      // Save or Cancel brings the user back to the card's Modify they started from.
      this.editOrigin = event.detail.currency;
      form.currency = event.detail.currency;
      form.edit();
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      form.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
    });
  }

  /**
   * Edit mode opened from the card ended (`ph-auto-renewal-change` on Save,
   * `ph-auto-renewal-cancel` on Cancel): focus goes back to the card's Modify. Cancelling the
   * event tells the form not to move focus itself; the move also waits for the form's own
   * render, so it lands last either way.
   */
  private async handleEditEnd(event: Event): Promise<void> {
    const currency = this.editOrigin;
    const form = this.autoRenewalForm;
    if (currency === undefined || !form || event.target !== form) return;
    this.editOrigin = undefined;
    if (event.cancelable) event.preventDefault();
    await form.updateComplete;
    await new Promise<void>((resolve) => setTimeout(resolve));
    await this.balanceCard?.focusAction('auto-renewal', currency);
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
      @ph-auto-renewal-change=${this.handleEditEnd}
      @ph-auto-renewal-cancel=${this.handleEditEnd}
    >
      <ph-balance-card></ph-balance-card>
      <ph-auto-renewal-form></ph-auto-renewal-form>
      <ph-movements-table class="wide"></ph-movements-table>
      <ph-top-up-dialog></ph-top-up-dialog>
    </div>`;
  }

  protected override render() {
    // With an adapter of its own, the overview is its own provider; otherwise the parts read
    // through the provider above it.
    return this.adapter
      ? html`<ph-provider .adapter=${this.adapter} locale=${this.lang || this.locale}
          >${this.renderParts()}</ph-provider
        >`
      : this.renderParts();
  }
}
