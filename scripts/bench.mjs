// `npm run bench`: what each entry point costs a host page, min+gzip, with everything it pulls
// in (lit, @lit/context, zod/mini, client…), beside its budget from DESIGN §4 and the peers,
// measured in the same run and bundled the same way. Prints the table and writes it into
// README.md between the bench markers.
//
// The entries are the library build's own (vite.config.ts), each bundled alone with all its
// dependencies and minified, into .cache/bench/, what it imports statically in one chunk
// (scripts/static-graph-chunk.mjs). Kit code behind a dynamic import() (a section loaded when
// shown, a hub's tabs) is counted too, as a chunk of its own; only the catalogues (other
// languages, the message ids text overrides are checked against) load on demand uncounted. Also measured: the base every widget shares (lit,
// @lit/context, @lit/localize, zod/mini with the schemas, the client, the base elements) and
// each widget's own increment over it (over the plain element base for an element that reads no
// data); the peers (Shoelace's dialog + button + input, Material
// Web's dialog + text field + button, @vaadin/grid), bundled from their packages here; and the
// packed tarball.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureDependencies, root, runScript } from './ensure.mjs';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { writeReadmeSection } from './readme-section.mjs';
import { staticGraphChunk } from './static-graph-chunk.mjs';

const outDir = join(root, '.cache', 'bench');

/** The peers, as a host would import them: entry source → what it stands for. */
const peerEntries = {
  shoelace: {
    label: 'Shoelace dialog + button + input',
    source: ['dialog/dialog', 'button/button', 'input/input']
      .map((c) => `import '@shoelace-style/shoelace/dist/components/${c}.js';`)
      .join('\n'),
  },
  material: {
    label: 'Material Web dialog + text field + button',
    source: ['dialog/dialog', 'textfield/outlined-text-field', 'button/filled-button']
      .map((c) => `import '@material/web/${c}.js';`)
      .join('\n'),
  },
  grid: { label: '@vaadin/grid', source: `import '@vaadin/grid/vaadin-grid.js';` },
};

/**
 * What every widget shares: the smallest data widget there can be — an element on the billing
 * base that renders nothing of its own — so lit, @lit/context, @lit/localize, zod/mini with the
 * schemas, the client and the base elements. A widget's own increment is its entry minus this.
 */
const baseSource = `import { html } from 'lit';
import { PhBillingElement } from ${JSON.stringify(join(root, 'src', 'base', 'billing-element.ts'))};
class PhBenchBase extends PhBillingElement {
  render() {
    return html\`\${this.session.value?.user.email}\`;
  }
}
customElements.define('ph-bench-base', PhBenchBase);`;

/**
 * What the elements that read no data share (the form controls, the dialog): an element on the
 * plain base, so lit, @lit/context, @lit/localize and PhElement without the client or the schemas.
 * Their own increment is their entry minus this (minus the shared base, which they do not carry,
 * would make it nothing).
 */
const elementBaseSource = `import { html } from 'lit';
import { PhElement } from ${JSON.stringify(join(root, 'src', 'base', 'element.ts'))};
class PhBenchElement extends PhElement {
  render() {
    return html\`\${this.adapter ? 1 : 0}\`;
  }
}
customElements.define('ph-bench-element', PhBenchElement);`;

/** Whether a bundle carries the data base (and so the shared base), by its modules. */
const readsData = (modules) =>
  modules.some((m) => /[\\/]src[\\/]base[\\/]data-element\.ts$/.test(m.id));

/** Pages made of other elements: measured, their budget is the whole kit's. */
const composites = new Set(['overview', 'billing', 'partner-hub']);

/** DESIGN §4. */
const budgets = { base: 20, increment: 10, incrementAverage: 6, kit: 80, list: 30 };

function describe(name) {
  if (name === 'index') return { label: 'whole kit (every element)', budget: budgets.kit };
  if (name === 'base/define-provider') return { label: 'ph-provider', widget: true };
  const widget = /^widgets\/([^/]+)\/define$/.exec(name)?.[1];
  if (widget && composites.has(widget)) return { label: `ph-${widget} (a page of elements)` };
  if (widget) return { label: `ph-${widget}`, widget: true, list: widget === 'whatsapp-accounts' };
  if (name === 'adapter/index') return { label: 'adapter (headless, no element)' };
  return undefined; // class-only modules and framework bindings
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
      // As the library build does (vite.config.ts): the templates are minified too. What the
      // entry imports statically is one chunk, as a page loads it (scripts/static-graph-chunk.mjs).
      rolldownOptions: {
        plugins: [minifyTemplatesPlugin(), staticGraphChunk()],
        // Library mode keeps the /* @__PURE__ */ annotations for the next bundler (dist/ needs
        // them); a host's app build, the page this stands for, drops them (as the demo build does).
        output: { minify: true, comments: { annotation: false } },
      },
    },
  });
  const chunks = new Map(
    result.output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]),
  );
  const entry = [...chunks.values()].find((c) => c.isEntry);
  // The entry and what it imports statically; dynamic imports are loaded on demand.
  const counted = new Set();
  // What a page with the entry loads: its static graph, and the kit code it loads later (a
  // section it shows on demand, a hub's tabs). Only catalogues (src/i18n: other languages, the
  // message ids a text override is checked against) load for some pages only, and are left out.
  const catalogueOnly = (chunk) =>
    Object.keys(chunk.modules).every((id) => /[\\/]src[\\/]i18n[\\/]/.test(id));
  const visit = (chunk) => {
    if (!chunk || counted.has(chunk)) return;
    counted.add(chunk);
    chunk.imports.forEach((imported) => visit(chunks.get(imported)));
    for (const lazy of chunk.dynamicImports) {
      const target = chunks.get(lazy);
      if (target && !catalogueOnly(target)) visit(target);
    }
  };
  visit(entry);
  let min = 0;
  let gzip = 0;
  const modules = [];
  for (const chunk of counted) {
    const target = join(outDir, name, chunk.fileName);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, chunk.code);
    min += Buffer.byteLength(chunk.code);
    gzip += gzipSync(chunk.code, { level: 9 }).length;
    for (const [id, rendered] of Object.entries(chunk.modules)) {
      if (rendered.code) modules.push({ id, code: rendered.code });
    }
  }
  return { min, gzip, modules };
}

/** The parts a bundle's modules are told apart by, in the order they are listed. */
const parts = [
  ['lit', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['@lit/context', /node_modules\/@lit\/context\//],
  ['localisation (@lit/localize, src/i18n)', /node_modules\/@lit\/localize\/|\/src\/i18n\//],
  ['zod/mini (its core)', /node_modules\/zod\//],
  ['entity schemas and their parsing (src/adapter)', /\/src\/adapter\//],
  ['client: cache, retries, deadlines, diagnostics (src/client)', /\/src\/client\//],
  ['base elements and controllers (src/base)', /\/src\/base\//],
];

/**
 * Where a bundle's bytes go, by part: each part's minified size and what leaving it out would
 * save after gzip (gzip shares a dictionary across parts, so these add up to less than the whole).
 */
function breakdown(modules) {
  const partOf = (id) => parts.find(([, test]) => test.test(id))?.[0] ?? 'other';
  const gz = (list) => gzipSync(list.map((m) => m.code).join('\n'), { level: 9 }).length;
  const whole = gz(modules);
  return [...parts.map(([label]) => label), 'other']
    .map((label) => {
      const inside = modules.filter((m) => partOf(m.id) === label);
      const min = inside.reduce((sum, m) => sum + Buffer.byteLength(m.code), 0);
      const saving = whole - gz(modules.filter((m) => partOf(m.id) !== label));
      return { label, min, saving };
    })
    .filter((part) => part.min > 0);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

/** Bundles a piece of source written here (a peer's imports, the shared base). */
async function sourceSize(build, name, source) {
  const file = join(outDir, `${name}.entry.js`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(file, `${source}\n`);
  return bundleSize(build, name, file);
}

/** `npm pack --dry-run`: the tarball's size, as it would be published (dist/ must be built). */
function tarballSize() {
  if (!existsSync(join(root, 'dist', 'index.js'))) return undefined;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [packed] = JSON.parse(out);
  return { size: packed.size, unpacked: packed.unpackedSize, files: packed.entryCount };
}

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

  const base = await sourceSize(build, 'shared-base', baseSource);
  const elementBase = await sourceSize(build, 'element-base', elementBaseSource);
  const peer = {};
  for (const [key, { label, source }] of Object.entries(peerEntries)) {
    peer[key] = { label, ...(await sourceSize(build, `peer-${key}`, source)) };
  }

  const rows = [];
  for (const [name, file] of Object.entries(entries)) {
    const about = describe(name);
    if (!about) continue;
    const size = await bundleSize(build, name, file);
    const row = { ...about, ...size };
    if (about.widget) {
      // Over the base the element carries: the shared one, or the plain element base.
      row.overElementBase = !readsData(size.modules);
      row.increment = Math.max(0, size.gzip - (row.overElementBase ? elementBase : base).gzip);
      // What its own folder adds, without the shared pieces it composes (form controls, dialog,
      // controllers, payment parts): gzipped alone, as if nothing else were there to share with.
      const folder = name
        .replace(/\/define$/, '/')
        .replace('base/define-provider', 'base/provider');
      const own = size.modules.filter((m) => m.id.replaceAll('\\', '/').includes(`/src/${folder}`));
      row.folder = gzipSync(own.map((m) => m.code).join('\n'), { level: 9 }).length;
      row.budget = about.list ? budgets.list : budgets.base + budgets.increment;
      row.within = about.list
        ? size.gzip <= budgets.list * 1024 && row.increment <= (budgets.increment + 10) * 1024
        : row.increment <= budgets.increment * 1024;
      row.peer = about.list ? peer.grid : peer.shoelace;
    } else if (about.budget) {
      row.within = size.gzip <= about.budget * 1024;
      row.peer = peer.shoelace;
    }
    rows.push(row);
  }
  rows.sort((a, b) =>
    a.label.startsWith('whole')
      ? -1
      : b.label.startsWith('whole')
        ? 1
        : a.label.localeCompare(b.label),
  );
  const widgets = rows.filter((r) => r.widget && !r.list);
  const average = widgets.reduce((sum, r) => sum + r.increment, 0) / Math.max(1, widgets.length);
  const tarball = tarballSize();

  const table = [
    '| Entry | min | min+gzip | own (over the base) | its folder alone | Budget | | vs peer (min+gzip) |',
    '| --- | --: | --: | --: | --: | --- | --- | --- |',
    `| shared base (lit, context, localize, zod/mini + schemas, client, base elements) | ${kb(base.min)} | ${kb(base.gzip)} | — | — | ${budgets.base} KB | ${base.gzip <= budgets.base * 1024 ? 'ok' : '**over**'} | |`,
    `| element base (lit, context, localize, PhElement: what elements that read no data share) | ${kb(elementBase.min)} | ${kb(elementBase.gzip)} | — | — | — | | |`,
    ...rows.map((r) => {
      const budget = r.widget
        ? r.list
          ? `${budgets.list} KB in all`
          : `own ≤ ${budgets.increment} KB`
        : r.budget
          ? `${r.budget} KB`
          : '—';
      const verdict = r.within === undefined ? '' : r.within ? 'ok' : '**over**';
      const versus = r.peer ? `${ratio(r.gzip, r.peer.gzip)} ${r.peer.label}` : '';
      const own = r.widget ? `${kb(r.increment)}${r.overElementBase ? ' ¹' : ''}` : '—';
      const folder = r.widget ? kb(r.folder) : '—';
      return `| ${r.label} | ${kb(r.min)} | ${kb(r.gzip)} | ${own} | ${folder} | ${budget} | ${verdict} | ${versus} |`;
    }),
  ].join('\n');
  const baseTable = [
    '| The shared base, by part | min | min+gzip it adds |',
    '| --- | --: | --: |',
    ...breakdown(base.modules).map((p) => `| ${p.label} | ${kb(p.min)} | ${kb(p.saving)} |`),
  ].join('\n');
  const peerTable = [
    '| Peer, bundled here the same way | min | min+gzip |',
    '| --- | --: | --: |',
    ...Object.values(peer).map((p) => `| ${p.label} | ${kb(p.min)} | ${kb(p.gzip)} |`),
  ].join('\n');
  const notes = [
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}): each entry bundled alone with all its dependencies, minified, what it imports statically in one chunk, plus the kit code it imports later (each such chunk gzipped on its own; only the other languages' catalogues are not counted); 1 KB = 1024 bytes. "Own" is the entry minus the shared base, or ¹ minus the element base for an element that reads no data and so does not carry the shared one (gzip is not additive, so this is close, not exact); the widgets' own increments average ${kb(average)} (budget ${budgets.incrementAverage} KB). "Its folder alone" is the element's own folder (\`src/widgets/<name>/\`) gzipped by itself, without the shared pieces it composes (the form controls, the dialog, the controllers, the payment parts): they average ${kb(widgets.reduce((sum, r) => sum + r.folder, 0) / Math.max(1, widgets.length))}.`,
    tarball
      ? `The packed tarball (\`npm pack\`): ${kb(tarball.size)}, ${kb(tarball.unpacked)} unpacked, ${tarball.files} files (ES modules, declarations and source maps).`
      : 'The packed tarball: run `npm run build` first to measure it.',
    'In the base table, "min+gzip it adds" is what leaving that part out of the base would save after gzip (gzip shares its dictionary across parts, so these add up to less than the whole).',
    "For scale (DESIGN §4): a trivial Lit element is 6.2 KB, @lit/context adds 1 KB, zod/mini 6 KB; chart.js's smallest line chart is 49 KB against under 1 KB for a hand-drawn SVG.",
  ].join('\n');
  const block = `${table}\n\n${baseTable}\n\n${peerTable}\n\n${notes}`;

  console.log(block);
  if ((await writeReadmeSection('bench', block)) === 'missing') {
    console.log(
      '\nREADME.md has no bench:start … bench:end markers; the table was not written there.',
    );
  } else {
    console.log('\nREADME.md updated.');
  }
  if (rows.some((r) => r.within === false)) {
    console.log('Some entries are over their budget.');
    process.exitCode = 1;
  }

  // The WhatsApp accounts list against @vaadin/grid in Chromium (render, scroll, heap).
  // `npm run bench -- --sizes` measures the bundles only.
  if (process.argv.includes('--sizes')) return;
  const { benchGrid } = await import('./bench-grid.mjs');
  if ((await benchGrid()).over) {
    console.log('The WhatsApp accounts list is over its render budget.');
    process.exitCode = 1;
  }
}

await runScript(main);
