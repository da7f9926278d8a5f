// Server rendering, as a host with a Node server meets it: every entry of the built package
// imports in Node without throwing; every element renders through @lit-labs/ssr as declarative
// shadow DOM (the data elements in their loading state, in the server's locale); the page then
// loads in Chromium under the strict CSP (the inline <style>s of the shadow roots allowed by
// their hashes, nothing else), and the elements hydrate what the server drew — the same nodes
// stay, nothing flashes — with no console error, then load their data and answer a click.
//
// Builds dist/ first when it is missing (`npm test` builds before this stage).
import assert from 'node:assert/strict';
/* global document, window, customElements -- the page callbacks run in Chromium */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { root } from '../../scripts/ensure.mjs';
import { CSP, startStaticServer } from '../../scripts/start.mjs';
import { launchBrowser, timeout } from './support.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;

/** Every element the manifest declares, but the provider (it wraps them all). */
function elementTags() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName),
  );
  return [...new Set(tags)].filter((tag) => tag !== 'ph-provider').sort();
}

/** The dist/ module each export names (the wildcard ones for every widget). */
function exportedModules() {
  const widgets = elementTags()
    .map((tag) => tag.slice(3))
    .filter((name) => existsSync(join(root, 'dist', 'widgets', name, 'define.js')));
  const files = [];
  for (const [key, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (!file.endsWith('.js')) continue;
    if (!key.includes('*')) files.push(file);
    else for (const name of widgets) files.push(file.replaceAll('*', name));
  }
  return files.map((f) => f.replace(/^\.\/dist\//, ''));
}

let work;
let page;
let browser;
let server;
let ssrHtml;
const problems = [];

before(async () => {
  if (!existsSync(join(root, 'dist', 'index.js'))) {
    const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
    assert.equal(result.status, 0, 'the library build');
  }
  work = mkdtempSync(join(tmpdir(), 'ph-ssr-'));
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work && !process.env.PH_KEEP) rmSync(work, { recursive: true, force: true });
});

test('every entry of the package imports in Node without throwing', async () => {
  const modules = exportedModules();
  assert.ok(modules.length >= 20, `found ${modules.length} modules`);
  for (const file of modules) {
    await assert.doesNotReject(import(dist(file)), `import of dist/${file}`);
  }
});

test('every element renders on the server as declarative shadow DOM, in its loading state', async () => {
  const [{ render }, { collectResult }, { html, unsafeStatic }, kit] = await Promise.all([
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
    import('lit/static-html.js'),
    import(dist('index.js')),
  ]);
  // Context does not reach elements on the server: the page's locale is set for the rendering.
  await kit.setKitLocale('de');
  const tags = elementTags();
  const body = tags.map((tag) => {
    const t = unsafeStatic(tag);
    return html`<section data-for=${tag}><${t}></${t}></section>`;
  });
  ssrHtml = await collectResult(render(html`<ph-provider locale="de">${body}</ph-provider>`));
  for (const tag of tags) {
    assert.match(
      ssrHtml,
      new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"`),
      `${tag} has a declarative shadow root`,
    );
  }
  // The data elements show their loading state (no "place this inside a provider" notice), in
  // German: the loading sentence the browser finds when it hydrates.
  const balance = ssrHtml.slice(ssrHtml.indexOf('<ph-balance-card'));
  assert.match(balance, /data-state="loading"/);
  assert.match(ssrHtml, /Wird geladen…/);
  assert.doesNotMatch(ssrHtml, /data-state="unavailable"/);
});

test('the page hydrates in Chromium: the same nodes, no console error, then it works', async () => {
  assert.ok(ssrHtml, 'the server rendering ran');
  // The client: hydration support first (before lit), then the kit, then the adapter.
  writeFileSync(
    join(work, 'entry.js'),
    [
      `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';`,
      `import ${JSON.stringify(join(root, 'dist', 'index.js'))};`,
      `import { createMemoryAdapter } from ${JSON.stringify(join(root, 'dist', 'adapter', 'index.js'))};`,
      // The data comes 300 ms late, so the first update of each element is its hydration.
      `const adapter = createMemoryAdapter({ latency: 300 });`,
      `for (const provider of document.querySelectorAll('ph-provider')) provider.adapter = adapter;`,
      // Hydrated (each element's first update done), before any data: what hydration replaced.
      `const drawn = [...document.querySelectorAll('section[data-for] > *')];`,
      `await Promise.all(drawn.map((el) => el.updateComplete));`,
      `window.__replaced = window.__before.filter(({ root }) => root && !root.isConnected).map(({ tag }) => tag);`,
    ].join('\n'),
  );
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(work, 'entry.js')],
    bundle: true,
    // One file: with code splitting esbuild may run lit-element before the hydration support.
    format: 'esm',
    outdir: join(work, 'site'),
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'warning',
  });
  writeFileSync(
    join(work, 'site', 'index.html'),
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>SSR</title>` +
      `<script type="module" src="/entry.js"></script></head><body>${ssrHtml}</body></html>`,
  );
  // The shadow roots' styles are inline <style>s: allowed by hash, not by 'unsafe-inline'.
  const hashes = new Set(
    [...ssrHtml.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
      ([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
    ),
  );
  const csp = CSP.replace("style-src 'self'", `style-src 'self' ${[...hashes].join(' ')}`);
  server = await startStaticServer({ dir: join(work, 'site'), port: 0, host: '127.0.0.1', csp });

  browser = await launchBrowser();
  page = await browser.newPage();
  page.setDefaultTimeout(timeout);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) {
      problems.push(`HTTP ${r.status()}: ${r.url()}`);
    }
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon|Failed to load resource/.test(m.text())) {
      problems.push(`console error: ${m.text()}`);
    }
  });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'}`),
    );
    // Parsing done, scripts not yet run: what the server drew, before any element is defined.
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      window.__before = [...document.querySelectorAll('section[data-for] > *')].map((el) => ({
        tag: el.localName,
        defined: customElements.get(el.localName) !== undefined,
        root: [...(el.shadowRoot?.children ?? [])].find((c) => c.localName !== 'style') ?? null,
        loading: el.shadowRoot?.querySelector('[data-state="loading"]') !== null,
      }));
    });
  });
  await page.goto(`${server.url}/`, { waitUntil: 'load' });

  const before = await page.evaluate(() =>
    window.__before.map(({ tag, defined, root, loading }) => ({
      tag,
      defined,
      drawn: root !== null,
      loading,
    })),
  );
  assert.equal(before.length, elementTags().length);
  for (const b of before) {
    assert.equal(b.defined, false, `${b.tag} was drawn before its definition loaded`);
    assert.ok(b.drawn, `${b.tag} has its server-drawn shadow root`);
  }
  assert.ok(before.find((b) => b.tag === 'ph-balance-card').loading, 'the card drew loading');
  // Hydrated and loaded: the German card shows its euro amount.
  await page.waitForFunction(() =>
    /\d,\d{2}\s€/.test(
      document.querySelector('ph-balance-card').shadowRoot.querySelector('[part="amount"]')
        ?.textContent ?? '',
    ),
  );
  // Hydration kept the server's nodes: each element's first drawn node was still there once it
  // hydrated (taken before the data came: a loaded element may draw another state's nodes).
  const replaced = await page.evaluate(() => window.__replaced);
  assert.deepEqual(replaced, [], 'elements whose server-drawn root was replaced');
  // Drawn once: hydration did not add a second copy beside the server's.
  assert.deepEqual(
    await page.evaluate(() =>
      [...document.querySelector('ph-balance-card').shadowRoot.querySelectorAll('h2')].map(
        (h) => h.textContent,
      ),
    ),
    ['Guthaben'],
  );

  // It works: the card's button asks the host for a top-up, with the balance as detail.
  const detail = await page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener('ph-top-up-request', (e) => resolve(e.detail.balance), {
          once: true,
        });
        const card = document.querySelector('section[data-for="ph-balance-card"] ph-balance-card');
        const button = card.shadowRoot.querySelector('button[data-action="top-up"]');
        if (button.textContent.trim() === 'Guthaben aufladen') button.click();
      }),
  );
  assert.equal(detail.currency, 'EUR');
  assert.equal(typeof detail.amount, 'number');

  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violations');
  assert.deepEqual(problems, [], 'no console or page errors');
});
