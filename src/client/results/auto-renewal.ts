/** Checks the auto-renewal read and its change. */
import { AutoRenewalListSchema, AutoRenewalSchema } from '../../adapter/schemas.js';
import { registerResultSchemas } from '../results.js';

registerResultSchemas({
  getAutoRenewal: AutoRenewalListSchema,
  updateAutoRenewal: AutoRenewalSchema,
});
