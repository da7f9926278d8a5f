import type { PartnerAccount, Session } from '../../adapter/schemas.js';

/** Detail of `ph-account-switch`: every element under the provider now shows this account. */
export interface AccountSwitchDetail {
  /** The partner account switched to. */
  account: PartnerAccount;
  /** The session in the new account (the user's role there may differ). */
  session: Session;
}

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-account-switch': AccountSwitchDetail;
  }
}
