import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/radio-group/define.js';
import type { RadioOption } from '../src/widgets/radio-group/define.js';
import { controlArgTypes, controlArgs, controlIn, inStoryForm } from './form-story.js';
import type { ControlArgs } from './form-story.js';

interface RadioGroupArgs extends ControlArgs {
  options: RadioOption[];
  value: string;
  /** Marks the group touched (`markTouched()`), as a submit attempt would: its problem shows. */
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
    ...controlArgs,
    value: '',
    submitted: false,
  },
  argTypes: controlArgTypes(),
  render: (args) =>
    inStoryForm(
      args,
      (lang) =>
        html`<ph-radio-group
          name="enabled"
          label=${args.label}
          lang=${lang}
          value=${args.value}
          description=${args.description || undefined}
          .options=${args.options}
          ?required=${args.required}
          ?disabled=${args.disabled}
          .error=${args.error}
          .validators=${args.validators}
        ></ph-radio-group>`,
    ),
  play: async ({ canvasElement, args }) => {
    if (args.submitted) (await controlIn(canvasElement, 'ph-radio-group')).markTouched();
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

/**
 * A warning (a `validators` entry of kind `warning`) once the group is touched: the choice
 * stays valid and a form still submits it.
 */
export const Warning: Story = {
  args: {
    value: 'off',
    submitted: true,
    validators: [
      {
        kind: 'warning',
        check: (value: string) =>
          value === 'off'
            ? 'Without automatic recharge, messaging pauses when the balance runs out.'
            : null,
      },
    ],
  },
};

/** Disabled. */
export const Disabled: Story = { args: { disabled: true, value: 'off' } };

/** Dark colour scheme, from the host page. */
export const Dark: Story = { args: { theme: 'dark', value: 'off' } };
