// The reference server keeps the memory engine's world in SQLite: everything it writes, it must
// read back. A field the store does not carry would silently vanish from every answer over HTTP
// (and from the demo) while the memory adapter still has it.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { OWNER, key, server, start, tempDir } from './support.mjs';

describe('the SQLite store', () => {
  it('reads back the seeded world exactly as it was written', () => {
    const dir = tempDir();
    try {
      const hub = new server.MemoryHub({
        now: Date.UTC(2026, 10, 17, 9, 59),
        seed: 1,
        role: 'owner',
        whatsAppAccounts: 40,
      });
      const db = server.openDatabase(dir);
      const store = new server.WorldStore(db);
      db.transaction(() => store.seed(hub.world))();
      const loaded = store.load();
      const { accounts: written, ...restWritten } = hub.world;
      const { accounts: read, ...restRead } = loaded;
      assert.equal(read.length, written.length);
      // Every field of every account, named when it differs (so one run lists them all). Two
      // are kept elsewhere by design: the WhatsApp accounts stay in their table, queried page by
      // page (checked below), and an unset phone-number switch is stored as off, which is how
      // the hub answers it.
      const differing = [];
      for (const [i, account] of written.entries()) {
        assert.equal(
          db
            .prepare('SELECT COUNT(*) AS n FROM whatsapp_accounts WHERE account_id = ?')
            .get(account.id).n,
          account.whatsAppAccounts.length,
          `${account.id}: the WhatsApp accounts stored`,
        );
        read[i].whatsAppAccounts = account.whatsAppAccounts;
        if (account.profile.allowClientPhoneNumbers === undefined) {
          delete read[i].profile.allowClientPhoneNumbers;
        }
        for (const key of new Set([...Object.keys(account), ...Object.keys(read[i])])) {
          try {
            assert.deepEqual(read[i][key], account[key]);
          } catch {
            differing.push(`${account.id}.${key}`);
          }
        }
      }
      assert.deepEqual(differing, []);
      assert.deepEqual(Object.keys(restRead).sort(), Object.keys(restWritten).sort());
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the cards of a database made before their fee was stored the hub’s 4 %', () => {
    const dir = tempDir();
    try {
      const hub = new server.MemoryHub({ now: Date.UTC(2026, 10, 17), seed: 1, role: 'owner' });
      let db = server.openDatabase(dir);
      const store = new server.WorldStore(db);
      db.transaction(() => store.seed(hub.world))();
      // As version 7 left it: no fee column.
      db.exec('ALTER TABLE cards DROP COLUMN fee_basis_points');
      db.exec('DELETE FROM schema_migrations WHERE version = 8');
      db.close();
      db = server.openDatabase(dir);
      const cards = new server.WorldStore(db).load().accounts.flatMap((a) => a.cards);
      db.close();
      assert.ok(cards.length > 3);
      assert.deepEqual(new Set(cards.map((c) => c.method.feeBasisPoints)), new Set([400]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a logo once for the answers that repeat it, not once per stored answer', async () => {
    const s = await start();
    const db = new Database(join(s.dataDir, 'partner-hub.sqlite3'), { readonly: true });
    try {
      // A PNG of 400 × 200 pixels, padded to about 300 KB: a 400 KB data URL in every profile.
      const logo = new Uint8Array(300_000);
      logo.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
      new DataView(logo.buffer).setUint32(16, 400);
      new DataView(logo.buffer).setUint32(20, 200);
      const res = await fetch(`${s.apiBase}/profile/logo`, {
        method: 'PUT',
        headers: { 'x-demo-user': OWNER, 'idempotency-key': key(), 'content-type': 'image/png' },
        body: logo,
      });
      assert.equal(res.status, 200, await res.clone().text());
      const { logoUrl } = await res.json();
      assert.ok(logoUrl.length > 400_000);
      // Five brand changes, each answered with the whole profile, logo included.
      const keys = [];
      for (let i = 0; i < 5; i++) {
        keys.push(key());
        const patch = { body: { brandName: `Acme ${i}` }, idempotencyKey: keys[i] };
        assert.equal((await s.api.call('PATCH', '/profile', patch)).status, 200);
      }
      // What the stored answers take: their rows, and any table of shared parts they refer to.
      const stored = () => {
        const rows = db.prepare('SELECT COALESCE(SUM(LENGTH(body)), 0) AS n FROM idempotency');
        const shared = db
          .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'idempotency_blobs'",
          )
          .get()
          ? db.prepare('SELECT COALESCE(SUM(LENGTH(text)), 0) AS n FROM idempotency_blobs').get().n
          : 0;
        return rows.get().n + shared;
      };
      assert.ok(stored() < 2 * logoUrl.length, `${stored()} bytes stored for the answers`);
      // A replay still answers the whole profile, logo and all.
      const replay = await s.api.call('PATCH', '/profile', {
        body: { brandName: 'Acme 2' },
        idempotencyKey: keys[2],
      });
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.equal(replay.body.brandName, 'Acme 2');
      assert.equal(replay.body.logoUrl, logoUrl);
    } finally {
      db.close();
      await s.stop();
    }
  });
});
