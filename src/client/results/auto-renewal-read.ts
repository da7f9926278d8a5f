/** Checks the auto-renewal read alone (an element that shows the settings, never saves them). */
import { AutoRenewalListSchema } from '../../adapter/schemas.js';
import { registerResultSchemas } from '../results.js';

registerResultSchemas({ getAutoRenewal: AutoRenewalListSchema });
