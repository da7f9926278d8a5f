/** Checks the session read, which every data element makes. */
import { SessionSchema } from '../../adapter/schemas.js';
import { registerResultSchemas } from '../results.js';

registerResultSchemas({ getSession: SessionSchema });
