/** The hub's tabs, in order. */
export const HUB_TABS = [
  'overview',
  'accounts',
  'integration',
  'users',
  'profile',
  'billing',
] as const;

/** One of the hub's tabs. */
export type HubTab = (typeof HUB_TABS)[number];

/** Detail of `ph-tab-change`: the tab the person chose, and the one they leave. */
export interface TabChangeDetail {
  tab: HubTab;
  previous: HubTab;
}

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-tab-change': TabChangeDetail;
  }
}
