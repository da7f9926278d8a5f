import type { User } from '../../adapter/schemas.js';

/** Detail of `ph-user-change`: what changed among the users of the partner account. */
export interface UserChangeDetail {
  change: 'invited' | 'role' | 'removed' | 'invitation-resent' | 'invitation-revoked';
  /** The user concerned (as they were, for one removed or whose invitation was revoked). */
  user: User;
}

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-user-change': UserChangeDetail;
  }
}
