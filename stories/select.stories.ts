import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/select/define.js';
import type { SelectOption } from '../src/widgets/select/define.js';
import { controlArgTypes, controlArgs, controlIn, inStoryForm } from './form-story.js';
import type { ControlArgs } from './form-story.js';

interface SelectArgs extends ControlArgs {
  options: SelectOption[];
  placeholder: string;
  value: string;
  /** Marks the select touched (`markTouched()`), as a submit attempt would: its problem shows. */
  submitted: boolean;
}

const regions: SelectOption[] = [
  { value: 'eu', label: 'European Union (Frankfurt)' },
  { value: 'us', label: 'United States (Virginia)' },
  { value: 'br', label: 'Brazil (São Paulo)' },
  { value: 'in', label: 'India (Mumbai)', disabled: true },
];

const meta: Meta<SelectArgs> = {
  title: 'Forms/Select',
  component: 'ph-select',
  args: {
    label: 'Data storage region',
    options: regions,
    placeholder: '',
    ...controlArgs,
    value: '',
    submitted: false,
  },
  argTypes: controlArgTypes(),
  render: (args) =>
    inStoryForm(
      args,
      (lang) =>
        html`<ph-select
          name="region"
          label=${args.label}
          lang=${lang}
          value=${args.value}
          placeholder=${args.placeholder || undefined}
          description=${args.description || undefined}
          .options=${args.options}
          ?required=${args.required}
          ?disabled=${args.disabled}
          .error=${args.error}
          .validators=${args.validators}
        ></ph-select>`,
    ),
  play: async ({ canvasElement, args }) => {
    if (args.submitted) (await controlIn(canvasElement, 'ph-select')).markTouched();
  },
};
export default meta;

type Story = StoryObj<SelectArgs>;

/** Nothing chosen yet, with a hint. */
export const Empty: Story = {
  args: { description: 'Where Cloud API stores your clients’ message data.' },
};

/** A region chosen. */
export const Chosen: Story = { args: { value: 'eu' } };

/** Required and not chosen, after a submit attempt. */
export const Required: Story = { args: { required: true, submitted: true } };

/** An error from the server, shown at once. */
export const ServerError: Story = {
  args: { value: 'br', error: 'This region is not available for your plan.' },
};

/** No options yet (the list is loading or empty). */
export const NoOptions: Story = { args: { options: [], placeholder: 'No regions available' } };

/**
 * A warning (a `validators` entry of kind `warning`) once the select is touched: the choice
 * stays valid and a form still submits it.
 */
export const Warning: Story = {
  args: {
    value: 'us',
    submitted: true,
    validators: [
      {
        kind: 'warning',
        check: (value: string) =>
          value !== 'eu'
            ? 'Message data stored outside the European Union may need your clients’ consent.'
            : null,
      },
    ],
  },
};

/** Disabled. */
export const Disabled: Story = { args: { disabled: true, value: 'us' } };

/** Spanish. */
export const Spanish: Story = { args: { lang: 'es', label: 'Región de datos' } };

/** Dark colour scheme, from the host page. */
export const Dark: Story = { args: { theme: 'dark', required: true, submitted: true } };
