/** Checks a card added through the adapter's payment form, for the elements that offer one. */
import { PaymentMethodSchema } from '../../adapter/schemas.js';
import { registerChangeEffects, registerResultSchemas } from '../results.js';

registerResultSchemas({ collectPaymentMethod: PaymentMethodSchema });

registerChangeEffects({ collectPaymentMethod: { invalidates: ['paymentMethods'] } });
