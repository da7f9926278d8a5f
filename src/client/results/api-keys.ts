/** Checks the API keys read and their changes. */
import { ApiKeyListSchema, CreatedApiKeySchema } from '../../adapter/schemas.js';
import { registerChangeEffects, registerResultSchemas } from '../results.js';

registerResultSchemas({
  listApiKeys: ApiKeyListSchema,
  createApiKey: CreatedApiKeySchema,
  revokeApiKey: ApiKeyListSchema,
});

registerChangeEffects({
  createApiKey: { invalidates: ['apiKeys'] },
  revokeApiKey: { invalidates: ['apiKeys'] },
});
