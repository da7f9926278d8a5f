/** Checks a card added through the adapter's payment form, for the elements that offer one. */
import { PaymentMethodSchema } from '../../adapter/schemas.js';
import { registerChangeEffects, registerResultSchemas } from '../results.js';

registerResultSchemas({ collectPaymentMethod: PaymentMethodSchema });

registerChangeEffects({
  collectPaymentMethod: {
    invalidates: ['paymentMethods'],
    // The card added is listed at once (the default, when it was made the default), so the
    // element can move focus onto it before the list is read again.
    apply: (added, update) =>
      update('paymentMethods', (list) => [
        ...list
          .filter((m) => m.id !== added.id)
          .map((m) => (added.isDefault && m.isDefault ? { ...m, isDefault: false } : m)),
        added,
      ]),
  },
});
