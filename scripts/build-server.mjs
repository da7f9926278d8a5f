// Bundles the reference server (demo/server/index.ts and main.ts, with what they import from
// src/) into .cache/server/ as ES modules for Node, which cannot run TypeScript itself.
// better-sqlite3 (a native module) and zod stay external and load from node_modules.
//
//   node scripts/build-server.mjs        builds once and prints where
//   import { buildServer } from './build-server.mjs'; await buildServer();
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const serverOutDir = join(root, '.cache', 'server');

/**
 * Builds the server bundle; resolves to the paths of its two entry points. Takes well under a
 * second, so callers simply build before every start.
 */
export async function buildServer({ outDir = serverOutDir } = {}) {
  const { build } = await import('esbuild');
  rmSync(outDir, { recursive: true, force: true });
  await build({
    entryPoints: {
      index: join(root, 'demo', 'server', 'index.ts'),
      main: join(root, 'demo', 'server', 'main.ts'),
    },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    outExtension: { '.js': '.mjs' },
    external: ['better-sqlite3', 'zod', 'zod/*'],
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
    legalComments: 'none',
  });
  return { index: join(outDir, 'index.mjs'), main: join(outDir, 'main.mjs'), outDir };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  const { index } = await buildServer();
  console.log(`Reference server built in ${Date.now() - started} ms: ${index}`);
}
