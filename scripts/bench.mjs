// `npm run bench`: what each entry point costs a host page, min+gzip, with everything it pulls
// in (lit, @lit/context, zod/mini, client…), beside its budget from DESIGN §4 and the peers'
// figures. Prints the table and writes it into README.md between the bench markers.
//
// The entries are the library build's own (vite.config.ts), each bundled alone with all its
// dependencies and minified, into .cache/bench/. Code behind a dynamic import() (other locales)
// loads on demand and is not counted.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureDependencies, root, runScript } from './ensure.mjs';

const outDir = join(root, '.cache', 'bench');
const readme = join(root, 'README.md');
const markers = ['<!-- bench:start -->', '<!-- bench:end -->'];

const peers = {
  kit: 'Shoelace trio 27 KB · Material Web trio 29 KB · @vaadin/grid 55 KB',
  widget: 'Shoelace trio 27 KB · Material Web trio 29 KB',
  list: '@vaadin/grid 55 KB',
};

/** DESIGN §4. A widget whose name says it is the virtualized accounts list gets 30 KB. */
function budgetFor(name) {
  if (name === 'index') return { label: 'whole kit (every element)', budget: 60, peer: peers.kit };
  if (name === 'base/define-provider')
    return { label: 'ph-provider', budget: 20, peer: peers.widget };
  const widget = /^widgets\/([^/]+)\/define$/.exec(name)?.[1];
  if (widget && /(^|-)accounts?(-list)?$/.test(widget) && widget !== 'partner-accounts') {
    return { label: `ph-${widget} (virtualized list)`, budget: 30, peer: peers.list };
  }
  if (widget) return { label: `ph-${widget}`, budget: 20, peer: peers.widget };
  if (name === 'adapter/index')
    return { label: 'adapter (headless, no element)', budget: undefined, peer: '' };
  return undefined; // class-only modules: the same code as their define entry
}

async function bundleSize(build, name, file) {
  const [result] = await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: { [name.replaceAll('/', '_')]: file }, formats: ['es'] },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const chunks = new Map(
    result.output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]),
  );
  const entry = [...chunks.values()].find((c) => c.isEntry);
  // The entry and what it imports statically; dynamic imports are loaded on demand.
  const counted = new Set();
  const visit = (chunk) => {
    if (!chunk || counted.has(chunk)) return;
    counted.add(chunk);
    chunk.imports.forEach((imported) => visit(chunks.get(imported)));
  };
  visit(entry);
  let min = 0;
  let gzip = 0;
  for (const chunk of counted) {
    const target = join(outDir, name, chunk.fileName);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, chunk.code);
    min += Buffer.byteLength(chunk.code);
    gzip += gzipSync(chunk.code, { level: 9 }).length;
  }
  return { min, gzip };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  ensureDependencies();
  const { build, loadConfigFromFile } = await import('vite');
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    join(root, 'vite.config.ts'),
    root,
    'silent',
  );
  const entries = loaded?.config.build?.lib?.entry ?? {};
  rmSync(outDir, { recursive: true, force: true });

  const rows = [];
  for (const [name, file] of Object.entries(entries)) {
    const about = budgetFor(name);
    if (!about) continue;
    const size = await bundleSize(build, name, file);
    const within = about.budget === undefined ? undefined : size.gzip <= about.budget * 1024;
    rows.push({ ...about, ...size, within });
  }
  rows.sort((a, b) =>
    a.label.startsWith('whole')
      ? -1
      : b.label.startsWith('whole')
        ? 1
        : a.label.localeCompare(b.label),
  );

  const table = [
    '| Entry | min | min+gzip | Budget | | Peers (min+gzip) |',
    '| --- | --: | --: | --: | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${kb(r.min)} | ${kb(r.gzip)} | ${r.budget ? `${r.budget} KB` : '—'} | ${
          r.within === undefined ? '' : r.within ? 'ok' : '**over**'
        } | ${r.peer} |`,
    ),
  ].join('\n');
  const notes = [
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}): each entry bundled alone with all its dependencies, minified; 1 KB = 1024 bytes.`,
    'Peers (DESIGN §4): the Shoelace trio is its dialog + button + input, the Material Web trio its dialog + text field + button; @lit-labs/virtualizer alone is 10 KB.',
    "For scale: a trivial Lit element is 6.2 KB, @lit/context adds 1 KB, zod/mini 6 KB; chart.js's smallest line chart is 49 KB against under 1 KB for a hand-drawn SVG.",
  ].join('\n');
  const block = `${table}\n\n${notes}`;

  console.log(block);
  const prettier = await import('prettier');
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(markers[0]);
  const end = text.indexOf(markers[1]);
  if (start === -1 || end < start) {
    console.log(
      `\nREADME.md has no ${markers.join(' … ')} markers; the table was not written there.`,
    );
  } else {
    const updated = `${text.slice(0, start + markers[0].length)}\n\n${block}\n\n${text.slice(end)}`;
    const options = (await prettier.resolveConfig(readme)) ?? {};
    writeFileSync(readme, await prettier.format(updated, { ...options, filepath: readme }));
    console.log('\nREADME.md updated.');
  }
  if (rows.some((r) => r.within === false)) {
    console.log('Some entries are over their budget.');
    process.exitCode = 1;
  }
}

await runScript(main);
