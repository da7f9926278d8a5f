import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/dialog/define.js';
import type { PhDialog } from '../src/widgets/dialog/define.js';
import { argTypes, defaultArgs, withProvider } from './support.js';
import type { StoryArgs } from './support.js';

/** Opens the first dialog of the story once it is on the page. */
const open: Story['play'] = async ({ canvasElement }) => {
  await customElements.whenDefined('ph-dialog');
  await canvasElement.querySelector<PhDialog>('ph-dialog')!.show();
};

/** The confirmation every "are you sure" of the kit uses: two actions and `ask()`. */
const confirmation = (args: StoryArgs, busy = false) =>
  withProvider(
    args,
    html`<button
        type="button"
        @click=${async (event: Event) => {
          const button = event.currentTarget as HTMLButtonElement;
          const dialog = button.parentElement!.querySelector('ph-dialog')!;
          const answer = await dialog.ask();
          button.nextElementSibling!.textContent = answer ? `Answer: ${answer}` : 'Kept.';
        }}
      >
        Remove Lena Berg…
      </button>
      <output></output>
      <ph-dialog label="Remove Lena Berg?" ?busy=${busy}>
        <p>She loses access to this partner account at once. You can invite her again later.</p>
        ${busy ? html`<p role="status">Removing…</p>` : ''}
        <button slot="footer" type="button" data-dialog-close="" ?disabled=${busy}>Keep</button>
        <button slot="footer" type="button" data-dialog-close="remove" ?disabled=${busy}>
          Remove
        </button>
      </ph-dialog>`,
  );

const meta: Meta<StoryArgs> = {
  title: 'Primitives/Dialog',
  component: 'ph-dialog',
  args: defaultArgs,
  argTypes,
  render: (args) => confirmation(args),
};
export default meta;

type Story = StoryObj<StoryArgs>;

/** Closed: a button opens the confirmation with `ask()` and shows the answer. */
export const Closed: Story = {};

/** A confirmation: heading, body and two actions; Escape or × answer ''. */
export const Confirmation: Story = { play: open };

/** Busy (a payment or removal in flight): Escape, × and the actions are refused. */
export const Busy: Story = { render: (args) => confirmation(args, true), play: open };

/** A dialog opened from another: Escape closes only the one on top. */
export const Nested: Story = {
  render: (args) =>
    withProvider(
      args,
      html`<ph-dialog label="Pay invoice INV-2026-0042">
        <p>€1,250.00 will be charged to Visa •••• 4242.</p>
        <button
          type="button"
          @click=${(event: Event) =>
            (event.currentTarget as HTMLElement).parentElement!.querySelector('ph-dialog')!.show()}
        >
          Show the invoice lines
        </button>
        <ph-dialog label="Invoice lines">
          <p>Plan fee, November 2026: €1,250.00.</p>
        </ph-dialog>
      </ph-dialog>`,
    ),
  play: open,
};

/** Long content scrolls inside the dialog; the header stays put at 390 px too. */
export const LongContent: Story = {
  render: (args) =>
    withProvider(
      args,
      html`<ph-dialog label="Cancellation conditions">
        ${Array.from(
          { length: 30 },
          (_, i) =>
            html`<p>
              Condition ${i + 1}: every channel subscription is cancelled and every invoice paid.
            </p>`,
        )}
        <button slot="footer" type="button" data-dialog-close="">Close</button>
      </ph-dialog>`,
    ),
  play: open,
};
