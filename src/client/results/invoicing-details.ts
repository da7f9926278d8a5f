/** Checks the invoicing details read and their change. */
import { InvoicingDetailsSchema } from '../../adapter/schemas.js';
import { registerChangeEffects, registerResultSchemas, savedAs } from '../results.js';

registerResultSchemas({
  getInvoicingDetails: InvoicingDetailsSchema,
  updateInvoicingDetails: InvoicingDetailsSchema,
});

registerChangeEffects({ updateInvoicingDetails: savedAs('invoicingDetails') });
