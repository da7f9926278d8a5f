// `npm run adapter-table` also runs this: the README's table of every `ph-` event, generated
// from the Custom Elements Manifest (each element's JSDoc `@event {Detail} name - when`), so a
// new element's events appear without editing the README. `--check` fails when the README is
// stale instead of writing it. Native `input` / `change` of the form controls are left out.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReadmeSection } from './readme-section.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const cell = (text) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

/** One row per event name: the elements that fire it, its detail type, cancelable, when. */
export function renderEvents(manifest) {
  const byName = new Map();
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (!declaration.tagName) continue;
    for (const event of declaration.events ?? []) {
      if (!event.name?.startsWith('ph-')) continue;
      const row = byName.get(event.name) ?? { tags: [], type: event.type?.text, when: [] };
      row.tags.push(declaration.tagName);
      if (event.description && !row.when.includes(event.description)) {
        row.when.push(event.description);
      }
      byName.set(event.name, row);
    }
  }
  const lines = [
    '| Event | Fired by | `detail` | Cancelable | When |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const [name, row] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
    const when = row.when.join(' ');
    const cancelable = /\bcancelable\b/i.test(when) ? 'yes' : '';
    lines.push(
      `| \`${name}\` | ${row.tags.map((t) => `\`<${t}>\``).join(', ')} | \`${row.type ?? 'CustomEvent'}\` | ${cancelable} | ${cell(when)} |`,
    );
  }
  return lines.join('\n');
}

async function main() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const check = process.argv.includes('--check');
  const result = await writeReadmeSection('events', renderEvents(manifest), { check });
  if (result === 'missing') throw new Error('README.md has no events:start … events:end section');
  if (result === 'stale') {
    console.error('README.md: the events table is stale; run `npm run adapter-table`.');
    process.exit(1);
  }
  console.log(
    `README.md: ${result === 'current' ? 'the events table is current' : 'wrote the events table'}.`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
