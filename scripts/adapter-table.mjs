// `npm run adapter-table`: the README's table of which element reads and writes which adapter
// method, generated from each element's `adapterUse` as the Custom Elements Manifest records it
// from the `@adapter-reads` / `@adapter-writes` / `@adapter-optional` tags of its class comment
// (run `npm run analyze` first; the npm script does). `--check` fails when the README is stale
// instead of writing it. test/client/adapter-use.test.ts checks the same table against what
// each element really calls.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReadmeSection } from './readme-section.mjs';
import { elementUses, renderTable } from './adapter-table-render.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const table = renderTable(elementUses(manifest));
  const check = process.argv.includes('--check');
  const result = await writeReadmeSection('adapter-use', table, { check });
  if (result === 'missing') {
    throw new Error('README.md has no adapter-use:start … adapter-use:end section');
  }
  if (result === 'stale') {
    console.error('README.md: the adapter-use table is stale; run `npm run adapter-table`.');
    process.exit(1);
  }
  console.log(
    result === 'current'
      ? 'README.md: the adapter-use table is current.'
      : `README.md: wrote the adapter-use table (${table.split('\n').length - 2} elements).`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
