import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AdapterError } from '../src/adapter/errors.js';
import '../src/widgets/balance-card/define.js';
import { argTypes, defaultArgs, withProvider } from './support.js';
import type { StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Overview/Balance card',
  component: 'ph-balance-card',
  args: defaultArgs,
  argTypes,
  render: (args) => withProvider(args, html`<ph-balance-card></ph-balance-card>`),
};
export default meta;

type Story = StoryObj<StoryArgs>;

/** A healthy balance: messaging and calls continue. */
export const Positive: Story = {};

/**
 * A licence invoice is unpaid: outbound messaging is paused whatever the balance, so the card
 * says so and names the invoice, without a forecast of when messaging would pause.
 */
export const MessagingPaused: Story = { args: { scenario: 'licence-unpaid' } };

/** At or under the auto-renewal threshold. */
export const Low: Story = { args: { scenario: 'low' } };

/** Zero: outbound messaging and calls are paused. */
export const Zero: Story = { args: { scenario: 'zero' } };

/** Negative: an emergency top-up is likely, even with auto-renewal off. */
export const Negative: Story = { args: { scenario: 'negative' } };

/** Balances in two currencies, each with its own state and auto-renewal. */
export const MultiCurrency: Story = { args: { scenario: 'multi-currency' } };

/** A brand-new partner without a balance yet: its first top-up is offered. */
export const Empty: Story = { args: { scenario: 'empty' } };

/** A client-paid account: the balance is not available for this billing mode. */
export const ClientPaid: Story = { args: { scenario: 'client-paid' } };

/** The hub cannot be reached: an error with a retry. */
export const Error: Story = { args: { scenario: 'failing' } };

/** The hub refuses the read for this user. */
export const Forbidden: Story = {
  render: (args) =>
    withProvider(args, html`<ph-balance-card></ph-balance-card>`, (adapter) => {
      adapter.failNext('getBalances', new AdapterError('forbidden', 'Owners only.'), {
        times: 1000,
      });
    }),
};

/** A member sees the balance but cannot add funds or change auto-renewal. */
export const Member: Story = { args: { role: 'member' } };

/** Loading (a slow hub). */
export const Loading: Story = { args: { scenario: 'slow' } };

/** The balance follows usage live: the simulated clock advances an hour every second. */
export const Live: Story = {
  render: (args) =>
    withProvider(args, html`<ph-balance-card></ph-balance-card>`, (adapter) => {
      const timer = setInterval(() => adapter.clock.advance(60 * 60 * 1000), 1000);
      setTimeout(() => clearInterval(timer), 120_000);
    }),
};

/** German. */
export const German: Story = { args: { locale: 'de' } };

/** Dark colour scheme, from the host page. */
export const Dark: Story = { args: { theme: 'dark' } };
