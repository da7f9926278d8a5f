/** Checks the payment methods read and their changes. */
import { PaymentMethodListSchema, PaymentMethodSchema } from '../../adapter/schemas.js';
import { registerChangeEffects, registerResultSchemas } from '../results.js';

registerResultSchemas({
  listPaymentMethods: PaymentMethodListSchema,
  setDefaultPaymentMethod: PaymentMethodListSchema,
  removePaymentMethod: PaymentMethodListSchema,
  collectPaymentMethod: PaymentMethodSchema,
});

registerChangeEffects({
  setDefaultPaymentMethod: { invalidates: ['paymentMethods', 'autoRenewal'] },
  removePaymentMethod: { invalidates: ['paymentMethods', 'autoRenewal'] },
  collectPaymentMethod: { invalidates: ['paymentMethods'] },
});
