/**
 * Every entry point imports in Node with no DOM, as a server-side renderer, a test runner or a build script
 * imports it: `npm pack` of the built repository, installed from the tarball into test/consumers/node (copied to a
 * temporary folder), then each entry of the installed package's `exports` imported in its own plain Node process,
 * so one entry's registrations or failure cannot hide another's. Stylesheets and JSON are not modules, and the
 * types-only entries (`types/react-jsx`, `types/vue`) have nothing for Node to load. Needs `npm run build` first
 * (npm test does it).
 *
 * `bundle.js` is the case this guards: its default target is the self-contained browser bundle, whose lit extends
 * `HTMLElement` and throws in Node; under the `node` condition it is the library build, on the host's lit.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installFixture, pack, run, type Packed } from '../support/node/consumer-app.js';

const PACKAGE = 'customer-list-elements';

/** What a Node process saw of one entry: its export names and the tags registered (in lit's Node registry). */
interface Imported {
  exports: string[];
  registered: string[];
}

let packed: Packed;
let app: string;
let entries: string[];
let tags: string[];
/** Each entry's result, or the error of the process that imported it. */
const imported = new Map<string, Imported | Error>();

/** The import specifiers of the package's `exports` that Node can load: not stylesheets, JSON or types alone. */
function runtimeEntries(exports: Record<string, string | Record<string, string>>): string[] {
  return Object.entries(exports)
    .filter(([path, target]) => !/\.(css|json)$/.test(path) && (typeof target === 'string' || Object.keys(target).some((condition) => condition !== 'types')))
    .map(([path]) => (path === '.' ? PACKAGE : `${PACKAGE}/${path.slice(2)}`));
}

/** Imports `specifier` in a new Node process in the installed app; rejects with the process's output. */
async function importInNode(specifier: string): Promise<Imported> {
  const program = `
    // A plain Node process: no DOM, no custom-element registry before the package brings one.
    for (const name of ['window', 'document', 'HTMLElement', 'customElements']) {
      if (name in globalThis) throw new Error('not a plain Node process: globalThis.' + name + ' exists');
    }
    const module = await import(${JSON.stringify(specifier)});
    const tags = ${JSON.stringify(tags)};
    console.log(JSON.stringify({
      exports: Object.keys(module).sort(),
      registered: tags.filter((tag) => globalThis.customElements?.get(tag) !== undefined),
    }));
  `;
  const output = await run(process.execPath, ['--input-type=module', '--eval', program], app);
  return JSON.parse(output.trim().split('\n').at(-1)!) as Imported;
}

/** Runs `job` over `items`, `limit` at a time: two cores are shared with other work. */
async function eachLimited<T>(items: T[], limit: number, job: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: limit }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await job(item);
  }));
}

before(async () => {
  packed = await pack();
  app = await installFixture(packed, 'node');
  const installed = join(app, 'node_modules', PACKAGE);
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: { tagName?: string }[] }[] };
  tags = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : [])).sort();
  entries = runtimeEntries((JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { exports: Record<string, string | Record<string, string>> }).exports);
  await eachLimited(entries, 4, async (entry) => {
    imported.set(entry, await importInNode(entry).catch((error: Error) => error));
  });
});

after(() => packed?.remove());

test('every entry point in "exports" imports in a plain Node process, with no DOM', () => {
  // Never vacuous: the entries a host imports are among those tried.
  assert.ok(tags.length >= 6, `custom-elements.json names the elements: ${tags.join(', ')}`);
  for (const entry of ['', '/define.js', '/bundle.js', '/customer-list.js', '/adapters.js', '/partner-center-proxy.js', '/testing.js', '/react']) assert.ok(entries.includes(`${PACKAGE}${entry}`), `${PACKAGE}${entry} is tried`);
  const failures: string[] = [];
  for (const entry of entries) {
    const result = imported.get(entry);
    if (!(result instanceof Error)) continue;
    const thrown = result.message.split('\n').find((line) => /^\w*Error\b/.test(line)) ?? result.message;
    failures.push(`import '${entry}' throws: ${thrown}`);
  }
  assert.deepEqual(failures, []);
});

test('in Node, bundle.js holds what it holds in a browser: the main entry\'s exports, every element registered as define.js registers them', () => {
  const [bundle, main, define] = [`${PACKAGE}/bundle.js`, PACKAGE, `${PACKAGE}/define.js`].map((entry) => {
    const result = imported.get(entry);
    assert.ok(result && !(result instanceof Error), `import '${entry}': ${result instanceof Error ? result.message : 'not tried'}`);
    return result as Imported;
  });
  assert.deepEqual(bundle!.exports, main!.exports);
  assert.ok(main!.exports.includes('CustomerList') && main!.exports.includes('MemoryAdapter'), main!.exports.join(', '));
  // Lit's Node build brings a custom-element registry, the one Lit SSR renders registered elements from.
  assert.deepEqual(define!.registered, tags);
  assert.deepEqual(bundle!.registered, tags);
  assert.deepEqual(main!.registered, [], 'the main entry registers nothing, in Node too');
});

test('a host runs the adapter contract suite from testing.js under its own runner: node:test with chai, over the installed MemoryAdapter', async () => {
  const output = await run(process.execPath, ['--test', 'contract.test.mjs'], app);
  const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(output)?.[1]);
  // Never vacuous: the suites declare about a hundred tests over a source that can do everything.
  assert.ok(count('pass') >= 90, `passed: ${count('pass')}\n${output.slice(-2000)}`);
  assert.equal(count('fail'), 0, output.slice(-4000));
});
