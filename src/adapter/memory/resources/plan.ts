/**
 * The partner plan: upgrades apply at once with a prorated invoice (domain `prorate`),
 * downgrades go through support, and a cancellation — once every channel subscription is
 * cancelled and every invoice paid — takes effect at the end of the following calendar month
 * (domain `cancellationEffectiveAt`).
 */
import { planIn } from '../words.js';
import type { MutationOptions, ReadOptions } from '../../contract.js';
import { AdapterError } from '../../errors.js';
import type { Plan, PlanCancelBlocker, PlanChangeQuote } from '../../schemas.js';
import { cancellationEffectiveAt, planChangeKind, prorate } from '../../../domain/index.js';
import { zero } from '../../../money/index.js';
import { canChargeAutomatically, copy } from '../billing.js';
import { invalid } from '../checks.js';
import { DAY_MS, iso } from '../calendar.js';
import { clone, type MemoryHub } from '../hub.js';
import type { AccountState } from '../state.js';
import { issueInvoice } from '../state.js';

/** What the hub says about every cancellation, shown before the partner confirms. */
const CANCEL_CONDITIONS = [
  'The plan stays active until the end of the following calendar month, and that month is invoiced as usual.',
  'Fees already invoiced are not refunded.',
  'Unused credit balance is refunded within 30 days of the plan ending.',
];

/** How many blocking channels or invoices a plan names (the count says how many in all). */
const NAMED = 5;

/** What stops a cancellation now: channels still subscribed, invoices still unpaid. */
function cancelBlockers(hub: MemoryHub, account: AccountState): PlanCancelBlocker[] {
  const blockers: PlanCancelBlocker[] = [];
  const channels = hub.activeChannels(account, NAMED);
  if (channels.count > 0) {
    blockers.push({ kind: 'active_channels', count: channels.count, items: channels.items });
  }
  const unpaid = account.invoices
    .filter((i) => i.status === 'unpaid' || i.status === 'overdue')
    .sort((a, b) => a.seq - b.seq);
  if (unpaid.length > 0) {
    blockers.push({
      kind: 'unpaid_invoices',
      count: unpaid.length,
      items: unpaid.slice(0, NAMED).map((i) => ({ id: i.id, label: i.number })),
    });
  }
  return blockers;
}

function planView(hub: MemoryHub, account: AccountState): Plan {
  const p = account.plan;
  const now = hub.world.now;
  const blockers = p.status === 'active' ? cancelBlockers(hub, account) : [];
  const effectiveAt =
    p.status === 'cancelled'
      ? null
      : p.status === 'cancelling' && p.cancelAt !== null
        ? iso(p.cancelAt)
        : cancellationEffectiveAt(new Date(now)).toISOString();
  return {
    asOf: iso(now),
    current: {
      planId: p.planId,
      periodStart: iso(p.periodStart),
      periodEnd: iso(p.periodEnd),
      status: p.status,
    },
    available: p.options.map((o) => clone(o)),
    downgrade: 'support',
    cancel: {
      allowed: p.status === 'active' && blockers.length === 0,
      conditions: [...CANCEL_CONDITIONS],
      blockers,
      effectiveAt,
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

/** The sentence a refused cancellation carries, naming what blocks it. */
function blockedMessage(blockers: PlanCancelBlocker[]): string {
  const parts = blockers.map((b) => {
    const names = b.items.map((i) => i.label).join(', ');
    const more = b.count > b.items.length ? ` and ${b.count - b.items.length} more` : '';
    return b.kind === 'active_channels'
      ? `${b.count} channel subscription(s) are still active (${names}${more})`
      : `${b.count} invoice(s) are unpaid (${names}${more})`;
  });
  return `The plan cannot be cancelled yet: ${parts.join('; ')}.`;
}

/** The partner plan: upgrade with proration, downgrade via support, cancellation. */
export function planMethods(hub: MemoryHub) {
  return {
    getPlan(options?: ReadOptions): Promise<Plan> {
      return inLanguage(
        options,
        hub.read('getPlan', options, (account) => planView(hub, account)),
      );
    },

    quotePlanChange(planId: string, options?: ReadOptions): Promise<PlanChangeQuote> {
      return hub.read('quotePlanChange', options, (account) => planChange(hub, account, planId));
    },

    changePlan(planId: string, options: MutationOptions): Promise<Plan> {
      return inLanguage(
        options,
        hub.mutate('changePlan', options, [planId], (account) => {
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
          return planView(hub, account);
        }),
      );
    },

    cancelPlan(options: MutationOptions): Promise<Plan> {
      return inLanguage(
        options,
        hub.mutate('cancelPlan', options, [], (account) => {
          const plan = account.plan;
          if (plan.status === 'cancelled') {
            throw new AdapterError('conflict', 'Your plan has already ended.');
          }
          if (plan.status === 'cancelling') return planView(hub, account);
          const blockers = cancelBlockers(hub, account);
          if (blockers.length > 0) throw new AdapterError('conflict', blockedMessage(blockers));
          plan.status = 'cancelling';
          plan.cancelAt = cancellationEffectiveAt(new Date(hub.world.now)).getTime();
          return planView(hub, account);
        }),
      );
    },
  };
}

/** A plan answered in the elements' language (`options.locale`). */
function inLanguage(options: ReadOptions | undefined, plan: Promise<Plan>): Promise<Plan> {
  return plan.then((answer) => planIn(answer, options?.locale));
}
