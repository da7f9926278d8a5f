import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Money } from '../src/adapter/schemas.js';
import '../src/widgets/money-input/define.js';
import type { PhMoneyInput } from '../src/widgets/money-input/define.js';

interface MoneyInputArgs {
  label: string;
  currency: string;
  lang: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  description: string;
  value: Money | null;
  min: Money | null;
  max: Money | null;
  error: string;
  theme: 'light' | 'dark';
  /** Text typed into the field and then left (shows the touched state). */
  typed: string;
}

const meta: Meta<MoneyInputArgs> = {
  title: 'Forms/Money input',
  component: 'ph-money-input',
  args: {
    label: 'Amount',
    currency: 'EUR',
    lang: 'en',
    required: false,
    disabled: false,
    readonly: false,
    description: '',
    value: null,
    min: null,
    max: null,
    error: '',
    theme: 'light',
    typed: '',
  },
  argTypes: {
    currency: { control: 'select', options: ['EUR', 'USD', 'JPY', 'KWD', 'BRL'] },
    lang: { control: 'select', options: ['en', 'de', 'es', 'pt-BR', 'fr', 'en-IN'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) =>
    html`<div class="ph-story" data-theme=${args.theme}>
      <form @submit=${(e: Event) => e.preventDefault()}>
        <ph-money-input
          name="amount"
          label=${args.label}
          currency=${args.currency}
          lang=${args.lang}
          description=${args.description || undefined}
          ?required=${args.required}
          ?disabled=${args.disabled}
          ?readonly=${args.readonly}
          .value=${args.value}
          .min=${args.min}
          .max=${args.max}
          .error=${args.error}
        ></ph-money-input>
      </form>
    </div>`,
  play: async ({ canvasElement, args }) => {
    if (!args.typed) return;
    await customElements.whenDefined('ph-money-input');
    const el = canvasElement.querySelector<PhMoneyInput>('ph-money-input')!;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = args.typed;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.markTouched();
  },
};
export default meta;

type Story = StoryObj<MoneyInputArgs>;

/** Empty, with a hint. */
export const Empty: Story = { args: { description: 'The amount to add to the balance.' } };

/** A valid amount. */
export const Valid: Story = { args: { value: { amount: 123456, currency: 'EUR' } } };

/** German: type `1.234,56`. */
export const German: Story = {
  args: { lang: 'de', label: 'Betrag', value: { amount: 123456, currency: 'EUR' } },
};

/** Required and left empty: the error shows once the field was touched. */
export const Required: Story = { args: { required: true, typed: ' ' } };

/** Over-precise: EUR has two decimals. */
export const TooPrecise: Story = { args: { typed: '12.345' } };

/** JPY has no decimals. */
export const Yen: Story = { args: { currency: 'JPY', typed: '1,500.5' } };

/** KWD has three decimals. */
export const Dinar: Story = {
  args: { currency: 'KWD', value: { amount: 12345, currency: 'KWD' } },
};

/** Below the minimum. */
export const BelowMinimum: Story = {
  args: { min: { amount: 1000, currency: 'EUR' }, typed: '5' },
};

/** An error from the server, shown at once. */
export const ServerError: Story = {
  args: { value: { amount: 500, currency: 'EUR' }, error: 'The hub refused this amount.' },
};

/** Disabled. */
export const Disabled: Story = {
  args: { disabled: true, value: { amount: 5000, currency: 'EUR' } },
};

/** Read-only. */
export const ReadOnly: Story = {
  args: { readonly: true, value: { amount: 5000, currency: 'EUR' } },
};

/** Dark colour scheme, from the host page. */
export const Dark: Story = { args: { theme: 'dark', typed: 'abc' } };
