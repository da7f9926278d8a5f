import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MemoryAdapter } from '../src/adapter/memory/index.js';
import type { PhProvider } from '../src/base/provider.js';
import '../src/widgets/balance-card/define.js';
import '../src/widgets/top-up-dialog/define.js';
import type { PhTopUpDialog } from '../src/widgets/top-up-dialog/define.js';
import { argTypes, defaultArgs, until, withProvider } from './support.js';
import type { StoryArgs } from './support.js';

/** Where a story takes the dialog after it opens. */
type Stage = 'amount' | 'confirm' | 'pending' | 'failed' | 'success';

/** Opens the dialog and, like a person would, picks an amount and a card and goes on. */
async function drive(canvas: HTMLElement, stage: Stage): Promise<void> {
  const dialog = canvas.querySelector<PhTopUpDialog>('ph-top-up-dialog')!;
  const adapter = canvas.querySelector<PhProvider>('ph-provider')!.adapter as MemoryAdapter;
  await customElements.whenDefined('ph-top-up-dialog');
  await dialog.show();
  if (stage === 'amount') return;
  const root = dialog.shadowRoot!;
  const find = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  await until(() => !!find('[name="preset"]'));
  root.querySelectorAll<HTMLInputElement>('[name="preset"]')[1]!.click();
  if (stage === 'failed') {
    find<HTMLInputElement>('[name="method"][data-last4="0002"]')!.click();
  }
  await dialog.updateComplete;
  find<HTMLButtonElement>('button[type="submit"]')!.click();
  const confirm = () => find<HTMLButtonElement>('#confirm');
  await until(() => !!confirm() && !confirm()!.disabled);
  if (stage === 'confirm') return;
  if (stage === 'pending') adapter.setLatency(24 * 60 * 60 * 1000);
  confirm()!.click();
  if (stage === 'failed') await until(() => !!find('#failure'));
  if (stage === 'success') await until(() => !!find('#done-title'));
}

const dialogOnly = (args: StoryArgs) =>
  withProvider(args, html`<ph-top-up-dialog></ph-top-up-dialog>`);

const meta: Meta<StoryArgs> = {
  title: 'Overview/Top-up dialog',
  component: 'ph-top-up-dialog',
  args: defaultArgs,
  argTypes,
  render: dialogOnly,
};
export default meta;

type Story = StoryObj<StoryArgs>;

/** Opens the dialog on its first step. */
const open: Story['play'] = ({ canvasElement }) => drive(canvasElement, 'amount');

/**
 * Closed: the balance card's "Add to Credit Balance" opens it (both under one provider), and so
 * does any button that calls `show()`.
 */
export const Closed: Story = {
  render: (args) =>
    withProvider(
      args,
      html`<button
          type="button"
          @click=${(event: Event) =>
            (event.currentTarget as HTMLElement)
              .closest('ph-provider')!
              .querySelector('ph-top-up-dialog')!
              .show()}
        >
          Open the top-up dialog
        </button>
        <ph-balance-card></ph-balance-card>
        <ph-top-up-dialog></ph-top-up-dialog>`,
    ),
};

/** Step 1: presets or any amount within the limits, and the card (default preselected). */
export const AmountStep: Story = { play: open };

/** Step 2: amount, card fee, total and card, before any money moves. */
export const Confirm: Story = { play: ({ canvasElement }) => drive(canvasElement, 'confirm') };

/** The payment is being processed: "Add credit" is disabled and busy, Escape is held back. */
export const Pending: Story = { play: ({ canvasElement }) => drive(canvasElement, 'pending') };

/** The test card ending 0002 is declined: the reason, with the amount and card kept. */
export const Failed: Story = { play: ({ canvasElement }) => drive(canvasElement, 'failed') };

/** Funds applied: the new balance, announced. */
export const Success: Story = { play: ({ canvasElement }) => drive(canvasElement, 'success') };

/** No card on file can be charged: a request to add one. */
export const NoUsableCard: Story = { args: { scenario: 'empty' }, play: open };

/** A member: only owners add funds. */
export const Member: Story = { args: { role: 'member' }, play: open };

/** Loading payment methods on a slow hub. */
export const Loading: Story = { args: { scenario: 'slow' }, play: open };

/** The hub cannot be reached. */
export const Error: Story = { args: { scenario: 'failing' }, play: open };

/**
 * A client-paid account (its clients pay for their own messaging): there is no shared credit
 * balance to add to, so the dialog is unavailable.
 */
export const Unavailable: Story = { args: { scenario: 'client-paid' }, play: open };

/** German. */
export const German: Story = { args: { locale: 'de' }, play: open };

/** Dark colour scheme, from the host page, on the confirm step. */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: ({ canvasElement }) => drive(canvasElement, 'confirm'),
};
