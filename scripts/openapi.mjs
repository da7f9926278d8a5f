// `npm run openapi`: writes openapi.json (the OpenAPI 3.1 document of the REST contract) from
// the route table and the zod schemas, formatted with the repo's Prettier config.
// `npm run openapi -- --check` exits 1 when the committed file differs from the generated one.
//
// The document is built by demo/server/openapi.ts — the same code the reference server serves
// it from — so this script bundles the server first (scripts/build-server.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildServer, serverOutDir } from './build-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const openApiFile = join(root, 'openapi.json');

/** The document as committed: Prettier-formatted JSON. */
export async function generateOpenApi({ build = true } = {}) {
  if (build) await buildServer();
  const { buildOpenApiDocument } = await import(
    pathToFileURL(join(serverOutDir, 'index.mjs')).href
  );
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(openApiFile)) ?? {};
  return prettier.format(JSON.stringify(buildOpenApiDocument()), {
    ...config,
    filepath: openApiFile,
  });
}

/** Whether openapi.json matches what the code generates. */
export async function checkOpenApi(options = { build: false }) {
  const expected = await generateOpenApi(options);
  let actual = '';
  try {
    actual = readFileSync(openApiFile, 'utf8');
  } catch {
    return { upToDate: false, message: 'openapi.json is missing: run `npm run openapi`.' };
  }
  return actual === expected
    ? { upToDate: true, message: 'openapi.json is up to date.' }
    : {
        upToDate: false,
        message:
          'openapi.json differs from the routes and schemas: run `npm run openapi` and commit it.',
      };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--check')) {
    const { upToDate, message } = await checkOpenApi({ build: true });
    console.log(message);
    process.exitCode = upToDate ? 0 : 1;
  } else {
    writeFileSync(openApiFile, await generateOpenApi());
    console.log(`Wrote ${openApiFile}`);
  }
}
