/**
 * Who is signed in and where: the session, the users of the partner account (the last owner
 * is protected), its clients' WhatsApp accounts, and switching between partner accounts.
 */
import type {
  InviteUserInput,
  MutationOptions,
  ReadOptions,
  WhatsAppAccountQuery,
} from '../../contract.js';
import { AdapterError } from '../../errors.js';
import type {
  InviteCodeRequired,
  InviteUserResult,
  PartnerAccount,
  Role,
  Session,
  User,
  WhatsAppAccountPage,
} from '../../schemas.js';
import { WhatsAppAccountSortSchema, WhatsAppAccountStatusSchema } from '../../schemas.js';
import { orderAccounts } from '../whatsapp-accounts.js';
import {
  INVITE_CODE_ATTEMPTS,
  INVITE_CODE_LENGTH,
  INVITE_CODE_TTL_MS,
  checkEmail,
  isKnownEmail,
  maskEmail,
  removalRefusal,
  roleChangeRefusal,
} from '../../../domain/index.js';
import { iso } from '../calendar.js';
import { EMAIL_MESSAGES, assertValid, invalid } from '../checks.js';
import type { MemoryHub } from '../hub.js';
import { paginate } from '../paging.js';
import type { AccountState } from '../state.js';

function nameFromEmail(email: string): string {
  return email
    .split('@')[0]!
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join(' ');
}

function sessionOf(hub: MemoryHub, account: AccountState): Session {
  const me = hub.me(account);
  return {
    user: { id: me.id, email: me.email, name: me.name, role: me.role },
    partner: { id: account.id, name: account.name },
    billingMode: account.billingMode,
    locale: account.locale,
    asOf: iso(hub.world.now),
  };
}

function findUser(account: AccountState, id: string): User {
  const user = account.users.find((u) => u.id === id);
  if (!user) throw new AdapterError('not_found', 'This user is not part of the partner account.');
  return user;
}

function lastOwnerRefused(user: User, action: string): never {
  throw new AdapterError(
    'conflict',
    `${user.name} is the last owner of this partner account and cannot be ${action}. Make another user an owner first.`,
  );
}

function findInvitation(account: AccountState, id: string): User {
  const user = findUser(account, id);
  if (user.status !== 'invited') {
    throw new AdapterError(
      'conflict',
      `${user.name} has already accepted the invitation and is an active user.`,
    );
  }
  return user;
}

/** Checks an invitation's input; returns the trimmed e-mail. */
function checkInvite(account: AccountState, input: InviteUserInput): string {
  const errors: Record<string, string> = {};
  const email = typeof input?.email === 'string' ? input.email.trim() : '';
  const emailProblem = checkEmail(email);
  if (emailProblem) errors['email'] = EMAIL_MESSAGES[emailProblem];
  if (input?.role !== 'owner' && input?.role !== 'member') {
    errors['role'] = 'Choose Owner or Member.';
  }
  if (input?.name !== undefined && typeof input.name !== 'string') {
    errors['name'] = 'Enter a name.';
  }
  if (input?.code !== undefined && typeof input.code !== 'string') {
    errors['code'] = `Enter the ${INVITE_CODE_LENGTH}-digit code from the e-mail.`;
  }
  assertValid(errors);
  if (isKnownEmail(account.users, email)) {
    throw new AdapterError('conflict', `${email} already belongs to this partner account.`, {
      fieldErrors: { email: 'This person is already a user of this partner account.' },
    });
  }
  return email;
}

/**
 * The one-time code step of an invitation (unless `inviteCodes: false`, an older hub): without a code, a new one
 * is e-mailed to the inviting owner (replacing any earlier one); with one, it must match, within
 * its time and its attempts. Returns the answer to give instead of inviting, or null to go on.
 */
function confirmWithCode(
  hub: MemoryHub,
  account: AccountState,
  input: InviteUserInput,
  email: string,
): InviteCodeRequired | null {
  if (hub.options.inviteCodes === false) return null;
  const me = hub.me(account);
  const slot = [account.id, me.id, email.toLowerCase(), input.role].join('\u0000');
  const now = hub.world.now;
  if (input.code === undefined) {
    let code = '';
    for (let i = 0; i < INVITE_CODE_LENGTH; i++) code += String(Math.floor(hub.codes() * 10));
    const expiresAt = now + INVITE_CODE_TTL_MS;
    hub.inviteCodes.set(slot, { code, expiresAt, attempts: 0 });
    hub.outbox.push({
      to: me.email,
      subject: `Your code to add ${email} to ${account.name}: ${code}`,
      code,
      sentAt: iso(now),
    });
    return { status: 'code_required', sentTo: maskEmail(me.email), expiresAt: iso(expiresAt) };
  }
  const pending = hub.inviteCodes.get(slot);
  const sendNew = 'Send a new code and enter the one from the new e-mail.';
  if (!pending) invalid({ code: `This code is no longer valid. ${sendNew}` });
  if (now > pending.expiresAt) {
    hub.inviteCodes.delete(slot);
    invalid({ code: `This code has expired. ${sendNew}` });
  }
  if (input.code.trim() !== pending.code) {
    pending.attempts += 1;
    if (pending.attempts >= INVITE_CODE_ATTEMPTS) {
      hub.inviteCodes.delete(slot);
      invalid({ code: `That code is not right, and it was tried too often. ${sendNew}` });
    }
    invalid({ code: 'That code is not right. Check the e-mail and enter the code again.' });
  }
  hub.inviteCodes.delete(slot);
  return null;
}

/** The session, users, WhatsApp accounts and partner accounts. */
export function accountMethods(hub: MemoryHub) {
  /** The partner accounts the acting user is an active user of. */
  const mine = () =>
    hub.world.accounts.filter((a) =>
      a.users.some((u) => u.id === a.currentUserId && u.status === 'active'),
    );

  return {
    getSession(options?: ReadOptions): Promise<Session> {
      return hub.read('getSession', options, (account) => sessionOf(hub, account));
    },

    listUsers(options?: ReadOptions): Promise<User[]> {
      return hub.read('listUsers', options, (account) => account.users);
    },

    inviteUser(input: InviteUserInput, options: MutationOptions): Promise<InviteUserResult> {
      return hub.mutate('inviteUser', options, input, (account): InviteUserResult => {
        const email = checkInvite(account, input);
        const asked = confirmWithCode(hub, account, input, email);
        if (asked) return asked;
        account.userSeq += 1;
        const user: User = {
          id: `usr_${account.id}_${account.userSeq}`,
          email,
          name: input.name?.trim() || nameFromEmail(email),
          role: input.role,
          status: 'invited',
        };
        account.users.push(user);
        return user;
      });
    },

    resendInvitation(id: string, options: MutationOptions): Promise<User> {
      return hub.mutate('resendInvitation', options, [id], (account) =>
        findInvitation(account, id),
      );
    },

    revokeInvitation(id: string, options: MutationOptions): Promise<void> {
      return hub.mutate('revokeInvitation', options, [id], (account) => {
        const user = findInvitation(account, id);
        account.users = account.users.filter((u) => u !== user);
        return undefined;
      });
    },

    updateUserRole(id: string, role: Role, options: MutationOptions): Promise<User> {
      return hub.mutate('updateUserRole', options, [id, role], (account) => {
        if (role !== 'owner' && role !== 'member') invalid({ role: 'Choose Owner or Member.' });
        const user = findUser(account, id);
        if (user.role === role) return user;
        if (roleChangeRefusal(account.users, id, role)) lastOwnerRefused(user, 'made a member');
        user.role = role;
        if (user.id === account.currentUserId) hub.emit({ resource: 'session' });
        return user;
      });
    },

    removeUser(id: string, options: MutationOptions): Promise<void> {
      return hub.mutate('removeUser', options, [id], (account) => {
        const user = findUser(account, id);
        const refusal = removalRefusal(account.users, id, account.currentUserId);
        if (refusal === 'last_owner') lastOwnerRefused(user, 'removed');
        if (refusal === 'self') {
          throw new AdapterError(
            'conflict',
            'You cannot remove yourself. Ask another owner to remove you.',
          );
        }
        account.users = account.users.filter((u) => u !== user);
        return undefined;
      });
    },

    listWhatsAppAccounts(
      query: WhatsAppAccountQuery,
      options?: ReadOptions,
    ): Promise<WhatsAppAccountPage> {
      return hub.read('listWhatsAppAccounts', options, (account) => {
        const q = query ?? {};
        if (q.status !== undefined && !WhatsAppAccountStatusSchema.options.includes(q.status)) {
          invalid({ status: 'Not an account status.' });
        }
        const text = (q.query ?? '').trim().toLowerCase();
        const digits = text.replace(/[\s()+\-.]/g, '');
        const byDigits = /^\d{3,}$/.test(digits);
        if (q.sort !== undefined && !WhatsAppAccountSortSchema.options.includes(q.sort)) {
          invalid({ sort: 'Not a sort order of WhatsApp accounts.' });
        }
        const sort = q.sort ?? '-createdAt';
        const ordered = orderAccounts(account.whatsAppAccounts, sort);
        const rows =
          q.status === undefined && text === ''
            ? ordered.rows
            : ordered.rows.filter(
                (r) =>
                  (q.status === undefined || r.account.status === q.status) &&
                  (text === '' ||
                    r.haystack.includes(text) ||
                    (byDigits && r.digits.includes(digits))),
              );
        // The default order keeps the cursors it always issued; others name their order.
        const list = sort === '-createdAt' ? 'whatsAppAccounts' : `whatsAppAccounts:${sort}`;
        const page = paginate(list, rows, ordered.key, ordered.order, q);
        return {
          items: page.items.map((r) => r.account),
          nextCursor: page.nextCursor,
          total: page.total,
          sort,
        };
      });
    },

    listPartnerAccounts(options?: ReadOptions): Promise<PartnerAccount[]> {
      return hub.read('listPartnerAccounts', options, () =>
        mine().map((a) => ({
          id: a.id,
          name: a.name,
          billingMode: a.billingMode,
          current: a.id === hub.world.currentId,
        })),
      );
    },

    switchPartnerAccount(id: string, options: MutationOptions): Promise<Session> {
      return hub.mutate('switchPartnerAccount', options, [id], () => {
        const target = mine().find((a) => a.id === id);
        if (!target)
          throw new AdapterError('not_found', 'You have no access to this partner account.');
        hub.world.currentId = id;
        return sessionOf(hub, target);
      });
    },
  };
}
