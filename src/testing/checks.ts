/**
 * The conformance checks, grouped. Each check starts from a fresh `create()` and relies on
 * nothing another check did, so any one of them can run, fail or be skipped alone. A check
 * that needs a partner-paid account, a member adapter or an optional method says so in
 * `needs`: where the target lacks it, `runAdapterConformance` does not register the check but
 * one "not applicable" check per reason that asserts the reason. No check passes by returning
 * early.
 */
import type { FullPartnerHubAdapter, LiveEvent, OptionalMethod } from '../adapter/contract.js';
import { parseOrThrow } from '../adapter/validate.js';
import { LIVE_RESOURCES } from '../adapter/http/live.js';
import { BalancesSchema } from '../adapter/schemas.js';
import type { Invoice, WhatsAppAccount } from '../adapter/schemas.js';
import { assert, deepEqual, equal, isAdapterErrorLike, rejectsWith, succeeds } from './assert.js';
import type { CheckContext, TargetProfile } from './context.js';

/** What a check needs of the target besides an owner's adapter. */
export type Need = 'partnerPaid' | 'member' | OptionalMethod;

export interface Check {
  /** `group › name`, unique: what `skip` names. */
  readonly id: string;
  readonly group: string;
  readonly name: string;
  /** The check applies only to a target that has all of these. */
  readonly needs: readonly Need[];
  run(ctx: CheckContext): Promise<void>;
}

const UNKNOWN_ID = 'conformance-does-not-exist';

type Reads = Record<string, (a: FullPartnerHubAdapter) => Promise<unknown>>;

/** Reads of billing data, which answer `unavailable` on a client-paid account. */
const BALANCE_READS = new Set(['getBalances', 'listDailyUsage', 'getAutoRenewal', 'listMovements']);

const READS: Reads = {
  getSession: (a) => a.getSession(),
  getBalances: (a) => a.getBalances(),
  listDailyUsage: (a) => a.listDailyUsage({ days: 30 }),
  getAutoRenewal: (a) => a.getAutoRenewal(),
  listMovements: (a) => a.listMovements({}),
  listInvoices: (a) => a.listInvoices({}),
  getInvoicingDetails: (a) => a.getInvoicingDetails(),
  listPaymentMethods: (a) => a.listPaymentMethods(),
  getPlan: (a) => a.getPlan(),
  listUsers: (a) => a.listUsers(),
  getIntegrationSettings: (a) => a.getIntegrationSettings(),
  getProfile: (a) => a.getProfile(),
  listWhatsAppAccounts: (a) => a.listWhatsAppAccounts({}),
  listPartnerAccounts: (a) => a.listPartnerAccounts(),
};

interface Paged<T> {
  items: T[];
  nextCursor: string | null;
  total?: number | undefined;
}

/**
 * Follows cursors to the end, checking every page on the way: at most `limit` rows, the same
 * total on every page, every id exactly once, and the total equal to the rows seen.
 */
async function pageThrough<T extends { id: string }>(
  what: string,
  limit: number,
  load: (cursor: string | null) => Promise<Paged<T>>,
  maxPages = 1000,
): Promise<T[]> {
  const rows: T[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  let total: number | undefined;
  let pages = 0;
  do {
    const page: Paged<T> = await succeeds(load(cursor), `${what} (page ${pages + 1})`);
    pages += 1;
    assert(
      page.items.length <= limit,
      `${what}: page ${pages} has ${page.items.length} rows for limit ${limit}.`,
    );
    if (pages === 1) total = page.total;
    else equal(page.total, total, `${what}: the total changed on page ${pages}`);
    assert(
      page.nextCursor === null || page.items.length > 0,
      `${what}: page ${pages} is empty but has a next cursor.`,
    );
    for (const row of page.items) {
      assert(!seen.has(row.id), `${what}: ${row.id} came twice (again on page ${pages}).`);
      seen.add(row.id);
      rows.push(row);
    }
    assert(
      cursor === null || page.nextCursor !== cursor,
      `${what}: page ${pages} returned its own cursor again.`,
    );
    cursor = page.nextCursor;
    assert(pages <= maxPages, `${what}: still paging after ${maxPages} pages.`);
  } while (cursor !== null);
  if (total !== undefined) equal(rows.length, total, `${what}: rows seen against the total`);
  return rows;
}

/** Lower case without diacritics, for "does this row match the search" checks. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matches(account: WhatsAppAccount, query: string): boolean {
  const q = fold(query);
  const digits = query.replace(/\D/g, '');
  return (
    [account.name, account.clientName, account.phoneNumber, account.wabaId].some((f) =>
      fold(f).includes(q),
    ) ||
    (digits !== '' && digits === query && account.phoneNumber.replace(/\D/g, '').includes(digits))
  );
}

/** An aborted signal. */
function abortedSignal(): AbortSignal {
  const controller = new AbortController();
  controller.abort();
  return controller.signal;
}

const checks: Check[] = [];

function check(
  group: string,
  name: string,
  run: (ctx: CheckContext) => Promise<void>,
  needs: readonly Need[] = [],
): void {
  checks.push({ id: `${group} › ${name}`, group, name, needs, run });
}

const PARTNER_PAID = ['partnerPaid'] as const;
const MEMBER = ['member'] as const;

// ── reads parse through the schemas ─────────────────────────────────────────────────────────

for (const [method, call] of Object.entries(READS)) {
  if (BALANCE_READS.has(method)) {
    check(
      'reads',
      `${method} returns what the schema describes`,
      async (ctx) => {
        await ctx.partnerPaid();
        await succeeds(call(ctx.adapter), `${method}() (parsed with its schema)`);
      },
      PARTNER_PAID,
    );
  } else {
    check('reads', `${method} returns what the schema describes`, async (ctx) => {
      await succeeds(call(ctx.adapter), `${method}() (parsed with its schema)`);
    });
  }
}

check('reads', 'getInvoicePdf returns a URL or a non-empty PDF', async (ctx) => {
  const invoice = await ctx.invoice();
  const pdf = await succeeds(ctx.adapter.getInvoicePdf(invoice.id), 'getInvoicePdf()');
  if (typeof pdf === 'string') {
    assert(pdf.length > 0, 'getInvoicePdf() returned an empty URL.');
  } else {
    assert(pdf instanceof Blob, 'getInvoicePdf() returns a string URL or a Blob.');
    assert(pdf.size > 0, 'getInvoicePdf() returned an empty Blob.');
    const head = await pdf.slice(0, 5).text();
    equal(head, '%PDF-', 'getInvoicePdf(): the Blob starts like a PDF');
  }
});

// ── errors ──────────────────────────────────────────────────────────────────────────────────

check('errors', 'an unknown invoice is not_found, thrown as an AdapterError', async (ctx) => {
  // The raw adapter, not the validating wrapper: the host's own errors must already be right.
  let thrown: unknown;
  try {
    await ctx.raw.getInvoicePdf(UNKNOWN_ID);
  } catch (error) {
    thrown = error;
  }
  assert(thrown !== undefined, 'getInvoicePdf(unknown id) resolved.');
  assert(
    isAdapterErrorLike(thrown),
    `getInvoicePdf(unknown id) threw ${String(thrown)}, not an AdapterError.`,
  );
  equal(thrown.code, 'not_found', 'getInvoicePdf(unknown id): code');
});

check('errors', 'paying an unknown invoice is not_found', async (ctx) => {
  const card = await ctx.card();
  await rejectsWith(
    ctx.adapter.payInvoice(UNKNOWN_ID, { paymentMethodId: card.id }, ctx.key()),
    'not_found',
    'payInvoice(unknown id)',
  );
});

check('errors', "changing an unknown user's role is not_found", async (ctx) => {
  await rejectsWith(
    ctx.adapter.updateUserRole(UNKNOWN_ID, 'member', ctx.key()),
    'not_found',
    'updateUserRole(unknown id)',
  );
});

check(
  'errors',
  'a top-up of a negative amount is validation on "amount"',
  async (ctx) => {
    await ctx.partnerPaid();
    const { money } = await ctx.balance();
    const card = await ctx.card();
    const error = await rejectsWith(
      ctx.adapter.topUp(
        { amount: { amount: -100, currency: money.currency }, paymentMethodId: card.id },
        ctx.key(),
      ),
      'validation',
      'topUp(-100)',
    );
    assert(
      typeof error.fieldErrors['amount'] === 'string' && error.fieldErrors['amount'] !== '',
      `topUp(-100): fieldErrors.amount is missing (got ${JSON.stringify(error.fieldErrors)}).`,
    );
  },
  PARTNER_PAID,
);

check('errors', 'a bad e-mail address is validation on "email"', async (ctx) => {
  const error = await rejectsWith(
    ctx.adapter.inviteUser({ email: 'not an address', role: 'member' }, ctx.key()),
    'validation',
    'inviteUser("not an address")',
  );
  assert(
    typeof error.fieldErrors['email'] === 'string',
    `inviteUser: fieldErrors.email is missing (got ${JSON.stringify(error.fieldErrors)}).`,
  );
});

check('errors', 'a change without an idempotency key is refused', async (ctx) => {
  await rejectsWith(
    ctx.adapter.updateProfile({ brandName: 'No key' }, { idempotencyKey: '' }),
    'validation',
    'updateProfile without idempotencyKey',
  );
});

// ── idempotency ─────────────────────────────────────────────────────────────────────────────

check(
  'idempotency',
  'the same key twice charges once and returns the same result',
  async (ctx) => {
    await ctx.partnerPaid();
    const { money } = await ctx.balance();
    const card = await ctx.card();
    const amount = ctx.amount(50, money.currency);
    const before = await ctx.balanceIn(money.currency);
    const options = ctx.key();
    const input = { amount, paymentMethodId: card.id };
    const first = await succeeds(ctx.adapter.topUp(input, options), 'topUp()');
    equal(first.status, 'succeeded', `topUp() with the default card (${first.reason ?? ''})`);
    const second = await succeeds(ctx.adapter.topUp(input, options), 'topUp() again, same key');
    deepEqual(second, first, 'The same key must return the same result');
    const credited = first.balance.money.amount - before;
    assert(
      credited > 0 && credited <= amount.amount,
      `One top-up of ${amount.amount} moved the balance by ${credited}.`,
    );
    const after = await ctx.balanceIn(money.currency);
    assert(
      after <= first.balance.money.amount,
      `A repeated key charged again: the balance is ${after}, after one top-up it was ${first.balance.money.amount}.`,
    );
  },
  PARTNER_PAID,
);

check(
  'idempotency',
  'the same key sent twice at once charges once',
  async (ctx) => {
    await ctx.partnerPaid();
    const { money } = await ctx.balance();
    const card = await ctx.card();
    const amount = ctx.amount(20, money.currency);
    const before = await ctx.balanceIn(money.currency);
    const options = ctx.key();
    const input = { amount, paymentMethodId: card.id };
    const [a, b] = await succeeds(
      Promise.all([ctx.adapter.topUp(input, options), ctx.adapter.topUp(input, options)]),
      'two topUp() calls at once, same key',
    );
    deepEqual(b, a, 'Both calls must return the same result');
    const after = await ctx.balanceIn(money.currency);
    assert(
      after - before <= amount.amount,
      `Two concurrent calls with one key moved the balance by ${after - before}, more than ${amount.amount}.`,
    );
  },
  PARTNER_PAID,
);

check(
  'idempotency',
  'the same key with another amount is a conflict',
  async (ctx) => {
    await ctx.partnerPaid();
    const { money } = await ctx.balance();
    const card = await ctx.card();
    const options = ctx.key();
    const first = { amount: ctx.amount(30, money.currency), paymentMethodId: card.id };
    await succeeds(ctx.adapter.topUp(first, options), 'topUp()');
    const before = await ctx.balanceIn(money.currency);
    await rejectsWith(
      ctx.adapter.topUp({ ...first, amount: ctx.amount(31, money.currency) }, options),
      'conflict',
      'topUp() with a used key and another amount',
    );
    equal((await ctx.balanceIn(money.currency)) <= before, true, 'A conflict must not charge');
  },
  PARTNER_PAID,
);

check(
  'idempotency',
  'two keys are two top-ups',
  async (ctx) => {
    await ctx.partnerPaid();
    const { money } = await ctx.balance();
    const card = await ctx.card();
    const input = { amount: ctx.amount(10, money.currency), paymentMethodId: card.id };
    const a = await succeeds(ctx.adapter.topUp(input, ctx.key()), 'topUp() with key A');
    const b = await succeeds(ctx.adapter.topUp(input, ctx.key()), 'topUp() with key B');
    assert(a.id !== b.id, `Two keys returned the same top-up ${a.id}.`);
  },
  PARTNER_PAID,
);

// ── roles ───────────────────────────────────────────────────────────────────────────────────

check(
  'roles',
  'a member session says member',
  async (ctx) => {
    const member = await ctx.member();
    const session = await succeeds(member.getSession(), 'getSession() as a member');
    equal(session.user.role, 'member', 'session.user.role as a member');
  },
  MEMBER,
);

check(
  'roles',
  'a member cannot invite users (forbidden)',
  async (ctx) => {
    const member = await ctx.member();
    const email = `${ctx.unique('member-invite')}@conformance.example`;
    await rejectsWith(
      member.inviteUser({ email, role: 'member' }, ctx.key()),
      'forbidden',
      'inviteUser() as a member',
    );
    const users = await succeeds(ctx.adapter.listUsers(), 'listUsers() as the owner');
    assert(!users.some((u) => u.email === email), 'A forbidden invitation still added the user.');
  },
  MEMBER,
);

check(
  'roles',
  "a member cannot change a user's role (forbidden)",
  async (ctx) => {
    const member = await ctx.member();
    const users = await succeeds(ctx.adapter.listUsers(), 'listUsers()');
    const owner = users.find((u) => u.role === 'owner')!;
    await rejectsWith(
      member.updateUserRole(owner.id, 'member', ctx.key()),
      'forbidden',
      'updateUserRole() as a member',
    );
  },
  MEMBER,
);

check(
  'roles',
  'a member may read the shared resources',
  async (ctx) => {
    const member = await ctx.member();
    const partnerPaid = await ctx.isPartnerPaid();
    for (const method of [
      'getBalances',
      'listUsers',
      'getProfile',
      'getIntegrationSettings',
      'listWhatsAppAccounts',
      'listPartnerAccounts',
    ]) {
      const call = READS[method]!(member);
      if (BALANCE_READS.has(method) && !partnerPaid) {
        await rejectsWith(call, 'unavailable', `${method}() as a member, client-paid`);
      } else {
        await succeeds(call, `${method}() as a member`);
      }
    }
  },
  MEMBER,
);

// ── paging ──────────────────────────────────────────────────────────────────────────────────

check('paging', 'invoices: every invoice exactly once, newest first, limit kept', async (ctx) => {
  const rows = await pageThrough<Invoice>('listInvoices({ limit: 3 })', 3, (cursor) =>
    ctx.adapter.listInvoices({ cursor, limit: 3 }),
  );
  for (let i = 1; i < rows.length; i++) {
    assert(
      Date.parse(rows[i - 1]!.issuedAt) >= Date.parse(rows[i]!.issuedAt),
      `listInvoices: ${rows[i]!.id} (${rows[i]!.issuedAt}) comes after an older invoice.`,
    );
  }
});

check('paging', 'invoices: status and type filters', async (ctx) => {
  const all = await pageThrough<Invoice>('listInvoices({ limit: 50 })', 50, (cursor) =>
    ctx.adapter.listInvoices({ cursor, limit: 50 }),
  );
  const first = all[0];
  assert(first, 'listInvoices() is empty: the filter checks need at least one invoice.');
  for (const field of ['status', 'type'] as const) {
    const value = first[field];
    const what = `listInvoices({ ${field}: '${value}' })`;
    const rows = await pageThrough<Invoice>(what, 4, (cursor) =>
      ctx.adapter.listInvoices({ cursor, limit: 4, [field]: value }),
    );
    assert(
      rows.every((i) => i[field] === value),
      `${what} returned invoices of another ${field}.`,
    );
    equal(rows.length, all.filter((i) => i[field] === value).length, `${what}: rows`);
  }
});

check('paging', 'WhatsApp accounts: every account exactly once, limit kept', async (ctx) => {
  const first = await succeeds(ctx.adapter.listWhatsAppAccounts({ limit: 5 }), 'first page');
  assert(
    first.items.length <= 5,
    `listWhatsAppAccounts({ limit: 5 }) returned ${first.items.length} rows.`,
  );
  // Pages of about a tenth of the total (at least 7, at most 500), so paging is exercised.
  const limit = Math.min(500, Math.max(7, Math.ceil(first.total / 10)));
  await pageThrough<WhatsAppAccount>(`listWhatsAppAccounts({ limit: ${limit} })`, limit, (cursor) =>
    ctx.adapter.listWhatsAppAccounts({ cursor, limit }),
  );
});

check('paging', 'WhatsApp accounts: search by name and by number, status filter', async (ctx) => {
  const first = await succeeds(ctx.adapter.listWhatsAppAccounts({ limit: 20 }), 'first page');
  const sample = first.items[first.items.length - 1];
  assert(sample, 'listWhatsAppAccounts() is empty: the search checks need at least one account.');
  const word = sample.clientName.split(/\s+/).find((w) => w.length >= 3) ?? sample.clientName;
  const digits = sample.phoneNumber.replace(/\D/g, '').slice(-6);
  for (const query of [word.toUpperCase(), digits]) {
    const rows = await pageThrough<WhatsAppAccount>(
      `listWhatsAppAccounts({ query: '${query}' })`,
      100,
      (cursor) => ctx.adapter.listWhatsAppAccounts({ cursor, limit: 100, query }),
    );
    assert(
      rows.some((r) => r.id === sample.id),
      `Searching '${query}' did not find ${sample.id} (${sample.clientName}, ${sample.phoneNumber}).`,
    );
    const stray = rows.find((r) => !matches(r, query));
    assert(
      !stray,
      `Searching '${query}' returned ${stray?.id} (${stray?.clientName}), which does not match.`,
    );
  }
  const status = sample.status;
  const byStatus = await succeeds(
    ctx.adapter.listWhatsAppAccounts({ limit: 50, status }),
    `listWhatsAppAccounts({ status: '${status}' })`,
  );
  assert(byStatus.items.length > 0, `No '${status}' accounts, though ${sample.id} is one.`);
  assert(
    byStatus.items.every((r) => r.status === status),
    `listWhatsAppAccounts({ status: '${status}' }) returned other statuses.`,
  );
  assert(
    byStatus.total <= first.total,
    'A status filter cannot find more accounts than there are.',
  );
});

// ── abort ───────────────────────────────────────────────────────────────────────────────────

check('abort', 'an aborted signal rejects with aborted', async (ctx) => {
  await rejectsWith(
    ctx.adapter.getSession({ signal: abortedSignal() }),
    'aborted',
    'getSession(aborted)',
  );
  await rejectsWith(
    ctx.adapter.listWhatsAppAccounts({ limit: 10 }, { signal: abortedSignal() }),
    'aborted',
    'listWhatsAppAccounts(aborted)',
  );
});

check('abort', 'aborting a request in flight rejects with aborted', async (ctx) => {
  const controller = new AbortController();
  const pending = ctx.adapter.listWhatsAppAccounts({ limit: 200 }, { signal: controller.signal });
  controller.abort();
  await rejectsWith(pending, 'aborted', 'listWhatsAppAccounts() aborted in flight');
});

check('abort', 'an aborted change rejects with aborted', async (ctx) => {
  await rejectsWith(
    ctx.adapter.updateProfile({ brandName: 'Aborted' }, { ...ctx.key(), signal: abortedSignal() }),
    'aborted',
    'updateProfile(aborted)',
  );
});

// ── capabilities: each optional method the target offers works ─────────────────────────────

/**
 * A check of an optional method. Where the target leaves the method out it is not registered:
 * a "not applicable" check asserts that the method is really absent instead.
 */
function capability(
  method: OptionalMethod,
  name: string,
  run: (ctx: CheckContext) => Promise<void>,
  needs: readonly Need[] = [],
): void {
  check(
    'capabilities',
    `${method}: ${name}`,
    async (ctx) => {
      assert(
        typeof ctx.raw[method] === 'function',
        `${method} is not a function, yet the target does not list it as left out.`,
      );
      await run(ctx);
    },
    [method, ...needs],
  );
}

capability(
  'quoteTopUp',
  'quotes a fee and total',
  async (ctx) => {
    await ctx.partnerPaid();
    const { money } = await ctx.balance();
    const card = await ctx.card();
    const amount = ctx.amount(40, money.currency);
    const quote = await succeeds(
      ctx.adapter.quoteTopUp!({ amount, paymentMethodId: card.id }),
      'quoteTopUp()',
    );
    deepEqual(quote.amount, amount, 'quoteTopUp(): amount');
    equal(quote.total.amount, quote.amount.amount + quote.fee.amount, 'quoteTopUp(): total');
  },
  PARTNER_PAID,
);

capability('quotePlanChange', 'quotes another plan', async (ctx) => {
  const plan = await succeeds(ctx.adapter.getPlan(), 'getPlan()');
  const other = plan.available.find((p) => p.id !== plan.current.planId);
  assert(other, 'getPlan() offers no other plan: there is nothing to quote a change to.');
  const quote = await succeeds(ctx.adapter.quotePlanChange!(other.id), 'quotePlanChange()');
  equal(quote.planId, other.id, 'quotePlanChange(): planId');
});

capability('cancelPlan', 'cancels when allowed, refuses when not', async (ctx) => {
  const plan = await succeeds(ctx.adapter.getPlan(), 'getPlan()');
  if (!plan.cancel.allowed) {
    await rejectsWith(
      ctx.adapter.cancelPlan!(ctx.key()),
      ['validation', 'conflict', 'forbidden'],
      'cancelPlan() when not allowed',
    );
    return;
  }
  const after = await succeeds(ctx.adapter.cancelPlan!(ctx.key()), 'cancelPlan()');
  assert(after.current.status !== 'active', 'cancelPlan() left the plan active.');
});

capability('removePaymentMethod', 'answers not_found for an unknown card', async (ctx) => {
  await rejectsWith(
    ctx.adapter.removePaymentMethod!(UNKNOWN_ID, ctx.key()),
    'not_found',
    'removePaymentMethod(unknown id)',
  );
});

capability('removeUser', 'removes an invited user', async (ctx) => {
  const email = `${ctx.unique('remove')}@conformance.example`;
  const user = await succeeds(
    ctx.adapter.inviteUser({ email, name: 'Conformance Check', role: 'member' }, ctx.key()),
    'inviteUser()',
  );
  // A hub that confirms invitations with an e-mailed code adds nobody to remove here.
  if (user.status !== 'code_required') {
    await succeeds(ctx.adapter.removeUser!(user.id, ctx.key()), 'removeUser()');
    const users = await succeeds(ctx.adapter.listUsers(), 'listUsers()');
    assert(!users.some((u) => u.id === user.id), 'removeUser() left the user in listUsers().');
  }
  await rejectsWith(
    ctx.adapter.removeUser!(UNKNOWN_ID, ctx.key()),
    'not_found',
    'removeUser(unknown id)',
  );
});

/** A host name that never resolves (RFC 6761 reserves `.invalid`). */
const UNREACHABLE_WEBHOOK = 'https://conformance-check.invalid/hub-events';

capability(
  'sendTestWebhook',
  'reports an undeliverable test event as not delivered, with a reason',
  async (ctx) => {
    const before = await succeeds(ctx.adapter.getIntegrationSettings(), 'getIntegrationSettings()');
    await succeeds(
      ctx.adapter.updateIntegrationSettings({ webhookUrl: UNREACHABLE_WEBHOOK }, ctx.key()),
      `updateIntegrationSettings({ webhookUrl: '${UNREACHABLE_WEBHOOK}' })`,
    );
    try {
      const result = await succeeds(
        ctx.adapter.sendTestWebhook!(ctx.key()),
        `sendTestWebhook() to ${UNREACHABLE_WEBHOOK}`,
      );
      equal(result.delivered, false, `sendTestWebhook() to ${UNREACHABLE_WEBHOOK}: delivered`);
      assert(
        typeof result.message === 'string' && result.message.trim() !== '',
        'sendTestWebhook(): an undelivered test event needs a message saying why.',
      );
    } finally {
      await ctx.adapter.updateIntegrationSettings({ webhookUrl: before.webhookUrl }, ctx.key());
    }
  },
);

capability('switchPartnerAccount', 'switches, and refuses an unknown account', async (ctx) => {
  const accounts = await succeeds(ctx.adapter.listPartnerAccounts(), 'listPartnerAccounts()');
  const current = accounts.find((a) => a.current) ?? accounts[0];
  assert(current, 'listPartnerAccounts() is empty.');
  const session = await succeeds(
    ctx.adapter.switchPartnerAccount!(current.id, ctx.key()),
    'switchPartnerAccount(current)',
  );
  equal(session.partner.id, current.id, 'switchPartnerAccount(): session.partner.id');
  await rejectsWith(
    ctx.adapter.switchPartnerAccount!(UNKNOWN_ID, ctx.key()),
    ['not_found', 'forbidden'],
    'switchPartnerAccount(unknown id)',
  );
});

capability(
  'collectPaymentMethod',
  'rejects with aborted when cancelled before the card form opens, adding no card',
  async (ctx) => {
    // A real card needs the host's payment UI; cancelling it must work without one.
    const before = await succeeds(ctx.adapter.listPaymentMethods(), 'listPaymentMethods()');
    await rejectsWith(
      ctx.adapter.collectPaymentMethod!({}, { ...ctx.key(), signal: abortedSignal() }),
      'aborted',
      'collectPaymentMethod(aborted)',
    );
    const after = await succeeds(ctx.adapter.listPaymentMethods(), 'listPaymentMethods()');
    deepEqual(
      after.map((c) => c.id),
      before.map((c) => c.id),
      'A cancelled collectPaymentMethod() changed the cards',
    );
  },
);

capability('subscribe', 'returns an unsubscribe function that can be called twice', async (ctx) => {
  const unsubscribe = ctx.adapter.subscribe!(() => {});
  assert(typeof unsubscribe === 'function', 'subscribe() must return the unsubscribe function.');
  unsubscribe();
  unsubscribe(); // a widget and its host may both clean up
});

/** How long a live event may take to arrive after the change that causes it. */
const LIVE_EVENT_TIMEOUT = 5000;

capability(
  'subscribe',
  'pushes a well-formed balances event after a top-up',
  async (ctx) => {
    await ctx.partnerPaid();
    const { money } = await ctx.balance();
    const card = await ctx.card();
    const events: LiveEvent[] = [];
    let seen!: () => void;
    const balancesEvent = new Promise<void>((resolve) => (seen = resolve));
    const unsubscribe = ctx.adapter.subscribe!((event) => {
      events.push(event);
      if (event.resource === 'balances') seen();
    });
    try {
      await succeeds(
        ctx.adapter.topUp(
          { amount: ctx.amount(10, money.currency), paymentMethodId: card.id },
          ctx.key(),
        ),
        'topUp()',
      );
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), LIVE_EVENT_TIMEOUT);
      });
      const outcome = await Promise.race([balancesEvent, timeout]);
      clearTimeout(timer);
      assert(
        outcome !== 'timeout',
        `No balances event within ${LIVE_EVENT_TIMEOUT / 1000} s of a top-up (events: ${JSON.stringify(events)}).`,
      );
      for (const event of events) {
        assert(
          LIVE_RESOURCES.has(event.resource),
          `A live event names no known resource: ${JSON.stringify(event)}`,
        );
        if (event.resource === 'balances' && event.data !== undefined) {
          parseOrThrow(BalancesSchema, event.data, 'A balances event');
        }
      }
    } finally {
      unsubscribe();
    }
  },
  PARTNER_PAID,
);

/** Every check, in order. */
export const CHECKS: readonly Check[] = checks;

/** Why `check` does not apply to the declared target, or `undefined` when it does. */
export function unmetNeed(check: Check, profile: TargetProfile): Need | undefined {
  return check.needs.find((need) => {
    if (need === 'partnerPaid') return (profile.billingMode ?? 'partner_paid') !== 'partner_paid';
    if (need === 'member') return profile.member === false;
    return profile.without?.includes(need) ?? false;
  });
}

/**
 * The check registered instead of the `checks` that need what the target lacks: its title says
 * why and how many, and it asserts that the reason holds.
 */
export function notApplicable(need: Need, replaced: readonly Check[]): Check {
  const n = replaced.length === 1 ? '1 check needs' : `${replaced.length} checks need`;
  const list = replaced.map((c) => c.id).join('; ');
  let name: string;
  let run: (ctx: CheckContext) => Promise<void>;
  if (need === 'partnerPaid') {
    name = `client-paid account (${n} a partner-paid one): a top-up is refused as unavailable`;
    run = async (ctx) => {
      assert(!(await ctx.isPartnerPaid()), 'The account is partner-paid.');
      const cards = await succeeds(ctx.adapter.listPaymentMethods(), 'listPaymentMethods()');
      await rejectsWith(
        ctx.adapter.topUp(
          { amount: ctx.amount(50, 'EUR'), paymentMethodId: cards[0]?.id ?? UNKNOWN_ID },
          ctx.key(),
        ),
        'unavailable',
        `topUp() on a client-paid account (instead of: ${list})`,
      );
    };
  } else if (need === 'member') {
    name = `no member adapter (${n} asMember): create() gives none`;
    run = async (ctx) => {
      assert(
        ctx.target.asMember === undefined,
        'create() gives asMember, yet the target is declared without a member (member: false).',
      );
    };
  } else {
    name = `${need} left out (${n} it): the adapter has no ${need}`;
    run = async (ctx) => {
      assert(
        ctx.raw[need] === undefined,
        `${need} is declared left out (without), yet the adapter has it (instead of: ${list}).`,
      );
    };
  }
  return { id: `not applicable › ${name}`, group: 'not applicable', name, needs: [], run };
}
