import type { AutoRenewal } from '../../adapter/schemas.js';

/** Detail of `ph-auto-renewal-change`: the settings as the hub saved them. */
export type AutoRenewalChangeDetail = AutoRenewal;

/** Detail of `ph-auto-renewal-cancel`: the currency whose editing was cancelled. */
export interface AutoRenewalCancelDetail {
  currency: string;
}

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-auto-renewal-cancel': AutoRenewalCancelDetail;
    'ph-auto-renewal-change': AutoRenewalChangeDetail;
  }
}
