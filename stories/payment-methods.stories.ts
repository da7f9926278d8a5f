import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/payment-methods/define.js';
import type { PhPaymentMethods } from '../src/widgets/payment-methods/payment-methods.js';
import { argTypes, defaultArgs, until, withProvider } from './support.js';
import type { StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Billing/Payment methods',
  component: 'ph-payment-methods',
  args: defaultArgs,
  argTypes,
  render: (args) => withProvider(args, html`<ph-payment-methods></ph-payment-methods>`),
};
export default meta;

type Story = StoryObj<StoryArgs>;

/** The cards on file: the default marked, one expiring soon, one expired, each with its fee. */
export const Ready: Story = {};

/** A new partner without a payment method: only "Add a payment method". */
export const Empty: Story = { args: { scenario: 'empty' } };

/** Loading (a slow hub). */
export const Loading: Story = { args: { scenario: 'slow' } };

/** The hub cannot be reached: an error with a retry. */
export const Error: Story = { args: { scenario: 'failing' } };

/** A member: the hub shows payment methods to owners only. */
export const Forbidden: Story = { args: { role: 'member' } };

/** A hub that does not list payment methods (no `listPaymentMethods`): unavailable. */
export const Unavailable: Story = {
  render: (args) =>
    withProvider(args, html`<ph-payment-methods></ph-payment-methods>`, undefined, {
      capabilities: { listPaymentMethods: false },
    }),
};

/** A client-paid account: the cards that pay its plan and licence fees (clients pay for their own messaging). */
export const ClientPaid: Story = { args: { scenario: 'client-paid' } };

/** Adding a method: the memory adapter's clearly labelled TEST form (one card declines). */
export const Adding: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<PhPaymentMethods>('ph-payment-methods')!;
    const add = () =>
      Array.from(el.shadowRoot?.querySelectorAll('button') ?? []).find(
        (b) => b.textContent?.trim() === 'Add a payment method',
      );
    await until(() => !!add());
    add()!.click();
  },
};

/** German. */
export const German: Story = { args: { locale: 'de' } };

/** On a dark page. */
export const Dark: Story = { args: { theme: 'dark' } };
