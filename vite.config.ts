/// <reference types="node" />
// The npm library build (`npm run build`): ES modules in dist/, one file per source module so
// dist/ mirrors src/ and every entry of package.json's "exports" exists. Dependencies (lit,
// @lit/context, @lit/localize, zod) stay external: the host's bundler dedupes them.
//
// Entries are discovered, so a new widget needs no change here: every
// src/widgets/<name>/define.ts (registers ph-<name>) and src/widgets/<name>/<name>.ts (the class
// only) is an entry. `npm run bench` reads the same list (see scripts/bench.mjs).
//
// Storybook also loads this file but keeps only its non-`build` options.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';
import { hasSideEffects } from './scripts/side-effects.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const src = join(root, 'src');

/** Entry name (its path in dist/, without .js) → source file. */
export function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  const add = (name: string) => {
    const file = join(src, `${name}.ts`);
    if (existsSync(file)) entries[name] = file;
  };
  add('index');
  add('adapter/index');
  add('money/index');
  add('testing/index');
  // The server toolkit (no DOM): the handler, and its node:http adapter.
  add('server/index');
  add('server/node');
  // A backend over 360dialog's Partner API, and the PostgreSQL stores for several instances.
  add('server/360dialog/index');
  add('server/stores/postgres');
  add('base/provider');
  add('base/define-provider');
  add('react/index');
  add('frameworks/vue');
  add('frameworks/jsx');
  // Turns a host's XLIFF (made from the shipped ones) into provider texts: a new locale.
  add('i18n/xliff');
  const widgets = join(src, 'widgets');
  const names = existsSync(widgets)
    ? readdirSync(widgets, { withFileTypes: true }).filter((d) => d.isDirectory())
    : [];
  for (const { name } of names) {
    add(`widgets/${name}/${name}`);
    add(`widgets/${name}/define`);
  }
  return entries;
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const externals = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const isExternal = (id: string) =>
  id.startsWith('node:') || externals.some((dep) => id === dep || id.startsWith(`${dep}/`));

/**
 * Blanks bare imports (`import"./seed.js";`) of modules without side effects from dist/. The
 * bundler leaves them where it inlined a constant or dropped an unused re-export; they do
 * nothing (the module is loaded through another import anyway), but a host's bundler reads them
 * as "import for the side effects" of a module package.json says has none and warns on every
 * build ("Ignoring this import because … dates.js was marked as having no side effects").
 * They become spaces of the same length, so the source maps stay exact.
 */
function dropBareImportsOfPureModules(): Plugin {
  return {
    name: 'ph-drop-bare-imports-of-pure-modules',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const dir = posix.dirname(chunk.fileName);
        chunk.code = chunk.code.replace(
          /import\s*"(\.{1,2}\/[^"]+)";?/g,
          (statement, path: string) =>
            hasSideEffects(posix.normalize(posix.join(dir, path)))
              ? statement
              : ' '.repeat(statement.length),
        );
      }
    },
  };
}

/**
 * Ships dist/i18n/xliff/messages.xlf: every message's English source and id, no target (made
 * from the German file, targets dropped). A host translates it to add a locale.
 */
function shipXliff(): Plugin {
  return {
    name: 'ph-ship-xliff',
    generateBundle() {
      const source = readFileSync(join(src, 'i18n', 'xliff', 'de.xlf'), 'utf8')
        .replace(/\s*<target\b[^>]*>[\s\S]*?<\/target>/g, '')
        .replace(/\s+target-language="[^"]*"/, '');
      this.emitFile({ type: 'asset', fileName: 'i18n/xliff/messages.xlf', source });
    },
  };
}

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'es2022',
    sourcemap: true,
    minify: true,
    lib: { entry: libraryEntries(), formats: ['es'] },
    rolldownOptions: {
      external: isExternal,
      // Here, not in `plugins`: Storybook reuses this file but not its `build` options.
      // The indentation of Lit's templates goes too (scripts/minify-templates.mjs).
      plugins: [dropBareImportsOfPureModules(), shipXliff(), minifyTemplatesPlugin()],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        // Bundler helpers (rolldown's runtime) land in dist/_virtual/<helper>.js.
        entryFileNames: ({ name }) =>
          name.startsWith('_virtual/') ? `_virtual/${name.split('/').pop()}.js` : '[name].js',
        // Vite's library mode keeps whitespace in ES output unless the bundler minifies too.
        minify: true,
      },
    },
  },
});
