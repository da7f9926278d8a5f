import { PhDataElement } from './data-element.js';
import type { ViewResource } from './data-element.js';
import type { ViewState } from './element.js';

/**
 * The base of the billing widgets (balance, auto-renewal, top-up, movements…): the billing-mode
 * gate. A client-paid account sees "not available for this billing mode", never an error.
 * The session, role and `isOwner` come from `PhDataElement`.
 */
export class PhBillingElement extends PhDataElement {
  /** The account is billed to the partner (a shared credit balance exists). */
  protected get partnerPaid(): boolean {
    return this.session.value?.billingMode === 'partner_paid';
  }

  /**
   * The session's state first, then "unavailable" for a client-paid account, then the state of
   * `resources`; `isEmpty` turns a ready state into the empty one.
   */
  protected billingViewState(
    resources: ReadonlyArray<ViewResource>,
    isEmpty?: () => boolean,
  ): ViewState {
    if (this.viewStateOf([this.session]).kind === 'ready' && !this.partnerPaid) {
      return { kind: 'unavailable', reason: 'billing_mode' };
    }
    return this.dataViewState(resources, isEmpty);
  }
}
