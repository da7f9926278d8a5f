import { msg, str } from '../../i18n/msg.js';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Role, User } from '../../adapter/schemas.js';
import type { Validator } from '../../base/form-control.js';
import { INVITE_CODE_LENGTH, isInviteCodeShape, isKnownEmail } from '../../domain/index.js';

/** What the invitation form holds while it is typed. */
export type InviteDraft = { email: string; role: Role; code: string };
/** An invitation waiting for the one-time code the hub e-mailed to the inviting owner. */
/** An invitation waiting for its code; `worksUntil`: when the code stops working, as said. */
export type Pending = { email: string; role: Role; sentTo: string; worksUntil?: string };

/**
 * The fields of `<ph-user-manager>`'s invitation form and their checks: the e-mail (refused
 * before anything is sent when it is already a user's) and the role; or, while an invitation
 * waits for its one-time code, what is being confirmed and the code (its shape checked).
 */
export function renderInviteFields(
  users: readonly User[],
  draft: InviteDraft,
  pending: Pending | undefined,
  sending: boolean,
): TemplateResult {
  const duplicate: Validator<string> = {
    check: (value) =>
      isKnownEmail(users, value)
        ? msg('This person is already a user of this partner account.')
        : null,
  };
  const codeShape: Validator<string> = {
    flag: 'patternMismatch',
    check: (value) =>
      isInviteCodeShape(value)
        ? null
        : msg(str`Enter the ${INVITE_CODE_LENGTH}-digit code from the e-mail.`),
  };
  return pending
    ? html`<p class="info">
          ${
            pending.role === 'owner'
              ? msg(str`Confirm adding ${pending.email} as an owner.`)
              : msg(str`Confirm adding ${pending.email} as a member.`)
          }
        </p>
        <ph-text-field
          name="code"
          label=${msg('One-time code')}
          description=${
            pending.worksUntil
              ? msg(str`We e-mailed it to ${pending.sentTo}. It works until ${pending.worksUntil}.`)
              : msg(str`We e-mailed it to ${pending.sentTo}.`)
          }
          autocomplete="one-time-code"
          inputmode="numeric"
          .value=${draft.code}
          .validators=${[codeShape]}
          required
          ?disabled=${sending}
        ></ph-text-field>`
    : html`<ph-text-field
          name="email"
          label=${msg('E-mail address')}
          type="email"
          autocomplete="off"
          .value=${draft.email}
          .validators=${[duplicate]}
          required
          ?disabled=${sending}
        ></ph-text-field>
        <ph-select
          name="role"
          label=${msg('Role')}
          .options=${[
            { value: 'member', label: msg('Member') },
            { value: 'owner', label: msg('Owner') },
          ]}
          value="member"
          .value=${draft.role}
          required
          ?disabled=${sending}
        ></ph-select>`;
}
