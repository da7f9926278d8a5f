/**
 * Who may be changed how among the users of a partner account. Owners manage WhatsApp
 * accounts and add and manage users; members manage WhatsApp accounts only. The last active
 * owner can never be made a member or removed, so an account always keeps someone who can
 * manage its users. The memory adapter, the reference server and `<ph-user-manager>` all ask
 * these functions.
 */

/** What the rules need to know of a user. */
export interface UserFacts {
  id: string;
  email: string;
  role: 'owner' | 'member';
  status: 'active' | 'invited';
}

/** Why a change is refused: the last owner, or the acting user removing themselves. */
export type UserChangeRefusal = 'last_owner' | 'self';

/** The length of the one-time code that confirms adding a user. */
export const INVITE_CODE_LENGTH = 6;
/** How long (ms) a one-time code stays valid. */
export const INVITE_CODE_TTL_MS = 10 * 60 * 1000;
/** Wrong entries of one code before it is used up and a new one must be sent. */
export const INVITE_CODE_ATTEMPTS = 5;

/** Whether `user` is an owner who has accepted: only they keep an account managed. */
export function isActiveOwner(user: UserFacts): boolean {
  return user.role === 'owner' && user.status === 'active';
}

/** Whether `id` is the only active owner of `users`. */
export function isLastOwner(users: readonly UserFacts[], id: string): boolean {
  const owners = users.filter(isActiveOwner);
  return owners.length === 1 && owners[0]!.id === id;
}

/** Why `id` may not get `role`, or null when it may. */
export function roleChangeRefusal(
  users: readonly UserFacts[],
  id: string,
  role: 'owner' | 'member',
): UserChangeRefusal | null {
  return role === 'member' && isLastOwner(users, id) ? 'last_owner' : null;
}

/** Why `actingId` may not remove `id`, or null when they may. */
export function removalRefusal(
  users: readonly UserFacts[],
  id: string,
  actingId: string,
): UserChangeRefusal | null {
  if (isLastOwner(users, id)) return 'last_owner';
  return id === actingId ? 'self' : null;
}

/** Whether `email` already belongs to one of `users` (case and surrounding spaces ignored). */
export function isKnownEmail(users: readonly UserFacts[], email: string): boolean {
  const wanted = email.trim().toLowerCase();
  return users.some((u) => u.email.toLowerCase() === wanted);
}

/** Whether `code` has the shape of a one-time code (digits only, the right length). */
export function isInviteCodeShape(code: string): boolean {
  return new RegExp(`^\\d{${INVITE_CODE_LENGTH}}$`).test(code.trim());
}

/** An address shown without giving it away: `lena.fischer@acme.example` → `l•••r@acme.example`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return email;
  const local = email.slice(0, at);
  const shown = local.length <= 2 ? local[0]! : `${local[0]}•••${local[local.length - 1]}`;
  return `${shown}${email.slice(at)}`;
}
