/** Checks the integration settings read, their change and a test webhook. */
import { IntegrationSettingsSchema, WebhookTestResultSchema } from '../../adapter/schemas.js';
import { registerChangeEffects, registerResultSchemas, savedAs } from '../results.js';

registerResultSchemas({
  getIntegrationSettings: IntegrationSettingsSchema,
  updateIntegrationSettings: IntegrationSettingsSchema,
  sendTestWebhook: WebhookTestResultSchema,
});

registerChangeEffects({
  updateIntegrationSettings: savedAs('integrationSettings'),
  sendTestWebhook: { invalidates: [] },
});
