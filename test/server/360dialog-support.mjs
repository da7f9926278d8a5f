// Builds src/server/ (the 360dialog backend and the PostgreSQL stores) into one ES module for
// Node, which cannot run TypeScript itself, and imports it. Each process builds into its own
// directory, so parallel test files never read a half-written bundle.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Bundles `entry` (a path under the repository, or several whose exports merge) and imports it. */
export async function importBundled(entry) {
  const entries = Array.isArray(entry) ? entry : [entry];
  const { build } = await import('esbuild');
  mkdirSync(join(root, '.cache'), { recursive: true });
  const outDir = mkdtempSync(join(root, '.cache', 'server-bundle-'));
  const outfile = join(outDir, 'bundle.mjs');
  try {
    await build({
      stdin: {
        contents: entries.map((e) => `export * from ${JSON.stringify(join(root, e))};`).join('\n'),
        resolveDir: root,
        loader: 'js',
      },
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: ['zod', 'zod/*', 'pg'],
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
