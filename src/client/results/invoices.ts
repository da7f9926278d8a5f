/** Checks the invoices read, paying an invoice and its PDF (passed through: a URL or a Blob). */
import { InvoicePageSchema, PayInvoiceResultSchema } from '../../adapter/schemas.js';
import { registerChangeEffects, registerResultSchemas } from '../results.js';

registerResultSchemas({
  listInvoices: InvoicePageSchema,
  payInvoice: PayInvoiceResultSchema,
  getInvoicePdf: null,
});

registerChangeEffects({
  // Paying can lift a block on messaging (an unpaid licence invoice), credit a top-up, or
  // lift the plan's "unpaid invoices" blocker on cancelling.
  payInvoice: { invalidates: ['invoices', 'balances', 'movements', 'plan'] },
});
