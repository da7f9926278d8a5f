/** Checks the auto-renewal read (its change: `auto-renewal-change.ts`). */
import { AutoRenewalListSchema } from '../../adapter/schemas.js';
import { registerResultSchemas } from '../results.js';

registerResultSchemas({ getAutoRenewal: AutoRenewalListSchema });
