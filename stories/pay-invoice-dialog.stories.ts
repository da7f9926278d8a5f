import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AdapterError } from '../src/adapter/errors.js';
import type { MemoryAdapter } from '../src/adapter/memory/index.js';
import type { Invoice } from '../src/adapter/schemas.js';
import type { PhProvider } from '../src/base/provider.js';
import { methodExpiryState } from '../src/domain/index.js';
import '../src/widgets/pay-invoice-dialog/define.js';
import type { PhPayInvoiceDialog } from '../src/widgets/pay-invoice-dialog/pay-invoice-dialog.js';
import { argTypes, defaultArgs, until, withProvider } from './support.js';
import type { StoryArgs } from './support.js';

/** Where a story takes the dialog after it opens. */
type Stage = 'choose' | 'confirm' | 'pending' | 'declined' | 'verifying';

/**
 * Opens the dialog for the first invoice to pay (unpaid, else overdue) of the seeded world and, like a person would,
 * picks a card and goes on.
 */
async function drive(canvas: HTMLElement, stage: Stage): Promise<void> {
  const dialog = canvas.querySelector<PhPayInvoiceDialog>('ph-pay-invoice-dialog')!;
  const adapter = canvas.querySelector<PhProvider>('ph-provider')!.adapter as MemoryAdapter;
  await customElements.whenDefined('ph-pay-invoice-dialog');
  // A member may not list invoices, and a failing hub lists none: then an invoice of our own.
  const first = async (status: 'unpaid' | 'overdue') =>
    (await adapter.listInvoices({ status }).catch(() => undefined))?.items[0];
  const invoice: Invoice = (await first('unpaid')) ??
    (await first('overdue')) ?? {
      id: 'inv_story',
      number: 'AM-2026-00045',
      type: 'licence_fee',
      status: 'unpaid',
      issuedAt: '2026-11-14T09:00:00Z',
      dueAt: '2026-11-28T09:00:00Z',
      total: { amount: 13_500, currency: 'EUR' },
      description: 'WhatsApp Business licence, December 2026',
    };
  await dialog.show(invoice);
  if (stage === 'choose') return;
  const root = dialog.shadowRoot!;
  const find = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  // The footer's primary action, in any language: Continue, then Pay.
  const primary = () => find<HTMLButtonElement>('button.primary[slot="footer"]')!;
  await until(() => !!find('[name="method"]:checked'));
  if (stage === 'declined') find<HTMLInputElement>('[name="method"][data-last4="0002"]')!.click();
  await dialog.updateComplete;
  primary().click();
  await until(() => !!find('[data-confirm-heading]'));
  if (stage === 'confirm') return;
  if (stage === 'pending') adapter.setLatency(24 * 60 * 60 * 1000);
  if (stage === 'verifying') {
    adapter.failNext('payInvoice', new AdapterError('network', 'The connection dropped.'), {
      afterApplying: true,
      times: 10,
    });
  }
  primary().click();
  if (stage === 'declined') await until(() => !!find('.failure[role="alert"]'));
  if (stage === 'verifying') await until(() => !!find('[data-phase="verifying"]'));
}

/** Lists only the seeded cards that have expired (and any card added later). */
function onlyExpiredCards(adapter: MemoryAdapter): void {
  const list = adapter.listPaymentMethods.bind(adapter);
  let hidden: Set<string> | undefined;
  adapter.listPaymentMethods = async (options) => {
    const methods = await list(options);
    hidden ??= new Set(
      methods.filter((m) => methodExpiryState(m, new Date()) !== 'expired').map((m) => m.id),
    );
    return methods.filter((m) => !hidden!.has(m.id));
  };
}

const meta: Meta<StoryArgs> = {
  title: 'Billing/Pay invoice dialog',
  component: 'ph-pay-invoice-dialog',
  args: defaultArgs,
  argTypes,
  render: (args) => withProvider(args, html`<ph-pay-invoice-dialog></ph-pay-invoice-dialog>`),
};
export default meta;

type Story = StoryObj<StoryArgs>;

const at =
  (stage: Stage): Story['play'] =>
  ({ canvasElement }) =>
    drive(canvasElement, stage);

/**
 * Closed: `<ph-invoice-list>` opens it from an unpaid row's "Pay invoice"; a host opens it for
 * any invoice with `show(invoice)`, as this button does.
 */
export const Closed: Story = {
  render: (args) =>
    withProvider(
      args,
      html`<button
          type="button"
          @click=${(e: Event) =>
            drive((e.currentTarget as HTMLElement).closest('.ph-story')!, 'choose')}
        >
          Pay the unpaid invoice
        </button>
        <ph-pay-invoice-dialog></ph-pay-invoice-dialog>`,
    ),
};

/** The cards: the default preselected, expired ones flagged and refused, the chosen card's fee. */
export const ChooseCard: Story = { play: at('choose') };

/** The confirmation naming the invoice, the amount with the card's fee, and the card. */
export const Confirm: Story = { play: at('confirm') };

/** The payment is being processed: Pay is busy, Back and Escape are held back. */
export const Pending: Story = { play: at('pending') };

/** The test card ending 0002 is declined: the reason, with the choice kept. */
export const Declined: Story = { play: at('declined') };

/**
 * The answer was lost after the hub charged: the same payment is checked again with the same
 * key ("Verifying payment…"); after the last check, "We could not confirm the payment yet" with
 * "Check again".
 */
export const Verifying: Story = { play: at('verifying') };

/** No card on file can be charged: a request to add one, here and now. */
export const NoUsableCard: Story = {
  render: (args) =>
    withProvider(args, html`<ph-pay-invoice-dialog></ph-pay-invoice-dialog>`, onlyExpiredCards),
  play: at('choose'),
};

/** A member: only owners pay invoices. */
export const Member: Story = { args: { role: 'member' }, play: at('choose') };

/** Loading the payment methods on a slow hub. */
export const Loading: Story = { args: { scenario: 'slow' }, play: at('choose') };

/** The hub cannot be reached. */
export const Error: Story = { args: { scenario: 'failing' }, play: at('choose') };

/** A hub that does not list payment methods (no `listPaymentMethods`): unavailable. */
export const Unavailable: Story = {
  render: (args) =>
    withProvider(args, html`<ph-pay-invoice-dialog></ph-pay-invoice-dialog>`, undefined, {
      capabilities: { listPaymentMethods: false },
    }),
  play: at('choose'),
};

/** A client-paid account: the partner pays a plan or licence invoice the same way. */
export const ClientPaid: Story = { args: { scenario: 'client-paid' }, play: at('choose') };

/** German, on the confirmation. */
export const German: Story = { args: { locale: 'de' }, play: at('confirm') };

/** Dark colour scheme, from the host page, on the cards. */
export const Dark: Story = { args: { theme: 'dark' }, play: at('choose') };
