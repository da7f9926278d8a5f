import type { Money } from '../adapter/schemas.js';
import { formatMoney } from '../money/format.js';
import { PhElement } from './element.js';
import type { ViewState } from './element.js';
import { ResourceController } from './resource-controller.js';
import type { ResourceState } from '../client/client.js';

/**
 * The base of the billing widgets (balance, auto-renewal, top-up, movements…): the session
 * that says who the user is and how the account is billed, and the states that follow from it
 * — a client-paid account sees "not available for this billing mode", never an error.
 */
export class PhBillingElement extends PhElement {
  /** @internal The current user and partner account. */
  protected readonly session = new ResourceController(this, {
    name: 'session',
    enabled: () => this.active,
  });

  /** Whether the element reads data now; a closed dialog reads nothing. */
  protected get active(): boolean {
    return true;
  }

  /** The account is billed to the partner (a shared credit balance exists). */
  protected get partnerPaid(): boolean {
    return this.session.value?.billingMode === 'partner_paid';
  }

  /** The current user is an owner of the partner account. */
  protected get isOwner(): boolean {
    return this.session.value?.user.role === 'owner';
  }

  /** Money in this element's locale. */
  protected formatMoney(value: Money): string {
    return formatMoney(value, this.locale);
  }

  /**
   * The session's state first, then "unavailable" for a client-paid account, then the state of
   * `resources`; `isEmpty` turns a ready state into the empty one.
   */
  protected billingViewState(
    resources: ReadonlyArray<{ state: ResourceState<unknown>; refresh(): Promise<void> }>,
    isEmpty?: () => boolean,
  ): ViewState {
    const sessionView = this.viewStateOf([this.session]);
    if (sessionView.kind !== 'ready') return sessionView;
    if (!this.partnerPaid) return { kind: 'unavailable', reason: 'billing_mode' };
    const view = this.viewStateOf(resources);
    return view.kind === 'ready' && isEmpty?.() ? { kind: 'empty' } : view;
  }
}
