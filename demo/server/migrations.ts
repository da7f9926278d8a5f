/**
 * The database schema, as numbered migrations. Each runs once, in order, inside a transaction,
 * and is recorded in `schema_migrations`; a database made by an older version is brought up to
 * date on start. Never edit a released migration: add the next number.
 *
 * Money is always an INTEGER amount in minor units beside a TEXT ISO 4217 currency (a wallet's
 * amounts share its `currency` column). Instants are ms since the epoch (`*_ms`) or ISO text
 * where the entity carries ISO text.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE clock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        now_ms INTEGER NOT NULL,
        settled_until_ms INTEGER NOT NULL
      );

      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        billing_mode TEXT NOT NULL CHECK (billing_mode IN ('partner_paid', 'client_paid')),
        currency TEXT NOT NULL,
        locale TEXT NOT NULL,
        invoice_prefix TEXT NOT NULL,
        invoice_seq INTEGER NOT NULL,
        card_seq INTEGER NOT NULL,
        user_seq INTEGER NOT NULL,
        top_up_seq INTEGER NOT NULL
      );

      CREATE TABLE wallets (
        account_id TEXT NOT NULL REFERENCES accounts (id),
        currency TEXT NOT NULL,
        position INTEGER NOT NULL,
        balance_amount INTEGER NOT NULL,
        updated_at_ms INTEGER NOT NULL,
        renewal_enabled INTEGER NOT NULL CHECK (renewal_enabled IN (0, 1)),
        renewal_threshold_amount INTEGER NOT NULL,
        renewal_amount INTEGER NOT NULL,
        min_threshold_amount INTEGER NOT NULL,
        max_threshold_amount INTEGER NOT NULL,
        min_renewal_amount INTEGER NOT NULL,
        max_renewal_amount INTEGER NOT NULL,
        min_top_up_amount INTEGER NOT NULL,
        max_top_up_amount INTEGER NOT NULL,
        emergency_minimum_amount INTEGER NOT NULL,
        usage_profile TEXT,
        PRIMARY KEY (account_id, currency)
      );

      CREATE TABLE ledger (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id TEXT NOT NULL REFERENCES accounts (id),
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('top_up', 'auto_renewal', 'emergency', 'usage')),
        amount INTEGER NOT NULL,
        currency TEXT NOT NULL
      );
      CREATE INDEX ledger_by_account ON ledger (account_id, id);

      CREATE TABLE invoices (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id),
        seq INTEGER NOT NULL,
        number TEXT NOT NULL,
        type TEXT NOT NULL,
        status TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        due_at TEXT,
        total_amount INTEGER NOT NULL,
        total_currency TEXT NOT NULL,
        description TEXT NOT NULL
      );
      CREATE INDEX invoices_by_account ON invoices (account_id, seq);

      CREATE TABLE cards (
        account_id TEXT NOT NULL REFERENCES accounts (id),
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        brand TEXT NOT NULL,
        last4 TEXT NOT NULL,
        exp_month INTEGER NOT NULL,
        exp_year INTEGER NOT NULL,
        holder_name TEXT,
        is_default INTEGER NOT NULL CHECK (is_default IN (0, 1)),
        behaviour TEXT NOT NULL CHECK (behaviour IN ('normal', 'decline')),
        PRIMARY KEY (account_id, id)
      );

      CREATE TABLE users (
        account_id TEXT NOT NULL REFERENCES accounts (id),
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        email TEXT NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('owner', 'member')),
        status TEXT NOT NULL CHECK (status IN ('active', 'invited')),
        PRIMARY KEY (account_id, id)
      );

      CREATE TABLE invoicing_details (
        account_id TEXT PRIMARY KEY REFERENCES accounts (id),
        legal_name TEXT NOT NULL,
        billing_email TEXT NOT NULL,
        address_line1 TEXT NOT NULL,
        address_line2 TEXT NOT NULL,
        city TEXT NOT NULL,
        postal_code TEXT NOT NULL,
        country TEXT NOT NULL,
        vat_id TEXT NOT NULL,
        editable TEXT NOT NULL,
        support_url TEXT
      );

      CREATE TABLE plans (
        account_id TEXT PRIMARY KEY REFERENCES accounts (id),
        plan_id TEXT NOT NULL,
        period_start_ms INTEGER NOT NULL,
        period_end_ms INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'cancelling', 'cancelled'))
      );

      CREATE TABLE plan_options (
        account_id TEXT NOT NULL REFERENCES accounts (id),
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        price_amount INTEGER NOT NULL,
        price_currency TEXT NOT NULL,
        interval TEXT NOT NULL,
        features TEXT NOT NULL,
        PRIMARY KEY (account_id, id)
      );

      CREATE TABLE integration_settings (
        account_id TEXT PRIMARY KEY REFERENCES accounts (id),
        partner_id TEXT NOT NULL,
        solution_id TEXT,
        webhook_url TEXT,
        redirect_url TEXT,
        data_region TEXT NOT NULL
      );

      CREATE TABLE data_regions (
        account_id TEXT NOT NULL REFERENCES accounts (id),
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        label TEXT NOT NULL,
        PRIMARY KEY (account_id, id)
      );

      CREATE TABLE profiles (
        account_id TEXT PRIMARY KEY REFERENCES accounts (id),
        brand_name TEXT NOT NULL,
        logo_url TEXT,
        logo_max_bytes INTEGER NOT NULL,
        logo_types TEXT NOT NULL
      );

      CREATE TABLE whatsapp_accounts (
        account_id TEXT NOT NULL REFERENCES accounts (id),
        id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        waba_id TEXT NOT NULL,
        name TEXT NOT NULL,
        client_name TEXT NOT NULL,
        phone_number TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_ms INTEGER NOT NULL,
        haystack TEXT NOT NULL,
        digits TEXT NOT NULL,
        PRIMARY KEY (account_id, id)
      );
      CREATE INDEX whatsapp_accounts_by_created
        ON whatsapp_accounts (account_id, created_ms DESC, seq DESC);

      -- The demo's stand-in for the partner's own sessions: which partner account each user
      -- is looking at.
      CREATE TABLE demo_sessions (
        user_id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id)
      );

      -- Stored responses of mutations, by partner account, method and Idempotency-Key.
      CREATE TABLE idempotency (
        partner_id TEXT NOT NULL,
        method TEXT NOT NULL,
        key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        status INTEGER NOT NULL,
        body TEXT,
        created_at_ms INTEGER NOT NULL,
        PRIMARY KEY (partner_id, method, key)
      );
    `,
  },
  {
    version: 2,
    name: 'expire idempotency records by age',
    sql: `CREATE INDEX idempotency_by_age ON idempotency (created_at_ms);`,
  },
  {
    version: 3,
    name: 'idempotency records per user',
    // Records were per account, so one user could replay another's key. The stored answers
    // are a 24-hour replay cache with no owner to give them: they are dropped, not guessed.
    sql: `
      DROP TABLE idempotency;
      CREATE TABLE idempotency (
        partner_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        method TEXT NOT NULL,
        key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        status INTEGER NOT NULL,
        body TEXT,
        created_at_ms INTEGER NOT NULL,
        PRIMARY KEY (partner_id, user_id, method, key)
      );
      CREATE INDEX idempotency_by_age ON idempotency (created_at_ms);
    `,
  },
  {
    version: 4,
    name: 'WhatsApp accounts sortable by name and status',
    // Each account's position in the name and status orders (the memory adapter's collation,
    // computed in JavaScript on start for rows that have none), so sorted pages are keyset
    // pages on an index like the default order's.
    sql: `
      ALTER TABLE whatsapp_accounts ADD COLUMN name_rank INTEGER;
      ALTER TABLE whatsapp_accounts ADD COLUMN status_rank INTEGER;
      CREATE INDEX whatsapp_accounts_by_name ON whatsapp_accounts (account_id, name_rank);
      CREATE INDEX whatsapp_accounts_by_status ON whatsapp_accounts (account_id, status_rank);
    `,
  },
  {
    version: 5,
    name: "API keys (the SHA-256 of each secret, never the secret); the profile's phone-number switch and logo pixel limits",
    sql: `
      CREATE TABLE api_keys (
        account_id TEXT NOT NULL REFERENCES accounts (id),
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        prefix TEXT NOT NULL,
        secret_sha256 TEXT NOT NULL CHECK (length(secret_sha256) = 64),
        created_at TEXT NOT NULL,
        last_used_at TEXT,
        PRIMARY KEY (account_id, id)
      );
      ALTER TABLE profiles ADD COLUMN allow_client_phone_numbers INTEGER NOT NULL DEFAULT 0
        CHECK (allow_client_phone_numbers IN (0, 1));
      ALTER TABLE profiles ADD COLUMN logo_min_width INTEGER;
      ALTER TABLE profiles ADD COLUMN logo_min_height INTEGER;
      ALTER TABLE profiles ADD COLUMN logo_max_width INTEGER;
      ALTER TABLE profiles ADD COLUMN logo_max_height INTEGER;
    `,
  },
  {
    version: 6,
    name: 'when a cancelled plan ends',
    // A cancellation ends the plan at the end of the following calendar month, not the current
    // period: the date is kept (null while the plan is not being cancelled).
    sql: `ALTER TABLE plans ADD COLUMN cancel_at_ms INTEGER;`,
  },
  {
    version: 7,
    name: 'WhatsApp accounts: quality rating and messaging limit',
    // Both optional, as Meta reports them: a database seeded before has neither (NULL), and the
    // list then leaves the column out.
    sql: `
      ALTER TABLE whatsapp_accounts ADD COLUMN quality TEXT;
      ALTER TABLE whatsapp_accounts ADD COLUMN messaging_limit TEXT;
    `,
  },
  {
    version: 8,
    name: 'cards: their fee',
    // The rate each card's payment method shows and its payments are charged (null: no fee).
    // Every card stored before was one of the hub's cards, which carry 4 %; the store dropped
    // the rate, so the answers over HTTP said "No fee." while the memory adapter charged it.
    sql: `
      ALTER TABLE cards ADD COLUMN fee_basis_points INTEGER
        CHECK (fee_basis_points BETWEEN 0 AND 10000);
      UPDATE cards SET fee_basis_points = 400;
    `,
  },
  {
    version: 9,
    name: 'stored answers keep a long text (a logo) once',
    // Every answer with the profile carries its logo as a data URL of up to 1.4 MB: kept whole
    // in each idempotency record, each brand change stored the logo again. Long strings are now
    // kept once per content and the records say where they go ([path, sha256], …). A text lives
    // as long as the newest record that uses it.
    sql: `
      CREATE TABLE idempotency_blobs (
        sha256 TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        last_used_ms INTEGER NOT NULL
      );
      CREATE INDEX idempotency_blobs_by_age ON idempotency_blobs (last_used_ms);
      ALTER TABLE idempotency ADD COLUMN blobs TEXT;
    `,
  },
];
