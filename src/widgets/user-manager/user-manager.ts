import { msg, str } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { InviteUserInput } from '../../adapter/contract.js';
import type { InviteUserResult, Role, User } from '../../adapter/schemas.js';
import { PhDataElement } from '../../base/data-element.js';
import { FormController, renderSubmit, summaryStyles } from '../../base/form-controller.js';
import { MutationController } from '../../base/mutation-controller.js';
import type { MutationFailure } from '../../base/mutation-controller.js';
import { ResourceController } from '../../base/resource-controller.js';
import { isLastOwner } from '../../domain/index.js';
import type { PhDialog } from '../dialog/dialog.js';
import { renderRefusal, failureTitle } from '../../base/refusal.js';
import { dialogButtons } from '../../base/dialog-buttons.js';
import '../../client/results/users.js';
import { renderInviteFields } from './invite-fields.js';
import type { InviteDraft, Pending } from './invite-fields.js';
import { dateFormat } from '../../base/format-date.js';
import { styles } from './user-manager.styles.js';
import './user-manager.types.js';

type Draft = InviteDraft & Record<string, unknown>;
/** What a confirmation is about: removing a user, withdrawing an invitation, stepping down. */
type Confirming = { kind: 'remove' | 'revoke' | 'step-down'; user: User };

const EMPTY: Draft = { email: '', role: 'member', code: '' };

/**
 * The users of the partner account: each with e-mail, name, role and status, and what each
 * role may do in words (owners manage WhatsApp accounts and add and manage users; members
 * manage WhatsApp accounts only).
 *
 * - Owners invite by e-mail with a role. A malformed e-mail, or one already on the account, is
 *   refused with why before anything is sent. When the hub asks to confirm with the one-time
 *   code it e-mailed to the inviting owner, the form asks for it (a wrong or expired code is
 *   refused with why; "Send a new code" asks for another).
 * - An invitation shows until it is accepted, with "Resend invitation" and "Withdraw
 *   invitation" where the hub offers them. Owners make users owners or members; owners who
 *   make themselves members are asked first (only another owner could undo it).
 * - Removal, where the hub offers it (`removeUser`), after a confirmation naming the user;
 *   otherwise the element says to contact support. The last owner can never be made a member
 *   or removed, and the element says why.
 * - Members see the list read-only: no owner-only control is rendered. A change the hub still
 *   refuses (`forbidden`) is said so.
 *
 * @summary Users of the partner account: invite, roles, invitations, removal.
 *
 * @slot empty - Shown when the current user is the account's only user (an owner's invitation
 *   form stays below it).
 *
 * @event {UserChangeDetail} ph-user-change - A user was invited, changed role or was removed,
 *   or an invitation was sent again or withdrawn.
 * @event {InviteCodeSentDetail} ph-invite-code-sent - The hub e-mailed the inviting owner a
 *   one-time code to confirm an invitation (a first one, or a new one on request).
 *
 * @csspart card - The card around everything.
 * @csspart roles - What each role may do.
 * @csspart user - Each user.
 * @csspart invite - The invitation form.
 * @csspart button - Every button.
 * @csspart error-summary - The summary of problems after a refused invitation.
 * @csspart dialog - The native `<dialog>` of the confirmations (its backdrop: `::part(dialog)::backdrop`).
 * @csspart title - The heading of the confirmations.
 * @csspart state - The loading, error, empty, forbidden and unavailable panels.
 * @adapter-reads getSession listUsers
 * @adapter-writes inviteUser updateUserRole removeUser resendInvitation revokeInvitation
 * @adapter-optional removeUser resendInvitation revokeInvitation
 */
export class PhUserManager extends PhDataElement {
  static override styles = [...PhDataElement.styles, summaryStyles, ...styles];

  static override properties: PropertyDeclarations = {
    pending: { state: true },
    confirming: { state: true },
    notice: { state: true },
    refusal: { state: true },
  };

  /** The invitation waiting for its one-time code. */
  private pending: Pending | undefined;
  /** What the removal or withdrawal confirmation is about. */
  private confirming: Confirming | undefined;
  /** A change of one user the hub refused, and why, shown beside that user. */
  private notice: { id: string; text: string } | undefined;
  /** The hub refused an invitation for the user's role. */
  private refusal = '';

  readonly #users = new ResourceController(this, { name: 'users' });

  readonly #form = new FormController<Draft>(this, { ...EMPTY });

  readonly #invite = new MutationController<InviteUserInput, InviteUserResult>(this, {
    task: (input, context) => this.hubClient!.inviteUser(input, context),
    onComplete: (result, input) => void this.#handleInvited(result, input),
    onError: (failure) => void this.#handleInviteError(failure),
  });

  readonly #roleChange = new MutationController<{ user: User; role: Role }, User>(this, {
    task: ({ user, role }, context) => this.hubClient!.updateUserRole(user.id, role, context),
    fingerprint: ({ user, role }) => `${user.id}:${role}`,
    onComplete: (user) => {
      this.announce(
        user.role === 'owner'
          ? msg(str`${user.name} is now an owner.`)
          : msg(str`${user.name} is now a member.`),
      );
      this.emit('ph-user-change', { change: 'role', user });
      // Owners who made themselves members lost the button they pressed with their controls.
      if (user.id === this.session.value?.user.id) void this.focusAfterUpdate('h2');
    },
    onError: (failure, { user, role }) => this.#refuse(user, failure, role === 'member'),
  });

  readonly #removal = this.#userChange('removed', (user, context) =>
    this.hubClient!.removeUser(user.id, context),
  );

  readonly #revoke = this.#userChange('invitation-revoked', (user, context) =>
    this.hubClient!.revokeInvitation(user.id, context),
  );

  readonly #resend = this.#userChange('invitation-resent', (user, context) =>
    this.hubClient!.resendInvitation(user.id, context),
  );

  /** Re-reads the session and the users. */
  async refresh(): Promise<void> {
    await Promise.all([this.session.refresh(), this.#users.refresh()]);
  }

  protected override scopeChanged(): void {
    this.pending = undefined;
    this.confirming = undefined;
    this.notice = undefined;
    this.refusal = '';
    this.#form.start({ ...EMPTY });
  }

  /** A change of one user, announced and told when it completes. */
  #userChange(
    change: 'removed' | 'invitation-revoked' | 'invitation-resent',
    task: (
      user: User,
      context: { signal: AbortSignal; idempotencyKey: string },
    ) => Promise<unknown>,
  ) {
    return new MutationController<User, unknown>(this, {
      task,
      fingerprint: (user) => user.id,
      onComplete: (_, user) => {
        this.announce(
          change === 'removed'
            ? msg(str`${user.name} was removed from this partner account.`)
            : change === 'invitation-revoked'
              ? msg(str`The invitation to ${user.email} was withdrawn.`)
              : msg(str`The invitation was sent to ${user.email} again.`),
        );
        this.emit('ph-user-change', { change, user });
        if (change !== 'invitation-resent') void this.focusAfterUpdate('h2');
      },
      onError: (failure, user) => this.#refuse(user, failure, change === 'removed'),
    });
  }

  get #busy(): boolean {
    return [this.#roleChange, this.#removal, this.#revoke, this.#resend].some((m) => m.inFlight);
  }

  // ── handlers ───────────────────────────────────────────────────────────────────────────

  #handleSubmit(event: Event): void {
    event.preventDefault();
    if (this.#invite.inFlight || !this.isOwner) return;
    if (!this.#form.check(msg('Check these fields before inviting:'))) return;
    const { email, role, code } = this.#form.draft;
    const pending = this.pending;
    this.refusal = '';
    void this.#invite.run(
      pending
        ? { email: pending.email, role: pending.role, code: code.trim() }
        : { email: email.trim(), role },
    );
  }

  /** Asks the hub for another one-time code for the invitation waiting for one. */
  #handleNewCode(): void {
    const pending = this.pending;
    if (!pending || this.#invite.inFlight) return;
    this.#form.set({ code: '' });
    this.#form.clear();
    void this.#invite.run({ email: pending.email, role: pending.role });
  }

  #handleCancelCode(): void {
    this.pending = undefined;
    this.#invite.reset();
    this.#form.clear();
    void this.focusAfterUpdate('[name="email"]');
  }

  async #handleInvited(result: InviteUserResult, input: InviteUserInput): Promise<void> {
    if (result.status === 'code_required') {
      const sentTo = result.sentTo;
      // The hub's own expiry, as a time of day in the user's language (none made up without it).
      const worksUntil = result.expiresAt
        ? dateFormat(this.locale, { timeStyle: 'short' }).format(new Date(result.expiresAt))
        : undefined;
      const pending = { email: input.email, role: input.role, sentTo, worksUntil };
      this.announce(
        this.pending
          ? msg(str`A new code was sent to ${sentTo}.`)
          : msg(str`A one-time code was sent to ${sentTo}. Enter it to confirm the invitation.`),
      );
      this.pending = pending;
      this.#form.set({ code: '' });
      this.emit('ph-invite-code-sent', { ...pending });
      await this.focusAfterUpdate('[name="code"]');
      return;
    }
    this.pending = undefined;
    this.#form.start({ ...EMPTY, role: input.role });
    this.announce(
      result.role === 'owner'
        ? msg(str`${result.email} was invited as an owner.`)
        : msg(str`${result.email} was invited as a member.`),
    );
    this.emit('ph-user-change', { change: 'invited', user: result });
    await this.focusAfterUpdate('[name="email"]');
  }

  async #handleInviteError(failure: MutationFailure): Promise<void> {
    if (failure.kind === 'forbidden') {
      this.pending = undefined;
      // The client reads the session again (the role may have changed): the list follows.
      this.refusal = msg('The hub refused this invitation: only owners can add users.');
      return;
    }
    const fieldErrors = failure.error.fieldErrors;
    // The e-mail became a problem while the code was awaited: back to the e-mail.
    if (this.pending && (fieldErrors['email'] || fieldErrors['role'])) {
      this.pending = undefined;
      await this.updateComplete;
    }
    this.#form.fail(failureTitle(failure, msg('The user was not invited.')), {
      fieldErrors,
      message: this.describeError(failure.error),
    });
  }

  /** Asks first, then removes the user, withdraws the invitation, or makes the owner a member. */
  async #handleConfirm(user: User, kind: Confirming['kind']): Promise<void> {
    if (this.#busy) return;
    this.notice = undefined;
    this.confirming = { kind, user };
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<PhDialog>('ph-dialog')!;
    if ((await dialog.ask()) !== kind) return;
    if (kind === 'step-down') void this.#roleChange.run({ user, role: 'member' });
    else void (kind === 'remove' ? this.#removal : this.#revoke).run(user);
  }

  /** Starts a change of one user unless another is on its way; its old refusal goes. */
  #start<P, R>(change: MutationController<P, R>, payload: NoInfer<P>): void {
    if (this.#busy) return;
    this.notice = undefined;
    void change.run(payload);
  }

  /**
   * Says beside `user` why the hub refused a change: a conflict in the hub's own words, unless
   * it is the last-owner rule. After `forbidden` the client reads the session again by itself.
   */
  #refuse(user: User, failure: MutationFailure, lastOwnerRule: boolean): void {
    const text =
      failure.kind === 'forbidden'
        ? msg('The hub refused this change: only owners can manage users.')
        : failure.kind === 'conflict' && lastOwnerRule
          ? this.#lastOwnerReason(user)
          : this.describeError(failure.error);
    this.notice = { id: user.id, text };
  }

  #lastOwnerReason(user: User): string {
    return msg(
      str`${user.name} is the last owner of this partner account, so they cannot be made a member or removed. Make another user an owner first.`,
    );
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────

  /** What an owner may do to `user` (`mine`: the current user, who cannot remove themselves). */
  #renderActions(user: User, users: readonly User[], mine: boolean): TemplateResult {
    if (user.status === 'active' && isLastOwner(users, user.id)) {
      return html`<p class="note">${this.#lastOwnerReason(user)}</p>`;
    }
    const disabled = this.#busy ? 'true' : 'false';
    const button = (label: string, text: string, action: () => void) =>
      html`<button
        type="button"
        part="button"
        aria-label=${label}
        aria-disabled=${disabled}
        @click=${action}
      >
        ${text}
      </button>`;
    return html`<div class="actions">
      ${
        user.role === 'member'
          ? button(msg(str`Make owner: ${user.name}`), msg('Make owner'), () =>
              this.#start(this.#roleChange, { user, role: 'owner' }),
            )
          : button(msg(str`Make member: ${user.name}`), msg('Make member'), () =>
              // Owners who make themselves members cannot undo it: they are asked first.
              mine
                ? this.#handleConfirm(user, 'step-down')
                : this.#start(this.#roleChange, { user, role: 'member' }),
            )
      }
      ${
        user.status === 'invited' && this.hubClient?.can('resendInvitation')
          ? button(msg(str`Resend invitation: ${user.name}`), msg('Resend invitation'), () =>
              this.#start(this.#resend, user),
            )
          : nothing
      }
      ${
        user.status === 'invited' && this.hubClient?.can('revokeInvitation')
          ? button(msg(str`Withdraw invitation: ${user.name}`), msg('Withdraw invitation'), () =>
              this.#handleConfirm(user, 'revoke'),
            )
          : nothing
      }
      ${
        user.status !== 'invited' && !mine && this.hubClient?.can('removeUser')
          ? button(msg(str`Remove: ${user.name}`), msg('Remove'), () =>
              this.#handleConfirm(user, 'remove'),
            )
          : nothing
      }
    </div>`;
  }

  #renderUser(user: User, users: readonly User[]): TemplateResult {
    const mine = user.id === this.session.value?.user.id;
    return html`<li class="user" part="user" data-user=${user.id} data-status=${user.status}>
      <div class="head">
        <strong>${user.name}</strong>
        ${mine ? html`<span class="muted">${msg('(you)')}</span>` : nothing}
        <span class="badge">${user.role === 'owner' ? msg('Owner') : msg('Member')}</span>
      </div>
      <span class="email">${user.email}</span>
      <span class="status">
        ${
          user.status === 'invited'
            ? msg('Invited: the invitation has not been accepted yet.')
            : msg('Active')
        }
      </span>
      ${this.isOwner ? this.#renderActions(user, users, mine) : nothing}
      ${this.notice?.id === user.id ? renderRefusal(this.notice.text) : nothing}
    </li>`;
  }

  #renderInvite(users: readonly User[]): TemplateResult {
    const sending = this.#invite.inFlight;
    const submit = this.pending ? msg('Confirm and invite') : msg('Invite');
    return html`<form class="invite" part="invite" novalidate @submit=${this.#handleSubmit}>
      <h3>${msg('Invite a user')}</h3>
      ${this.#form.renderSummary()} ${this.refusal ? renderRefusal(this.refusal) : nothing}
      <div class="fields">
        ${renderInviteFields(users, this.#form.draft, this.pending, sending)}
      </div>
      <div class="actions">
        ${renderSubmit(sending, submit, submit)}
        ${
          this.pending
            ? html`<button
                  type="button"
                  part="button"
                  aria-disabled=${sending ? 'true' : 'false'}
                  @click=${this.#handleNewCode}
                >
                  ${msg('Send a new code')}
                </button>
                <button
                  type="button"
                  part="button"
                  ?disabled=${sending}
                  @click=${this.#handleCancelCode}
                >
                  ${msg('Cancel')}
                </button>`
            : nothing
        }
      </div>
    </form>`;
  }

  #renderConfirm(): TemplateResult {
    const c = this.confirming;
    const name = c?.user.name ?? '';
    const email = c?.user.email ?? '';
    const [label, text, keep, confirm] =
      c?.kind === 'step-down'
        ? [
            msg('Make yourself a member?'),
            msg(
              'You will no longer be able to add users, change roles or manage billing. Only another owner can make you an owner again.',
            ),
            msg('Stay an owner'),
            msg('Make me a member'),
          ]
        : c?.kind === 'revoke'
          ? [
              msg(str`Withdraw the invitation to ${email}?`),
              msg(str`The invitation e-mail sent to ${email} will no longer work.`),
              msg('Keep the invitation'),
              msg('Withdraw invitation'),
            ]
          : [
              msg(str`Remove ${name}?`),
              msg(str`${name} will no longer be able to open this partner account.`),
              msg('Keep this user'),
              msg(str`Remove ${name}`),
            ];
    return html`<ph-dialog exportparts="dialog, title" label=${label}>
      <p>${text}</p>
      ${dialogButtons({ label: keep, close: '' }, { label: confirm, close: c?.kind ?? '' })}
    </ph-dialog>`;
  }

  /** Below the list (or the empty state, the user alone): what owners may do, or that they may. */
  #renderReady(users: readonly User[]): TemplateResult {
    if (!this.isOwner) {
      return html`<p class="muted">${msg('Only owners can add users or change their roles.')}</p>`;
    }
    return html`${
      this.hubClient?.can('removeUser')
        ? nothing
        : html`<p class="muted">${msg('To remove a user, contact support.')}</p>`
    }
    ${this.#renderInvite(users)} ${this.#renderConfirm()}`;
  }

  protected override render() {
    const users = this.#users.value ?? [];
    const view = this.dataViewState([this.#users], () => users.length <= 1);
    const words = {
      error: msg('Couldn’t load the users.'),
      forbidden: msg('You don’t have access to the users of this partner account.'),
      empty: msg('You are the only user of this partner account so far.'),
      unavailable: msg('This hub does not list users here.'),
    };
    return html`<section class="card" part="card" aria-labelledby="heading">
      <h2 id="heading" tabindex="-1">${msg('Users')}</h2>
      <dl class="roles" part="roles">
        <div>
          <dt>${msg('Owner')}</dt>
          <dd>${msg('Owners manage WhatsApp accounts and add and manage users.')}</dd>
        </div>
        <div>
          <dt>${msg('Member')}</dt>
          <dd>${msg('Members manage WhatsApp accounts only.')}</dd>
        </div>
      </dl>
      ${
        view.kind === 'ready'
          ? html`<ul class="users" aria-label=${msg('Users of this partner account')}>
              ${users.map((user) => this.#renderUser(user, users))}
            </ul>`
          : this.renderState(view, words)
      }
      ${view.kind === 'ready' || view.kind === 'empty' ? this.#renderReady(users) : nothing}
    </section>`;
  }
}
