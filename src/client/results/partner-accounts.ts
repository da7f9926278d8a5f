/** Checks the partner accounts read and switching account. */
import { PartnerAccountListSchema, SessionSchema } from '../../adapter/schemas.js';
import { registerResultSchemas } from '../results.js';

registerResultSchemas({
  listPartnerAccounts: PartnerAccountListSchema,
  switchPartnerAccount: SessionSchema,
});
