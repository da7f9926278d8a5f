import type { Role } from '../adapter/schemas.js';
import type { ResourceState } from '../client/client.js';
import '../client/results/session.js';
import { PhElement } from './element.js';
import type { ViewState } from './element.js';
import { ResourceController } from './resource-controller.js';

/** A resource as the view state sees it. */
export type ViewResource = { state: ResourceState<unknown>; refresh(): Promise<void> };

/**
 * The base of every widget that reads hub data (billing, users, profile, settings, the
 * account switcher): the session that says who the user is and in which partner account, the
 * user's role, and the view state that puts the session first.
 *
 * @event {PhErrorDetail} ph-error - An adapter call failed (once per failure, from the first
 *   element that met it, else from the provider): element, resource or mutation, code, field.
 */
export class PhDataElement extends PhElement {
  /** @internal The current user and partner account. */
  protected readonly session = new ResourceController(this, {
    name: 'session',
    enabled: () => this.active,
  });

  /** Whether the element reads data now; a closed dialog reads nothing. */
  protected get active(): boolean {
    return true;
  }

  /**
   * Whether everything the element reads is for owners only (invoices, invoicing details,
   * payment methods): a member then sees the forbidden state without a request being sent.
   */
  protected get ownerOnly(): boolean {
    return false;
  }

  /** The current user's role in the partner account, once the session is read. */
  protected get userRole(): Role | undefined {
    return this.session.value?.user.role;
  }

  /** The current user is an owner of the partner account. */
  protected get isOwner(): boolean {
    return this.userRole === 'owner';
  }

  /**
   * The session's state first, then the state of `resources`; `isEmpty` turns a ready state
   * into the empty one.
   */
  protected dataViewState(
    resources: ReadonlyArray<ViewResource>,
    isEmpty?: () => boolean,
  ): ViewState {
    const sessionView = this.viewStateOf([this.session]);
    if (sessionView.kind !== 'ready') return sessionView;
    // Owner-only reads are not even sent for a member: the hub would refuse them (403).
    if (this.ownerOnly && !this.isOwner) return { kind: 'forbidden' };
    return this.readyOrEmpty(this.viewStateOf(resources), isEmpty);
  }

  /** `view`, or the empty state when it is ready and `isEmpty` holds. */
  protected readyOrEmpty(view: ViewState, isEmpty?: () => boolean): ViewState {
    return view.kind === 'ready' && isEmpty?.() ? { kind: 'empty' } : view;
  }
}
