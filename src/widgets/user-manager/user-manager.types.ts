import type { User } from '../../adapter/schemas.js';

/** Detail of `ph-user-change`: what changed among the users of the partner account. */
export interface UserChangeDetail {
  change: 'invited' | 'role' | 'removed' | 'invitation-resent' | 'invitation-revoked';
  /** The user concerned (as they were, for one removed or whose invitation was revoked). */
  user: User;
}

/** Detail of `ph-invite-code-sent`: the hub e-mailed a one-time code to confirm an invitation. */
export interface InviteCodeSentDetail {
  /** Whom the invitation is for. */
  email: string;
  role: 'owner' | 'member';
  /** Where the code went, masked as the hub gave it. */
  sentTo: string;
}

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-user-change': UserChangeDetail;
    'ph-invite-code-sent': InviteCodeSentDetail;
  }
}
