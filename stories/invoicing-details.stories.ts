import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AdapterError } from '../src/adapter/errors.js';
import type { MemoryAdapter } from '../src/adapter/memory/index.js';
import type { InvoicingDetails } from '../src/adapter/schemas.js';
import '../src/widgets/invoicing-details/define.js';
import type { PhInvoicingDetails } from '../src/widgets/invoicing-details/invoicing-details.js';
import type { PhTextField } from '../src/widgets/text-field/text-field.js';
import { argTypes, defaultArgs, until, withProvider } from './support.js';
import type { StoryArgs } from './support.js';

const tag = html`<ph-invoicing-details></ph-invoicing-details>`;

/** The memory adapter with its invoicing details changed by `change`. */
function details(change: (d: InvoicingDetails) => InvoicingDetails) {
  return (adapter: MemoryAdapter): MemoryAdapter =>
    new Proxy(adapter, {
      get(target, property, receiver) {
        if (property === 'getInvoicingDetails') {
          return async () => change(await target.getInvoicingDetails());
        }
        const value = Reflect.get(target, property, receiver) as unknown;
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
}

const meta: Meta<StoryArgs> = {
  title: 'Billing/Invoicing details',
  component: 'ph-invoicing-details',
  args: defaultArgs,
  argTypes,
  render: (args) => withProvider(args, tag),
};
export default meta;

type Story = StoryObj<StoryArgs>;

/** The billing e-mail and VAT ID editable (as the memory hub allows); the rest through support. */
export const Ready: Story = {};

/** A hub that lets the partner change every field: the country as a list in the page's language. */
export const AllEditable: Story = {
  render: (args) =>
    withProvider(
      args,
      tag,
      details((d) => ({
        ...d,
        editable: [
          'legalName',
          'billingEmail',
          'addressLine1',
          'addressLine2',
          'postalCode',
          'city',
          'country',
          'vatId',
        ],
      })),
    ),
};

/** No support URL from the hub: the support path is a button the host handles (an event). */
export const SupportByEvent: Story = {
  render: (args) =>
    withProvider(
      args,
      tag,
      details(({ supportUrl: _u, ...rest }) => rest),
    ),
};

/** Outside the EU: no VAT on the invoices. */
export const OutsideEu: Story = {
  render: (args) =>
    withProvider(
      args,
      tag,
      details((d) => ({ ...d, vatTreatment: 'outside_eu' })),
    ),
};

/** A VAT ID in the wrong format for Germany: refused, with the format in the message. */
export const WrongVatId: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<PhInvoicingDetails>('ph-invoicing-details')!;
    await until(() => !!el.shadowRoot?.querySelector('ph-text-field[name="vatId"]'));
    const vat = el.shadowRoot!.querySelector<PhTextField>('ph-text-field[name="vatId"]')!;
    vat.value = 'DE12345';
    vat.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** The hub refuses the save with a field error: it lands on the billing e-mail. */
export const ServerFieldError: Story = {
  render: (args) =>
    withProvider(args, tag, (adapter) => {
      adapter.failNext(
        'updateInvoicingDetails',
        new AdapterError('validation', 'Refused.', {
          fieldErrors: { billingEmail: 'This address bounced last month.' },
        }),
      );
    }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<PhInvoicingDetails>('ph-invoicing-details')!;
    await until(() => !!el.shadowRoot?.querySelector('ph-text-field[name="billingEmail"]'));
    const email = el.shadowRoot!.querySelector<PhTextField>('ph-text-field[name="billingEmail"]')!;
    email.value = 'bounce@acme-messaging.example';
    email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** A new partner: no VAT ID yet. */
export const NewPartner: Story = { args: { scenario: 'empty' } };

/** Loading (a slow hub). */
export const Loading: Story = { args: { scenario: 'slow' } };

/** The hub cannot be reached: an error with a retry. */
export const Error: Story = { args: { scenario: 'failing' } };

/** A member: the hub shows the invoicing details to owners only. */
export const Forbidden: Story = { args: { role: 'member' } };

/** A hub that does not give invoicing details (no `getInvoicingDetails`): unavailable. */
export const Unavailable: Story = {
  render: (args) =>
    withProvider(args, tag, undefined, { capabilities: { getInvoicingDetails: false } }),
};

/** A client-paid account: its invoicing details, for the plan and licence fees the partner pays. */
export const ClientPaid: Story = { args: { scenario: 'client-paid' } };

/** German. */
export const German: Story = { args: { locale: 'de' } };

/** On a dark page. */
export const Dark: Story = { args: { theme: 'dark' } };
