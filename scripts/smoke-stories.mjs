// Story smoke test: every story of the static Storybook build is one test. It is shown in
// Storybook's preview (iframe.html?id=…&viewMode=story) in headless Chromium and fails on a page
// error, a console error, a failed or HTTP-error request, a render/play-function error reported
// by Storybook, an empty #storybook-root or a custom element in it that was never defined. Each
// worker loads the preview once and then switches story in it, as Storybook's own UI does
// (loading the preview for every story took most of the run); after a failure it starts on a
// fresh page, so one story's breakage is not blamed on the next. One more test
// opens the balance card's docs page, where its German story renders beside the English ones,
// and checks each card keeps its own language in words, money and dates (they once mixed).
//
// `npm run test:stories` builds Storybook first; scripts/test.mjs runs this after its own
// Storybook build stage. Counts go to PH_SMOKE_RESULTS (JSON) when that is set.
/* global window, document -- watchStorybookChannel and inspectRoot run in the page */
import { once } from 'node:events';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SetupError, chromeArgs, ensureChrome, root, runScript } from './ensure.mjs';

const staticDir = join(root, 'storybook-static');
const storyTimeoutMs = 20000;
const settleMs = 150;
const parallelPages = 3;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

function serveStatic(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end(); // the browser asks on its own; not the story's doing
      return;
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) && file !== dir) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'max-age=3600',
    });
    createReadStream(file).pipe(response);
  });
  server.listen(0, '127.0.0.1');
  return server;
}

/**
 * Runs in the page before Storybook: records what its channel reports about the story being
 * shown (`window.__phSmoke`, set anew for each story).
 */
function watchStorybookChannel() {
  window.__phSmoke = { storyId: undefined, finished: false, errors: [] };
  const describe = (value) => value?.message ?? value?.description ?? value?.title ?? String(value);
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      const failure = (label) => (detail) =>
        window.__phSmoke.errors.push(`${label}: ${describe(detail)}`);
      value.on('storyErrored', failure('story errored'));
      value.on('storyThrewException', failure('story threw'));
      value.on('playFunctionThrewException', failure('play function threw'));
      value.on('unhandledErrorsWhilePlaying', failure('unhandled error while playing'));
      value.on('storyMissing', failure('story missing'));
      value.on('storyFinished', (detail) => {
        const outcome = window.__phSmoke;
        // The story switched away from may still report; only the one asked for counts.
        if (outcome.storyId && detail?.storyId && detail.storyId !== outcome.storyId) return;
        if (detail?.status === 'error')
          outcome.errors.push('Storybook reported the story as failed');
        outcome.finished = true;
      });
    },
  });
}

/** Runs in the page once the story finished: what a user would see in the root. */
function inspectRoot() {
  const outer = document.querySelector('#storybook-root');
  if (!outer) return ['#storybook-root is missing'];
  // The web-components renderer renders into a wrapper inside the root.
  const rootEl = outer.querySelector(':scope > #root-inner') ?? outer;
  const problems = [];
  if (rootEl.children.length === 0 && !rootEl.textContent?.trim()) {
    problems.push('#storybook-root is empty');
  }
  const undefinedTags = new Set(
    [...rootEl.querySelectorAll(':not(:defined)')].map((el) => el.localName),
  );
  if (undefinedTags.size) problems.push(`never defined: <${[...undefinedTags].join('>, <')}>`);
  return problems;
}

/** A page for one worker: what goes wrong in it lands in `page.problems` (emptied per story). */
async function openStoryPage(browser) {
  const page = await browser.newPage();
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url;
    page.problems.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('requestfailed', (request) => {
    page.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      page.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.evaluateOnNewDocument(watchStorybookChannel);
  page.loaded = false;
  return page;
}

/** Shows `story` in `page` (loading the preview the first time) and says what went wrong. */
async function smokeStory(page, baseUrl, story) {
  page.problems.length = 0;
  try {
    if (page.loaded) {
      await page.evaluate((storyId) => {
        window.__phSmoke = { storyId, finished: false, errors: [] };
        window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }, story.id);
    } else {
      const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`;
      await page.goto(url, { waitUntil: 'load', timeout: storyTimeoutMs });
      page.loaded = true;
    }
    // Poll on a timer: a page in the background gets no animation frames, so the default
    // requestAnimationFrame polling would never see the story finish.
    await page.waitForFunction(() => window.__phSmoke?.finished, {
      timeout: storyTimeoutMs,
      polling: 50,
    });
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    page.problems.push(...(await page.evaluate(() => window.__phSmoke.errors)));
    page.problems.push(...(await page.evaluate(inspectRoot)));
  } catch (error) {
    page.problems.push(
      error.name === 'TimeoutError' ? 'timed out waiting for the story' : error.message,
    );
  }
  return [...page.problems];
}

/**
 * The balance card's docs page: every story on one page, the German one among English ones.
 * Each card must speak its provider's language — words, money and dates — not the last one set.
 */
export async function smokeDocsLanguages(browser, baseUrl) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    const url = `${baseUrl}/iframe.html?id=overview-balance-card--docs&viewMode=docs`;
    await page.goto(url, { waitUntil: 'load', timeout: storyTimeoutMs });
    const cards = () =>
      [...document.querySelectorAll('ph-provider')].flatMap((provider) =>
        [...provider.querySelectorAll('ph-balance-card')].map((card) => ({
          locale: provider.getAttribute('locale'),
          title: card.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? '',
          amount: card.shadowRoot?.querySelector('[part="amount"]')?.textContent?.trim() ?? '',
          updated: card.shadowRoot?.querySelector('time')?.parentElement?.textContent ?? '',
        })),
      );
    await page.evaluate(`window.__phCards = ${cards.toString()}`);
    await page.waitForFunction(
      () => {
        const all = window.__phCards();
        return all.some((c) => c.locale === 'de' && c.amount) && all.some((c) => c.amount);
      },
      { timeout: storyTimeoutMs, polling: 100 },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const all = await page.evaluate(cards);
    const german = all.filter((c) => c.locale === 'de' && c.amount);
    const english = all.filter((c) => c.locale === 'en' && c.amount);
    if (german.length === 0 || english.length === 0) {
      problems.push(`expected German and English cards, found ${JSON.stringify(all)}`);
    }
    for (const c of german) {
      if (
        c.title !== 'Guthaben' ||
        !/,\d{2}\s€$/.test(c.amount) ||
        !/Aktualisiert/.test(c.updated)
      ) {
        problems.push(`a German card reads ${JSON.stringify(c)}`);
      }
    }
    for (const c of english) {
      if (c.title !== 'Credit balance' || /Aktualisiert|Guthaben/.test(c.updated + c.title)) {
        problems.push(`an English card reads ${JSON.stringify(c)}`);
      }
    }
  } catch (error) {
    problems.push(error.message);
  } finally {
    await page.close().catch(() => {});
  }
  return problems;
}

export async function smokeStories() {
  const indexFile = join(staticDir, 'index.json');
  if (!existsSync(indexFile)) {
    throw new SetupError(
      'storybook-static/index.json is missing: run `npm run build-storybook` first.',
    );
  }
  const stories = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries).filter(
    (entry) => entry.type === 'story',
  );
  const chrome = ensureChrome();
  const { default: puppeteer } = await import('puppeteer-core');
  const server = serveStatic(staticDir);
  await once(server, 'listening');
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: chromeArgs,
  });

  const counts = { passed: 0, failed: 0, failures: [] };
  try {
    const queue = [...stories];
    const worker = async () => {
      let page = await openStoryPage(browser);
      for (let story = queue.shift(); story; story = queue.shift()) {
        const problems = await smokeStory(page, baseUrl, story);
        if (problems.length > 0) {
          // The next story starts on a fresh page, not in what this one left behind.
          await page.close().catch(() => {});
          page = await openStoryPage(browser);
        }
        const label = `${story.title} › ${story.name}`;
        if (problems.length === 0) {
          counts.passed += 1;
          console.log(`  ✓ ${label}`);
        } else {
          counts.failed += 1;
          counts.failures.push(`${label}: ${problems.join('; ')}`);
          console.log(`  ✗ ${label}\n      ${[...new Set(problems)].join('\n      ')}`);
        }
      }
    };
    await Promise.all(Array.from({ length: parallelPages }, worker));
    const label = 'Docs page › Balance card: each story in its own language';
    const problems = await smokeDocsLanguages(browser, baseUrl);
    if (problems.length === 0) {
      counts.passed += 1;
      console.log(`  ✓ ${label}`);
    } else {
      counts.failed += 1;
      counts.failures.push(`${label}: ${problems.join('; ')}`);
      console.log(`  ✗ ${label}\n      ${problems.join('\n      ')}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return counts;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runScript(async () => {
    const counts = await smokeStories();
    const resultsFile = process.env.PH_SMOKE_RESULTS;
    if (resultsFile) writeFileSync(resultsFile, `${JSON.stringify(counts, null, 2)}\n`);
    console.log(
      `${resultsFile ? 'stories: ' : ''}${counts.passed} passed, ${counts.failed} failed`,
    );
    process.exitCode = counts.failed ? 1 : 0;
  });
}
