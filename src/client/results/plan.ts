/** Checks the plan read, the plan change quote and the plan's changes. */
import { PlanChangeQuoteSchema, PlanSchema } from '../../adapter/schemas.js';
import { registerChangeEffects, registerResultSchemas } from '../results.js';

registerResultSchemas({
  getPlan: PlanSchema,
  quotePlanChange: PlanChangeQuoteSchema,
  changePlan: PlanSchema,
  cancelPlan: PlanSchema,
});

registerChangeEffects({
  changePlan: { invalidates: ['plan', 'invoices'] },
  cancelPlan: { invalidates: ['plan', 'invoices'] },
});
