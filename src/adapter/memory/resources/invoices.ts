/**
 * Invoices (newest first, cursor paging, filters), paying them, their PDF, and the invoicing
 * details with the fields only support may change.
 */
import type { InvoiceQuery, MutationOptions, ReadOptions } from '../../contract.js';
import { AdapterError } from '../../errors.js';
import type {
  Invoice,
  InvoicePage,
  InvoicingDetails,
  InvoicingDetailsPatch,
  InvoicingField,
  PayInvoiceResult,
} from '../../schemas.js';
import { InvoiceSortSchema, InvoiceStatusSchema, InvoiceTypeSchema } from '../../schemas.js';
import type { Money } from '../../schemas.js';
import { checkEmail, checkVatId, normalizeVatId } from '../../../domain/index.js';
import { cardRefusal, copy } from '../billing.js';
import { EMAIL_MESSAGES, VAT_ID_MESSAGES, assertValid, fmt, invalid, onlyKeys } from '../checks.js';
import type { MemoryHub } from '../hub.js';
import { paginate } from '../paging.js';
import type { SortKey } from '../paging.js';
import { pdfBytes, type PdfLine } from '../pdf.js';
import type { AccountState, StoredInvoice } from '../state.js';

const INVOICING_LABELS: Readonly<Record<InvoicingField, string>> = {
  legalName: 'legal name',
  billingEmail: 'billing email',
  addressLine1: 'address',
  addressLine2: 'address',
  city: 'city',
  postalCode: 'postal code',
  country: 'country',
  vatId: 'VAT ID',
};

function publicInvoice(invoice: StoredInvoice): Invoice {
  const { seq: _seq, ...rest } = invoice;
  return { ...rest, total: copy(rest.total) };
}

/** What is still to pay (unpaid and overdue), per currency, in the order currencies appear. */
function unpaidTotals(invoices: readonly StoredInvoice[]): Money[] {
  const totals = new Map<string, number>();
  for (const invoice of invoices) {
    if (invoice.status !== 'unpaid' && invoice.status !== 'overdue') continue;
    const { currency, amount } = invoice.total;
    totals.set(currency, (totals.get(currency) ?? 0) + amount);
  }
  return [...totals].map(([currency, amount]) => ({ amount, currency }));
}

function findInvoice(account: AccountState, id: string): StoredInvoice {
  const invoice = account.invoices.find((i) => i.id === id);
  if (!invoice) throw new AdapterError('not_found', `There is no invoice ${id}.`);
  return invoice;
}

/** Invoices, their PDFs and the invoicing details. */
export function invoiceMethods(hub: MemoryHub) {
  return {
    listInvoices(query: InvoiceQuery, options?: ReadOptions): Promise<InvoicePage> {
      return hub.read('listInvoices', options, (account) => {
        const q = query ?? {};
        if (q.status !== undefined && !InvoiceStatusSchema.options.includes(q.status)) {
          invalid({ status: 'Not an invoice status.' });
        }
        if (
          q.type !== undefined &&
          !(InvoiceTypeSchema.options as readonly string[]).includes(q.type)
        ) {
          invalid({ type: 'Not an invoice type.' });
        }
        const sort = q.sort ?? '-issuedAt';
        if (!InvoiceSortSchema.options.includes(sort)) {
          invalid({ sort: 'Sort by issuedAt or total, with "-" for descending.' });
        }
        const byAmount = sort.endsWith('total');
        const order = sort.startsWith('-') ? 'desc' : 'asc';
        const key = (i: StoredInvoice): SortKey =>
          byAmount ? [i.total.amount, i.seq] : [Date.parse(i.issuedAt), i.seq];
        const sign = order === 'asc' ? 1 : -1;
        const rows = account.invoices
          .filter(
            (i) =>
              (q.status === undefined || i.status === q.status) &&
              (q.type === undefined || i.type === q.type),
          )
          .sort((a, b) => {
            const [a0, a1] = key(a);
            const [b0, b1] = key(b);
            return sign * (a0 - b0 || a1 - b1);
          });
        const page = paginate(`invoices${sort}`, rows, key, order, q);
        return {
          items: page.items.map(publicInvoice),
          nextCursor: page.nextCursor,
          total: page.total,
          sort,
          unpaidTotals: unpaidTotals(account.invoices),
        };
      });
    },

    payInvoice(
      id: string,
      input: { paymentMethodId: string },
      options: MutationOptions,
    ): Promise<PayInvoiceResult> {
      return hub.mutate(
        'payInvoice',
        options,
        [id, input],
        (account): PayInvoiceResult => {
          const invoice = findInvoice(account, id);
          if (invoice.status === 'void') {
            throw new AdapterError(
              'conflict',
              `Invoice ${invoice.number} was voided and cannot be paid.`,
            );
          }
          if (invoice.status === 'pending') {
            throw new AdapterError('conflict', `Invoice ${invoice.number} is already being paid.`);
          }
          if (invoice.status !== 'paid') {
            const refusal = cardRefusal(
              hub.findCard(account, input?.paymentMethodId),
              hub.world.now,
            );
            if (refusal) return { invoice: publicInvoice(invoice), status: 'failed', ...refusal };
            invoice.status = 'paid';
            hub.emit({ resource: 'invoices' });
            // The plan's cancel blockers count unpaid invoices.
            hub.emit({ resource: 'plan' });
            // A paid licence invoice can lift the block on outbound messaging.
            if (invoice.type === 'licence_fee') hub.emitBalances();
          }
          return { invoice: publicInvoice(invoice), status: 'succeeded' };
        },
        (result) => result.status !== 'failed',
      );
    },

    getInvoicePdf(id: string, options?: ReadOptions): Promise<Blob> {
      return hub.read('getInvoicePdf', options, (account) => {
        const invoice = findInvoice(account, id);
        const v = account.invoicing.values;
        const date = (s: string) => s.slice(0, 10);
        const lines: PdfLine[] = [
          { text: v.legalName || account.name, size: 16, bold: true },
          { text: [v.addressLine1, v.addressLine2].filter(Boolean).join(', ') },
          { text: [v.postalCode, v.city, v.country].filter(Boolean).join(' ') },
          { text: v.vatId ? `VAT ID ${v.vatId}` : '' },
          { text: `Invoice ${invoice.number}`, size: 20, bold: true, gap: 24 },
          {
            text: `Issued ${date(invoice.issuedAt)}${invoice.dueAt ? `, due ${date(invoice.dueAt)}` : ''}`,
          },
          { text: `Status: ${invoice.status}` },
          { text: invoice.description, gap: 18 },
          { text: `Total ${fmt(invoice.total)}`, size: 14, bold: true, gap: 12 },
          { text: 'Generated by the Partner Hub memory adapter (demo data).', size: 8, gap: 40 },
        ];
        const bytes = pdfBytes(
          `Invoice ${invoice.number}`,
          lines.filter((line) => line.text !== ''),
        );
        return new Blob([bytes], { type: 'application/pdf' });
      });
    },

    getInvoicingDetails(options?: ReadOptions): Promise<InvoicingDetails> {
      return hub.read('getInvoicingDetails', options, (account) =>
        withTreatment(account.invoicing),
      );
    },

    updateInvoicingDetails(
      patch: InvoicingDetailsPatch,
      options: MutationOptions,
    ): Promise<InvoicingDetails> {
      return hub.mutate('updateInvoicingDetails', options, patch, (account) => {
        const fields = Object.keys(INVOICING_LABELS);
        const changes = onlyKeys(patch, fields, 'invoicing details');
        const details = account.invoicing;
        const locked = Object.keys(changes).filter(
          (k) =>
            !details.editable.includes(k as InvoicingField) &&
            changes[k] !== details.values[k as InvoicingField],
        );
        if (locked.length > 0) {
          const names = [...new Set(locked.map((k) => INVOICING_LABELS[k as InvoicingField]))];
          invalid(
            Object.fromEntries(locked.map((k) => [k, 'Contact support to change this field.'])),
            `The ${names.join(', ')} can only be changed through support.`,
          );
        }
        const errors: Record<string, string> = {};
        const next = { ...details.values };
        for (const [key, value] of Object.entries(changes)) {
          if (typeof value !== 'string') errors[key] = 'Enter text.';
          else next[key as InvoicingField] = value.trim();
        }
        if ('billingEmail' in changes && !errors['billingEmail']) {
          const problem = checkEmail(next.billingEmail);
          if (problem) errors['billingEmail'] = EMAIL_MESSAGES[problem];
        }
        // An empty VAT ID is no VAT ID (a partner without one, or no longer): VAT applies at home.
        if ('vatId' in changes && !errors['vatId'] && next.vatId !== '') {
          next.vatId = normalizeVatId(next.vatId);
          const problem = checkVatId(next.vatId, next.country);
          if (problem) errors['vatId'] = VAT_ID_MESSAGES[problem];
        }
        assertValid(errors);
        details.values = next;
        return withTreatment(details);
      });
    },
  };
}

/** The memory hub's own country: its VAT is charged at home. */
const HUB_COUNTRY = 'DE';
const EU = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);

/** The details with how VAT applies to them, as the memory hub decides it. */
function withTreatment(details: InvoicingDetails): InvoicingDetails {
  const { country, vatId } = details.values;
  const vatTreatment = !EU.has(country)
    ? 'outside_eu'
    : country !== HUB_COUNTRY && vatId !== '' && checkVatId(vatId, country) === null
      ? 'reverse_charge'
      : 'domestic';
  return { ...details, vatTreatment };
}
