import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AdapterError } from '../src/adapter/errors.js';
import { createMemoryAdapter } from '../src/adapter/memory/index.js';
import '../src/widgets/integration-settings/define.js';
import type { PhIntegrationSettings } from '../src/widgets/integration-settings/integration-settings.js';
import type { PhTextField } from '../src/widgets/text-field/text-field.js';
import { argTypes, defaultArgs, effectiveArgs, until, withProvider } from './support.js';
import type { StoryArgs } from './support.js';

const tag = html`<ph-integration-settings></ph-integration-settings>`;

const meta: Meta<StoryArgs> = {
  title: 'Settings/Integration settings',
  component: 'ph-integration-settings',
  args: defaultArgs,
  argTypes,
  render: (args) => withProvider(args, tag),
};
export default meta;

type Story = StoryObj<StoryArgs>;

/** Types `value` into the field `name` and submits its section. */
async function submit(canvas: HTMLElement, name: string, value: string): Promise<void> {
  const el = canvas.querySelector<PhIntegrationSettings>('ph-integration-settings')!;
  await until(() => !!el.shadowRoot?.querySelector(`ph-text-field[name="${name}"]`));
  const input = el.shadowRoot!.querySelector<PhTextField>(`ph-text-field[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.closest('form')!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

/** An owner: the Partner ID to copy, and each setting saving on its own. */
export const Ready: Story = {};

/** A new partner: nothing set up yet, the forms ready to fill in. */
export const Empty: Story = { args: { scenario: 'empty' } };

/** A 13-digit Solution ID: refused before anything is sent, with why. */
export const ShortSolutionId: Story = {
  play: ({ canvasElement }) => submit(canvasElement, 'solutionId', '1234567890123'),
};

/** An `http://` webhook URL: refused, the webhook must use https. */
export const HttpWebhook: Story = {
  play: ({ canvasElement }) => submit(canvasElement, 'webhookUrl', 'http://hooks.example.com/'),
};

/** The hub refuses the redirect URL: its message lands on the field, the text typed stays. */
export const ServerFieldError: Story = {
  render: (args) =>
    withProvider(args, tag, (adapter) => {
      adapter.failNext(
        'updateIntegrationSettings',
        new AdapterError('validation', 'Refused.', {
          fieldErrors: { redirectUrl: 'This host is on the hub’s block list.' },
        }),
      );
    }),
  play: ({ canvasElement }) => submit(canvasElement, 'redirectUrl', 'https://blocked.example.com/'),
};

/** "Send test event": the status code, the time and the first line of the webhook's answer. */
export const WebhookTested: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<PhIntegrationSettings>('ph-integration-settings')!;
    await until(() => !!el.shadowRoot?.querySelector('form[data-section="webhook"]'));
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('form[data-section="webhook"] button')]
      .find((b) => /Send test event/.test(b.textContent ?? ''))
      ?.click();
  },
};

/** A new API key: its secret shown once, in a dialog with a copy button. */
export const ApiKeyCreated: Story = {
  play: async ({ canvasElement }) => {
    await submit(canvasElement, 'apiKeyName', 'CI pipeline');
  },
};

/** Revoking an API key asks first. */
export const ApiKeyRevokeConfirm: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<PhIntegrationSettings>('ph-integration-settings')!;
    await until(
      () =>
        !!el.shadowRoot?.querySelector('section[aria-labelledby="api-keys-title"] tbody button'),
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>(
      'section[aria-labelledby="api-keys-title"] tbody button',
    )!.click();
  },
};

/** A hub without API keys: the section is not shown. */
export const WithoutApiKeys: Story = {
  render: (args) => {
    const { scenario, role } = effectiveArgs(args);
    return withProvider(args, tag, () =>
      createMemoryAdapter({ scenario, role, capabilities: { listApiKeys: false } }),
    );
  },
};

/** A member: every setting read-only, with the reason. */
export const Member: Story = { args: { role: 'member' } };

/** The hub refuses the read for this user. */
export const Forbidden: Story = {
  render: (args) =>
    withProvider(args, tag, (adapter) => {
      adapter.failNext('getIntegrationSettings', new AdapterError('forbidden', 'No access.'));
    }),
};

/** A hub without integration settings: unavailable. */
export const Unavailable: Story = {
  render: (args) => {
    const { scenario, role } = effectiveArgs(args);
    return withProvider(args, tag, () =>
      createMemoryAdapter({ scenario, role, capabilities: { getIntegrationSettings: false } }),
    );
  },
};

/** Loading (a slow hub). */
export const Loading: Story = { args: { scenario: 'slow' } };

/** The hub cannot be reached: an error with a retry. */
export const Error: Story = { args: { scenario: 'failing' } };

/** German. */
export const German: Story = { args: { locale: 'de' } };

/** On a dark page. */
export const Dark: Story = { args: { theme: 'dark' } };
