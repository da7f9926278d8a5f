import type { AutoRenewal } from '../../adapter/schemas.js';

/** Detail of `ph-auto-renewal-change`: the settings as the hub saved them. */
export type AutoRenewalChangeDetail = AutoRenewal;

declare global {
  interface GlobalEventHandlersEventMap {
    'ph-auto-renewal-change': CustomEvent<AutoRenewalChangeDetail>;
  }
}
