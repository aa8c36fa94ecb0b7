/**
 * Four jobs, chosen by command and mode:
 * - `vite` (npm start): the demo portal in examples/portal on the dev server, MSW worker served from public/.
 * - `vite build`: the library, ES modules with lit, @lit/* and file-saver left to the host (dist/bundle.js
 *   among them: what `customer-list-elements/bundle.js` is in Node, where the self-contained bundle cannot load).
 * - `vite build --mode bundle`: dist/customer-list-elements.bundle.js, self-contained for one <script type="module">.
 * - `vite build --mode demo` (npm run build:demo): the demo portal for production in demo-dist/, with the MSW worker
 *   from public/ at its root (serve the folder as a site root: the worker registers at /mockServiceWorker.js).
 */
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type LibraryOptions, type UserConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals-plugin.js';

const root = import.meta.dirname;
const src = (path: string) => resolve(root, 'src', path);

/** One entry per element: src/components/<name>/<name>.ts registers <name>. */
function elementEntries(): Record<string, string> {
  const dir = src('components');
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(resolve(dir, entry.name, `${entry.name}.ts`)))
      .map((entry) => [entry.name, resolve(dir, entry.name, `${entry.name}.ts`)]),
  );
}

/** The React wrappers: src/react/index.ts and one module per element (src/react/<tag>.ts), each as dist/react/<name>.js. */
function reactEntries(): Record<string, string> {
  const dir = src('react');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => [`react/${file.replace(/\.ts$/, '')}`, resolve(dir, file)]),
  );
}

function libraryOptions(bundle: boolean): LibraryOptions {
  const entry: Record<string, string> = bundle
    ? { 'customer-list-elements.bundle': src('bundle.ts') }
    : // `bundle` is bundle.js under the `node` export condition: the self-contained bundle carries lit's browser
      // build, which extends HTMLElement and throws in Node; this one imports the host's lit, whose Node build
      // brings the DOM shim (and the customElements registry Lit SSR renders from).
      { index: src('index.ts'), define: src('define.ts'), adapters: src('adapters.ts'), 'partner-center-proxy': src('partner-center-proxy.ts'), testing: src('testing/index.ts'), bundle: src('bundle.ts'), ...reactEntries(), ...elementEntries() };
  return { entry, formats: ['es'] };
}

const LIT_FAMILY = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize', '@lit/task', '@lit/context'];

const peerDependency = /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|file-saver|react)(\/.*)?$/;

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') {
    return {
      root: resolve(root, 'examples/portal'),
      publicDir: resolve(root, 'public'),
      server: { port: 5173, strictPort: true, fs: { allow: [root] }, watch: { ignored: ['**/coverage/**', '**/dist/**', '**/storybook-static/**'] } },
      define: { 'process.env.NODE_ENV': JSON.stringify('development') },
      // Pre-bundling inlines lit-html into lit.js and again into a shared chunk ("Multiple versions of Lit
      // loaded"). The lit family is plain ES modules: served as they are, each module exists once.
      optimizeDeps: { exclude: LIT_FAMILY },
    };
  }
  if (mode === 'demo') {
    // One chunk of about 680 kB: the portal carries the dataset generator and the mock API, as the dev server does.
    return {
      root: resolve(root, 'examples/portal'),
      base: './',
      publicDir: resolve(root, 'public'),
      logLevel: 'warn',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: { target: 'es2022', outDir: resolve(root, 'demo-dist'), emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 1024 },
    };
  }
  const bundle = mode === 'bundle';
  return {
    publicDir: false,
    plugins: [minifyLiterals()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !bundle,
      sourcemap: true,
      minify: bundle,
      lib: libraryOptions(bundle),
      rolldownOptions: bundle
        ? { output: { entryFileNames: '[name].js', codeSplitting: false } }
        : {
            external: (id: string) => peerDependency.test(id) || id.startsWith('node:'),
            output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
          },
    },
  };
});
