import type { AutoRenewal } from '../../adapter/schemas.js';

/** Detail of `ph-auto-renewal-change`: the settings as the hub saved them. */
export type AutoRenewalChangeDetail = AutoRenewal;

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-auto-renewal-change': AutoRenewalChangeDetail;
  }
}
