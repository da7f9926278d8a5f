/**
 * Integration settings (solution ID, webhook and redirect URLs checked by the domain, data
 * region; the partner ID never changes) and the profile (brand name, logo upload).
 */
import { settingsIn } from '../words.js';
import type { MutationOptions, ReadOptions } from '../../contract.js';
import type {
  IntegrationSettings,
  IntegrationSettingsPatch,
  Profile,
  ProfilePatch,
  WebhookTestResult,
} from '../../schemas.js';
import {
  checkRedirectUrl,
  checkSolutionId,
  checkWebhookUrl,
  logoRefusal,
} from '../../../domain/index.js';
import { SOLUTION_ID_MESSAGES, URL_MESSAGES, assertValid, invalid, onlyKeys } from '../checks.js';
import type { MemoryHub } from '../hub.js';
import type { AccountState } from '../state.js';

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The profile as the hub answers it: the phone-number switch on partner-paid accounts only. */
function profileOf(account: AccountState): Profile {
  const { allowClientPhoneNumbers, ...rest } = account.profile;
  return account.billingMode === 'partner_paid'
    ? { ...rest, allowClientPhoneNumbers: allowClientPhoneNumbers ?? false }
    : rest;
}

/** Integration settings and the profile shown during Integrated Onboarding. */
export function settingsMethods(hub: MemoryHub) {
  return {
    getIntegrationSettings(options?: ReadOptions): Promise<IntegrationSettings> {
      return hub
        .read('getIntegrationSettings', options, (account) => account.integration)
        .then((settings) => settingsIn(settings, options?.locale));
    },

    updateIntegrationSettings(
      patch: IntegrationSettingsPatch,
      options: MutationOptions,
    ): Promise<IntegrationSettings> {
      const saved = hub.mutate('updateIntegrationSettings', options, patch, (account) => {
        if (patch && typeof patch === 'object' && 'partnerId' in patch) {
          invalid({ partnerId: 'The partner ID cannot be changed.' });
        }
        const changes = onlyKeys(
          patch,
          ['solutionId', 'webhookUrl', 'redirectUrl', 'dataRegion'],
          'integration settings',
        );
        const next = { ...account.integration };
        const errors: Record<string, string> = {};
        const text = (
          key: 'solutionId' | 'webhookUrl' | 'redirectUrl',
          check: (v: string) => string | null,
        ) => {
          if (!(key in changes)) return;
          const value = changes[key];
          if (value === null) {
            next[key] = null;
          } else if (typeof value !== 'string') {
            errors[key] = 'Enter text, or clear the field.';
          } else {
            const problem = check(value);
            if (problem) errors[key] = problem;
            else next[key] = value.trim();
          }
        };
        text('solutionId', (v) => {
          const p = checkSolutionId(v);
          return p && SOLUTION_ID_MESSAGES[p];
        });
        text('webhookUrl', (v) => {
          const p = checkWebhookUrl(v);
          return p && URL_MESSAGES[p];
        });
        text('redirectUrl', (v) => {
          const p = checkRedirectUrl(v);
          return p && URL_MESSAGES[p];
        });
        if ('dataRegion' in changes) {
          const region = changes['dataRegion'];
          if (typeof region === 'string' && next.availableRegions.some((r) => r.id === region)) {
            next.dataRegion = region;
          } else {
            errors['dataRegion'] = 'Choose one of the regions.';
          }
        }
        assertValid(errors);
        account.integration = next;
        return next;
      });
      return saved.then((settings) => settingsIn(settings, options.locale));
    },

    sendTestWebhook(options: MutationOptions): Promise<WebhookTestResult> {
      return hub.mutate('sendTestWebhook', options, [], (account): WebhookTestResult => {
        const url = account.integration.webhookUrl;
        if (!url)
          return { delivered: false, message: 'Set a webhook URL first, then send a test event.' };
        const host = new URL(url).hostname;
        if (/\.(invalid|test)$/i.test(host)) {
          return {
            delivered: false,
            message: `Could not reach ${host}: the host name does not resolve.`,
          };
        }
        if (checkWebhookUrl(url) !== null)
          return { delivered: false, message: 'The webhook URL must use https.' };
        return {
          delivered: true,
          status: 200,
          durationMs: 120 + ((host.length * 7) % 80),
          firstLine: '{"received":true}',
          message: `A test event was delivered to ${host} (HTTP 200).`,
        };
      });
    },

    getProfile(options?: ReadOptions): Promise<Profile> {
      return hub.read('getProfile', options, (account) => profileOf(account));
    },

    updateProfile(patch: ProfilePatch, options: MutationOptions): Promise<Profile> {
      return hub.mutate('updateProfile', options, patch, (account) => {
        const changes = onlyKeys(patch, ['brandName', 'allowClientPhoneNumbers'], 'profile');
        let name: string | undefined;
        if ('brandName' in changes) {
          name = typeof changes['brandName'] === 'string' ? changes['brandName'].trim() : '';
          if (!name) invalid({ brandName: 'Enter the brand name clients see.' });
          if (name.length > 80) invalid({ brandName: 'Use at most 80 characters.' });
        }
        const allow = changes['allowClientPhoneNumbers'];
        if ('allowClientPhoneNumbers' in changes) {
          if (typeof allow !== 'boolean') {
            invalid({ allowClientPhoneNumbers: 'Send true or false.' });
          }
          if (account.billingMode !== 'partner_paid') {
            invalid({
              allowClientPhoneNumbers:
                'Only partner-paid accounts can let clients add phone numbers.',
            });
          }
        }
        if (name !== undefined) account.profile.brandName = name;
        if (typeof allow === 'boolean') account.profile.allowClientPhoneNumbers = allow;
        return profileOf(account);
      });
    },

    uploadLogo(file: Blob, options: MutationOptions): Promise<Profile> {
      return hub.mutate('uploadLogo', options, file, async (account) => {
        if (!(file instanceof Blob)) invalid({ logo: 'Choose an image file.' });
        const bytes = new Uint8Array(await file.arrayBuffer());
        const refusal = logoRefusal({ type: file.type, bytes }, account.profile.logoRules);
        if (refusal) invalid({ logo: refusal });
        account.profile.logoUrl = `data:${file.type};base64,${base64(bytes)}`;
        return profileOf(account);
      });
    },
  };
}
