// The README's generated sections: the text between `<!-- name:start -->` and
// `<!-- name:end -->`, replaced by what a script made (the adapter-use and events tables, the
// bench's size and speed tables) and formatted as the repository formats Markdown.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { root } from './ensure.mjs';

const readme = join(root, 'README.md');

/**
 * Puts `content` into the README's section `name`. With `check`, writes nothing and says
 * whether the section already holds it. Returns 'written', 'current', 'stale' (check only) or
 * 'missing' (the README has no such markers).
 */
export async function writeReadmeSection(name, content, { check = false } = {}) {
  const [open, close] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) return 'missing';
  const next = await prettier.format(
    `${text.slice(0, start + open.length)}\n\n${content}\n\n${text.slice(end)}`,
    { ...(await prettier.resolveConfig(readme)), filepath: readme },
  );
  if (check) return next === text ? 'current' : 'stale';
  writeFileSync(readme, next);
  return 'written';
}
