// The WhatsApp accounts list beside @vaadin/grid, in headless Chromium, with the same generated
// rows (the memory adapter's seed): called by `npm run bench` (scripts/bench.mjs), or alone with
// `node scripts/bench-grid.mjs`. Not a timed test: it prints figures, the median of several
// runs, beside their budgets (DESIGN §4) and the ratio to the grid, and writes the table into
// README.md between the bench-grid markers.
//
// For each of 1,000, 10,000 and 100,000 rows and for each subject:
// - first render: the element connected → its first rows painted (the rows are generated and
//   the adapter warmed before the clock starts; the grid gets them as its `items` array). For
//   both: a forced GC first, then the clock runs from connecting the element until the first
//   row's text is in the DOM and the frame that shows it has painted (the task after it);
//   `first-render:start` and `:end` marks let a trace show one render;
// - BENCH_SIZES=100000 and BENCH_RUNS=3 shorten a run while working on one size, and
//   BENCH_README=0 leaves README.md as it is (a run on a shared machine, say);
// - a scripted scroll from top to bottom in 60 steps, one per frame: frames over 50 ms, and
//   the DOM node count (elements, shadow roots included) at the end;
// - heap after 20 mount/unmount cycles against after the first (forced GC before each read).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromeArgs, findChrome, root, runScript } from './ensure.mjs';
import { writeReadmeSection } from './readme-section.mjs';

const outDir = join(root, '.cache', 'bench-grid');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const HEAP_CYCLES = 20;

/** The page: both subjects, bundled the same way (esbuild, minified, production). */
const pageSource = `
import { createMemoryAdapter } from ${JSON.stringify(join(root, 'src/adapter/memory/index.ts'))};
import ${JSON.stringify(join(root, 'src/base/define-provider.ts'))};
import ${JSON.stringify(join(root, 'src/widgets/whatsapp-accounts/define.ts'))};
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
/** The next task: posted from a frame's callback, it runs once that frame has painted. */
const afterPaint = () =>
  new Promise((r) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => r();
    requestAnimationFrame(() => channel.port2.postMessage(null));
  });
const stage = document.getElementById('stage');
const data = new Map();

/** The same rows for both: the memory adapter's seed, read out once (not timed). */
async function prepare(count) {
  if (data.has(count)) return data.get(count);
  const adapter = createMemoryAdapter({ whatsAppAccounts: count, seed: 7 });
  const rows = [];
  let cursor = null;
  do {
    const page = await adapter.listWhatsAppAccounts({ cursor, limit: 500 });
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  const prepared = { adapter, rows };
  data.set(count, prepared);
  return prepared;
}

function deepCount(node) {
  let n = 0;
  const walk = (el) => {
    for (const child of el.children) {
      n++;
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(node);
  return n;
}

/** Builds a subject: its element, how to tell its first rows are painted, its scroller. */
function build(kind, prepared) {
  if (kind === 'ours') {
    const provider = document.createElement('ph-provider');
    provider.adapter = prepared.adapter;
    provider.locale = 'en';
    const list = document.createElement('ph-whatsapp-accounts');
    provider.append(list);
    return {
      el: provider,
      painted: () =>
        !!list.shadowRoot?.querySelector('.viewport [role="row"] [data-col="name"], tbody tr'),
      scroller: () => list.shadowRoot.querySelector('.viewport'),
    };
  }
  const grid = document.createElement('vaadin-grid');
  grid.style.height = '30rem';
  for (const path of ['name', 'phoneNumber', 'status', 'clientName', 'createdAt']) {
    const column = document.createElement('vaadin-grid-column');
    column.path = path;
    column.header = path;
    grid.append(column);
  }
  grid.items = prepared.rows;
  const first = prepared.rows[0].name;
  return {
    el: grid,
    painted: () =>
      [...grid.querySelectorAll('vaadin-grid-cell-content')].some((c) => c.textContent === first),
    scroller: () => grid.shadowRoot.querySelector('#table'),
  };
}

/** Unmounts a subject; a provider's client is let go, as a host page that drops it would. */
function unmount(subject) {
  if (subject.el.localName === 'ph-provider') subject.el.adapter = undefined;
  subject.el.remove();
}

async function mountTimed(kind, count) {
  const prepared = await prepare(count);
  if (kind === 'ours') await prepared.adapter.listWhatsAppAccounts({ limit: 1 });
  // Neither subject pays for the garbage the one before it left.
  window.gc();
  await frame();
  const start = performance.now();
  performance.mark('first-render:start'); // for a trace of one render (DevTools, puppeteer)
  const subject = build(kind, prepared);
  stage.append(subject.el);
  while (!subject.painted()) await new Promise((r) => setTimeout(r, 0));
  await afterPaint(); // the frame that paints them, painted
  performance.mark('first-render:end');
  return { subject, ms: performance.now() - start };
}

window.firstRender = async (kind, count) => {
  const { subject, ms } = await mountTimed(kind, count);
  unmount(subject);
  return ms;
};

window.scrollRun = async (kind, count) => {
  const { subject } = await mountTimed(kind, count);
  await new Promise((r) => setTimeout(r, 300));
  const scroller = subject.scroller();
  const steps = 60;
  let slow = 0;
  let last = performance.now();
  for (let i = 1; i <= steps; i++) {
    scroller.scrollTop = ((scroller.scrollHeight - scroller.clientHeight) * i) / steps;
    await frame();
    const now = performance.now();
    if (now - last > 50) slow++;
    last = now;
  }
  await new Promise((r) => setTimeout(r, 300));
  const nodes = deepCount(subject.el);
  unmount(subject);
  return { slow, nodes };
};

window.heapRun = async (kind, count) => {
  const read = async () => {
    for (let i = 0; i < 3; i++) {
      window.gc();
      await new Promise((r) => setTimeout(r, 20));
    }
    return performance.memory.usedJSHeapSize;
  };
  let first = 0;
  for (let i = 1; i <= ${HEAP_CYCLES}; i++) {
    const { subject } = await mountTimed(kind, count);
    await new Promise((r) => setTimeout(r, 50));
    unmount(subject);
    if (i === 1) first = await read();
  }
  return { first, last: await read() };
};
window.ready = true;
`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n, digits = 1) => n.toFixed(digits);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function buildPage() {
  const esbuild = await import('esbuild');
  mkdirSync(outDir, { recursive: true });
  const entry = join(outDir, 'page.entry.js');
  writeFileSync(entry, pageSource);
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(outDir, 'page.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(root, 'tsconfig.json'),
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'error',
  });
  writeFileSync(
    join(outDir, 'index.html'),
    '<!doctype html><html lang="en"><body><div id="stage"></div><script type="module" src="page.js"></script></body></html>',
  );
}

export function serve() {
  const server = createServer((req, res) => {
    const name = req.url === '/' ? 'index.html' : req.url.slice(1).split('?')[0];
    try {
      const body = readFileSync(join(outDir, name));
      res.writeHead(200, {
        'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * The main thread's own time (thread time, not wall time) for one first render, from a trace:
 * the tasks between the page's `first-render:start` and `:end` marks. Other processes on the
 * machine lengthen the wall time; they barely change this.
 */
async function tracedRender(page, kind, count) {
  await page.tracing.start({
    categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  await page.evaluate((k, n) => globalThis.firstRender(k, n), kind, count);
  const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
  const start = traceEvents.find((e) => e.name === 'first-render:start');
  const end = traceEvents.find((e) => e.name === 'first-render:end');
  const tasks = traceEvents.filter(
    (e) =>
      e.tid === start.tid && e.name === 'RunTask' && e.ts + e.dur >= start.ts && e.ts <= end.ts,
  );
  return tasks.reduce((sum, e) => sum + (e.tdur ?? e.dur), 0) / 1000;
}

/** Runs the measurement and returns the README block (also printed). */
export async function benchGrid() {
  await buildPage();
  const server = await serve();
  const { launch } = await import('puppeteer-core');
  const browser = await launch({
    executablePath: findChrome() ?? '/usr/bin/chromium',
    headless: true,
    args: [...chromeArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  const results = {};
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction('window.ready === true');
    for (const count of SIZES) {
      for (const kind of ['ours', 'grid']) {
        // One warm-up render (JIT, styles), then the measured runs.
        await page.evaluate((k, n) => globalThis.firstRender(k, n), kind, count);
        const renders = [];
        const slows = [];
        const nodes = [];
        for (let run = 0; run < RUNS; run++) {
          renders.push(await page.evaluate((k, n) => globalThis.firstRender(k, n), kind, count));
          const scroll = await page.evaluate((k, n) => globalThis.scrollRun(k, n), kind, count);
          slows.push(scroll.slow);
          nodes.push(scroll.nodes);
        }
        const cpus = [];
        for (let run = 0; run < Math.min(RUNS, 3); run++)
          cpus.push(await tracedRender(page, kind, count));
        const heap = await page.evaluate((k, n) => globalThis.heapRun(k, n), kind, count);
        results[`${kind}:${count}`] = {
          render: median(renders),
          cpu: median(cpus),
          slow: median(slows),
          nodes: median(nodes),
          heap,
        };
        console.log(kind, count, JSON.stringify(results[`${kind}:${count}`]));
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  const lines = [
    '| Rows | | First render | vs grid | Budget | Main thread (first render) | Frames > 50 ms (scroll) | DOM nodes after scroll | Heap after 20 mounts vs first |',
    '| --: | --- | --: | --: | --- | --: | --: | --: | --: |',
  ];
  let over = false;
  for (const count of SIZES) {
    const ours = results[`ours:${count}`];
    const grid = results[`grid:${count}`];
    const ratio = ours.render / grid.render;
    let budget = '—';
    if (count === 100_000) {
      const ok = ours.render < 50 && ratio <= 0.5;
      over ||= !ok;
      budget = `< 50 ms and ≤ 0.5× grid: ${ok ? 'ok' : '**over**'}`;
    }
    const growth = (h) =>
      `${mb(h.last)} vs ${mb(h.first)} (${h.last >= h.first ? '+' : ''}${fmt(((h.last - h.first) / h.first) * 100)} %)`;
    lines.push(
      `| ${count.toLocaleString('en')} | ph-whatsapp-accounts | ${fmt(ours.render)} ms | ${fmt(ratio, 2)}× | ${budget} | ${fmt(ours.cpu)} ms (${fmt(ours.cpu / grid.cpu, 2)}×) | ${ours.slow} | ${ours.nodes} | ${growth(ours.heap)} |`,
      `| ${count.toLocaleString('en')} | @vaadin/grid | ${fmt(grid.render)} ms | 1× | | ${fmt(grid.cpu)} ms | ${grid.slow} | ${grid.nodes} | ${growth(grid.heap)} |`,
    );
  }
  const block = [
    lines.join('\n'),
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} in headless Chromium (${SIZES.length} sizes × ${RUNS} runs each, medians; heap: ${HEAP_CYCLES} mount/unmount cycles, forced GC before each read). The same seeded rows for both; the grid gets them as its \`items\` array, the list reads them page by page through the memory adapter and the client. Main thread is the renderer's own thread time in that window (from a trace, median of 3), which the other processes of a busy machine barely change. First render is "element connected → first rows painted", the same for both: from connecting the element to the task after the frame that paints the first row's text (a forced GC before each, so neither pays for the one before); the scroll is 60 steps top to bottom, one per frame.`,
  ].join('\n');
  console.log(block);
  if (
    process.env.BENCH_README !== '0' &&
    (await writeReadmeSection('bench-grid', block)) === 'written'
  ) {
    console.log('\nREADME.md updated (bench-grid).');
  }
  return { block, over };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runScript(async () => {
    const { over } = await benchGrid();
    if (over) process.exitCode = 1;
  });
}
