/** Checks the invoices read, paying an invoice and its PDF (a URL or a Blob). */
import { InvoicePageSchema, PayInvoiceResultSchema } from '../../adapter/schemas.js';
import { InvoicePdfSchema } from '../../adapter/validate.js';
import { registerChangeEffects, registerResultSchemas } from '../results.js';

registerResultSchemas({
  listInvoices: InvoicePageSchema,
  payInvoice: PayInvoiceResultSchema,
  getInvoicePdf: InvoicePdfSchema,
});

registerChangeEffects({
  // Paying can lift a block on messaging (an unpaid licence invoice), credit a top-up, or
  // lift the plan's "unpaid invoices" blocker on cancelling.
  payInvoice: {
    invalidates: ['invoices', 'balances', 'movements', 'plan'],
    contradicts: ({ invoice }, [id]) =>
      invoice.id === id ? undefined : `invoice ${invoice.id} to a payment of invoice ${String(id)}`,
  },
});
