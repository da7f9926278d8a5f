import { css, html, unsafeCSS } from 'lit';
import type { CSSResult, TemplateResult } from 'lit';
import { PhElement } from '../../base/element.js';
import { afterDispatch } from '../../base/request-controller.js';
import '../../base/define-provider.js';
import '../auto-renewal-form/define.js';
import type { PhAutoRenewalForm } from '../auto-renewal-form/auto-renewal-form.js';
import '../balance-card/define.js';
import type { PhBalanceCard } from '../balance-card/balance-card.js';
import type { AutoRenewalRequestDetail } from '../balance-card/balance-card.types.js';
import '../top-up-dialog/define.js';
import type { PhTopUpDialog } from '../top-up-dialog/top-up-dialog.js';

/**
 * The layout of a page of elements: a grid, one column on narrow screens and two from 56rem,
 * `.wide` parts across both; its gap and columns are `--ph-<page>-gap` and
 * `--ph-<page>-columns`.
 */
export function pageStyles(page: string): CSSResult {
  const name = unsafeCSS(`--ph-${page}`);
  return css`
    .layout {
      display: grid;
      gap: var(${name}-gap, 1.25rem);
      grid-template-columns: minmax(0, 1fr);
      align-items: start;
    }

    @media (min-width: 56rem) {
      .layout {
        grid-template-columns: var(${name}-columns, minmax(18rem, 1fr) minmax(20rem, 1.3fr));
      }

      .wide {
        grid-column: 1 / -1;
      }
    }
  `;
}

/**
 * The base of the pages that hold the balance card with the auto-renewal form and the top-up
 * dialog (`<ph-overview>`, `<ph-billing>`), wired to each other: "Add to Credit Balance" opens
 * the dialog (the dialog listens for it), "Modify" opens the form next to the card, and an edit
 * opened from a card's Modify returns focus to that Modify when it ends — on
 * `ph-auto-renewal-change` (Save) or the cancelable `ph-auto-renewal-cancel` (Cancel), which the
 * page cancels to say it moves focus itself. Hosts can still take over either flow by
 * cancelling the card's request events. With an `adapter` of its own the page is its own
 * provider; otherwise its parts read through the provider above it.
 *
 * A page renders its parts with `renderParts()`, inside its layout grid.
 */
export abstract class PhBalancePage extends PhElement {
  protected get autoRenewalForm(): PhAutoRenewalForm | null {
    return this.renderRoot.querySelector('ph-auto-renewal-form');
  }

  protected get balanceCard(): PhBalanceCard | null {
    return this.renderRoot.querySelector('ph-balance-card');
  }

  protected get topUpDialog(): PhTopUpDialog | null {
    return this.renderRoot.querySelector('ph-top-up-dialog');
  }

  /** The currency whose Modify on the card opened the form, until editing ends. */
  private editOrigin: string | undefined;

  /** Opens the top-up dialog (for one currency, or the first balance's). */
  showTopUp(options: { currency?: string } = {}): void {
    this.topUpDialog?.show(options);
  }

  /** Opens the auto-renewal form in edit mode. */
  editAutoRenewal(): void {
    this.autoRenewalForm?.edit();
  }

  private handleAutoRenewalRequest(event: CustomEvent<AutoRenewalRequestDetail>): void {
    // Let the host's listeners (outside this element) decide first.
    afterDispatch(event, () => {
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
   * Edit mode opened from the card ended: focus goes back to the card's Modify. Cancelling the
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

  /** The page's parts, inside its layout grid. */
  protected abstract renderParts(): TemplateResult;

  protected override render() {
    const parts = html`<div
      class="layout"
      part="layout"
      @ph-auto-renewal-request=${this.handleAutoRenewalRequest}
      @ph-auto-renewal-change=${this.handleEditEnd}
      @ph-auto-renewal-cancel=${this.handleEditEnd}
    >
      ${this.renderParts()}
    </div>`;
    return this.adapter
      ? html`<ph-provider .adapter=${this.adapter} locale=${this.lang || this.locale}
          >${parts}</ph-provider
        >`
      : parts;
  }
}
