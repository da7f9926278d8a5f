/**
 * The partner plan: upgrades apply at once with a prorated invoice (domain `prorate`),
 * downgrades go through support, cancellation takes effect at the end of the period.
 */
import type { MutationOptions, ReadOptions } from '../../contract.js';
import { AdapterError } from '../../errors.js';
import type { Plan, PlanChangeQuote } from '../../schemas.js';
import { planChangeKind, prorate } from '../../../domain/index.js';
import { zero } from '../../../money/index.js';
import { canChargeAutomatically, copy } from '../billing.js';
import { invalid } from '../checks.js';
import { DAY_MS, iso } from '../calendar.js';
import { clone, type MemoryHub } from '../hub.js';
import type { AccountState } from '../state.js';
import { issueInvoice } from '../state.js';

const CANCEL_CONDITIONS = [
  'Your plan stays active until the end of the current billing period; it ends then.',
  'Fees already invoiced are not refunded, and unpaid invoices stay due.',
  "Your clients' WhatsApp accounts stay connected until the plan ends; after that they need a new partner.",
  'Unused credit balance is refunded within 30 days of the plan ending.',
];

function planView(account: AccountState): Plan {
  const p = account.plan;
  return {
    current: {
      planId: p.planId,
      periodStart: iso(p.periodStart),
      periodEnd: iso(p.periodEnd),
      status: p.status,
    },
    available: p.options.map((o) => clone(o)),
    downgrade: 'support',
    cancel: {
      allowed: p.status === 'active',
      conditions: [...CANCEL_CONDITIONS],
      effectiveAt: p.status === 'cancelled' ? null : iso(p.periodEnd),
    },
    supportUrl: account.invoicing.supportUrl,
  };
}

function planOption(account: AccountState, planId: string) {
  const option = account.plan.options.find((o) => o.id === planId);
  if (!option) throw new AdapterError('not_found', `There is no plan ${String(planId)}.`);
  return option;
}

function planChange(hub: MemoryHub, account: AccountState, planId: string): PlanChangeQuote {
  const target = planOption(account, planId);
  const current = planOption(account, account.plan.planId);
  const kind = planChangeKind(current, target);
  if (kind === 'same') invalid({ planId: 'This is your current plan.' });
  if (kind === 'downgrade') {
    return {
      planId,
      kind,
      prorated: zero(target.price.currency),
      effectiveAt: iso(account.plan.periodEnd),
    };
  }
  const { amount } = prorate({
    currentPrice: current.price,
    newPrice: target.price,
    periodStart: iso(account.plan.periodStart),
    periodEnd: iso(account.plan.periodEnd),
    at: iso(hub.world.now),
  });
  return { planId, kind, prorated: copy(amount), effectiveAt: iso(hub.world.now) };
}

/** The partner plan: upgrade with proration, downgrade via support, cancellation. */
export function planMethods(hub: MemoryHub) {
  return {
    getPlan(options?: ReadOptions): Promise<Plan> {
      return hub.read('getPlan', options, (account) => planView(account));
    },

    quotePlanChange(planId: string, options?: ReadOptions): Promise<PlanChangeQuote> {
      return hub.read('quotePlanChange', options, (account) => planChange(hub, account, planId));
    },

    changePlan(planId: string, options: MutationOptions): Promise<Plan> {
      return hub.mutate('changePlan', options, [planId], (account) => {
        if (account.plan.status !== 'active') {
          throw new AdapterError(
            'conflict',
            account.plan.status === 'cancelling'
              ? 'Your plan is being cancelled. Contact support to keep it or to change it.'
              : 'Your plan has ended. Contact support to start a new one.',
          );
        }
        const quote = planChange(hub, account, planId);
        if (quote.kind === 'downgrade') {
          throw new AdapterError(
            'conflict',
            'Downgrades go through support: start a chat with our support team.',
          );
        }
        const option = planOption(account, planId);
        account.plan.planId = planId;
        const paid = canChargeAutomatically(account, hub.world.now);
        issueInvoice(account, {
          type: 'prorated_upgrade',
          status: paid ? 'paid' : 'unpaid',
          issuedAt: hub.world.now,
          dueAt: hub.world.now + 14 * DAY_MS,
          total: quote.prorated,
          description: `Prorated upgrade to ${option.name} for the rest of the billing period`,
        });
        hub.emit({ resource: 'invoices' });
        return planView(account);
      });
    },

    cancelPlan(options: MutationOptions): Promise<Plan> {
      return hub.mutate('cancelPlan', options, [], (account) => {
        if (account.plan.status === 'cancelled') {
          throw new AdapterError('conflict', 'Your plan has already ended.');
        }
        account.plan.status = 'cancelling';
        return planView(account);
      });
    },
  };
}
