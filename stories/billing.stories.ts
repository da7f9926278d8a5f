import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/billing/define.js';
import { argTypes, defaultArgs, withProvider } from './support.js';
import type { StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Billing/Billing page',
  component: 'ph-billing',
  args: defaultArgs,
  argTypes,
  render: (args) => withProvider(args, html`<ph-billing></ph-billing>`),
};
export default meta;

type Story = StoryObj<StoryArgs>;

/**
 * The Billing Options page: balance, auto-renewal, invoices, invoicing details, payment methods
 * and the partner plan.
 */
export const Ready: Story = {};

/** Two currencies. */
export const MultiCurrency: Story = { args: { scenario: 'multi-currency' } };

/** A new partner. */
export const Empty: Story = { args: { scenario: 'empty' } };

/** Loading (a slow hub). */
export const Loading: Story = { args: { scenario: 'slow' } };

/** The hub cannot be reached: each part shows its error with a retry. */
export const Error: Story = { args: { scenario: 'failing' } };

/** A member: no owner actions; what the hub refuses shows as forbidden. */
export const Member: Story = { args: { role: 'member' } };

/** A client-paid account: no credit balance, auto-renewal or top-up (clients pay for their own messaging); its invoices, invoicing details, payment methods and plan as on any account. */
export const ClientPaid: Story = { args: { scenario: 'client-paid' } };

/** German. */
export const German: Story = { args: { locale: 'de' } };

/** On a dark page. */
export const Dark: Story = { args: { theme: 'dark' } };
