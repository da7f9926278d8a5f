// Bundles the reference server (demo/server/index.ts and main.ts, with what they import from
// src/) into .cache/server/ as ES modules for Node, which cannot run TypeScript itself.
// better-sqlite3 (a native module) and zod stay external and load from node_modules.
//
//   node scripts/build-server.mjs        builds once and prints where
//   import { buildServer } from './build-server.mjs'; await buildServer();
//
// Several processes may build and load the bundle at once (the demo, the server tests, the
// browser tests' server plugin): each build writes to its own temporary directory and then
// renames every file into place, so a reader never sees a missing or half-written file.
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const serverOutDir = join(root, '.cache', 'server');

/**
 * Builds the server bundle; resolves to the paths of its two entry points (each one file with
 * everything but node_modules inside). Takes well under a second, so callers simply build
 * before every start.
 */
export async function buildServer({ outDir = serverOutDir } = {}) {
  const { build } = await import('esbuild');
  const staging = `${outDir}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    await build({
      entryPoints: {
        index: join(root, 'demo', 'server', 'index.ts'),
        main: join(root, 'demo', 'server', 'main.ts'),
        // The server tests' share of src/ (http and memory adapters, the conformance suite).
        kit: join(root, 'test', 'server', 'kit.ts'),
      },
      outdir: staging,
      bundle: true,
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
    mkdirSync(outDir, { recursive: true });
    // Maps first, so a freshly renamed module never points at an older map.
    const files = readdirSync(staging).sort(
      (a, b) => Number(b.endsWith('.map')) - Number(a.endsWith('.map')),
    );
    for (const file of files) renameSync(join(staging, file), join(outDir, file));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return { index: join(outDir, 'index.mjs'), main: join(outDir, 'main.mjs'), outDir };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  const { index } = await buildServer();
  console.log(`Reference server built in ${Date.now() - started} ms: ${index}`);
}
