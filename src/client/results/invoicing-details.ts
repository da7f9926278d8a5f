/** Checks the invoicing details read and their change. */
import { InvoicingDetailsSchema } from '../../adapter/schemas.js';
import { registerChangeEffects, registerResultSchemas } from '../results.js';

registerResultSchemas({
  getInvoicingDetails: InvoicingDetailsSchema,
  updateInvoicingDetails: InvoicingDetailsSchema,
});

registerChangeEffects({
  // The hub's answer is the saved details: shown at once, then read again.
  updateInvoicingDetails: {
    invalidates: ['invoicingDetails'],
    apply: (saved, update) => update('invoicingDetails', () => saved),
  },
});
