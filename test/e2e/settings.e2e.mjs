// End to end: the demo portal's Settings page over HTTP, on the reference server. An http://
// webhook URL is refused in the page and never reaches the server; an https:// one is saved
// (the server has it); a new API key's secret is shown once and the server keeps only its hash;
// the profile's phone-number switch is saved.
/* global window, location -- page functions run in Chromium */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, portalBrowser, startPortal, tempDataDir, violations } from './support.mjs';

const openPage = portalBrowser();

/** Focuses the text field `name` of <ph-integration-settings>, selects its text, types `text`, presses Enter. */
async function typeAndSubmit(page, name, text) {
  await page.evaluate((n) => {
    const el = window.__e2e.all('ph-integration-settings')[0];
    const input = el.shadowRoot
      .querySelector(`ph-text-field[name="${n}"]`)
      .shadowRoot.querySelector('input');
    input.focus();
    input.select();
  }, name);
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test('the Settings page saves the webhook URL over HTTP and refuses an http:// one', async () => {
  const data = tempDataDir();
  const portal = await startPortal(data.dir);
  try {
    const page = await openPage(portal.url);
    await page.evaluate(() => (location.hash = '#settings'));
    await page.waitForFunction(
      () =>
        !!window.__e2e
          .all('ph-integration-settings')[0]
          ?.shadowRoot?.querySelector('ph-text-field[name="webhookUrl"]'),
    );
    const before = (await api(portal.apiBase, '/integration')).body.webhookUrl;

    await typeAndSubmit(page, 'webhookUrl', 'http://hooks.example.com/events');
    await page.waitForFunction(() =>
      window.__e2e
        .text(
          window.__e2e
            .all('ph-integration-settings')[0]
            .shadowRoot.querySelector('form[data-section="webhook"] [part="error-summary"]'),
        )
        .includes('https://'),
    );
    assert.equal((await api(portal.apiBase, '/integration')).body.webhookUrl, before);

    await typeAndSubmit(page, 'webhookUrl', 'https://hooks.example.com/partner-hub');
    const saved = async () =>
      (await api(portal.apiBase, '/integration')).body.webhookUrl ===
      'https://hooks.example.com/partner-hub';
    for (let i = 0; i < 50 && !(await saved()); i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(await saved(), true, 'the server has the new webhook URL');

    // A new API key: shown once in the page, listed by the server without its secret.
    await typeAndSubmit(page, 'apiKeyName', 'E2E backend');
    await page.waitForFunction(
      () =>
        !!window.__e2e
          .all('ph-integration-settings')[0]
          .shadowRoot.querySelector('ph-dialog#secret-dialog [data-secret]'),
    );
    const secret = await page.evaluate(() =>
      window.__e2e
        .all('ph-integration-settings')[0]
        .shadowRoot.querySelector('[data-secret]')
        .textContent.trim(),
    );
    assert.match(secret, /^phk_/);
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () =>
        !window.__e2e.all('ph-integration-settings')[0].shadowRoot.querySelector('[data-secret]'),
    );
    const keys = (await api(portal.apiBase, '/api-keys')).body;
    assert.ok(keys.some((k) => k.name === 'E2E backend'));
    assert.ok(!JSON.stringify(keys).includes(secret));

    // The profile below: the phone-number switch saved over HTTP.
    await page.waitForFunction(
      () =>
        !!window.__e2e
          .all('ph-partner-profile')[0]
          ?.shadowRoot?.querySelector('input[role="switch"]'),
    );
    await page.evaluate(() =>
      window.__e2e
        .all('ph-partner-profile')[0]
        .shadowRoot.querySelector('input[role="switch"]')
        .focus(),
    );
    await page.keyboard.press('Space');
    const allowed = async () =>
      (await api(portal.apiBase, '/profile')).body.allowClientPhoneNumbers === true;
    for (let i = 0; i < 50 && !(await allowed()); i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(await allowed(), true, 'the server has the switch on');

    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.problems, []);
  } finally {
    await portal.close();
    data.remove();
  }
});
