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
import type { PartnerAccount, Role, Session, User, WhatsAppAccountPage } from '../../schemas.js';
import { WhatsAppAccountSortSchema, WhatsAppAccountStatusSchema } from '../../schemas.js';
import { orderAccounts } from '../whatsapp-accounts.js';
import { checkEmail } from '../../../domain/index.js';
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
  };
}

function findUser(account: AccountState, id: string): User {
  const user = account.users.find((u) => u.id === id);
  if (!user) throw new AdapterError('not_found', 'This user is not part of the partner account.');
  return user;
}

function lastOwnerGuard(account: AccountState, user: User, action: string): void {
  const owners = account.users.filter((u) => u.role === 'owner' && u.status === 'active');
  if (user.role === 'owner' && user.status === 'active' && owners.length <= 1) {
    throw new AdapterError(
      'conflict',
      `${user.name} is the last owner of this partner account and cannot be ${action}. Make another user an owner first.`,
    );
  }
}

/** The session, users, WhatsApp accounts and partner accounts. */
export function accountMethods(hub: MemoryHub) {
  return {
    getSession(options?: ReadOptions): Promise<Session> {
      return hub.read('getSession', options, (account) => sessionOf(hub, account));
    },

    listUsers(options?: ReadOptions): Promise<User[]> {
      return hub.read('listUsers', options, (account) => account.users);
    },

    inviteUser(input: InviteUserInput, options: MutationOptions): Promise<User> {
      return hub.mutate('inviteUser', options, input, (account) => {
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
        assertValid(errors);
        if (account.users.some((u) => u.email.toLowerCase() === email.toLowerCase())) {
          throw new AdapterError('conflict', `${email} already belongs to this partner account.`, {
            fieldErrors: { email: 'This person is already a user of this partner account.' },
          });
        }
        account.userSeq += 1;
        const user: User = {
          id: `usr_invited_${account.userSeq}`,
          email,
          name: input.name?.trim() || nameFromEmail(email),
          role: input.role,
          status: 'invited',
        };
        account.users.push(user);
        return user;
      });
    },

    updateUserRole(id: string, role: Role, options: MutationOptions): Promise<User> {
      return hub.mutate('updateUserRole', options, [id, role], (account) => {
        if (role !== 'owner' && role !== 'member') invalid({ role: 'Choose Owner or Member.' });
        const user = findUser(account, id);
        if (user.role === role) return user;
        if (role === 'member') lastOwnerGuard(account, user, 'made a member');
        user.role = role;
        if (user.id === account.currentUserId) hub.emit({ resource: 'session' });
        return user;
      });
    },

    removeUser(id: string, options: MutationOptions): Promise<void> {
      return hub.mutate('removeUser', options, [id], (account) => {
        const user = findUser(account, id);
        if (user.id === account.currentUserId) {
          throw new AdapterError(
            'conflict',
            'You cannot remove yourself. Ask another owner to remove you.',
          );
        }
        lastOwnerGuard(account, user, 'removed');
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
        hub.world.accounts.map((a) => ({
          id: a.id,
          name: a.name,
          billingMode: a.billingMode,
          current: a.id === hub.world.currentId,
        })),
      );
    },

    switchPartnerAccount(id: string, options: MutationOptions): Promise<Session> {
      return hub.mutate('switchPartnerAccount', options, [id], () => {
        const target = hub.world.accounts.find((a) => a.id === id);
        if (!target)
          throw new AdapterError('not_found', 'You have no access to this partner account.');
        hub.world.currentId = id;
        return sessionOf(hub, target);
      });
    },
  };
}
