/** Checks the invoices read, paying an invoice and its PDF (passed through: a URL or a Blob). */
import { InvoicePageSchema, PayInvoiceResultSchema } from '../../adapter/schemas.js';
import { registerResultSchemas } from '../results.js';

registerResultSchemas({
  listInvoices: InvoicePageSchema,
  payInvoice: PayInvoiceResultSchema,
  getInvoicePdf: null,
});
