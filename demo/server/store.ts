/// <reference types="node" />
/**
 * The SQLite side of the reference server: opening and migrating the database, writing the
 * seeded world into it on first start, loading the world back, and saving what an operation
 * changed. Every statement is prepared once with `?` placeholders; values only ever travel as
 * bound parameters (table and column names below are constants of this file).
 *
 * The world is the memory adapter's record shape (`src/adapter/memory/state.ts`), so the same
 * rules (the memory adapter's resource code and `src/domain/`) run over it. SQLite is the
 * source of truth: the server keeps the loaded world as a cache, saves an operation's changes
 * in the operation's transaction, and reloads from SQLite whenever a transaction rolls back.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { money } from '../../src/money/index.js';
import type { LedgerEntry } from '../../src/domain/index.js';
import type {
  AccountState,
  Card,
  StoredApiKey,
  StoredInvoice,
  Wallet,
  World,
  IndexedWhatsAppAccount,
  UsageProfile,
} from '../../src/adapter/memory/engine.js';
import type {
  InvoicingField,
  PlanOption,
  User,
  WhatsAppAccount,
  WhatsAppAccountStatus,
} from '../../src/adapter/schemas.js';
import { orderAccounts } from '../../src/adapter/memory/engine.js';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;
type Value = string | number | null;

/** Opens (creating when needed) `<dataDir>/partner-hub.sqlite3` and applies pending migrations. */
export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'partner-hub.sqlite3'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/** Applies the migrations the database has not seen yet, each in its own transaction. */
export function migrate(db: Db): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map(
      (r) => r.version,
    ),
  );
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  const done: number[] = [];
  for (const migration of [...MIGRATIONS].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
    done.push(migration.version);
  }
  return done;
}

/**
 * Fills `name_rank` and `status_rank` of every account whose WhatsApp accounts lack them, with
 * the memory adapter's orders (so both backends sort alike). Returns how many accounts it ranked.
 */
export function rankWhatsAppAccounts(db: Db): number {
  const pending = db
    .prepare('SELECT DISTINCT account_id FROM whatsapp_accounts WHERE name_rank IS NULL')
    .all() as Array<{ account_id: string }>;
  const update = db.prepare(
    'UPDATE whatsapp_accounts SET name_rank = ?, status_rank = ? WHERE account_id = ? AND id = ?',
  );
  for (const { account_id: accountId } of pending) {
    const rows = (
      db
        .prepare(
          `SELECT id, name, status, created_ms, seq FROM whatsapp_accounts
           WHERE account_id = ? ORDER BY created_ms DESC, seq DESC`,
        )
        .all(accountId) as Array<{
        id: string;
        name: string;
        status: WhatsAppAccountStatus;
        created_ms: number;
        seq: number;
      }>
    ).map((r) => ({
      account: { id: r.id, name: r.name, status: r.status } as WhatsAppAccount,
      haystack: '',
      digits: '',
      createdMs: r.created_ms,
      seq: r.seq,
    }));
    const byName = orderAccounts(rows, 'name');
    const byStatus = orderAccounts(rows, 'status');
    db.transaction(() => {
      for (const row of rows) {
        update.run(byName.key(row)[0], byStatus.key(row)[0], accountId, row.account.id);
      }
    })();
  }
  return pending.length;
}

export function isSeeded(db: Db): boolean {
  return db.prepare('SELECT 1 FROM clock WHERE id = 1').get() !== undefined;
}

// ── tables as rows ────────────────────────────────────────────────────────────────────────

interface TableSpec {
  table: string;
  columns: readonly string[];
  /** How many leading columns form the primary key. */
  keyLength: number;
  rows(account: AccountState, position: number): Value[][];
}

const bool = (b: boolean) => (b ? 1 : 0);
const json = (v: unknown) => JSON.stringify(v);

/** Every table that mirrors part of an account, except the append-only ledger and the WABAs. */
const TABLES: readonly TableSpec[] = [
  {
    table: 'accounts',
    columns: [
      'id',
      'position',
      'name',
      'billing_mode',
      'currency',
      'locale',
      'invoice_prefix',
      'invoice_seq',
      'card_seq',
      'user_seq',
      'top_up_seq',
    ],
    keyLength: 1,
    rows: (a, position) => [
      [
        a.id,
        position,
        a.name,
        a.billingMode,
        a.currency,
        a.locale,
        a.invoicePrefix,
        a.invoiceSeq,
        a.cardSeq,
        a.userSeq,
        a.topUpSeq,
      ],
    ],
  },
  {
    table: 'wallets',
    columns: [
      'account_id',
      'currency',
      'position',
      'balance_amount',
      'updated_at_ms',
      'renewal_enabled',
      'renewal_threshold_amount',
      'renewal_amount',
      'min_threshold_amount',
      'max_threshold_amount',
      'min_renewal_amount',
      'max_renewal_amount',
      'min_top_up_amount',
      'max_top_up_amount',
      'emergency_minimum_amount',
      'usage_profile',
    ],
    keyLength: 2,
    rows: (a) =>
      a.wallets.map((w, i) => [
        a.id,
        w.balance.currency,
        i,
        w.balance.amount,
        w.updatedAt,
        bool(w.rule.enabled),
        w.rule.threshold.amount,
        w.rule.amount.amount,
        w.limits.minThreshold.amount,
        w.limits.maxThreshold.amount,
        w.limits.minAmount.amount,
        w.limits.maxAmount.amount,
        w.topUpLimits.min.amount,
        w.topUpLimits.max.amount,
        w.emergencyMinimum.amount,
        w.profile ? json(w.profile) : null,
      ]),
  },
  {
    table: 'invoices',
    columns: [
      'id',
      'account_id',
      'seq',
      'number',
      'type',
      'status',
      'issued_at',
      'due_at',
      'total_amount',
      'total_currency',
      'description',
    ],
    keyLength: 1,
    rows: (a) =>
      a.invoices.map((i) => [
        i.id,
        a.id,
        i.seq,
        i.number,
        i.type,
        i.status,
        i.issuedAt,
        i.dueAt,
        i.total.amount,
        i.total.currency,
        i.description,
      ]),
  },
  {
    table: 'cards',
    columns: [
      'account_id',
      'id',
      'position',
      'brand',
      'last4',
      'exp_month',
      'exp_year',
      'holder_name',
      'is_default',
      'behaviour',
      'fee_basis_points',
    ],
    keyLength: 2,
    rows: (a) =>
      a.cards.map((c, i) => [
        a.id,
        c.method.id,
        i,
        c.method.brand,
        c.method.last4 ?? null,
        c.method.expMonth ?? null,
        c.method.expYear ?? null,
        c.method.holderName ?? null,
        bool(c.method.isDefault),
        c.behaviour,
        c.method.feeBasisPoints ?? null,
      ]),
  },
  {
    table: 'users',
    columns: ['account_id', 'id', 'position', 'email', 'name', 'role', 'status'],
    keyLength: 2,
    rows: (a) => a.users.map((u, i) => [a.id, u.id, i, u.email, u.name, u.role, u.status]),
  },
  {
    table: 'invoicing_details',
    columns: [
      'account_id',
      'legal_name',
      'billing_email',
      'address_line1',
      'address_line2',
      'city',
      'postal_code',
      'country',
      'vat_id',
      'editable',
      'support_url',
    ],
    keyLength: 1,
    rows: (a) => {
      const v = a.invoicing.values;
      return [
        [
          a.id,
          v.legalName,
          v.billingEmail,
          v.addressLine1,
          v.addressLine2,
          v.city,
          v.postalCode,
          v.country,
          v.vatId,
          json(a.invoicing.editable),
          a.invoicing.supportUrl ?? null,
        ],
      ];
    },
  },
  {
    table: 'plans',
    columns: [
      'account_id',
      'plan_id',
      'period_start_ms',
      'period_end_ms',
      'status',
      'cancel_at_ms',
    ],
    keyLength: 1,
    rows: (a) => [
      [a.id, a.plan.planId, a.plan.periodStart, a.plan.periodEnd, a.plan.status, a.plan.cancelAt],
    ],
  },
  {
    table: 'plan_options',
    columns: [
      'account_id',
      'id',
      'position',
      'name',
      'price_amount',
      'price_currency',
      'interval',
      'features',
    ],
    keyLength: 2,
    rows: (a) =>
      a.plan.options.map((o, i) => [
        a.id,
        o.id,
        i,
        o.name,
        o.price.amount,
        o.price.currency,
        o.interval,
        json(o.features),
      ]),
  },
  {
    table: 'integration_settings',
    columns: [
      'account_id',
      'partner_id',
      'solution_id',
      'webhook_url',
      'redirect_url',
      'data_region',
    ],
    keyLength: 1,
    rows: (a) => {
      const s = a.integration;
      return [[a.id, s.partnerId, s.solutionId, s.webhookUrl, s.redirectUrl, s.dataRegion]];
    },
  },
  {
    table: 'data_regions',
    columns: ['account_id', 'id', 'position', 'label'],
    keyLength: 2,
    rows: (a) => a.integration.availableRegions.map((r, i) => [a.id, r.id, i, r.label]),
  },
  {
    table: 'profiles',
    columns: [
      'account_id',
      'brand_name',
      'logo_url',
      'logo_max_bytes',
      'logo_types',
      'allow_client_phone_numbers',
      'logo_min_width',
      'logo_min_height',
      'logo_max_width',
      'logo_max_height',
    ],
    keyLength: 1,
    rows: (a) => {
      const p = a.profile;
      return [
        [
          a.id,
          p.brandName,
          p.logoUrl,
          p.logoRules.maxBytes,
          json(p.logoRules.types),
          p.allowClientPhoneNumbers ? 1 : 0,
          p.logoRules.minWidth ?? null,
          p.logoRules.minHeight ?? null,
          p.logoRules.maxWidth ?? null,
          p.logoRules.maxHeight ?? null,
        ],
      ];
    },
  },
  {
    // Only the SHA-256 of each secret: the secret itself is answered once and never stored.
    table: 'api_keys',
    columns: [
      'account_id',
      'id',
      'position',
      'name',
      'prefix',
      'secret_sha256',
      'created_at',
      'last_used_at',
    ],
    keyLength: 2,
    rows: (a) =>
      a.apiKeys.map((k, i) => [
        a.id,
        k.key.id,
        i,
        k.key.name,
        k.key.prefix,
        k.hash,
        k.key.createdAt,
        k.key.lastUsedAt,
      ]),
  },
];

/** Failures a test can inject into the next save, to prove that a transaction is atomic. */
export interface StoreFaults {
  /** Makes the next INSERT of a new invoice throw (the top-up's charge and balance are undone). */
  failInvoiceInsert: boolean;
}

/**
 * Reads and writes the world. Keeps, per table row, the last values it read or wrote, so a save
 * writes only rows that changed, inserts new ones and deletes the ones that went away.
 */
export class WorldStore {
  readonly faults: StoreFaults = { failInvoiceInsert: false };
  private snapshot = new Map<string, Map<string, string>>();
  private ledgerSaved = new Map<string, number>();
  private readonly upserts = new Map<string, Database.Statement>();
  private readonly deletes = new Map<string, Database.Statement>();
  private readonly insertLedger: Database.Statement;
  private readonly saveClock: Database.Statement;

  constructor(readonly db: Db) {
    for (const spec of TABLES) {
      const keys = spec.columns.slice(0, spec.keyLength);
      const rest = spec.columns.slice(spec.keyLength);
      const placeholders = spec.columns.map(() => '?').join(', ');
      const update = rest.map((c) => `${c} = excluded.${c}`).join(', ');
      this.upserts.set(
        spec.table,
        db.prepare(
          `INSERT INTO ${spec.table} (${spec.columns.join(', ')}) VALUES (${placeholders}) ` +
            `ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${update}`,
        ),
      );
      this.deletes.set(
        spec.table,
        db.prepare(`DELETE FROM ${spec.table} WHERE ${keys.map((k) => `${k} = ?`).join(' AND ')}`),
      );
    }
    this.insertLedger = db.prepare(
      'INSERT INTO ledger (account_id, at, kind, amount, currency) VALUES (?, ?, ?, ?, ?)',
    );
    this.saveClock = db.prepare(
      `INSERT INTO clock (id, now_ms, settled_until_ms) VALUES (1, ?, ?)
       ON CONFLICT (id) DO UPDATE SET now_ms = excluded.now_ms, settled_until_ms = excluded.settled_until_ms`,
    );
  }

  /**
   * Writes a freshly seeded world, WhatsApp accounts included (call inside a transaction). The
   * seeded world is then dropped: the server works on what `load` reads back.
   */
  seed(world: World): void {
    const insert = this.db.prepare(
      `INSERT INTO whatsapp_accounts (account_id, id, seq, waba_id, name, client_name, phone_number,
         status, created_at, created_ms, haystack, digits, quality, messaging_limit)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.save(world);
    for (const account of world.accounts) {
      for (const r of account.whatsAppAccounts as IndexedWhatsAppAccount[]) {
        const w = r.account;
        insert.run(
          account.id,
          w.id,
          r.seq,
          w.wabaId,
          w.name,
          w.clientName,
          w.phoneNumber,
          w.status,
          w.createdAt,
          r.createdMs,
          r.haystack,
          r.digits,
          w.quality ?? null,
          w.messagingLimit ?? null,
        );
      }
    }
  }

  /** Saves every change since the last load or save (call inside a transaction). */
  save(world: World): void {
    this.saveClock.run(world.now, world.settledUntil);
    world.accounts.forEach((account, position) => {
      for (const spec of TABLES) this.saveTable(spec, account, position);
      const from = this.ledgerSaved.get(account.id) ?? 0;
      for (const e of account.ledger.slice(from)) {
        this.insertLedger.run(account.id, e.at, e.kind, e.amount.amount, e.amount.currency);
      }
      this.ledgerSaved.set(account.id, account.ledger.length);
    });
  }

  private saveTable(spec: TableSpec, account: AccountState, position: number): void {
    const scope = `${spec.table}\u0000${account.id}`;
    const before = this.snapshot.get(scope) ?? new Map<string, string>();
    const after = new Map<string, string>();
    for (const row of spec.rows(account, position)) {
      const key = JSON.stringify(row.slice(0, spec.keyLength));
      const text = JSON.stringify(row);
      after.set(key, text);
      if (before.get(key) === text) continue;
      if (spec.table === 'invoices' && !before.has(key) && this.faults.failInvoiceInsert) {
        this.faults.failInvoiceInsert = false;
        throw Object.assign(new Error('Injected failure: the invoice could not be written.'), {
          name: 'InjectedFault',
        });
      }
      this.upserts.get(spec.table)!.run(...row);
    }
    for (const key of before.keys()) {
      if (!after.has(key)) this.deletes.get(spec.table)!.run(...(JSON.parse(key) as Value[]));
    }
    this.snapshot.set(scope, after);
  }

  /** Loads the world (without the WhatsApp accounts, which are queried in SQL). */
  load(): World {
    const db = this.db;
    this.snapshot = new Map();
    this.ledgerSaved = new Map();
    const clock = db.prepare('SELECT now_ms, settled_until_ms FROM clock WHERE id = 1').get() as
      { now_ms: number; settled_until_ms: number } | undefined;
    if (!clock) throw new Error('The database has not been seeded.');
    const all = <T>(sql: string, ...params: Value[]) => db.prepare(sql).all(...params) as T[];
    const accounts = all<Record<string, Value>>('SELECT * FROM accounts ORDER BY position');
    const world: World = {
      accounts: accounts.map((row) => this.loadAccount(row)),
      currentId: String(accounts[0]?.['id'] ?? ''),
      now: clock.now_ms,
      settledUntil: clock.settled_until_ms,
    };
    // Prime the snapshot with exactly what is stored, so the next save writes only changes.
    world.accounts.forEach((account, position) => {
      for (const spec of TABLES) {
        const rows = new Map<string, string>();
        for (const row of spec.rows(account, position)) {
          rows.set(JSON.stringify(row.slice(0, spec.keyLength)), JSON.stringify(row));
        }
        this.snapshot.set(`${spec.table}\u0000${account.id}`, rows);
      }
      this.ledgerSaved.set(account.id, account.ledger.length);
    });
    return world;
  }

  private loadAccount(row: Record<string, Value>): AccountState {
    const db = this.db;
    const id = String(row['id']);
    type Row = Record<string, Value>;
    const all = (sql: string) => db.prepare(sql).all(id) as Row[];
    const one = (sql: string) => db.prepare(sql).get(id) as Row;
    const s = (v: Value) => String(v);
    const n = (v: Value) => Number(v);
    const opt = (v: Value) => (v === null ? null : String(v));

    const wallets: Wallet[] = all(
      'SELECT * FROM wallets WHERE account_id = ? ORDER BY position',
    ).map((w) => {
      const c = s(w['currency']!);
      const m = (v: Value) => money(n(v), c);
      return {
        balance: m(w['balance_amount']!),
        updatedAt: n(w['updated_at_ms']!),
        rule: {
          enabled: w['renewal_enabled'] === 1,
          threshold: m(w['renewal_threshold_amount']!),
          amount: m(w['renewal_amount']!),
        },
        limits: {
          minThreshold: m(w['min_threshold_amount']!),
          maxThreshold: m(w['max_threshold_amount']!),
          minAmount: m(w['min_renewal_amount']!),
          maxAmount: m(w['max_renewal_amount']!),
        },
        topUpLimits: { min: m(w['min_top_up_amount']!), max: m(w['max_top_up_amount']!) },
        emergencyMinimum: m(w['emergency_minimum_amount']!),
        profile:
          w['usage_profile'] === null ? null : (JSON.parse(s(w['usage_profile']!)) as UsageProfile),
      };
    });
    const ledger: LedgerEntry[] = all(
      'SELECT at, kind, amount, currency FROM ledger WHERE account_id = ? ORDER BY id',
    ).map((e) => ({
      at: s(e['at']!),
      kind: s(e['kind']!) as LedgerEntry['kind'],
      amount: money(n(e['amount']!), s(e['currency']!)),
    }));
    const invoices: StoredInvoice[] = all(
      'SELECT * FROM invoices WHERE account_id = ? ORDER BY seq',
    ).map((i) => ({
      id: s(i['id']!),
      number: s(i['number']!),
      type: s(i['type']!) as StoredInvoice['type'],
      status: s(i['status']!) as StoredInvoice['status'],
      issuedAt: s(i['issued_at']!),
      dueAt: opt(i['due_at']!),
      total: money(n(i['total_amount']!), s(i['total_currency']!)),
      description: s(i['description']!),
      seq: n(i['seq']!),
    }));
    const cards: Card[] = all('SELECT * FROM cards WHERE account_id = ? ORDER BY position').map(
      (c) => ({
        method: {
          id: s(c['id']!),
          brand: s(c['brand']!),
          last4: s(c['last4']!),
          expMonth: n(c['exp_month']!),
          expYear: n(c['exp_year']!),
          ...(c['holder_name'] === null ? {} : { holderName: s(c['holder_name']!) }),
          isDefault: c['is_default'] === 1,
          ...(c['fee_basis_points'] === null ? {} : { feeBasisPoints: n(c['fee_basis_points']!) }),
        },
        behaviour: s(c['behaviour']!) as Card['behaviour'],
      }),
    );
    const users: User[] = all('SELECT * FROM users WHERE account_id = ? ORDER BY position').map(
      (u) => ({
        id: s(u['id']!),
        email: s(u['email']!),
        name: s(u['name']!),
        role: s(u['role']!) as User['role'],
        status: s(u['status']!) as User['status'],
      }),
    );
    const inv = one('SELECT * FROM invoicing_details WHERE account_id = ?');
    const plan = one('SELECT * FROM plans WHERE account_id = ?');
    const options: PlanOption[] = all(
      'SELECT * FROM plan_options WHERE account_id = ? ORDER BY position',
    ).map((o) => ({
      id: s(o['id']!),
      name: s(o['name']!),
      price: money(n(o['price_amount']!), s(o['price_currency']!)),
      interval: s(o['interval']!) as PlanOption['interval'],
      features: JSON.parse(s(o['features']!)) as string[],
    }));
    const integ = one('SELECT * FROM integration_settings WHERE account_id = ?');
    const regions = all(
      'SELECT id, label FROM data_regions WHERE account_id = ? ORDER BY position',
    ).map((r) => ({
      id: s(r['id']!),
      label: s(r['label']!),
    }));
    const profile = one('SELECT * FROM profiles WHERE account_id = ?');
    const apiKeys: StoredApiKey[] = all(
      'SELECT * FROM api_keys WHERE account_id = ? ORDER BY position',
    ).map((k) => ({
      key: {
        id: s(k['id']!),
        name: s(k['name']!),
        prefix: s(k['prefix']!),
        createdAt: s(k['created_at']!),
        lastUsedAt: opt(k['last_used_at']!),
      },
      hash: s(k['secret_sha256']!),
    }));

    return {
      id,
      name: s(row['name']!),
      billingMode: s(row['billing_mode']!) as AccountState['billingMode'],
      currency: s(row['currency']!),
      locale: s(row['locale']!),
      invoicePrefix: s(row['invoice_prefix']!),
      wallets,
      ledger,
      invoices,
      invoiceSeq: n(row['invoice_seq']!),
      cards,
      cardSeq: n(row['card_seq']!),
      users,
      userSeq: n(row['user_seq']!),
      currentUserId: users[0]?.id ?? '',
      invoicing: {
        values: {
          legalName: s(inv['legal_name']!),
          billingEmail: s(inv['billing_email']!),
          addressLine1: s(inv['address_line1']!),
          addressLine2: s(inv['address_line2']!),
          city: s(inv['city']!),
          postalCode: s(inv['postal_code']!),
          country: s(inv['country']!),
          vatId: s(inv['vat_id']!),
        },
        editable: JSON.parse(s(inv['editable']!)) as InvoicingField[],
        ...(inv['support_url'] === null ? {} : { supportUrl: s(inv['support_url']!) }),
      },
      plan: {
        planId: s(plan['plan_id']!),
        periodStart: n(plan['period_start_ms']!),
        periodEnd: n(plan['period_end_ms']!),
        status: s(plan['status']!) as AccountState['plan']['status'],
        cancelAt: plan['cancel_at_ms'] === null ? null : n(plan['cancel_at_ms']!),
        options,
      },
      integration: {
        partnerId: s(integ['partner_id']!),
        solutionId: opt(integ['solution_id']!),
        webhookUrl: opt(integ['webhook_url']!),
        redirectUrl: opt(integ['redirect_url']!),
        dataRegion: s(integ['data_region']!),
        availableRegions: regions,
      },
      profile: {
        brandName: s(profile['brand_name']!),
        logoUrl: opt(profile['logo_url']!),
        logoRules: {
          maxBytes: n(profile['logo_max_bytes']!),
          types: JSON.parse(s(profile['logo_types']!)) as string[],
          ...pixelRules(profile),
        },
        allowClientPhoneNumbers: profile['allow_client_phone_numbers'] === 1,
      },
      apiKeys,
      whatsAppAccounts: [],
      idempotency: new Map(),
      topUpSeq: n(row['top_up_seq']!),
    };
  }
}

/** The logo's pixel limits a profile row holds (columns left NULL are no limit). */
function pixelRules(row: Record<string, Value>) {
  const rules: { minWidth?: number; minHeight?: number; maxWidth?: number; maxHeight?: number } =
    {};
  const set = (key: keyof typeof rules, column: string) => {
    const value = row[column];
    if (value !== null && value !== undefined) rules[key] = Number(value);
  };
  set('minWidth', 'logo_min_width');
  set('minHeight', 'logo_min_height');
  set('maxWidth', 'logo_max_width');
  set('maxHeight', 'logo_max_height');
  return rules;
}
