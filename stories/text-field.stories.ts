import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/text-field/define.js';
import type { TextFieldFormat } from '../src/widgets/text-field/define.js';
import { controlArgTypes, controlArgs, inStoryForm, typeAndLeave } from './form-story.js';
import type { ControlArgs } from './form-story.js';

interface TextFieldArgs extends ControlArgs {
  type: 'text' | 'email' | 'url';
  format: TextFieldFormat | '';
  country: string;
  readonly: boolean;
  value: string;
  /** Text typed into the field and then left (shows what a person would see). */
  typed: string;
}

const meta: Meta<TextFieldArgs> = {
  title: 'Forms/Text field',
  component: 'ph-text-field',
  args: {
    label: 'Billing e-mail',
    type: 'email',
    format: '',
    country: '',
    ...controlArgs,
    readonly: false,
    value: '',
    typed: '',
  },
  argTypes: {
    type: { control: 'inline-radio', options: ['text', 'email', 'url'] },
    format: {
      control: 'select',
      options: ['', 'email', 'https-url', 'redirect-url', 'vat-id', 'solution-id'],
    },
    ...controlArgTypes(),
  },
  render: (args) =>
    inStoryForm(
      args,
      (lang) =>
        html`<ph-text-field
          name="field"
          label=${args.label}
          type=${args.type}
          format=${args.format || undefined}
          country=${args.country || undefined}
          lang=${lang}
          value=${args.value}
          description=${args.description || undefined}
          ?required=${args.required}
          ?disabled=${args.disabled}
          ?readonly=${args.readonly}
          .error=${args.error}
          .validators=${args.validators}
        ></ph-text-field>`,
    ),
  play: async ({ canvasElement, args }) => {
    if (args.typed) await typeAndLeave(canvasElement, 'ph-text-field', args.typed);
  },
};
export default meta;

type Story = StoryObj<TextFieldArgs>;

/** Empty, with a hint. */
export const Empty: Story = { args: { description: 'Invoices are sent to this address.' } };

/** A valid address. */
export const Valid: Story = { args: { value: 'billing@acme.example' } };

/** Required and left empty after a submit attempt. */
export const Required: Story = { args: { required: true, typed: ' ' } };

/** Not an e-mail address. */
export const InvalidEmail: Story = { args: { typed: 'billing@acme' } };

/** A webhook address must be https. */
export const WebhookUrl: Story = {
  args: { label: 'Webhook URL', type: 'url', typed: 'http://hooks.acme.example/in' },
};

/** A VAT ID that belongs to another country than the invoicing address. */
export const VatId: Story = {
  args: { label: 'VAT ID', type: 'text', format: 'vat-id', country: 'DE', typed: 'FR40303265045' },
};

/** A Solution ID too short. */
export const SolutionId: Story = {
  args: { label: 'Solution ID', type: 'text', format: 'solution-id', typed: '12345' },
};

/** An error from the server, shown at once. */
export const ServerError: Story = {
  args: {
    value: 'billing@acme.example',
    error: 'This address is already used by another account.',
  },
};

/**
 * A warning (a `validators` entry of kind `warning`): shown like an error once the field is
 * left, but the address stays valid and a form still submits it.
 */
export const Warning: Story = {
  args: {
    typed: 'lena.berg@gmail.com',
    validators: [
      {
        kind: 'warning',
        check: (value: string) =>
          /@(gmail|googlemail|yahoo|outlook|hotmail)\./i.test(value)
            ? 'This looks like a personal address. Invoices usually go to a shared one, such as billing@your-company.'
            : null,
      },
    ],
  },
};

/** Disabled. */
export const Disabled: Story = { args: { disabled: true, value: 'billing@acme.example' } };

/** Read-only. */
export const ReadOnly: Story = { args: { readonly: true, value: 'billing@acme.example' } };

/** German. */
export const German: Story = { args: { lang: 'de', label: 'Rechnungs-E-Mail', typed: 'x@y' } };

/** Dark colour scheme, from the host page. */
export const Dark: Story = { args: { theme: 'dark', typed: 'abc' } };
