import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/radio-group/define.js';
import type { PhRadioGroup, RadioOption } from '../src/widgets/radio-group/define.js';

interface RadioGroupArgs {
  label: string;
  options: RadioOption[];
  lang: string;
  required: boolean;
  disabled: boolean;
  description: string;
  value: string;
  error: string;
  theme: 'light' | 'dark';
  /** Tries to submit the form (shows a required group's problem). */
  submitted: boolean;
}

const choices: RadioOption[] = [
  { value: 'on', label: 'Yes, I want automatic recharge' },
  {
    value: 'off',
    label: 'No, I want to manually add funds',
    description: 'Emergency top-ups may still apply if the balance drops below zero.',
  },
];

const meta: Meta<RadioGroupArgs> = {
  title: 'Forms/Radio group',
  component: 'ph-radio-group',
  args: {
    label: 'Automatic recharge',
    options: choices,
    lang: 'en',
    required: false,
    disabled: false,
    description: '',
    value: '',
    error: '',
    theme: 'light',
    submitted: false,
  },
  argTypes: {
    lang: { control: 'select', options: ['en', 'de', 'es', 'pt-BR'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) =>
    html`<div class="ph-story" data-theme=${args.theme}>
      <form @submit=${(e: Event) => e.preventDefault()}>
        <ph-radio-group
          name="enabled"
          label=${args.label}
          lang=${args.lang}
          value=${args.value}
          description=${args.description || undefined}
          .options=${args.options}
          ?required=${args.required}
          ?disabled=${args.disabled}
          .error=${args.error}
        ></ph-radio-group>
      </form>
    </div>`,
  play: async ({ canvasElement, args }) => {
    if (!args.submitted) return;
    await customElements.whenDefined('ph-radio-group');
    const el = canvasElement.querySelector<PhRadioGroup>('ph-radio-group')!;
    await el.updateComplete;
    el.markTouched();
  },
};
export default meta;

type Story = StoryObj<RadioGroupArgs>;

/** Nothing chosen yet. */
export const Empty: Story = { args: { description: 'You can change this at any time.' } };

/** One chosen. */
export const Chosen: Story = { args: { value: 'on' } };

/** Required and not chosen, after a submit attempt. */
export const Required: Story = { args: { required: true, submitted: true } };

/** An error from the server, shown at once. */
export const ServerError: Story = {
  args: { value: 'on', error: 'Add a valid default payment method before turning this on.' },
};

/** Disabled. */
export const Disabled: Story = { args: { disabled: true, value: 'off' } };

/** Dark colour scheme, from the host page. */
export const Dark: Story = { args: { theme: 'dark', value: 'off' } };
