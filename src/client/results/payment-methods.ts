/** Checks the payment methods read and their changes. */
import { PaymentMethodListSchema, PaymentMethodSchema } from '../../adapter/schemas.js';
import { registerResultSchemas } from '../results.js';

registerResultSchemas({
  listPaymentMethods: PaymentMethodListSchema,
  setDefaultPaymentMethod: PaymentMethodListSchema,
  removePaymentMethod: PaymentMethodListSchema,
  collectPaymentMethod: PaymentMethodSchema,
});
