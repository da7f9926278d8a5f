import type { Profile } from '../../adapter/schemas.js';

/** Detail of `ph-profile-change`: what was saved, and the profile after. */
export interface ProfileChangeDetail {
  change: 'brand-name' | 'logo' | 'client-phone-numbers';
  profile: Profile;
}

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-profile-change': ProfileChangeDetail;
  }
}
