// Users and partner accounts over HTTP: invitations confirmed with the one-time code e-mailed
// to the inviting owner, the last owner protected, members refused, and the accounts a user
// can open (and switch to) being exactly those they are an active user of.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MEMBER, OWNER, key, start } from './support.mjs';

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
});
