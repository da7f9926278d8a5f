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
import { after, before, test } from 'node:test';
import { root } from '../../scripts/ensure.mjs';
import { startStaticServer } from '../../scripts/start.mjs';
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
    if (key.endsWith('.json')) continue;
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

before(() => {
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
    join(app, 'src', 'main.js'),
    `import 'partner-hub-elements';
import { createMemoryAdapter } from 'partner-hub-elements/adapter';
document.getElementById('hub').adapter = createMemoryAdapter({ scenario: 'positive' });
`,
  );
  // The tarball and its runtime dependencies, from the npm cache the project's own install filled.
  sh(
    npm,
    ['install', tarball.path, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'],
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

for (const [moduleKind, resolution] of [
  ['ESNext', 'Bundler'],
  ['Node16', 'Node16'],
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
          skipLibCheck: false,
          types: [],
        },
        files: ['entries.ts'],
      }),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', dir], { cwd: app, encoding: 'utf8' });
    assert.equal(result.status, 0, `tsc (${resolution}) failed:\n${result.stdout}${result.stderr}`);
  });
}

test('a fresh Vite app renders <ph-overview> from the tarball under the strict CSP', async () => {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  sh(process.execPath, [vite, 'build', '--logLevel', 'warn'], app);
  const server = await startStaticServer({ dir: join(app, 'dist'), port: 0, host: '127.0.0.1' });
  const browser = await launchBrowser();
  try {
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
    });
    const response = await page.goto(`${server.url}/`, { waitUntil: 'load' });
    assert.match(response.headers()['content-security-policy'], /require-trusted-types-for/);
    // The overview's balance card shows a formatted euro amount once its data has arrived.
    await page.waitForFunction(() => {
      const deep = (root) => {
        let text = '';
        for (const node of root.querySelectorAll('*')) {
          if (node.shadowRoot) text += deep(node.shadowRoot);
        }
        return text + (root.textContent ?? '');
      };
      return /€\s?[\d,.]+/.test(deep(document.querySelector('ph-overview').shadowRoot));
    });
    const violations = await page.evaluate(() => window.__violations);
    assert.deepEqual(violations, [], 'no CSP violations');
    assert.deepEqual(problems, [], 'no console or page errors');
  } finally {
    await browser.close();
    await server.close();
  }
});
