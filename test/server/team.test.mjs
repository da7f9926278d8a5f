// Users and partner accounts over HTTP: invitations confirmed with the one-time code e-mailed
// to the inviting owner, the last owner protected, members refused, and the accounts a user
// can open (and switch to) being exactly those they are an active user of.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MEMBER, OWNER, key, server, start, tempDir } from './support.mjs';

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

  it('a change retried after a switch in another tab is refused (409), never applied to the new account', async () => {
    const acme = { 'x-partner-account': 'acme' };
    const patch = (brandName, idempotencyKey, headers) =>
      s.api.call('PATCH', '/profile', { body: { brandName }, idempotencyKey, headers });
    const k = key();
    const first = await patch('Acme (first tab)', k, acme);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    // Another tab switches the user to the client-paid account.
    await s.api.post('/partner-accounts/acme-cp/switch');
    const theirs = (await s.api.get('/profile')).body.brandName;
    // The first tab retries its change, saying which account it was made for.
    const retry = await patch('Acme (first tab)', k, acme);
    assert.equal(retry.status, 409, JSON.stringify(retry.body));
    assert.equal(retry.body.code, 'conflict');
    assert.match(retry.body.detail, /another partner account/);
    assert.equal((await s.api.get('/profile')).body.brandName, theirs, 'acme-cp unchanged');
    // Saying the current account, the change goes through there.
    const here = await patch('Acme CP', key(), { 'x-partner-account': 'acme-cp' });
    assert.equal(here.status, 200);
    await s.api.post('/partner-accounts/acme/switch');
    assert.equal((await s.api.get('/profile')).body.brandName, 'Acme (first tab)');
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
