import type { ApiKey, IntegrationSettings, WebhookTestResult } from '../../adapter/schemas.js';

/** The parts of the integration settings that save on their own. */
export type IntegrationSection = 'solution' | 'webhook' | 'redirect' | 'region';

/** Detail of `ph-integration-settings-change`: which section was saved, and the settings after. */
export interface IntegrationSettingsChangeDetail {
  section: IntegrationSection;
  settings: IntegrationSettings;
}

/** Detail of `ph-webhook-test`: what the hub reported for the test event. */
export type WebhookTestDetail = WebhookTestResult;

/**
 * Detail of `ph-api-key-change`: a key was created or revoked. Never the secret: it is shown
 * once, in the element's dialog, and nowhere else.
 */
export interface ApiKeyChangeDetail {
  change: 'created' | 'revoked';
  key: ApiKey;
}

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-integration-settings-change': IntegrationSettingsChangeDetail;
    'ph-webhook-test': WebhookTestDetail;
    'ph-api-key-change': ApiKeyChangeDetail;
  }
}
