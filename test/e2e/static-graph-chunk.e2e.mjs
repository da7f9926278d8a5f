// The build plugin the bench and the demo build share (scripts/static-graph-chunk.mjs): what an
// entry imports statically lands in the entry chunk, even where a dynamic import shares it, and
// the page still runs each module once. Bundles a three-module app with Vite as the bench does,
// then runs it in Node.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { staticGraphChunk } from '../../scripts/static-graph-chunk.mjs';

const work = mkdtempSync(join(tmpdir(), 'ph-static-graph-'));
after(() => rmSync(work, { recursive: true, force: true }));

const app = {
  // Evaluated once per page: `loads` counts it.
  'shared.js': `export const state = { loads: 0 };
state.loads++;
export function hello() { return 'hello from the shared module'; }`,
  'lazy.js': `import { state, hello } from './shared.js';
export function greet() { return hello() + ', lazily'; }
export { state };`,
  'entry.js': `import { state, hello } from './shared.js';
export async function run() {
  const lazy = await import('./lazy.js');
  return { text: lazy.greet(), loads: state.loads, same: lazy.state === state };
}
export { hello };`,
};

async function bundle(plugins) {
  const source = join(work, `src-${plugins.length}`);
  const out = join(work, `out-${plugins.length}`);
  mkdirSync(source, { recursive: true });
  mkdirSync(out, { recursive: true });
  for (const [name, code] of Object.entries(app)) writeFileSync(join(source, name), code);
  const { build } = await import('vite');
  const [result] = await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: { entry: join(source, 'entry.js') }, formats: ['es'] },
      rolldownOptions: { plugins, output: { minify: true } },
    },
  });
  const chunks = result.output.filter((o) => o.type === 'chunk');
  for (const chunk of chunks) writeFileSync(join(out, chunk.fileName), chunk.code);
  return { chunks, entry: join(out, chunks.find((c) => c.isEntry).fileName) };
}

test('the entry chunk holds everything it imports statically; a dynamic chunk imports from it', async () => {
  const { chunks, entry } = await bundle([staticGraphChunk()]);
  const [first, ...others] = chunks.sort((a, b) => Number(b.isEntry) - Number(a.isEntry));
  assert.ok(first.isEntry);
  assert.match(first.code, /hello from the shared module/);
  assert.equal(others.length, 1, 'one more chunk: the lazily loaded module');
  assert.doesNotMatch(others[0].code, /hello from the shared module/);
  assert.deepEqual(others[0].imports, [first.fileName]);
  // It runs: the shared module is evaluated once, and both chunks see the same instance.
  const { run, hello } = await import(pathToFileURL(entry).href);
  assert.equal(hello(), 'hello from the shared module');
  assert.deepEqual(await run(), {
    text: 'hello from the shared module, lazily',
    loads: 1,
    same: true,
  });
});
