import type { Money, Plan } from '../../adapter/schemas.js';

/** Detail of `ph-plan-change`: the plan was upgraded (or changed) or its cancellation started. */
export interface PlanChangeDetail {
  change: 'changed' | 'cancelled';
  /** The plan as the hub answered after the change. */
  plan: Plan;
  /** For a change: what was invoiced at once for the rest of the period. */
  invoiced?: Money;
}

/** Detail of `ph-plan-support-request`: the person asked support to move to a cheaper plan. */
export interface PlanSupportRequestDetail {
  planId: string;
}

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-plan-change': PlanChangeDetail;
    'ph-plan-support-request': PlanSupportRequestDetail;
  }
}
