// The package as an integrator meets it: `npm pack` makes the tarball, which is installed into a
// fresh temporary app (plain HTML and one module), built with Vite, served under the portal's
// strict Content-Security-Policy and opened in Chromium, where <ph-overview> renders on the
// memory adapter with no console error, page error or CSP violation. The same app then checks
// that every entry of `exports` resolves in Node and type-checks under TypeScript's `bundler`
// and `node16` module resolution.
//
// It packs the dist/ of the library build stage (`npm test` builds before this stage); run
// alone, it builds first when dist/ is missing.
import assert from 'node:assert/strict';
/* global document, window -- the page callbacks run in Chromium */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { compileTemplate } from 'vue/compiler-sfc';
import { root } from '../../scripts/ensure.mjs';
import { CSP, startStaticServer } from '../../scripts/start.mjs';
import { launchBrowser, timeout } from './support.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

let work;
let tarball;
let app;

function sh(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

/** Every subpath of `exports` a host can import, with the wildcard ones expanded. */
function entryPoints() {
  const entries = [];
  for (const key of Object.keys(pkg.exports)) {
    if (key.endsWith('.json') || key.endsWith('.xlf')) continue;
    const name = key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`;
    if (!key.includes('*')) {
      entries.push(name);
      continue;
    }
    const widgets = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'))
      .modules.filter((m) => /^src\/widgets\/[^/]+\/define\.ts$/.test(m.path))
      .map((m) => m.path.split('/')[2]);
    for (const widget of widgets) entries.push(name.replace('*', widget));
  }
  return entries;
}

/** The version the project itself installed (so the npm cache already holds it). */
const installed = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

before(async () => {
  if (!existsSync(join(root, 'dist', 'index.js'))) sh(npm, ['run', '-s', 'build'], root);
  work = mkdtempSync(join(tmpdir(), 'ph-pack-'));
  const packed = JSON.parse(
    sh(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root),
  );
  tarball = { path: join(work, packed[0].filename), ...packed[0] };

  app = join(work, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'host-app', private: true, type: 'module' }, null, 2),
  );
  writeFileSync(
    join(app, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Host app</title></head>
  <body>
    <ph-provider id="hub"><ph-overview></ph-overview></ph-provider>
    <script type="module" src="/src/main.js"></script>
  </body>
</html>
`,
  );
  writeFileSync(
    join(app, 'react.html'),
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>React host</title></head>
  <body><div id="root"></div><script type="module" src="/src/react.js"></script></body>
</html>
`,
  );
  // React 19 with the generated wrappers: the adapter as a prop, an event as a typed onPh… prop.
  writeFileSync(
    join(app, 'src', 'react.js'),
    `import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PhProvider, PhBalanceCard } from 'partner-hub-elements/react';
import { createMemoryAdapter } from 'partner-hub-elements/adapter';
const adapter = createMemoryAdapter({ scenario: 'positive' });
function App() {
  const [seen, setSeen] = useState('nothing yet');
  const onPhTopUpRequest = (event) => {
    event.preventDefault();
    setSeen(event.detail.currency + ' ' + event.detail.balance.amount);
  };
  return h(PhProvider, { adapter }, h(PhBalanceCard, { onPhTopUpRequest }), h('output', { id: 'seen' }, seen));
}
createRoot(document.getElementById('root')).render(h(App));
`,
  );
  writeFileSync(
    join(app, 'vue.html'),
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Vue host</title></head>
  <body><div id="app"></div><script type="module" src="/src/vue.js"></script></body>
</html>
`,
  );
  const { isCustomElement } = await import(
    pathToFileURL(join(root, 'dist', 'frameworks', 'vue.js')).href
  );
  // Vue 3: the template compiled ahead of time, as @vitejs/plugin-vue does for a .vue file (the
  // runtime compiler needs eval, which a strict CSP forbids), with the kit's isCustomElement.
  const { code: render, errors } = compileTemplate({
    id: 'host-app',
    filename: 'App.vue',
    source: `<ph-provider :adapter="adapter"><ph-balance-card @ph-top-up-request="onRequest"></ph-balance-card></ph-provider><output id="seen">{{ seen }}</output>`,
    compilerOptions: { isCustomElement },
  });
  assert.deepEqual(errors, []);
  writeFileSync(join(app, 'src', 'vue-render.js'), render);
  writeFileSync(
    join(app, 'src', 'vue.js'),
    `import { createApp, ref } from 'vue';
import 'partner-hub-elements';
import { createMemoryAdapter } from 'partner-hub-elements/adapter';
import { render } from './vue-render.js';
createApp({
  setup() {
    const seen = ref('nothing yet');
    const adapter = createMemoryAdapter({ scenario: 'positive' });
    const onRequest = (event) => {
      event.preventDefault();
      seen.value = event.detail.currency + ' ' + event.detail.balance.amount;
    };
    return { seen, adapter, onRequest };
  },
  render,
}).mount('#app');
`,
  );
  writeFileSync(
    join(app, 'vite.config.js'),
    `export default {
  build: { rolldownOptions: { input: ['index.html', 'react.html', 'vue.html'] } },
};
`,
  );
  writeFileSync(
    join(app, 'src', 'main.js'),
    `import 'partner-hub-elements';
import { createMemoryAdapter } from 'partner-hub-elements/adapter';
document.getElementById('hub').adapter = createMemoryAdapter({ scenario: 'positive' });
`,
  );
  // The tarball and its runtime dependencies, from the npm cache the project's own install filled.
  sh(
    npm,
    [
      'install',
      tarball.path,
      `react@${installed('react')}`,
      `react-dom@${installed('react-dom')}`,
      `vue@${installed('vue')}`,
      `@types/react@${installed('@types/react')}`,
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
    ],
    app,
  );
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the tarball holds only dist/, the manifest, the README and package.json', () => {
  const outside = tarball.files
    .map((f) => f.path)
    .filter((p) => !p.startsWith('dist/'))
    .sort();
  assert.deepEqual(outside, ['README.md', 'custom-elements.json', 'package.json']);
  assert.ok(
    tarball.files.some((f) => f.path === 'dist/index.d.ts'),
    'type declarations are packed',
  );
  assert.ok(!tarball.files.some((f) => /\.test\.|^dist\/.*\.stories\./.test(f.path)));
  console.log(
    `tarball: ${(tarball.size / 1024).toFixed(1)} KB packed, ${(tarball.unpackedSize / 1024).toFixed(1)} KB unpacked, ${tarball.entryCount} files`,
  );
});

test('every entry of exports resolves in Node from the installed package', () => {
  const entries = entryPoints();
  assert.ok(entries.length >= 8, `found ${entries.length} entries`);
  const script = `for (const e of ${JSON.stringify(entries)}) console.log(import.meta.resolve(e));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: app,
    encoding: 'utf8',
  });
  const resolved = out.trim().split('\n');
  assert.equal(resolved.length, entries.length);
  for (const url of resolved) {
    assert.match(url, /node_modules\/partner-hub-elements\/dist\/.+\.js$/);
    assert.ok(existsSync(new URL(url)), `${url} exists`);
  }
});

test('the XLIFF template ships, and a translation of it becomes provider texts in Node', () => {
  // A host adding a locale: translate the template's units, read them with catalogueFromXliff.
  const script = `
    import { readFileSync } from 'node:fs';
    import { fileURLToPath } from 'node:url';
    import { catalogueFromXliff } from '${pkg.name}/xliff';
    const xml = readFileSync(fileURLToPath(import.meta.resolve('${pkg.name}/xliff/messages.xlf')), 'utf8');
    const units = [...xml.matchAll(/<trans-unit id="([^"]+)">\\s*<source>([^<]*)<\\/source>/g)];
    const fr = xml.replace('<source>Loading…</source>', '<source>Loading…</source><target>Chargement…</target>');
    console.log(JSON.stringify({ units: units.length, targets: (xml.match(/<target/g) ?? []).length, texts: catalogueFromXliff(fr) }));`;
  const out = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: app,
      encoding: 'utf8',
    }),
  );
  assert.ok(out.units > 300, `${out.units} messages in the template`);
  assert.equal(out.targets, 0, 'the template has no translations of its own');
  assert.deepEqual(Object.values(out.texts), ['Chargement…']);
});

// The declarations themselves are checked by the library build (tsc emits them); here each
// resolution mode must find every entry's types and type the uses below.
for (const [moduleKind, resolution, skipLibCheck] of [
  ['ESNext', 'Bundler', true],
  ['Node16', 'Node16', true],
]) {
  test(`every entry type-checks with moduleResolution ${resolution}`, () => {
    const entries = entryPoints();
    const dir = join(app, `types-${resolution.toLowerCase()}`);
    mkdirSync(dir, { recursive: true });
    const lines = entries.map((e, i) => `import * as entry${i} from '${e}';`);
    lines.push(`export const all = [${entries.map((_, i) => `entry${i}`).join(', ')}];`);
    // A typed use: the provider class and the adapter factory keep their types across the seam.
    lines.push(
      `import { createMemoryAdapter } from '${pkg.name}/adapter';`,
      `import type { PhProvider } from '${pkg.name}/classes/provider';`,
      `declare const provider: PhProvider;`,
      `provider.adapter = createMemoryAdapter({ scenario: 'positive' });`,
      // The React wrappers type their events' details; a wrong detail type does not compile.
      `import { createElement } from 'react';`,
      `import { PhBalanceCard } from '${pkg.name}/react';`,
      `createElement(PhBalanceCard, { onPhTopUpRequest: (e) => { const n: number = e.detail.balance.amount; void n; } });`,
      `// @ts-expect-error -- the amount is a number of minor units, not a string`,
      `createElement(PhBalanceCard, { onPhTopUpRequest: (e) => { const s: string = e.detail.balance.amount; void s; } });`,
      `import type { PhElementProps } from '${pkg.name}/jsx';`,
      `export const props: PhElementProps['ph-balance-card'] = { onPhTopUpRequest: (e) => void e.detail.currency };`,
    );
    writeFileSync(join(dir, 'entries.ts'), `${lines.join('\n')}\n`);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: moduleKind,
          moduleResolution: resolution,
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck,
          types: [],
          jsx: 'react-jsx',
        },
        files: ['entries.ts'],
      }),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', dir], { cwd: app, encoding: 'utf8' });
    assert.equal(result.status, 0, `tsc (${resolution}) failed:\n${result.stdout}${result.stderr}`);
  });
}

/** Builds the app once; serves dist/ under the strict CSP; gives each test a watched page. */
const servers = new Map();
let browser;
async function openPage(path, { csp = CSP } = {}) {
  if (!browser) {
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    sh(process.execPath, [vite, 'build', '--logLevel', 'warn'], app);
    browser = await launchBrowser();
  }
  if (!servers.has(csp)) {
    const dir = join(app, 'dist');
    servers.set(csp, await startStaticServer({ dir, port: 0, host: '127.0.0.1', csp }));
  }
  const served = servers.get(csp);
  const page = await browser.newPage();
  page.setDefaultTimeout(timeout);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (r) => {
    // The browser asks for /favicon.ico by itself; the app has none, and that is not the kit's.
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
    /** Text of a node and everything in the shadow roots below it. */
    window.__deepText = (node) => {
      let text = node.textContent ?? '';
      for (const el of node.querySelectorAll('*')) {
        if (el.shadowRoot) text += ' ' + window.__deepText(el.shadowRoot);
      }
      return text;
    };
    /** The first button, at any shadow depth, whose text is `label`. */
    window.__button = (node, label) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName === 'button' && el.textContent.trim() === label) return el;
        const inner = el.shadowRoot && window.__button(el.shadowRoot, label);
        if (inner) return inner;
      }
      return null;
    };
  });
  const response = await page.goto(`${served.url}/${path}`, { waitUntil: 'load' });
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for/);
  return { page, problems };
}

after(async () => {
  await browser?.close();
  for (const server of servers.values()) await server.close();
});

async function expectClean({ page, problems }) {
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violations');
  assert.deepEqual(problems, [], 'no console or page errors');
  await page.close();
}

test('a fresh Vite app renders <ph-overview> from the tarball under the strict CSP', async () => {
  const opened = await openPage('');
  // The overview's balance card shows a formatted euro amount once its data has arrived.
  await opened.page.waitForFunction(() =>
    /€\s?[\d,.]+/.test(window.__deepText(document.querySelector('ph-overview').shadowRoot)),
  );
  await expectClean(opened);
});

for (const [framework, path, csp] of [
  ['React 19 (the generated @lit/react wrappers)', 'react.html', CSP],
  // Vue creates a Trusted Types policy of its own, named "vue": a Vue host allows it beside the
  // kit's "lit-html" (the README says so).
  [
    'Vue 3 (a compiled template, the tags left to the browser)',
    'vue.html',
    CSP.replace('trusted-types lit-html', 'trusted-types lit-html vue'),
  ],
]) {
  test(`${framework}: the adapter passes in, a click reaches the app's handler with its detail`, async () => {
    const opened = await openPage(path, { csp });
    const { page } = opened;
    const button = await page.waitForFunction(() =>
      window.__button(document.body, 'Add to Credit Balance'),
    );
    await button.asElement().click();
    await page.waitForFunction(() => document.getElementById('seen').textContent !== 'nothing yet');
    assert.match(await page.$eval('#seen', (el) => el.textContent), /^EUR \d+$/);
    await expectClean(opened);
  });
}
