import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/invoice-list/define.js';
import type { PhInvoiceList } from '../src/widgets/invoice-list/invoice-list.js';
import { argTypes, defaultArgs, until, withProvider } from './support.js';
import type { StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Billing/Invoice list',
  component: 'ph-invoice-list',
  args: defaultArgs,
  argTypes,
  render: (args) => withProvider(args, html`<ph-invoice-list></ph-invoice-list>`),
};
export default meta;

type Story = StoryObj<StoryArgs>;

/** Invoices, newest first, with what is still to pay at the top. */
export const Ready: Story = {};

/** Balances and invoices in two currencies: the unpaid total per currency. */
export const MultiCurrency: Story = { args: { scenario: 'multi-currency' } };

/** A new partner without invoices. */
export const Empty: Story = { args: { scenario: 'empty' } };

/** Loading (a slow hub). */
export const Loading: Story = { args: { scenario: 'slow' } };

/** The hub cannot be reached: an error with a retry. */
export const Error: Story = { args: { scenario: 'failing' } };

/** A member: the hub shows invoices to owners only. */
export const Forbidden: Story = { args: { role: 'member' } };

/** A hub that does not list invoices (the adapter has no `listInvoices`): unavailable. */
export const Unavailable: Story = {
  render: (args) =>
    withProvider(args, html`<ph-invoice-list></ph-invoice-list>`, undefined, {
      capabilities: { listInvoices: false },
    }),
};

/** A client-paid account: its plan and licence fees, which the partner pays (clients pay for their own messaging). */
export const ClientPaid: Story = { args: { scenario: 'client-paid' } };

/** Paying an unpaid invoice: the method, its fee and the confirmation. */
export const Paying: Story = {
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector<PhInvoiceList>('ph-invoice-list')!;
    await until(() => !!list.shadowRoot?.querySelector('button.primary'));
    list.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
  },
};

/** German. */
export const German: Story = { args: { locale: 'de' } };

/** On a dark page. */
export const Dark: Story = { args: { theme: 'dark' } };
