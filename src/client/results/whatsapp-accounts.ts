/** Checks the WhatsApp accounts read. */
import { WhatsAppAccountPageSchema } from '../../adapter/schemas.js';
import { registerResultSchemas } from '../results.js';

registerResultSchemas({ listWhatsAppAccounts: WhatsAppAccountPageSchema });
