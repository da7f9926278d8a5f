// Unit and component tests: mocha + @open-wc/testing in headless Chromium.
// `npm run test:unit` runs this alone; `npm test` runs it as one stage of the full check.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs } from './scripts/ensure.mjs';
import { countingReporter } from './test/support/reporter.mjs';
import { strictCspPlugin } from './test/support/strict-csp-plugin.mjs';

/** Raise these as the suite grows; wtr fails the run when coverage drops below them. */
const coverageThreshold = { statements: 80, branches: 70, functions: 75, lines: 80 };

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Two cores: two test files at a time. Each file runs in its own page.
  concurrency: 2,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: chromeArgs,
      },
    }),
  ],
  plugins: [
    // Without the tsconfig path esbuild ignores experimentalDecorators and compiles standard
    // decorators, which Lit rejects ("Unsupported decorator location: field").
    esbuildPlugin({
      ts: true,
      target: 'auto',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    // Files named *.csp.test.ts run under the strict CSP with Trusted Types (DESIGN §3).
    strictCspPlugin(),
  ],
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['**/node_modules/**', 'test/**', 'src/i18n/locales/**'],
    threshold: coverageThreshold,
    report: true,
    reportDir: 'coverage',
    reporters: ['lcov', 'text-summary'],
  },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
