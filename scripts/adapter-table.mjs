// `npm run adapter-table`: the README's table of which element reads and writes which adapter
// method, generated from each element's `static adapterUse` as the Custom Elements Manifest
// records it (run `npm run analyze` first; the npm script does). `--check` fails when the
// README is stale instead of writing it. test/client/adapter-use.test.ts checks the same table
// against the classes and against what each element really calls.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { elementUses, renderTable } from './adapter-table-render.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- adapter-use:start -->';
const END = '<!-- adapter-use:end -->';

async function main() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const table = renderTable(elementUses(manifest));
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  const next = await prettier.format(
    `${readme.slice(0, start + START.length)}\n\n${table}\n\n${readme.slice(end)}`,
    { ...(await prettier.resolveConfig(path)), filepath: path },
  );
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md: the adapter-use table is stale; run `npm run adapter-table`.');
      process.exit(1);
    }
    console.log('README.md: the adapter-use table is current.');
    return;
  }
  writeFileSync(path, next);
  console.log(`README.md: wrote the adapter-use table (${table.split('\n').length - 2} elements).`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
