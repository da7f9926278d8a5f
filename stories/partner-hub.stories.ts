import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/partner-hub/define.js';
import { argTypes, defaultArgs, withProvider, withoutProvider } from './support.js';
import type { StoryArgs } from './support.js';

type HubArgs = StoryArgs & { tab: string };

const meta: Meta<HubArgs> = {
  title: 'Hub/Partner hub',
  component: 'ph-partner-hub',
  args: { ...defaultArgs, tab: 'overview' },
  argTypes: {
    ...argTypes,
    tab: {
      control: 'select',
      options: ['overview', 'accounts', 'integration', 'users', 'profile', 'billing'],
    },
  },
  render: (args) => withProvider(args, html`<ph-partner-hub tab=${args.tab}></ph-partner-hub>`),
};
export default meta;

type Story = StoryObj<HubArgs>;

/**
 * The WhatsApp accounts tab holds hundreds of rows: axe runs on demand there (the addon's panel),
 * as in the list's own stories; the hub's and the list's tests check it with axe.
 */
const manualAxe = { a11y: { manual: true } };

/** The whole hub for an owner of a partner-paid account, on its Overview. */
export const Ready: Story = {};

/** Deep-linked to Billing (`tab="billing"`). */
export const BillingTab: Story = { args: { tab: 'billing' } };

/** The WhatsApp accounts tab. */
export const AccountsTab: Story = { globals: manualAxe, args: { tab: 'accounts' } };

/** The Users tab (deep-linked). */
export const UsersTab: Story = { args: { tab: 'users' } };

/** Without a provider or an adapter: the hub says where it belongs (unavailable). */
export const Unavailable: Story = {
  render: (args) => withoutProvider(args, html`<ph-partner-hub></ph-partner-hub>`),
};

/** A member: no Billing tab. */
export const Member: Story = { args: { role: 'member' } };

/** A client-paid account: no Overview (there is no shared credit balance). */
export const ClientPaid: Story = { globals: manualAxe, args: { scenario: 'client-paid' } };

/** A new partner with nothing yet. */
export const Empty: Story = { args: { scenario: 'empty' } };

/** Loading (a slow hub). */
export const Loading: Story = { args: { scenario: 'slow' } };

/** The hub cannot be reached: each part says so with a retry. */
export const Error: Story = { args: { scenario: 'failing' } };

/** German. */
export const German: Story = { args: { locale: 'de' } };

/** On a dark page. */
export const Dark: Story = { args: { theme: 'dark' } };
