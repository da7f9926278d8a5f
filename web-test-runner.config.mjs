// Unit and component tests: mocha + @open-wc/testing in headless Chromium.
// `npm run test:unit` runs this alone; `npm test` runs it as one stage of the full check.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeArgs, findChrome } from './scripts/ensure.mjs';
import { countingReporter } from './test/support/reporter.mjs';
import { forcedColorsPlugin } from './test/support/forced-colors-plugin.mjs';
import { strictCspPlugin } from './test/support/strict-csp-plugin.mjs';
import {
  referenceServerPlugin,
  referenceServerProxy,
} from './test/support/reference-server-plugin.mjs';

/**
 * wtr fails the run when coverage of src/ drops below these. Only the whole suite is held to
 * them: `npm run test:unit -- --files test/money/*.test.ts` still reports coverage, but a few
 * files cannot cover the kit.
 */
const coverageThreshold = { statements: 80, branches: 70, functions: 75, lines: 80 };
const focused = process.argv.some((arg) => arg === '--files' || arg.startsWith('--files='));

/**
 * A flaky network for one URL: the first request for a URL whose query has `ph-fail-once` is
 * answered 503, later ones are served. Only URLs a test marks so are touched (the hub's test of a
 * tab whose code failed to load).
 */
function failOnce() {
  const failed = new Set();
  return (ctx, next) => {
    if (!new URLSearchParams(ctx.querystring).has('ph-fail-once') || failed.has(ctx.url)) {
      return next();
    }
    failed.add(ctx.url);
    ctx.status = 503;
    ctx.body = 'Service Unavailable (ph-fail-once)';
    return undefined;
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time: a page in the background gets no animation frames and no focus,
  // which keyboard and dialog tests need. The whole suite runs in about seven minutes on two
  // cores (2026-12-02): about half of it the tests themselves, the rest each file's page, its
  // modules and its coverage (a fifth); two files at a time saved a tenth, and would give up the
  // focus a keyboard test needs.
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {
        // CHROME_PATH (set by `npm test`), else the first Chrome or Chromium on this machine.
        executablePath: findChrome() ?? '/usr/bin/chromium',
        headless: true,
        args: chromeArgs,
      },
    }),
  ],
  plugins: [
    // Without the tsconfig path esbuild ignores `useDefineForClassFields: false`, and the
    // elements' class fields would hide the accessors Lit makes for their `static properties`;
    // and experimentalDecorators, so the CSP sample's @property would be a standard decorator,
    // which Lit rejects ("Unsupported decorator location: field").
    esbuildPlugin({
      ts: true,
      target: 'auto',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    // Files named *.csp.test.ts run under the strict CSP with Trusted Types (DESIGN §3).
    strictCspPlugin(),
    // `executeServerCommand('ph-forced-colors', { active })`: Windows High Contrast, emulated.
    forcedColorsPlugin(),
    // `a11ySnapshot()`: the accessibility tree as a screen reader gets it (inert parts left out).
    a11ySnapshotPlugin(),
    // The real reference server for http adapter tests: `import { apiBase } from '/__ph-server.js'`.
    referenceServerPlugin(),
  ],
  // Its same-origin proxy (`/__ph-api/…`) and per-test instances (`/__ph-server/instances`);
  // a first request that fails for URLs marked `?ph-fail-once`.
  middleware: [referenceServerProxy(), failOnce()],
  testFramework: { config: { timeout: 10000 } },
  // Lit's one-line dev-mode banner, printed by every test file, hides the logs that matter.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    // src/server/ runs in Node; its coverage is its Node tests' (test/server/*.test.mjs).
    exclude: ['**/node_modules/**', 'test/**', 'src/i18n/locales/**', 'src/server/**'],
    threshold: focused ? undefined : coverageThreshold,
    report: true,
    reportDir: 'coverage',
    reporters: ['lcov', 'text-summary'],
  },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
