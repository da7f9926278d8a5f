/** Checks a top-up and its fee quote. */
import { TopUpQuoteSchema, TopUpResultSchema } from '../../adapter/schemas.js';
import { registerChangeEffects, registerResultSchemas } from '../results.js';
import type { TopUpInput } from '../../adapter/contract.js';
import type { Balance, Money } from '../../adapter/schemas.js';

const show = ({ amount, currency }: Money) => `${amount} ${currency}`;

registerResultSchemas({ topUp: TopUpResultSchema, quoteTopUp: TopUpQuoteSchema });

registerChangeEffects({
  topUp: {
    // A first top-up opens a balance, and with it that currency's auto-renewal settings.
    invalidates: ['balances', 'autoRenewal', 'movements', 'invoices', 'dailyUsage'],
    // The new balance is shown at once, in place of its currency's.
    apply: (result, update) => {
      if (result.status === 'failed') return;
      const { balance } = result;
      const same = (b: Balance) => b.money.currency === balance.money.currency;
      update('balances', (list) =>
        list.some(same) ? list.map((b) => (same(b) ? balance : b)) : [...list, balance],
      );
    },
    contradicts: ({ amount, balance, status }, [input]) => {
      const asked = (input as TopUpInput).amount;
      if (amount.amount !== asked.amount || amount.currency !== asked.currency) {
        return `a top-up of ${show(amount)} to a request for ${show(asked)}`;
      }
      if (status !== 'failed' && balance.money.currency !== asked.currency) {
        return `a balance in ${balance.money.currency} to a top-up in ${asked.currency}`;
      }
      return undefined;
    },
  },
});
