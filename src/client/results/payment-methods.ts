/**
 * Checks the payment methods read. A card added: `collect-payment-method.ts`; the default set or
 * a card removed: `payment-method-changes.ts` (each imported by the elements that do it).
 */
import { PaymentMethodListSchema } from '../../adapter/schemas.js';
import { registerResultSchemas } from '../results.js';

registerResultSchemas({ listPaymentMethods: PaymentMethodListSchema });
