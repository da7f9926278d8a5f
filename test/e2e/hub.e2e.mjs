// End to end: the demo portal's "Whole hub" page over HTTP, on the reference server. The hub
// opens the tab its address names, mirrors the tab the person chooses in the address, works by
// keyboard, and shows a member no Billing tab.
/* global location, document -- page functions run in Chromium */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { portalBrowser, startPortal, tempDataDir } from './support.mjs';

const openPage = portalBrowser();

const hubState = (page) =>
  page.evaluate(() => {
    const hub = document.getElementById('hub-widget');
    const tabs = [...(hub.shadowRoot?.querySelectorAll('[role="tab"]') ?? [])];
    return {
      tabs: tabs.map((t) => t.dataset.tab),
      selected: tabs.find((t) => t.getAttribute('aria-selected') === 'true')?.dataset.tab,
      focused: hub.shadowRoot?.activeElement?.dataset?.tab,
      hash: location.hash,
    };
  });

const panelHas = (page, tab, tag) =>
  page.waitForFunction(
    (t, g) => {
      const panel = document
        .getElementById('hub-widget')
        .shadowRoot?.querySelector(`[data-panel="${t}"]`);
      return panel && !panel.hidden && !!panel.querySelector(g);
    },
    {},
    tab,
    tag,
  );

test('the whole hub opens the linked tab, mirrors the chosen one in the address, and works by keyboard', async () => {
  const data = tempDataDir();
  const portal = await startPortal(data.dir);
  try {
    const page = await openPage(portal.url);
    await page.evaluate(() => (location.hash = '#hub/billing'));
    await panelHas(page, 'billing', 'ph-billing');
    let state = await hubState(page);
    assert.deepEqual(state.tabs, [
      'overview',
      'accounts',
      'integration',
      'users',
      'profile',
      'billing',
    ]);
    assert.equal(state.selected, 'billing');
    // The billing page inside the hub reads over HTTP like the Billing page does.
    await page.waitForFunction(() => {
      const billing = document.getElementById('hub-widget').shadowRoot.querySelector('ph-billing');
      const list = billing?.shadowRoot?.querySelector('ph-invoice-list');
      return !!list?.shadowRoot?.querySelector('tbody tr');
    });

    // Keyboard: focus the selected tab, Home, then ArrowRight twice to Integration.
    await page.evaluate(() =>
      document
        .getElementById('hub-widget')
        .shadowRoot.querySelector('[role="tab"][aria-selected="true"]')
        .focus(),
    );
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await panelHas(page, 'integration', 'ph-integration-settings');
    state = await hubState(page);
    assert.equal(state.selected, 'integration');
    assert.equal(state.focused, 'integration');
    assert.equal(state.hash, '#hub/integration');
    assert.deepEqual(page.problems, []);
    await page.close();

    // A member: no Billing tab, even when the address names it.
    const member = await openPage(portal.url, { role: 'member' });
    await member.evaluate(() => (location.hash = '#hub/billing'));
    await panelHas(member, 'overview', 'ph-overview');
    state = await hubState(member);
    assert.ok(!state.tabs.includes('billing'), state.tabs.join());
    assert.equal(state.selected, 'overview');
    assert.deepEqual(member.problems, []);
    await member.close();
  } finally {
    await portal.close();
    data.remove();
  }
});
