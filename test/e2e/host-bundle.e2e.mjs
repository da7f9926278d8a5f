// A host's bundler meets the package without warnings: every entry of `exports` is bundled from
// dist/ by esbuild (which, unlike Rolldown, warns about bare imports of modules package.json's
// "sideEffects" says have none: "Ignoring this import because … dist/domain/dates.js was marked
// as having no side effects"). Also a package-level check of the library build: no bare import of
// a pure module is left in dist/.
//
// It reads the dist/ of the library build stage (`npm test` builds before this stage); run
// alone, it builds first when dist/ is missing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { root } from '../../scripts/ensure.mjs';
import { hasSideEffects } from '../../scripts/side-effects.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let app;

/** Every subpath of `exports` a host can import (wildcards expanded with the widget names). */
function entryPoints() {
  const widgets = readdirSync(join(root, 'src', 'widgets'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'src', 'widgets', d.name, 'define.ts')))
    .map((d) => d.name);
  return Object.keys(pkg.exports)
    .filter((key) => !key.endsWith('.json') && !key.endsWith('.xlf'))
    .flatMap((key) => {
      const name = key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`;
      return key.includes('*') ? widgets.map((w) => name.replace('*', w)) : [name];
    });
}

before(() => {
  if (!existsSync(join(root, 'dist', 'index.js'))) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
    assert.equal(result.status, 0, 'the library build failed');
  }
  app = mkdtempSync(join(tmpdir(), 'ph-host-'));
  mkdirSync(join(app, 'node_modules'));
  // The package as installed: its exports and sideEffects apply; its dependencies resolve from
  // its own node_modules.
  symlinkSync(root, join(app, 'node_modules', pkg.name), 'dir');
});

after(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

test('no bare import of a module without side effects is left in dist/', () => {
  const pure = (file) => !hasSideEffects(file);
  const offenders = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) {
        const file = relative(join(root, 'dist'), path).split('\\').join('/');
        for (const [, target] of readFileSync(path, 'utf8').matchAll(
          /import\s*"(\.{1,2}\/[^"]+)"/g,
        )) {
          const resolved = posix.normalize(posix.join(posix.dirname(file), target));
          if (pure(resolved)) offenders.push(`${file} → ${resolved}`);
        }
      }
    }
  };
  walk(join(root, 'dist'));
  assert.deepEqual(offenders, []);
});

test('every entry bundles in a host app without a warning', async () => {
  const entries = entryPoints();
  assert.ok(entries.includes(`${pkg.name}/money`), 'the money entry is exported');
  writeFileSync(
    join(app, 'main.js'),
    entries.map((name, i) => `export * as e${i} from '${name}';`).join('\n'),
  );
  const result = await build({
    absWorkingDir: app,
    entryPoints: ['main.js'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    preserveSymlinks: false,
  });
  const warnings = result.warnings.map(
    (w) => `${w.id ?? ''} ${w.text} (${w.location?.file ?? ''})`,
  );
  assert.deepEqual(warnings, []);
});
