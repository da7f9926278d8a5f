/** Checks the integration settings read, their change and a test webhook. */
import { IntegrationSettingsSchema, WebhookTestResultSchema } from '../../adapter/schemas.js';
import { registerChangeEffects, registerResultSchemas } from '../results.js';

registerResultSchemas({
  getIntegrationSettings: IntegrationSettingsSchema,
  updateIntegrationSettings: IntegrationSettingsSchema,
  sendTestWebhook: WebhookTestResultSchema,
});

registerChangeEffects({
  // The hub's answer is the saved settings: shown at once, then read again.
  updateIntegrationSettings: {
    invalidates: ['integrationSettings'],
    apply: (saved, update) => update('integrationSettings', () => saved),
  },
  sendTestWebhook: { invalidates: [] },
});
