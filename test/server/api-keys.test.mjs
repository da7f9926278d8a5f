// API keys on the reference server: the secret is answered once and never stored (only its
// SHA-256 and a prefix are: checked in every table and in the database's files), a replay of
// the same request does not show it again, revoking works, and members are refused.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { MEMBER, key, start } from './support.mjs';

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('API keys', () => {
  let s;
  before(async () => {
    s = await start();
  });
  after(() => s.stop());

  it('answers the secret once and stores only its SHA-256 and prefix', async () => {
    const idempotencyKey = key();
    const created = await s.api.post('/api-keys', { name: 'CI pipeline' }, { idempotencyKey });
    assert.equal(created.status, 200, JSON.stringify(created.body));
    const { key: apiKey, secret } = created.body;
    assert.match(secret, /^phk_[A-Za-z0-9]{40}$/);
    assert.equal(apiKey.name, 'CI pipeline');
    assert.ok(secret.startsWith(apiKey.prefix));
    assert.equal(apiKey.lastUsedAt, null);

    // The list never carries it.
    const listed = await s.api.get('/api-keys');
    assert.equal(listed.status, 200);
    assert.ok(listed.body.some((k) => k.id === apiKey.id && k.prefix === apiKey.prefix));
    assert.ok(!JSON.stringify(listed.body).includes(secret));

    // A replay of the same request: the same key, no secret, no second key.
    const again = await s.api.post('/api-keys', { name: 'CI pipeline' }, { idempotencyKey });
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.body.key.id, apiKey.id);
    assert.equal(again.body.secret, null);
    const after = (await s.api.get('/api-keys')).body;
    assert.equal(after.filter((k) => k.name === 'CI pipeline').length, 1);

    // In the database: the hash and the prefix, and the secret nowhere.
    const db = new Database(join(s.dataDir, 'partner-hub.sqlite3'), { readonly: true });
    try {
      const row = db.prepare('SELECT * FROM api_keys WHERE id = ?').get(apiKey.id);
      assert.equal(row.secret_sha256, sha256(secret));
      assert.equal(row.prefix, apiKey.prefix);
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((t) => t.name);
      for (const table of tables) {
        const dump = JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all());
        assert.ok(!dump.includes(secret), `the secret is in table ${table}`);
        assert.ok(!dump.includes(secret.slice(8)), `part of the secret is in table ${table}`);
      }
    } finally {
      db.close();
    }
    for (const file of readdirSync(s.dataDir)) {
      const bytes = readFileSync(join(s.dataDir, file));
      assert.ok(!bytes.includes(Buffer.from(secret.slice(8))), `the secret is in ${file}`);
    }
  });

  it('refuses a nameless key and a duplicate name, naming the field', async () => {
    const empty = await s.api.post('/api-keys', { name: '  ' });
    assert.equal(empty.status, 422);
    assert.ok(empty.body.errors.name);
    await s.api.post('/api-keys', { name: 'Reporting' });
    const twice = await s.api.post('/api-keys', { name: 'reporting' });
    assert.equal(twice.status, 422);
    assert.match(twice.body.errors.name, /already has this name/);
  });

  it('revokes a key at once; revoking it again is a 404', async () => {
    const created = (await s.api.post('/api-keys', { name: 'Temporary' })).body.key;
    const revoked = await s.api.call('DELETE', `/api-keys/${created.id}`, {
      idempotencyKey: key(),
    });
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
    assert.ok(!revoked.body.some((k) => k.id === created.id));
    assert.ok(!(await s.api.get('/api-keys')).body.some((k) => k.id === created.id));
    const db = new Database(join(s.dataDir, 'partner-hub.sqlite3'), { readonly: true });
    try {
      assert.equal(db.prepare('SELECT * FROM api_keys WHERE id = ?').get(created.id), undefined);
    } finally {
      db.close();
    }
    const again = await s.api.call('DELETE', `/api-keys/${created.id}`, {
      idempotencyKey: key(),
    });
    assert.equal(again.status, 404);
  });

  it('refuses members: listing, creating and revoking are for owners', async () => {
    const before = (await s.api.get('/api-keys')).body;
    const list = await s.api.get('/api-keys', { user: MEMBER });
    assert.equal(list.status, 403);
    const create = await s.api.post('/api-keys', { name: 'Sneaky' }, { user: MEMBER });
    assert.equal(create.status, 403);
    const revoke = await s.api.call('DELETE', `/api-keys/${before[0].id}`, {
      user: MEMBER,
      idempotencyKey: key(),
    });
    assert.equal(revoke.status, 403);
    assert.deepEqual((await s.api.get('/api-keys')).body, before);
  });
});
