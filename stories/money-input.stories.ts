import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Money } from '../src/adapter/schemas.js';
import '../src/widgets/money-input/define.js';
import { controlArgTypes, controlArgs, inStoryForm, typeAndLeave } from './form-story.js';
import type { ControlArgs } from './form-story.js';

interface MoneyInputArgs extends ControlArgs {
  currency: string;
  readonly: boolean;
  value: Money | null;
  min: Money | null;
  max: Money | null;
  /** Text typed into the field and then left (shows the touched state). */
  typed: string;
}

const meta: Meta<MoneyInputArgs> = {
  title: 'Forms/Money input',
  component: 'ph-money-input',
  args: {
    label: 'Amount',
    currency: 'EUR',
    ...controlArgs,
    readonly: false,
    value: null,
    min: null,
    max: null,
    typed: '',
  },
  argTypes: {
    currency: { control: 'select', options: ['EUR', 'USD', 'JPY', 'KWD', 'BRL'] },
    ...controlArgTypes(['en', 'de', 'es', 'pt-BR', 'fr', 'en-IN']),
  },
  render: (args) =>
    inStoryForm(
      args,
      (lang) =>
        html`<ph-money-input
          name="amount"
          label=${args.label}
          currency=${args.currency}
          lang=${lang}
          description=${args.description || undefined}
          ?required=${args.required}
          ?disabled=${args.disabled}
          ?readonly=${args.readonly}
          .value=${args.value}
          .min=${args.min}
          .max=${args.max}
          .error=${args.error}
          .validators=${args.validators}
        ></ph-money-input>`,
    ),
  play: async ({ canvasElement, args }) => {
    if (args.typed) await typeAndLeave(canvasElement, 'ph-money-input', args.typed);
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

/**
 * A warning (a `validators` entry of kind `warning`): shown like an error once the field is
 * left, but the amount stays valid and a form still submits it.
 */
export const Warning: Story = {
  args: {
    typed: '2500',
    validators: [
      {
        kind: 'warning',
        check: (value: Money | null) =>
          value && value.amount > 100_000
            ? 'That is more than €1,000.00. Check the amount before you continue.'
            : null,
      },
    ],
  },
};

/** Dark colour scheme, from the host page. */
export const Dark: Story = { args: { theme: 'dark', typed: 'abc' } };
