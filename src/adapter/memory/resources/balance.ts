/**
 * Credit balances (partner-paid accounts only): balances, daily usage, top-ups and their fee
 * quote, auto-renewal with the domain's recommendation, and movements per month.
 */
import type {
  MovementQuery,
  MutationOptions,
  ReadOptions,
  TopUpInput,
  UsageQuery,
} from '../../contract.js';
import type {
  AutoRenewal,
  AutoRenewalUpdate,
  Balance,
  DailyUsage,
  Movement,
  TopUpQuote,
  TopUpResult,
} from '../../schemas.js';
import {
  dailyUsageFrom,
  monthlyMovements,
  previousMonth,
  recommendAutoRenewal,
} from '../../../domain/index.js';
import { add, money, zero, type Money } from '../../../money/index.js';
import {
  canChargeAutomatically,
  cardFee,
  cardRefusal,
  copy,
  creditWallet,
  newWallet,
  topUpDescription,
} from '../billing.js';
import {
  MAX_PERIOD_MONTHS,
  assertValid,
  calendarDate,
  invalid,
  moneyProblem,
  monthsBetween,
  period,
} from '../checks.js';
import { DAY_MS, iso } from '../calendar.js';
import type { MemoryHub } from '../hub.js';
import type { AccountState, Card, Wallet } from '../state.js';
import { defaultCard, walletFor } from '../state.js';

/**
 * Auto-renewal of a new balance: off, with the hub's starting values (its documentation: a
 * €200 threshold and a €100 top-up). A top-up below the threshold goes against the hub's own
 * advice; the auto-renewal form warns when they are turned on as they are.
 */
const NO_RULE = (currency: string) => ({
  enabled: false,
  threshold: money(20_000, currency),
  amount: money(10_000, currency),
});

function usageRange(hub: MemoryHub, query: UsageQuery): { from: string; to: string } {
  const days = query.days ?? 30;
  if (!Number.isInteger(days) || days < 1 || days > 800) {
    invalid({ days: 'Ask for 1 to 800 days.' });
  }
  const to = query.to === undefined ? hub.today() : calendarDate(query.to, 'to');
  const from =
    query.from === undefined
      ? iso(Date.parse(`${to}T00:00:00Z`) - (days - 1) * DAY_MS).slice(0, 10)
      : calendarDate(query.from, 'from');
  if (from > to) invalid({ from: 'The range ends before it starts.' });
  if (Date.parse(to) - Date.parse(from) > 800 * DAY_MS)
    invalid({ from: 'Ask for at most 800 days.' });
  return { from, to };
}

/**
 * Checks a top-up: an amount in a currency the account holds a balance in (or, for a first
 * top-up, its home currency), within the top-up bounds, and one of the account's cards.
 */
function topUpTarget(
  hub: MemoryHub,
  account: AccountState,
  input: TopUpInput,
): { wallet: Wallet | undefined; amount: Money; card: Card } {
  const given = (input as Partial<TopUpInput> | undefined)?.amount as Partial<Money> | undefined;
  const currency = typeof given?.currency === 'string' ? given.currency : account.currency;
  const wallet = walletFor(account, currency);
  if (!wallet && currency !== account.currency) {
    invalid({ amount: `There is no ${currency} balance on this partner account.` });
  }
  const limits = (wallet ?? newWallet(currency, NO_RULE(currency), null, 0)).topUpLimits;
  const problem = moneyProblem(given, currency, limits.min, limits.max, 'an amount');
  if (problem) invalid({ amount: problem });
  const card = hub.findCard(account, input.paymentMethodId);
  return { wallet, amount: money(input.amount.amount, currency), card };
}

/** A first top-up opens the account's balance, with auto-renewal off. */
function openWallet(hub: MemoryHub, account: AccountState, currency: string): Wallet {
  const wallet = newWallet(currency, NO_RULE(currency), null, hub.world.now);
  account.wallets.push(wallet);
  return wallet;
}

function autoRenewalOf(hub: MemoryHub, account: AccountState, wallet: Wallet): AutoRenewal {
  const currency = wallet.balance.currency;
  const { from, to } = previousMonth(new Date(hub.world.now));
  const lastMonth = dailyUsageFrom(account.ledger, from, to, currency);
  const recommendation = recommendAutoRenewal(lastMonth, currency, { limits: wallet.limits });
  const settings: AutoRenewal = {
    currency,
    enabled: wallet.rule.enabled,
    threshold: copy(wallet.rule.threshold),
    amount: copy(wallet.rule.amount),
    limits: {
      minThreshold: copy(wallet.limits.minThreshold),
      maxThreshold: copy(wallet.limits.maxThreshold),
      minAmount: copy(wallet.limits.minAmount),
      maxAmount: copy(wallet.limits.maxAmount),
    },
    paymentMethodId: defaultCard(account)?.method.id ?? null,
  };
  if (recommendation) {
    settings.recommendation = {
      threshold: copy(recommendation.threshold),
      amount: copy(recommendation.amount),
      basis: recommendation.basis,
    };
  }
  return settings;
}

/** Credit balances, usage, top-ups, auto-renewal and movements (partner-paid accounts). */
export function balanceMethods(hub: MemoryHub) {
  return {
    getBalances(options?: ReadOptions): Promise<Balance[]> {
      return hub.read('getBalances', options, (account) => {
        hub.partnerPaid(account);
        return hub.balancesOf(account);
      });
    },

    listDailyUsage(query: UsageQuery, options?: ReadOptions): Promise<DailyUsage[]> {
      return hub.read('listDailyUsage', options, (account) => {
        hub.partnerPaid(account);
        const { from, to } = usageRange(hub, query ?? {});
        return account.wallets.flatMap((w) =>
          dailyUsageFrom(account.ledger, from, to, w.balance.currency),
        );
      });
    },

    topUp(input: TopUpInput, options: MutationOptions): Promise<TopUpResult> {
      return hub.mutate(
        'topUp',
        options,
        input,
        (account) => {
          hub.partnerPaid(account);
          const { wallet: existing, amount, card } = topUpTarget(hub, account, input);
          const now = hub.world.now;
          account.topUpSeq += 1;
          const id = `tu_${account.id}_${String(account.topUpSeq).padStart(5, '0')}`;
          const refusal = cardRefusal(card, now);
          if (refusal) {
            const balance = existing
              ? { money: copy(existing.balance), updatedAt: iso(existing.updatedAt) }
              : { money: zero(amount.currency), updatedAt: iso(now) };
            return {
              id,
              status: 'failed',
              amount: copy(amount),
              balance,
              ...refusal,
            } satisfies TopUpResult;
          }
          const wallet = existing ?? openWallet(hub, account, amount.currency);
          const fee = cardFee(card, amount);
          creditWallet(account, wallet, 'top_up', amount, now, {
            total: add(amount, fee),
            description: topUpDescription(amount, fee, card.method.last4),
          });
          hub.emitBalances();
          hub.emit({ resource: 'movements' });
          hub.emit({ resource: 'invoices' });
          if (!existing) hub.emit({ resource: 'autoRenewal' });
          return {
            id,
            status: 'succeeded',
            amount: copy(amount),
            balance: { money: copy(wallet.balance), updatedAt: iso(wallet.updatedAt) },
          } satisfies TopUpResult;
        },
        (result) => result.status !== 'failed',
      );
    },

    quoteTopUp(input: TopUpInput, options?: ReadOptions): Promise<TopUpQuote> {
      return hub.read('quoteTopUp', options, (account) => {
        hub.partnerPaid(account);
        const { amount, card } = topUpTarget(hub, account, input);
        const fee = cardFee(card, amount);
        return { amount: copy(amount), fee: copy(fee), total: add(amount, fee) };
      });
    },

    getAutoRenewal(options?: ReadOptions): Promise<AutoRenewal[]> {
      return hub.read('getAutoRenewal', options, (account) => {
        hub.partnerPaid(account);
        return account.wallets.map((w) => autoRenewalOf(hub, account, w));
      });
    },

    updateAutoRenewal(settings: AutoRenewalUpdate, options: MutationOptions): Promise<AutoRenewal> {
      return hub.mutate('updateAutoRenewal', options, settings, (account) => {
        hub.partnerPaid(account);
        const currency = typeof settings?.currency === 'string' ? settings.currency : '';
        const wallet = walletFor(account, currency);
        if (!wallet) {
          invalid({
            currency: `There is no ${currency || 'such'} balance on this partner account.`,
          });
        }
        const { minThreshold, maxThreshold, minAmount, maxAmount } = wallet.limits;
        const errors: Record<string, string> = {};
        const threshold = moneyProblem(
          settings.threshold,
          currency,
          minThreshold,
          maxThreshold,
          'a threshold',
        );
        const amount = moneyProblem(
          settings.amount,
          currency,
          minAmount,
          maxAmount,
          'a top-up amount',
        );
        if (threshold) errors['threshold'] = threshold;
        if (amount) errors['amount'] = amount;
        if (typeof settings.enabled !== 'boolean') {
          errors['enabled'] = 'Choose whether auto-renewal is on.';
        } else if (settings.enabled && !canChargeAutomatically(account, hub.world.now)) {
          errors['enabled'] = 'Add a valid default payment method before turning auto-renewal on.';
        }
        assertValid(errors);
        // An amount not above the threshold is allowed: the widget warns, the hub obeys.
        wallet.rule = {
          enabled: settings.enabled,
          threshold: money(settings.threshold.amount, currency),
          amount: money(settings.amount.amount, currency),
        };
        return autoRenewalOf(hub, account, wallet);
      });
    },

    listMovements(query: MovementQuery, options?: ReadOptions): Promise<Movement[]> {
      return hub.read('listMovements', options, (account) => {
        hub.partnerPaid(account);
        const q = query ?? {};
        const to = q.to === undefined ? hub.today().slice(0, 7) : period(q.to, 'to');
        const from = q.from === undefined ? undefined : period(q.from, 'from');
        if (from !== undefined && from > to) invalid({ from: 'The range ends before it starts.' });
        const firstOf = (currency: string) =>
          from ?? account.ledger.find((e) => e.amount.currency === currency)?.at.slice(0, 7) ?? to;
        // A row per month: the span is capped, as the days of usage are (the whole history up
        // to now is as long as the ledger, so only a range the request names can be refused).
        const longest = Math.max(
          0,
          ...account.wallets.map((w) => monthsBetween(firstOf(w.balance.currency), to)),
        );
        if (longest > MAX_PERIOD_MONTHS && (from !== undefined || q.to !== undefined)) {
          invalid({
            [from !== undefined ? 'from' : 'to']: `Ask for at most ${MAX_PERIOD_MONTHS} months.`,
          });
        }
        const rows = account.wallets.flatMap((w) => {
          const currency = w.balance.currency;
          const first = firstOf(currency);
          return first > to ? [] : monthlyMovements(account.ledger, { from: first, to, currency });
        });
        // Oldest month first; currencies in balance order within a month (a stable sort).
        return rows.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
      });
    },
  };
}
