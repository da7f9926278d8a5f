import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/file-drop/define.js';
import type { PhFileDrop } from '../src/widgets/file-drop/define.js';
import { controlArgTypes, controlArgs, controlIn, inStoryForm } from './form-story.js';
import type { ControlArgs } from './form-story.js';

interface FileDropArgs extends ControlArgs {
  accept: string;
  maxSize: number;
  minWidth: number;
  minHeight: number;
  /** A file put in the field as if the person chose it: a PNG of this size, or a text file. */
  chosen: '' | 'good-png' | 'small-png' | 'text';
  /** Tries to submit the form (shows a required field's problem). */
  submitted: boolean;
}

/** A PNG of `width` × `height` pixels, drawn on a canvas. */
async function png(width: number, height: number): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#0b6b53';
  context.fillRect(0, 0, width, height);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], 'logo.png', { type: 'image/png' });
}

const meta: Meta<FileDropArgs> = {
  title: 'Forms/File drop',
  component: 'ph-file-drop',
  args: {
    label: 'Company logo',
    accept: 'image/png,image/jpeg,.svg',
    maxSize: 1_000_000,
    minWidth: 128,
    minHeight: 128,
    ...controlArgs,
    description: 'PNG, JPEG or SVG, at least 128 × 128 pixels, up to 1 MB.',
    chosen: '',
    submitted: false,
  },
  argTypes: {
    chosen: { control: 'select', options: ['', 'good-png', 'small-png', 'text'] },
    ...controlArgTypes(),
  },
  render: (args) =>
    inStoryForm(
      args.theme,
      html`<ph-file-drop
        name="logo"
        label=${args.label}
        lang=${args.lang}
        accept=${args.accept}
        max-size=${args.maxSize}
        min-width=${args.minWidth}
        min-height=${args.minHeight}
        description=${args.description || undefined}
        ?required=${args.required}
        ?disabled=${args.disabled}
        .error=${args.error}
      ></ph-file-drop>`,
    ),
  play: async ({ canvasElement, args }) => {
    if (!args.chosen && !args.submitted) return;
    const el = await controlIn<PhFileDrop>(canvasElement, 'ph-file-drop');
    if (args.chosen) {
      const file =
        args.chosen === 'text'
          ? new File(['notes'], 'notes.txt', { type: 'text/plain' })
          : await png(args.chosen === 'good-png' ? 256 : 48, args.chosen === 'good-png' ? 256 : 48);
      const transfer = new DataTransfer();
      transfer.items.add(file);
      const input = el.shadowRoot!.querySelector('input')!;
      input.files = transfer.files;
      const checked = new Promise((resolve) =>
        el.addEventListener('change', resolve, { once: true }),
      );
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await checked;
    }
    el.markTouched();
  },
};
export default meta;

type Story = StoryObj<FileDropArgs>;

/** Nothing chosen yet. */
export const Empty: Story = {};

/** A good image: previewed, with its name and size. */
export const Chosen: Story = { args: { chosen: 'good-png' } };

/** An image smaller than the minimum. */
export const TooSmall: Story = { args: { chosen: 'small-png' } };

/** A file of the wrong type. */
export const WrongType: Story = { args: { chosen: 'text' } };

/** Required and nothing chosen, after a submit attempt. */
export const Required: Story = { args: { required: true, submitted: true } };

/** An error from the server, shown at once. */
export const ServerError: Story = {
  args: { chosen: 'good-png', error: 'The hub could not store this logo. Try another file.' },
};

/** Disabled. */
export const Disabled: Story = { args: { disabled: true } };

/** Dark colour scheme, from the host page. */
export const Dark: Story = { args: { theme: 'dark', chosen: 'text' } };
