// Browser tests in Debian's Chromium through Playwright; no browser is ever downloaded.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { playwrightLauncher } from '@web/test-runner-playwright';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { inputCommandsPlugin } from './scripts/wtr-input-commands.mjs';

const commonjs = fromRollup(rollupCommonjs);

/** The MSW worker must be served from the site root to control scope `/`; it lives in public/. */
function mswWorkerAtRoot(context, next) {
  if (context.path === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
  return next();
}

/**
 * A Lit dev-mode warning ("See https://lit.dev/msg/<code>", e.g. change-in-update: an element scheduled an update
 * after one completed) is a defect that every consumer running in dev mode sees too, so it fails the test that
 * caused it: the error is thrown from a task, which mocha reports as that test's failure. Only the notice that Lit
 * is in dev mode at all is allowed.
 */
const failOnLitWarnings = `(() => {
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    warn(...args);
    const text = String(args[0]);
    const code = /lit\\.dev\\/msg\\/([\\w-]+)/.exec(text)?.[1];
    if (code && code !== 'dev-mode') setTimeout(() => { throw new Error('Lit dev-mode warning: ' + text); });
  };
})();`;

export default {
  // test/node/ runs in Node (node --test), not in the browser.
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  middleware: [mswWorkerAtRoot],
  // Lit announces dev mode in every test page; it says nothing about the test.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  concurrency: 2,
  // Limits for a loaded two-core machine (CI often is one): a test that waits for a condition gets the time it
  // needs there. They bound a hang; they measure nothing (speed is measured in `npm run bench`).
  testsFinishTimeout: 15 * 60_000,
  testFramework: { config: { timeout: 60_000 } },
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts', 'mocks/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['lcov', 'text-summary', 'json-summary'],
  },
  // A library reading process.env.NODE_ENV at run time finds 'development': there is no bundler here to replace it.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en"><head><meta charset="utf-8">
    <script>globalThis.process = { env: { NODE_ENV: 'development' } };</script>
    <script>${failOnLitWarnings}</script>
    </head><body><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [
    inputCommandsPlugin(),
    // file-saver and papaparse (tests read exported files back with it) ship only UMD.
    commonjs({ include: ['**/node_modules/file-saver/**', '**/node_modules/papaparse/**'], strictRequires: false }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
