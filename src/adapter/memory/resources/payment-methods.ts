/**
 * Payment methods: the cards on file, the default one, removal, and collecting a new card
 * through the host's form (the kit never sees card numbers).
 */
import type { CollectPaymentMethodInput, MutationOptions, ReadOptions } from '../../contract.js';
import { AdapterError } from '../../errors.js';
import type { PaymentMethod } from '../../schemas.js';
import { methodRemovalRefusal } from '../../../domain/index.js';
import type { MethodRemovalRefusal } from '../../../domain/index.js';
import { CARD_FEE_BASIS_POINTS, cardRefusal } from '../billing.js';
import { renderTestCardForm } from '../test-card-form.js';
import { assertValid, invalid } from '../checks.js';
import type { MemoryHub } from '../hub.js';
import type { AccountState, Card } from '../state.js';
import type { CollectedCard } from '../types.js';

/** Test cards `collectPaymentMethod` adds when the host supplies no form. */
const TEST_CARDS: readonly CollectedCard[] = [
  { brand: 'Visa', last4: '1881', expMonth: 6, expYear: 2030, holderName: 'Test card' },
  { brand: 'Mastercard', last4: '4444', expMonth: 9, expYear: 2029, holderName: 'Test card' },
  { brand: 'Visa', last4: '1112', expMonth: 3, expYear: 2031, holderName: 'Test card' },
];

/** What is wrong with a card the host collected, by field. */
function cardProblems(card: CollectedCard): Record<string, string> {
  const errors: Record<string, string> = {};
  const between = (n: number, min: number, max: number) =>
    Number.isInteger(n) && n >= min && n <= max;
  if (!/^\d{4}$/.test(card.last4)) errors['last4'] = 'A card number ends in four digits.';
  if (!between(card.expMonth, 1, 12)) errors['expMonth'] = 'Enter the expiry month, 1 to 12.';
  if (!between(card.expYear, 2000, 2200)) errors['expYear'] = 'Enter the expiry year.';
  return errors;
}

function paymentMethodsOf(account: AccountState): PaymentMethod[] {
  return account.cards.map((c) => ({ ...c.method }));
}

/** What the hub says when it refuses a removal (the domain rule decides). */
const REMOVAL_REFUSALS: Record<MethodRemovalRefusal, string> = {
  default_with_others: 'This is the default card. Make another card the default first.',
  last_with_auto_renewal:
    'This is the only payment method and auto-renewal charges it. Add another method or turn auto-renewal off first.',
};

/** Cards: list, default, removal and collection through the host. */
export function paymentMethodMethods(hub: MemoryHub) {
  return {
    listPaymentMethods(options?: ReadOptions): Promise<PaymentMethod[]> {
      return hub.read('listPaymentMethods', options, (account) => paymentMethodsOf(account));
    },

    setDefaultPaymentMethod(id: string, options: MutationOptions): Promise<PaymentMethod[]> {
      return hub.mutate('setDefaultPaymentMethod', options, [id], (account) => {
        const card = account.cards.find((c) => c.method.id === id);
        if (!card) throw new AdapterError('not_found', 'This payment method no longer exists.');
        const refusal = cardRefusal(card, hub.world.now);
        if (refusal?.reasonCode === 'expired_card') {
          invalid({
            paymentMethodId: 'An expired card cannot be the default. Update it or choose another.',
          });
        }
        for (const c of account.cards) c.method.isDefault = c === card;
        hub.emit({ resource: 'autoRenewal' });
        return paymentMethodsOf(account);
      });
    },

    removePaymentMethod(id: string, options: MutationOptions): Promise<PaymentMethod[]> {
      return hub.mutate('removePaymentMethod', options, [id], (account) => {
        const card = account.cards.find((c) => c.method.id === id);
        if (!card) throw new AdapterError('not_found', 'This payment method no longer exists.');
        const autoRenewalOn = account.wallets.some((w) => w.rule.enabled);
        const refusal = methodRemovalRefusal(paymentMethodsOf(account), id, autoRenewalOn);
        if (refusal) {
          throw new AdapterError('conflict', REMOVAL_REFUSALS[refusal], { reasonCode: refusal });
        }
        account.cards = account.cards.filter((c) => c !== card);
        return paymentMethodsOf(account);
      });
    },

    collectPaymentMethod(
      input: CollectPaymentMethodInput,
      options: MutationOptions,
    ): Promise<PaymentMethod> {
      return hub.mutate(
        'collectPaymentMethod',
        options,
        { makeDefault: input?.makeDefault ?? false },
        async (account) => {
          const collected = hub.options.collectCard
            ? await hub.options.collectCard(input ?? {}, options?.signal)
            : input?.container
              ? await renderTestCardForm(input.container, options?.signal)
              : TEST_CARDS[hub.testCardIndex++ % TEST_CARDS.length]!;
          if (!collected) throw new AdapterError('aborted', 'Adding the card was cancelled.');
          if (collected.declines) {
            throw new AdapterError('payment_failed', 'The card was declined.', {
              reasonCode: 'card_declined',
            });
          }
          assertValid(cardProblems(collected));
          account.cardSeq += 1;
          const makeDefault = (input?.makeDefault ?? false) || account.cards.length === 0;
          const card: Card = {
            method: {
              id: `pm_${collected.brand.toLowerCase().replace(/[^a-z]+/g, '')}_${collected.last4}_${account.cardSeq}`,
              brand: collected.brand,
              last4: collected.last4,
              expMonth: collected.expMonth,
              expYear: collected.expYear,
              ...(collected.holderName ? { holderName: collected.holderName } : {}),
              isDefault: makeDefault,
              feeBasisPoints: CARD_FEE_BASIS_POINTS,
            },
            behaviour: collected.last4 === '0002' ? 'decline' : 'normal',
          };
          if (cardRefusal(card, hub.world.now)?.reasonCode === 'expired_card') {
            invalid({ expYear: 'This card has already expired.' });
          }
          if (makeDefault) for (const c of account.cards) c.method.isDefault = false;
          account.cards.push(card);
          hub.emit({ resource: 'paymentMethods' });
          return { ...card.method };
        },
      );
    },
  };
}
