// End to end, through the real wire: the built demo portal in headless Chromium, served by the
// reference server (SQLite in a fresh temporary directory), the elements on the http adapter.
/* global window, document, location, getComputedStyle -- page functions run in Chromium */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import {
  api,
  balanceText,
  clickByText,
  euros,
  findByText,
  fundsAddedText,
  hasText,
  minorUnits,
  portalBrowser,
  startPortal,
  tempDataDir,
  topUpThroughDialog,
  violations,
  waitForBalance,
} from './support.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const openPage = portalBrowser();

/** Runs `body` with a portal on a fresh data directory, then stops and removes it all. */
async function withPortal(body) {
  const data = tempDataDir();
  let portal = await startPortal(data.dir);
  const restart = async () => {
    await portal.close();
    portal = await startPortal(data.dir);
    return portal;
  };
  try {
    await body(portal, { restart, dataDir: data.dir });
  } finally {
    await portal.close();
    data.remove();
  }
}

/** The newest month the hub reports movements for: the current one. */
async function currentPeriod(apiBase) {
  const { body } = await api(apiBase, '/movements');
  return body
    .map((m) => m.period)
    .sort()
    .at(-1);
}

test('a top-up in the dialog changes the balance card and the movements', async () => {
  await withPortal(async (portal) => {
    const page = await openPage(portal.url);
    const period = await currentPeriod(portal.apiBase);
    const before = minorUnits(await balanceText(page));
    const fundsBefore = minorUnits(await fundsAddedText(page, period));

    await topUpThroughDialog(page, '€250.00');

    await waitForBalance(page, euros(before + 25000));
    await page.waitForFunction(
      (p, expected) => {
        const table = window.__e2e.all('ph-movements-table')[0]?.shadowRoot;
        const cell = table?.querySelector(`tr[data-period="${p}"]`)?.querySelectorAll('th, td')[1];
        return window.__e2e.text(cell) === expected;
      },
      {},
      period,
      euros(fundsBefore + 25000),
    );
    // The server agrees with what the page shows.
    const { body: balances } = await api(portal.apiBase, '/balances');
    assert.equal(balances[0].money.amount, before + 25000);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});

test('a member cannot add users: the server answers 403 and the portal offers no owner controls', async () => {
  await withPortal(async (portal) => {
    const { body: users } = await api(portal.apiBase, '/users');
    const member = users.find((u) => u.role === 'member' && u.status === 'active');
    assert.ok(member, 'the seeded partner account has an active member');

    const { response, body } = await api(portal.apiBase, '/users', {
      user: member.id,
      method: 'POST',
      headers: { 'Idempotency-Key': `e2e-${Date.now()}` },
      body: { email: 'new.user@example.com', name: 'New User', role: 'member' },
    });
    assert.equal(response.status, 403);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(body.code, 'forbidden');
    assert.equal(body.status, 403);
    const { body: after } = await api(portal.apiBase, '/users');
    assert.equal(after.length, users.length, 'no user was added');

    const page = await openPage(portal.url, { role: 'member' });
    await balanceText(page);
    // Both elements have rendered for the member before we look for what is absent.
    await findByText(
      page,
      'p',
      'Only owners of this partner account can add funds or change auto-renewal.',
    );
    await page.waitForFunction(() => {
      const form = window.__e2e.all('ph-auto-renewal-form')[0]?.shadowRoot;
      return form?.querySelector('[part~="settings"]');
    });
    assert.equal(await hasText(page, 'button', 'Add to Credit Balance'), false);
    assert.equal(await hasText(page, 'button', 'Modify'), false);
    assert.equal(
      await page.$eval('#account-meta', (el) => el.textContent.startsWith('Member')),
      true,
    );

    // The owner, on the same data, does get them.
    await page.select('select[name="role"]', 'owner');
    await findByText(page, 'button', 'Add to Credit Balance');
    await findByText(page, 'button', 'Modify');
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});

test('data survives a server restart', async () => {
  await withPortal(async (portal, { restart }) => {
    let page = await openPage(portal.url);
    const before = minorUnits(await balanceText(page));
    await topUpThroughDialog(page, '€100.00');
    const topped = euros(before + 10000);
    await waitForBalance(page, topped);
    await page.close();

    const again = await restart();
    page = await openPage(again.url);
    await waitForBalance(page, topped);
    await page.reload({ waitUntil: 'load' });
    await waitForBalance(page, topped);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});

test('the portal has no CSP violations and no console errors while loading and switching', async () => {
  await withPortal(async (portal) => {
    const page = await openPage(portal.url);
    await balanceText(page);
    await findByText(page, 'button', 'Add to Credit Balance');

    // Locale: German, then Brazilian Portuguese, Spanish and back to English.
    await page.select('select[name="locale"]', 'de');
    await findByText(page, 'h2', 'Guthaben');
    for (const locale of ['pt-BR', 'es', 'en']) {
      await page.select('select[name="locale"]', locale);
      await page.waitForFunction(
        (l) => window.__e2e.all('ph-balance-card')[0]?.locale === l,
        {},
        locale,
      );
    }
    await findByText(page, 'h2', 'Credit balance');

    // Theme: the page's colour scheme follows.
    await page.select('select[name="theme"]', 'dark');
    assert.equal(
      await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme),
      'dark',
    );

    // Role: the member sees no owner controls, the owner sees them again.
    await page.select('select[name="role"]', 'member');
    await findByText(
      page,
      'p',
      'Only owners of this partner account can add funds or change auto-renewal.',
    );
    await page.select('select[name="role"]', 'owner');
    await findByText(page, 'button', 'Add to Credit Balance');

    // Data source: the memory adapter, its usage simulation, then HTTP again.
    await page.select('select[name="source"]', 'memory');
    await page.waitForFunction(
      () => document.querySelector('#source-status')?.dataset.kind === 'memory',
    );
    await balanceText(page);
    await clickByText(page, 'button', '+1 day');
    await page.select('select[name="source"]', 'http');
    await page.waitForFunction(
      () => document.querySelector('#source-status')?.dataset.kind === 'http',
    );
    await findByText(page, 'button', 'Add to Credit Balance');

    // The dialog opens and closes under the same policy.
    await clickByText(page, 'button', 'Add to Credit Balance');
    await clickByText(page, 'button', 'Cancel');
    await new Promise((resolve) => setTimeout(resolve, 300));

    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.problems, []);

    // And the policy is in force: Trusted Types refuse a plain string as HTML.
    const refused = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    });
    assert.equal(refused, true, 'Trusted Types are enforced');
    await page.close();
  });
});

test('the portal is accessible: axe finds nothing in light and dark, the skip link works', async () => {
  await withPortal(async (portal) => {
    for (const theme of ['light', 'dark']) {
      const page = await openPage(portal.url, { theme });
      await balanceText(page);
      await findByText(page, 'button', 'Modify');
      // axe is injected as a script of its own, which the page's CSP would rightly refuse.
      await page.setBypassCSP(true);
      await page.reload({ waitUntil: 'load' });
      await balanceText(page);
      await findByText(page, 'button', 'Modify');
      await page.addScriptTag({ path: axePath });
      const found = await page.evaluate(async () => {
        const result = await window.axe.run(document, {
          runOnly: {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'],
          },
        });
        return result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      });
      assert.deepEqual(found, [], `axe (${theme})`);

      if (theme === 'light') {
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
        assert.equal(await page.evaluate(() => location.hash), '');
        // A page shorter than the window (a tall one, or a client-paid account's overview):
        // the portal's header keeps its own height, the space left goes below the content.
        await page.setViewport({ width: 1280, height: 4000 });
        const header = await page.evaluate(
          () => document.querySelector('header.topbar').getBoundingClientRect().height,
        );
        assert.ok(header < 80, `the header is ${header} px high on a short page`);
      }
      assert.deepEqual(page.problems, []);
      await page.close();
    }
  });
});
