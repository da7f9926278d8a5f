// Users and partner accounts over HTTP: invitations confirmed with the one-time code e-mailed
// to the inviting owner, the last owner protected, members refused, and the accounts a user
// can open (and switch to) being exactly those they are an active user of.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MEMBER, OWNER, key, root, server, start, tempDir } from './support.mjs';

const bundle = join(root, '.cache', 'server', 'kit.mjs');
if (!existsSync(bundle)) throw new Error('Build first: node scripts/build-server.mjs');
/** The browser's side of the wire: the http adapter, as the tabs of the portal use it. */
const kit = await import(pathToFileURL(bundle).href);

const INVITE = { email: 'nina.kowalski@acme-messaging.example', role: 'member' };

describe('users over HTTP', () => {
  let s;
  before(async () => {
    s = await start({ inviteCodes: true });
  });
  after(() => s.stop());

  const mailbox = async (user = OWNER) =>
    (await fetch(`${s.apiBase}/__demo/mailbox?user=${user}`)).json();
  const users = async () => (await s.api.get('/users')).body;

  it('asks for the code sent to the inviting owner, refuses a wrong one, adds with the right one', async () => {
    const asked = await s.api.post('/users', INVITE);
    assert.equal(asked.status, 200);
    assert.equal(asked.body.status, 'code_required');
    assert.equal(asked.body.sentTo, 'l•••r@acme-messaging.example');
    assert.ok(!(await users()).some((u) => u.email === INVITE.email));
    const [mail] = (await mailbox()).slice(-1);
    assert.match(mail.code, /^\d{6}$/);
    assert.deepEqual(await mailbox(MEMBER), []);

    const wrong = mail.code === '000000' ? '111111' : '000000';
    const refused = await s.api.post('/users', { ...INVITE, code: wrong });
    assert.equal(refused.status, 422);
    assert.match(refused.body.errors.code, /not right/);
    assert.ok(!(await users()).some((u) => u.email === INVITE.email));

    const added = await s.api.post('/users', { ...INVITE, code: mail.code });
    assert.equal(added.status, 200);
    assert.equal(added.body.status, 'invited');
    assert.ok((await users()).some((u) => u.id === added.body.id));
    const duplicate = await s.api.post('/users', {
      ...INVITE,
      email: 'NINA.kowalski@acme-messaging.example',
    });
    assert.equal(duplicate.status, 409);
  });

  it('resends and revokes an invitation; a member can do neither', async () => {
    const sofia = (await users()).find((u) => u.status === 'invited' && u.name === 'Sofia Almeida');
    const member = await s.api.post(`/users/${sofia.id}/invitation/resend`, undefined, {
      user: MEMBER,
    });
    assert.equal(member.status, 403);
    const resent = await s.api.post(`/users/${sofia.id}/invitation/resend`);
    assert.equal(resent.status, 200);
    assert.equal(resent.body.id, sofia.id);
    const revoke = (user) =>
      s.api.call('DELETE', `/users/${sofia.id}/invitation`, { user, idempotencyKey: key() });
    assert.equal((await revoke(MEMBER)).status, 403);
    assert.equal((await revoke(OWNER)).status, 204);
    assert.ok(!(await users()).some((u) => u.id === sofia.id));
  });

  it('never demotes the last owner, and says why', async () => {
    const patch = (id, role) =>
      s.api.call('PATCH', `/users/${id}`, { body: { role }, idempotencyKey: key() });
    assert.equal((await patch('usr_jonas', 'member')).status, 200);
    const refused = await patch(OWNER, 'member');
    assert.equal(refused.status, 409);
    assert.match(refused.body.detail, /last owner/);
    assert.equal((await patch('usr_jonas', 'owner')).status, 200);
  });

  it('lists the partner accounts a user belongs to, and switches only to those', async () => {
    const mine = await s.api.get('/partner-accounts');
    assert.deepEqual(
      mine.body.map((a) => [a.id, a.current]),
      [
        ['acme', true],
        ['acme-cp', false],
      ],
    );
    const priya = await s.api.get('/partner-accounts', { user: MEMBER });
    assert.deepEqual(
      priya.body.map((a) => a.id),
      ['acme'],
    );
    const elsewhere = await s.api.post('/partner-accounts/acme-cp/switch', undefined, {
      user: MEMBER,
    });
    assert.equal(elsewhere.status, 404);
    const switched = await s.api.post('/partner-accounts/acme-cp/switch');
    assert.equal(switched.body.partner.id, 'acme-cp');
    const theirs = (await users()).map((u) => u.id);
    assert.ok(theirs.includes('usr_tom'));
    assert.ok(!theirs.includes('usr_priya'));
    await s.api.post('/partner-accounts/acme/switch');
  });

  it('a change retried after a switch in another tab replays where it was made; a new one is refused (409), applied nowhere', async () => {
    const acme = { 'x-partner-account': 'acme' };
    const patch = (brandName, idempotencyKey, headers) =>
      s.api.call('PATCH', '/profile', { body: { brandName }, idempotencyKey, headers });
    const k = key();
    const first = await patch('Acme (first tab)', k, acme);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    // Another tab switches the user to the client-paid account.
    await s.api.post('/partner-accounts/acme-cp/switch');
    const theirs = (await s.api.get('/profile')).body.brandName;
    // The first tab retries its change (its answer was lost), saying which account it was made
    // for: it was made there, so it is answered as made, and made nowhere again.
    const retry = await patch('Acme (first tab)', k, acme);
    assert.equal(retry.status, 200, JSON.stringify(retry.body));
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(retry.body, first.body);
    assert.equal((await s.api.get('/profile')).body.brandName, theirs, 'acme-cp unchanged');
    // A new change for the account the user has left is refused, not made there or here.
    const fresh = await patch('Acme (stale tab)', key(), acme);
    assert.equal(fresh.status, 409, JSON.stringify(fresh.body));
    assert.equal(fresh.body.code, 'conflict');
    assert.match(fresh.body.detail, /another partner account/);
    assert.equal((await s.api.get('/profile')).body.brandName, theirs, 'acme-cp unchanged');
    // Saying the current account, the change goes through there.
    const here = await patch('Acme CP', key(), { 'x-partner-account': 'acme-cp' });
    assert.equal(here.status, 200);
    await s.api.post('/partner-accounts/acme/switch');
    assert.equal((await s.api.get('/profile')).body.brandName, 'Acme (first tab)');
  });

  it('a top-up whose answer was lost, retried after a switch in another tab, is answered as paid, and paid once', async () => {
    const tab = () =>
      kit.createHttpAdapter({
        baseUrl: s.apiBase,
        namePartnerAccount: true,
        getHeaders: () => ({ 'x-demo-user': OWNER }),
        eventsUrl: false,
      });
    const [first, second] = [tab(), tab()];
    assert.equal((await first.getSession()).partner.id, 'acme');
    const before = await s.api.balance();
    const input = { amount: { amount: 5_000, currency: 'EUR' }, paymentMethodId: 'pm_visa_4242' };
    const paid = await first.topUp(input, { idempotencyKey: 'lost-answer' });
    await second.getSession();
    await second.switchPartnerAccount('acme-cp', { idempotencyKey: key() });
    // The first tab never saw its answer and checks again with the same key.
    const again = await first.topUp(input, { idempotencyKey: 'lost-answer' });
    assert.deepEqual(again, paid);
    await second.switchPartnerAccount('acme', { idempotencyKey: key() });
    assert.equal(await s.api.balance(), before + 5_000, 'charged once');
    // A new top-up from the stale tab is refused, charging nothing.
    await second.switchPartnerAccount('acme-cp', { idempotencyKey: key() });
    const refused = await first.topUp(input, { idempotencyKey: 'new-change' }).then(
      () => assert.fail('a new change went through in an account the user left'),
      (e) => e,
    );
    assert.equal(refused.code, 'conflict');
    await second.switchPartnerAccount('acme', { idempotencyKey: key() });
    assert.equal(await s.api.balance(), before + 5_000, 'still charged once');
  });
});

describe('a change racing a switch of partner account', () => {
  // The demo hub under a handler whose authenticate can be held after it resolved the account:
  // what happens when a switch commits between the identity and the lock.
  let hub;
  let dataDir;
  let held;
  let handler;
  before(() => {
    dataDir = tempDir();
    hub = new server.ServerHub({ dataDir, usageSpeed: 0 });
    handler = server.createPartnerHubHandler({
      authenticate: async (request) => {
        const identity = hub.identityOf(request.headers.get('x-demo-user'));
        if (request.headers.get('x-hold')) await held;
        return identity;
      },
      backend: hub.backend,
      stores: { idempotency: hub.idempotency },
    });
  });
  after(() => hub.close());

  const call = async (method, path, { user = OWNER, body, headers = {} } = {}) => {
    const res = await handler(
      new Request(`http://hub.test/api/v1${path}`, {
        method,
        headers: {
          'x-demo-user': user,
          ...(method === 'GET' ? {} : { 'idempotency-key': key() }),
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      }),
    );
    return { status: res.status, body: res.status === 204 ? null : await res.json() };
  };
  const brandOf = async (account, user = OWNER) => {
    await call('POST', `/partner-accounts/${account}/switch`, { user });
    return (await call('GET', '/profile', { user })).body.brandName;
  };

  it('acts in the account the request was resolved in, where its idempotency record is', async () => {
    const other = await brandOf('acme-cp');
    await call('POST', '/partner-accounts/acme/switch');
    let release;
    held = new Promise((resolve) => (release = resolve));
    const change = call('PATCH', '/profile', {
      body: { brandName: 'Raced' },
      headers: { 'x-hold': '1' },
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal((await call('POST', '/partner-accounts/acme-cp/switch')).status, 200);
    release();
    assert.equal((await change).status, 200);
    assert.equal(await brandOf('acme-cp'), other, 'the other account is unchanged');
    assert.equal(await brandOf('acme'), 'Raced');
  });

  it('refuses a change by a user removed from the account meanwhile', async () => {
    const before = await brandOf('acme');
    let release;
    held = new Promise((resolve) => (release = resolve));
    const change = call('PATCH', '/profile', {
      user: 'usr_jonas',
      body: { brandName: 'Removed meanwhile' },
      headers: { 'x-hold': '1' },
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal((await call('DELETE', '/users/usr_jonas')).status, 204);
    release();
    const refused = await change;
    assert.equal(refused.status, 403, JSON.stringify(refused.body));
    assert.equal(await brandOf('acme'), before);
  });
});
