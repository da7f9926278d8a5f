// End to end: the demo portal's Billing page over HTTP, on the reference server. In the
// 'licence-unpaid' world, paying the unpaid licence invoice lifts the messaging block on the
// balance card and turns the invoice's row paid, with no reload.
/* global window, location -- page functions run in Chromium */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, clickByText, portalBrowser, startPortal, tempDataDir } from './support.mjs';

const openPage = portalBrowser();

/** The Billing page's own part `tag` (not the Overview's), inside <ph-billing>. */
const inBilling = (tag) => `ph-billing::${tag}`;

test('paying the unpaid licence invoice lifts the balance card’s block and marks the row paid', async () => {
  const data = tempDataDir();
  const portal = await startPortal(data.dir, { scenario: 'licence-unpaid' });
  try {
    const { body: unpaid } = await api(portal.apiBase, '/invoices?status=unpaid&type=licence_fee');
    const licence = unpaid.items[0];
    assert.ok(licence, 'the seeded world has an unpaid licence invoice');
    const { body: balances } = await api(portal.apiBase, '/balances');
    assert.equal(balances[0].messagingBlock?.reason, 'unpaid_licence_invoice');

    const page = await openPage(portal.url);
    await page.evaluate(() => (location.hash = '#billing'));
    const part = (tag) =>
      page.evaluate((t) => !!window.__e2e.all('ph-billing')[0]?.shadowRoot?.querySelector(t), tag);
    // The placeholder is gone; the page is <ph-billing> with its parts.
    for (const tag of ['ph-balance-card', 'ph-invoice-list', 'ph-invoicing-details']) {
      await page.waitForFunction(
        (t) => !!window.__e2e.all('ph-billing')[0]?.shadowRoot?.querySelector(t),
        {},
        tag,
      );
      assert.ok(await part(tag), inBilling(tag));
    }
    const notice = `Outbound messaging is paused until licence invoice ${licence.number} is paid.`;
    const blockShown = () =>
      page.evaluate((text) => {
        const card = window.__e2e.all('ph-billing')[0].shadowRoot.querySelector('ph-balance-card');
        return window.__e2e.text(card?.shadowRoot?.querySelector('[data-block]')).includes(text);
      }, notice);
    await page.waitForFunction(
      (text) => {
        const card = window.__e2e.all('ph-billing')[0].shadowRoot.querySelector('ph-balance-card');
        return window.__e2e.text(card?.shadowRoot?.querySelector('[data-block]')).includes(text);
      },
      {},
      notice,
    );
    assert.equal(await blockShown(), true);

    // Pay it from its row: the default card is preselected; Continue, then "Pay …".
    await page.waitForFunction(
      (id) =>
        window.__e2e
          .all('ph-invoice-list')
          .some((list) =>
            list.shadowRoot?.querySelector(`tr[data-invoice="${id}"] button.primary`),
          ),
      {},
      licence.id,
    );
    await page.evaluate((id) => {
      const list = window.__e2e.all('ph-billing')[0].shadowRoot.querySelector('ph-invoice-list');
      list.shadowRoot.querySelector(`tr[data-invoice="${id}"] button.primary`).click();
    }, licence.id);
    await clickByText(page, 'button', 'Continue');
    const pay = await page.waitForFunction(() =>
      window.__e2e
        .all('button')
        .find((b) => window.__e2e.visible(b) && /^Pay .+/.test(window.__e2e.text(b))),
    );
    await pay.asElement().click();

    // The row turns paid and the card's notice goes, under the same provider, no reload.
    await page.waitForFunction(
      (id) => {
        const list = window.__e2e.all('ph-billing')[0].shadowRoot.querySelector('ph-invoice-list');
        return (
          list.shadowRoot?.querySelector(`tr[data-invoice="${id}"]`)?.dataset.status === 'paid'
        );
      },
      {},
      licence.id,
    );
    await page.waitForFunction(() => {
      const card = window.__e2e.all('ph-billing')[0].shadowRoot.querySelector('ph-balance-card');
      return (
        card?.shadowRoot?.querySelector('.amount') && !card.shadowRoot.querySelector('[data-block]')
      );
    });
    assert.equal(await blockShown(), false);
    // The server agrees: paid once, the block lifted.
    const { body: after } = await api(portal.apiBase, `/invoices?status=paid&type=licence_fee`);
    assert.ok(after.items.some((i) => i.id === licence.id));
    const { body: balancesAfter } = await api(portal.apiBase, '/balances');
    assert.equal(balancesAfter[0].messagingBlock, undefined);
    assert.deepEqual(page.problems, []);
    await page.close();
  } finally {
    await portal.close();
    data.remove();
  }
});

test('the Billing page shows the payment methods and the plan; an upgrade is invoiced in the list', async () => {
  const data = tempDataDir();
  const portal = await startPortal(data.dir);
  try {
    const { body: quote } = await api(portal.apiBase, '/plan/quote?planId=premium');
    const page = await openPage(portal.url);
    await page.evaluate(() => (location.hash = '#billing'));
    const inPage = (tag, selector) =>
      page.waitForFunction(
        (t, s) =>
          !!window.__e2e
            .all('ph-billing')[0]
            ?.shadowRoot?.querySelector(t)
            ?.shadowRoot?.querySelector(s),
        {},
        tag,
        selector,
      );
    await inPage('ph-payment-methods', 'li.method[data-method="pm_visa_4242"]');
    await inPage('ph-partner-plan', 'li.plan[data-plan="premium"]');

    // Upgrade to Premium: the prorated amount the server quoted is shown before confirming.
    await page.evaluate(() => {
      const plan = window.__e2e.all('ph-billing')[0].shadowRoot.querySelector('ph-partner-plan');
      const upgrade = [...plan.shadowRoot.querySelectorAll('button')].find(
        (b) => window.__e2e.text(b) === 'Upgrade to Premium',
      );
      upgrade.click();
    });
    const amount = await page.waitForFunction(() => {
      const plan = window.__e2e.all('ph-billing')[0].shadowRoot.querySelector('ph-partner-plan');
      const shown = plan.shadowRoot.querySelector('ph-dialog.change [data-prorated]');
      return shown && window.__e2e.text(shown);
    });
    assert.equal(await amount.jsonValue(), '€93.33');
    assert.deepEqual(quote.prorated, { amount: 9_333, currency: 'EUR' });
    await clickByText(page, 'button', 'Upgrade for €93.33');

    // The plan is Premium at once and the new invoice is in the list, no reload.
    await page.waitForFunction(() => {
      const plan = window.__e2e.all('ph-billing')[0].shadowRoot.querySelector('ph-partner-plan');
      return window.__e2e.text(plan.shadowRoot.querySelector('.plan-name')) === 'Premium';
    });
    await page.waitForFunction(() => {
      const list = window.__e2e.all('ph-billing')[0].shadowRoot.querySelector('ph-invoice-list');
      return /Prorated upgrade €93\.33/.test(
        window.__e2e.text(list.shadowRoot.querySelector('tbody')),
      );
    });
    const { body: plan } = await api(portal.apiBase, '/plan');
    assert.equal(plan.current.planId, 'premium');
    assert.deepEqual(page.problems, []);
    await page.close();
  } finally {
    await portal.close();
    data.remove();
  }
});
