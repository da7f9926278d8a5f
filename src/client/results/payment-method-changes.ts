/** Checks setting the default payment method and removing one, for the element that does. */
import { PaymentMethodListSchema } from '../../adapter/schemas.js';
import { registerChangeEffects, registerResultSchemas } from '../results.js';

registerResultSchemas({
  setDefaultPaymentMethod: PaymentMethodListSchema,
  removePaymentMethod: PaymentMethodListSchema,
});

registerChangeEffects({
  setDefaultPaymentMethod: { invalidates: ['paymentMethods', 'autoRenewal'] },
  removePaymentMethod: { invalidates: ['paymentMethods', 'autoRenewal'] },
});
