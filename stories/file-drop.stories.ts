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
  /**
   * A file put in the field as if the person chose it: a PNG of this size (`large-png`: 256 ×
   * 256 pixels of noise, about 200 KB), or a text file.
   */
  chosen: '' | 'good-png' | 'small-png' | 'large-png' | 'text';
  /** Marks the field touched (`markTouched()`), as a submit attempt would: its problem shows. */
  submitted: boolean;
}

/**
 * A PNG of `width` × `height` pixels, drawn on a canvas: one colour, or `noisy` (random pixels,
 * which do not compress: about 3 bytes a pixel).
 */
async function png(width: number, height: number, noisy = false): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#0b6b53';
  context.fillRect(0, 0, width, height);
  if (noisy) {
    const pixels = context.getImageData(0, 0, width, height);
    for (let i = 0; i < pixels.data.length; i += 4) {
      pixels.data[i] = Math.random() * 256;
      pixels.data[i + 1] = Math.random() * 256;
      pixels.data[i + 2] = Math.random() * 256;
    }
    context.putImageData(pixels, 0, 0);
  }
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
    chosen: { control: 'select', options: ['', 'good-png', 'small-png', 'large-png', 'text'] },
    ...controlArgTypes(),
  },
  render: (args) =>
    inStoryForm(
      args,
      (lang) =>
        html`<ph-file-drop
          name="logo"
          label=${args.label}
          lang=${lang}
          accept=${args.accept}
          max-size=${args.maxSize}
          min-width=${args.minWidth}
          min-height=${args.minHeight}
          description=${args.description || undefined}
          ?required=${args.required}
          ?disabled=${args.disabled}
          .error=${args.error}
          .validators=${args.validators}
        ></ph-file-drop>`,
    ),
  play: async ({ canvasElement, args }) => {
    if (!args.chosen && !args.submitted) return;
    const el = await controlIn<PhFileDrop>(canvasElement, 'ph-file-drop');
    if (args.chosen) {
      const file =
        args.chosen === 'text'
          ? new File(['notes'], 'notes.txt', { type: 'text/plain' })
          : args.chosen === 'small-png'
            ? await png(48, 48)
            : await png(256, 256, args.chosen === 'large-png');
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

/**
 * A warning (a `validators` entry of kind `warning`): the image passes every check and a form
 * still submits it, but it is heavier than it needs to be.
 */
export const Warning: Story = {
  args: {
    chosen: 'large-png',
    validators: [
      {
        kind: 'warning',
        check: (file: File | null) =>
          file && file.size > 100_000
            ? `This image is ${Math.round(file.size / 1000)} KB. A logo under 100 KB loads faster for your clients.`
            : null,
      },
    ],
  },
};

/** Disabled. */
export const Disabled: Story = { args: { disabled: true } };

/** Dark colour scheme, from the host page. */
export const Dark: Story = { args: { theme: 'dark', chosen: 'text' } };
