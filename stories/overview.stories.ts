import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/overview/define.js';
import { argTypes, defaultArgs, withProvider } from './support.js';
import type { StoryArgs } from './support.js';

/**
 * The hub's Overview tab in one tag: balance, auto-renewal, top-up dialog and movements,
 * wired to each other.
 */
const meta: Meta<StoryArgs> = {
  title: 'Overview/Overview tab',
  component: 'ph-overview',
  args: defaultArgs,
  argTypes,
  render: (args) => withProvider(args, html`<ph-overview></ph-overview>`),
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Positive: Story = {};
export const Low: Story = { args: { scenario: 'low' } };
export const Negative: Story = { args: { scenario: 'negative' } };
export const MultiCurrency: Story = { args: { scenario: 'multi-currency' } };
export const NewPartner: Story = { args: { scenario: 'empty' } };
export const ClientPaid: Story = { args: { scenario: 'client-paid' } };
export const Error: Story = { args: { scenario: 'failing' } };
export const Loading: Story = { args: { scenario: 'slow' } };
export const Member: Story = { args: { role: 'member' } };
export const German: Story = { args: { locale: 'de' } };
export const Spanish: Story = { args: { locale: 'es' } };
export const BrazilianPortuguese: Story = { args: { locale: 'pt-BR' } };
export const Dark: Story = { args: { theme: 'dark' } };
