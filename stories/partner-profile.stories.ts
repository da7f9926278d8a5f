import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AdapterError } from '../src/adapter/errors.js';
import { createMemoryAdapter } from '../src/adapter/memory/index.js';
import type { MemoryAdapter } from '../src/adapter/memory/index.js';
import '../src/widgets/partner-profile/define.js';
import type { PhPartnerProfile } from '../src/widgets/partner-profile/partner-profile.js';
import type { PhTextField } from '../src/widgets/text-field/text-field.js';
import { argTypes, defaultArgs, effectiveArgs, until, withProvider } from './support.js';
import type { StoryArgs } from './support.js';

const tag = html`<ph-partner-profile></ph-partner-profile>`;

const meta: Meta<StoryArgs> = {
  title: 'Settings/Partner profile',
  component: 'ph-partner-profile',
  args: defaultArgs,
  argTypes,
  render: (args) => withProvider(args, tag),
};
export default meta;

type Story = StoryObj<StoryArgs>;

/** The adapter with `getProfile` answering `logoUrl`. */
function withLogo(logoUrl: string) {
  return (adapter: MemoryAdapter): MemoryAdapter =>
    new Proxy(adapter, {
      get(target, property, receiver) {
        if (property === 'getProfile') {
          return async () => ({ ...(await target.getProfile()), logoUrl });
        }
        const value = Reflect.get(target, property, receiver) as unknown;
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
}

/** An owner: the onboarding preview, the brand name, the logo upload and the switch. */
export const Ready: Story = {};

/** A new partner: no logo yet. */
export const Empty: Story = { args: { scenario: 'empty' } };

/** The brand name typed shows in the preview at once. */
export const LivePreview: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<PhPartnerProfile>('ph-partner-profile')!;
    await until(() => !!el.shadowRoot?.querySelector('ph-text-field[name="brandName"]'));
    const field = el.shadowRoot!.querySelector<PhTextField>('ph-text-field[name="brandName"]')!;
    field.value = 'Acme Messaging Europe';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
};

/**
 * A logo the hub holds as an SVG carrying script: drawn by an `<img>`, so the script never
 * runs (the story smoke test fails on any page error).
 */
export const SvgLogoWithScript: Story = {
  render: (args) =>
    withProvider(
      args,
      tag,
      withLogo(
        `data:image/svg+xml;base64,${btoa(
          '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" onload="throw new Error(1)"><script>throw new Error(2)</script><rect width="64" height="64" fill="#0b6e4f"/></svg>',
        )}`,
      ),
    ),
};

/** The hub refuses the brand name: the message lands on the field. */
export const ServerFieldError: Story = {
  render: (args) =>
    withProvider(args, tag, (adapter) => {
      adapter.failNext(
        'updateProfile',
        new AdapterError('validation', 'Refused.', {
          fieldErrors: { brandName: 'This name belongs to another partner.' },
        }),
      );
    }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<PhPartnerProfile>('ph-partner-profile')!;
    await until(() => !!el.shadowRoot?.querySelector('ph-text-field[name="brandName"]'));
    const field = el.shadowRoot!.querySelector<PhTextField>('ph-text-field[name="brandName"]')!;
    field.value = 'Globex';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.closest('form')!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** A member: the profile read-only. */
export const Member: Story = { args: { role: 'member' } };

/** A client-paid account: no phone-number switch. */
export const ClientPaid: Story = { args: { scenario: 'client-paid' } };

/** The hub refuses the read for this user. */
export const Forbidden: Story = {
  render: (args) =>
    withProvider(args, tag, (adapter) => {
      adapter.failNext('getProfile', new AdapterError('forbidden', 'No access.'));
    }),
};

/** A hub without a profile: unavailable. */
export const Unavailable: Story = {
  render: (args) => {
    const { scenario, role } = effectiveArgs(args);
    return withProvider(args, tag, () =>
      createMemoryAdapter({ scenario, role, capabilities: { getProfile: false } }),
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
