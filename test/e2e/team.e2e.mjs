// End to end: the demo portal's Users page over HTTP, on the reference server. As the owner,
// an invitation is confirmed with the one-time code the hub e-mailed (read from the demo's
// mailbox) and the invited user appears; as a member, the same page has no invite or role
// control at all.
/* global document, location -- page functions run in Chromium */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OWNER, api, portalBrowser, startPortal, tempDataDir, violations } from './support.mjs';

const openPage = portalBrowser();

const EMAIL = 'nina.kowalski@acme-messaging.example';

/** The Users page's <ph-user-manager> shadow root, once it lists the users. */
async function openUsers(page) {
  await page.evaluate(() => (location.hash = '#users'));
  await page.waitForFunction(
    () => !!document.getElementById('user-manager')?.shadowRoot?.querySelector('li.user'),
  );
  return page.evaluateHandle(() => document.getElementById('user-manager').shadowRoot);
}

/** Types into the inner input of the manager's form control named `name`. */
async function typeInto(page, name, text) {
  const input = await page.waitForFunction(
    (n) =>
      document
        .getElementById('user-manager')
        .shadowRoot.querySelector(`[name="${n}"]`)
        ?.shadowRoot?.querySelector('input'),
    {},
    name,
  );
  await input.asElement().click({ count: 3 });
  await input.asElement().type(text);
}

test('an owner invites a user with the e-mailed code and switches account; a member sees no invite or role control', async () => {
  const data = tempDataDir();
  const portal = await startPortal(data.dir);
  try {
    const owner = await openPage(portal.url);
    const ownerRoot = await openUsers(owner);
    assert.equal(
      await owner.evaluate(() => !!document.querySelector('#page-users .placeholder')),
      false,
    );
    await typeInto(owner, 'email', EMAIL);
    const invite = await owner.waitForFunction(() =>
      [...document.getElementById('user-manager').shadowRoot.querySelectorAll('button')].find(
        (b) => b.textContent.trim() === 'Invite',
      ),
    );
    await invite.asElement().click();

    // The hub asks for the code it e-mailed to the owner; the demo's mailbox shows it too.
    await typeInto(owner, 'code', '');
    const { body: mails } = await api(portal.apiBase, `/__demo/mailbox?user=${OWNER}`);
    const code = mails.at(-1).code;
    assert.match(code, /^\d{6}$/);
    await owner.waitForFunction(
      (c) => document.getElementById('demo-mailbox').textContent.includes(c),
      {},
      code,
    );
    const { body: before } = await api(portal.apiBase, '/users');
    assert.ok(!before.some((u) => u.email === EMAIL), 'nobody is added before the code');
    await typeInto(owner, 'code', code);
    await owner.keyboard.press('Enter');
    await owner.waitForFunction(
      (email) =>
        [...document.getElementById('user-manager').shadowRoot.querySelectorAll('li.user')].some(
          (li) => li.dataset.status === 'invited' && li.textContent.includes(email),
        ),
      {},
      EMAIL,
    );
    const { body: users } = await api(portal.apiBase, '/users');
    const invited = users.find((u) => u.email === EMAIL);
    assert.equal(invited?.status, 'invited');
    assert.equal(invited?.role, 'member');
    // The owner's controls, for comparison with the member's page below.
    const ownerControls = await ownerRoot.evaluate(
      (root) => root.querySelectorAll('[name="email"], button[aria-label^="Make "]').length,
    );
    assert.ok(ownerControls > 1);

    // The top bar's switcher: the owner belongs to two partner accounts. Switching shows the
    // other account's users, and none of the first's, over HTTP.
    const toggle = await owner.waitForFunction(() =>
      document.getElementById('account-switcher')?.shadowRoot?.querySelector('.toggle'),
    );
    await toggle.asElement().click();
    const other = await owner.waitForFunction(() =>
      document
        .getElementById('account-switcher')
        .shadowRoot.querySelector('button[data-account="acme-cp"]'),
    );
    await other.asElement().click();
    await owner.waitForFunction(() =>
      document.getElementById('user-manager').shadowRoot.textContent.includes('Tom Baker'),
    );
    const afterSwitch = await ownerRoot.evaluate((root) =>
      [...root.querySelectorAll('li.user')].map((li) => li.textContent).join(' '),
    );
    assert.ok(!afterSwitch.includes(EMAIL), 'the first account’s invitation is gone');
    assert.ok(!afterSwitch.includes('Priya Raman'), 'the first account’s users are gone');
    await owner.waitForFunction(() =>
      document.getElementById('account-meta').textContent.includes('Acme Client-Paid Ltd'),
    );
    const { body: session } = await api(portal.apiBase, '/session');
    assert.equal(session.partner.id, 'acme-cp');
    await api(portal.apiBase, '/partner-accounts/acme/switch', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'e2e-switch-back' },
    });
    assert.deepEqual(await violations(owner), []);
    assert.deepEqual(owner.problems, []);
    await owner.close();

    const member = await openPage(portal.url, { role: 'member' });
    const memberRoot = await openUsers(member);
    await member.waitForFunction(
      (email) => document.getElementById('user-manager').shadowRoot.textContent.includes(email),
      {},
      EMAIL,
    );
    const seen = await memberRoot.evaluate((root) => ({
      fields: root.querySelectorAll('[name="email"], [name="role"], [name="code"], form').length,
      buttons: root.querySelectorAll('button').length,
      note: root.textContent.includes('Only owners can add users or change their roles.'),
    }));
    assert.deepEqual(seen, { fields: 0, buttons: 0, note: true });
    // Tabbing through the whole page never lands inside the user manager.
    for (let i = 0; i < 40; i++) {
      await member.keyboard.press('Tab');
      const inside = await member.evaluate(
        () => document.activeElement === document.getElementById('user-manager'),
      );
      assert.equal(inside, false);
    }
    // The hub refuses a member's invitation too.
    const { response } = await api(portal.apiBase, '/users', {
      user: 'usr_priya',
      method: 'POST',
      body: { email: 'x.y@acme-messaging.example', role: 'member' },
      headers: { 'Idempotency-Key': 'e2e-member-invite' },
    });
    assert.equal(response.status, 403);
    assert.deepEqual(await violations(member), []);
    assert.deepEqual(member.problems, []);
    await member.close();
  } finally {
    await portal.close();
    data.remove();
  }
});
