// End to end: the demo portal's WhatsApp accounts page over HTTP, on the reference server.
/* global window, location -- page functions run in Chromium */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, portalBrowser, startPortal, tempDataDir } from './support.mjs';

const openPage = portalBrowser();

test('the WhatsApp accounts page lists the server’s accounts and reports the chosen one', async () => {
  const data = tempDataDir();
  const portal = await startPortal(data.dir);
  try {
    const page = await openPage(portal.url);
    await page.evaluate(() => (location.hash = '#accounts'));
    const { body } = await api(portal.apiBase, '/whatsapp-accounts?limit=1');
    const first = body.items[0];
    // The list's first row is the server's first account, read over HTTP.
    await page.waitForFunction(
      (name) =>
        [
          ...(window.__e2e
            .all('ph-whatsapp-accounts')[0]
            ?.shadowRoot?.querySelectorAll('[data-col="name"], tbody th') ?? []),
        ].some((cell) => cell.textContent.includes(name)),
      {},
      first.name,
    );
    const count = await page.evaluate(() =>
      window.__e2e
        .all('ph-whatsapp-accounts')[0]
        .shadowRoot.querySelector('.count')
        .textContent.trim(),
    );
    assert.equal(count, `WhatsApp accounts: ${body.total.toLocaleString('en')}.`);
    // Choosing the row: the portal (the host) hears the event with the account.
    await page.evaluate(() =>
      window.__e2e
        .all('ph-whatsapp-accounts')[0]
        .shadowRoot.querySelector('.viewport [role="row"] [data-col="client"], tbody button')
        .click(),
    );
    await page.waitForFunction(
      (text) => window.document.getElementById('accounts-selected').textContent === text,
      {},
      `Selected: ${first.name} (${first.phoneNumber}).`,
    );
    assert.deepEqual(page.problems, []);
    await page.close();
  } finally {
    await portal.close();
    data.remove();
  }
});
