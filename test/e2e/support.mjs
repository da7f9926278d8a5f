// What the end-to-end tests share: the built portal on the reference server (a fresh temporary
// data directory each time), headless Chromium through puppeteer-core, a watch on every page
// for console errors, page errors and CSP violations, and helpers that reach into the
// elements' shadow roots the way a user sees them (visible text, visible buttons).
/* global document, window, sessionStorage, localStorage -- the page helpers run in Chromium */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromeArgs } from '../../scripts/ensure.mjs';
import { startDemo } from '../../scripts/start.mjs';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const timeout = 15_000;

/** A fresh data directory; removed by the returned function. */
export function tempDataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'ph-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The built portal on the reference server, on a free port, with the clock frozen (no usage
 * deductions, so amounts change only through what the test does).
 */
export async function startPortal(dataDir, options = {}) {
  const demo = await startDemo({ port: 0, dataDir, usageSpeed: 0, quiet: true, ...options });
  if (demo.mode !== 'http') {
    throw new Error(`The reference server did not start: ${demo.reason}`);
  }
  return demo;
}

export async function launchBrowser() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
}

/** Runs in every document before the page's scripts: helpers and the CSP watch. */
function pageSetup(settings) {
  window.__e2e = {
    violations: [],
    all(selector, root = document) {
      const found = [...root.querySelectorAll(selector)];
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) found.push(...window.__e2e.all(selector, el.shadowRoot));
      }
      return found;
    },
    visible(el) {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    },
    text(el) {
      return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    },
    /** The first visible element matching `selector` whose text is `text`. */
    byText(selector, text) {
      const { all, visible, text: textOf } = window.__e2e;
      return all(selector).find((el) => visible(el) && textOf(el) === text) ?? null;
    },
  };
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__e2e.violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`);
  });
  // The toolbar's choices, set once per tab: reloads keep what the page saved since.
  if (settings && !sessionStorage.getItem('e2e-seeded')) {
    localStorage.setItem('acme-demo-settings', JSON.stringify(settings));
    sessionStorage.setItem('e2e-seeded', '1');
  }
}

/**
 * Opens the portal in a new page with the given toolbar settings. `page.problems` collects
 * console errors, page errors and failed requests as they happen.
 */
export async function openPortal(browser, url, settings = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.setDefaultTimeout(timeout);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  // Which request a "Failed to load resource" console error was about.
  page.on('response', (response) => {
    if (response.status() >= 400) {
      const request = response.request();
      problems.push(`answer ${response.status()}: ${request.method()} ${response.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // The event stream and reads are aborted when the page or the adapter goes away.
    if (reason === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${reason})`);
  });
  await page.evaluateOnNewDocument(pageSetup, {
    source: 'http',
    locale: 'en',
    role: 'owner',
    theme: 'light',
    ...settings,
  });
  await page.goto(`${url}/`, { waitUntil: 'load' });
  page.problems = problems;
  return page;
}

/** CSP violations seen by the page so far. */
/**
 * One Chromium for the tests of a file: launched before them, closed after. Returns
 * `openPortal` bound to it.
 */
export function portalBrowser() {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return (url, settings) => openPortal(browser, url, settings);
}

export const violations = (page) => page.evaluate(() => window.__e2e.violations);

/** Waits for a visible element matching `selector` with exactly `text`; returns its handle. */
export async function findByText(page, selector, text) {
  try {
    const handle = await page.waitForFunction(
      (s, t) => window.__e2e.byText(s, t),
      { timeout },
      selector,
      text,
    );
    return handle.asElement();
  } catch (error) {
    throw new Error(`No visible <${selector}> with the text "${text}" appeared.`, { cause: error });
  }
}

export async function clickByText(page, selector, text) {
  const element = await findByText(page, selector, text);
  await element.click();
}

/** Whether any visible element matching `selector` has exactly `text` right now. */
export const hasText = (page, selector, text) =>
  page.evaluate((s, t) => window.__e2e.byText(s, t) !== null, selector, text);

/** The balance card's amount once shown, as text (e.g. `€1,263.72`). */
export async function balanceText(page) {
  const handle = await page.waitForFunction(
    () => {
      const amount = window.__e2e.all('ph-balance-card')[0]?.shadowRoot?.querySelector('.amount');
      return amount ? window.__e2e.text(amount) : false;
    },
    { timeout },
  );
  return handle.jsonValue();
}

/** Waits until the balance card shows `text`. */
export async function waitForBalance(page, text) {
  try {
    await page.waitForFunction(
      (t) => {
        const card = window.__e2e.all('ph-balance-card')[0]?.shadowRoot;
        return window.__e2e.text(card?.querySelector('.amount')) === t;
      },
      { timeout },
      text,
    );
  } catch (error) {
    const shown = await page
      .evaluate(() => {
        const card = window.__e2e.all('ph-balance-card')[0]?.shadowRoot;
        return window.__e2e.text(card?.querySelector('.amount')) || 'no amount';
      })
      .catch(() => 'nothing (the page is gone)');
    throw new Error(`The balance card shows ${shown}, not ${text}.`, { cause: error });
  }
}

/** The "Funds added" cell of a month (`YYYY-MM`) in the movements table, once shown. */
export async function fundsAddedText(page, period) {
  const handle = await page.waitForFunction(
    (p) => {
      const table = window.__e2e.all('ph-movements-table')[0]?.shadowRoot;
      const row = table?.querySelector(`tr[data-period="${p}"]`);
      const cell = row?.querySelectorAll('th, td')[1];
      return cell ? window.__e2e.text(cell) : false;
    },
    { timeout },
    period,
  );
  return handle.jsonValue();
}

/** `€1,263.72` or `-€5.00` (English formatting) → minor units. */
export function minorUnits(text) {
  const digits = text.replace(/[^\d]/g, '');
  const negative = /^[-−]/.test(text.trim());
  return (negative ? -1 : 1) * Number(digits);
}

/** English formatting of euro minor units, as the elements show them (`€1,263.72`). */
export function euros(minor) {
  return new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(minor / 100);
}

/**
 * A top-up through the portal's UI: "Add to Credit Balance" on the card, the preset amount,
 * Continue, "Add credit", then Done. Resolves once the dialog says the funds were applied.
 */
export async function topUpThroughDialog(page, amountText) {
  await clickByText(page, 'button', 'Add to Credit Balance');
  await clickByText(page, 'label', amountText);
  await clickByText(page, 'button', 'Continue');
  await clickByText(page, 'button', 'Add credit');
  await findByText(page, 'h3', 'Funds applied');
  await clickByText(page, 'button', 'Done');
}

/** The seeded owner the portal acts as by default. */
export const OWNER = 'usr_lena';

/** JSON from the server's API as a demo user (the owner unless `user` says otherwise). */
export async function api(
  apiBase,
  path,
  { user = OWNER, method = 'GET', body, headers = {} } = {},
) {
  const response = await fetch(`${apiBase}${path}`, {
    method,
    headers: {
      ...(user ? { 'X-Demo-User': user } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { response, body: text ? JSON.parse(text) : undefined };
}
