// Which dist/ modules have side effects, as package.json's "sideEffects" says (the modules that
// register elements, and those that register result schemas). Read by the library build
// (vite.config.ts), which keeps bare imports of these modules only, and by the test that checks
// dist/ for bare imports of the others (test/e2e/host-bundle.e2e.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './ensure.mjs';

/** A "sideEffects" glob (`*` within a folder, `**` across folders) as a regular expression. */
export function globToRegExp(glob) {
  const parts = glob.split(/(\*\*\/|\*\*|\*)/).map((part) => {
    if (part === '**/') return '(?:.*/)?';
    if (part === '**') return '.*';
    if (part === '*') return '[^/]*';
    return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${parts.join('')}$`);
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const globs = (pkg.sideEffects ?? [])
  .filter((glob) => glob.startsWith('./dist/'))
  .map((glob) => globToRegExp(glob.slice('./dist/'.length)));

/** Whether the dist/ module at `file` (relative to dist/, `/`-separated) has side effects. */
export function hasSideEffects(file) {
  return globs.some((glob) => glob.test(file));
}
