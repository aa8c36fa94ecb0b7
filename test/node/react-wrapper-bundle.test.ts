/**
 * One element's React wrapper bundles one element: an app that imports `CustomerList` from
 * `customer-list-elements/react/customer-list.js` gets `<customer-list>` and none of the other elements, with esbuild
 * and with Vite (Rolldown), over the built package as its `exports` and `sideEffects` describe it. The index,
 * `customer-list-elements/react`, registers every element (so the list's commands open them): checked too.
 * Needs `npm run build` first (npm test does it).
 *
 * Which elements a bundle holds is read from the bundler's own module list (each element's class lives in its
 * `dist/chunks/<tag>.component-….js`), not from the output text: `<customer-list>` names the tags it composes.
 */
import { mkdtempSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { build as viteBuild, type Rolldown } from 'vite';
import { repo } from '../support/node/example-app.js';

const manifest = JSON.parse(readFileSync(join(repo, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: { tagName?: string }[] }[] };
const TAGS = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : [])).sort();
const dist = `${realpathSync(repo)}/dist/`.replace(/\/+/g, '/');

const ENTRIES = {
  'one wrapper': `import { CustomerList } from 'customer-list-elements/react/customer-list.js';\nconsole.log(CustomerList);\n`,
  'the index': `import { CustomerList } from 'customer-list-elements/react';\nconsole.log(CustomerList);\n`,
};
type Entry = keyof typeof ENTRIES;

let app: string;

before(() => {
  assert.equal(TAGS.length > 1, true, 'custom-elements.json lists the elements');
  // An app outside the repository with the package in its node_modules, as npm links a workspace package.
  app = mkdtempSync(join(tmpdir(), 'react-wrapper-bundle-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(repo, join(app, 'node_modules/customer-list-elements'), 'dir');
  for (const [name, source] of Object.entries(ENTRIES)) writeFileSync(join(app, `${name.replace(' ', '-')}.js`), source);
});

after(() => rmSync(app, { recursive: true, force: true }));

/** The elements whose classes or registrations a bundle holds, from the paths of the modules in it. */
function elementsIn(paths: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const path of paths) {
    const absolute = path.startsWith('/') ? path : join(app, path);
    const file = realpathOrSelf(absolute);
    if (!file.startsWith(dist)) continue;
    const match = /^(?:chunks\/)?([a-z-]+?)(?:\.component-[\w-]+)?\.js$/.exec(file.slice(dist.length));
    if (match && TAGS.includes(match[1]!)) found.add(match[1]!);
  }
  return [...found].sort();
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

interface Bundled {
  /** Elements in what the page loads first: the entry's chunk and the chunks it imports statically. */
  initial: string[];
  /** Elements only in chunks loaded by a dynamic import (the list's commands load theirs on first use). */
  lazy: string[];
  gzipInitial: number;
  gzipLazy: number;
}

/** Splits a bundler's chunks into the initial load (the entry and its static imports) and the rest. */
function split(chunks: { name: string; entry: boolean; imports: string[]; modules: string[]; code: Uint8Array | string }[]): Bundled {
  const byName = new Map(chunks.map((chunk) => [chunk.name, chunk]));
  const initial = new Set<string>();
  const visit = (name: string) => {
    if (initial.has(name) || !byName.has(name)) return;
    initial.add(name);
    for (const imported of byName.get(name)!.imports) visit(imported);
  };
  for (const chunk of chunks) if (chunk.entry) visit(chunk.name);
  const first = chunks.filter((chunk) => initial.has(chunk.name));
  const rest = chunks.filter((chunk) => !initial.has(chunk.name));
  const gzip = (list: typeof chunks) => list.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
  const initialElements = elementsIn(first.flatMap((chunk) => chunk.modules));
  return {
    initial: initialElements,
    lazy: elementsIn(rest.flatMap((chunk) => chunk.modules)).filter((tag) => !initialElements.includes(tag)),
    gzipInitial: gzip(first),
    gzipLazy: gzip(rest),
  };
}

async function withEsbuild(entry: Entry): Promise<Bundled> {
  const result = await esbuild.build({
    entryPoints: [join(app, `${entry.replace(' ', '-')}.js`)],
    absWorkingDir: app,
    bundle: true,
    splitting: true,
    outdir: join(app, 'out'),
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  return split(
    Object.entries(result.metafile.outputs)
      .filter(([name]) => name.endsWith('.js'))
      .map(([name, output]) => ({
        name,
        // The app's own file; the elements loaded by import() are entry points of esbuild's too, dynamic ones.
        entry: output.entryPoint === `${entry.replace(' ', '-')}.js`,
        imports: output.imports.filter((imported) => imported.kind === 'import-statement').map((imported) => imported.path),
        modules: Object.keys(output.inputs),
        code: code.get(join(app, name)) ?? '',
      })),
  );
}

async function withVite(entry: Entry): Promise<Bundled> {
  const output = (await viteBuild({
    configFile: false,
    root: app,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { write: false, rolldownOptions: { input: join(app, `${entry.replace(' ', '-')}.js`) } },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output).filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  return split(chunks.map((chunk) => ({ name: chunk.fileName, entry: chunk.isEntry, imports: chunk.imports, modules: chunk.moduleIds, code: chunk.code })));
}

for (const [bundler, bundle] of [['esbuild', withEsbuild], ['Vite', withVite]] as const) {
  test(`${bundler}: CustomerList from customer-list-elements/react/customer-list.js loads <customer-list> alone, the elements its commands open only on first use; the index loads every element`, async (t) => {
    const one = await bundle('one wrapper');
    assert.deepEqual(one.initial, ['customer-list']);
    assert.deepEqual(one.lazy, TAGS.filter((tag) => tag !== 'customer-list'), 'each composed element is a chunk of its own, loaded by its command');
    const all = await bundle('the index');
    assert.deepEqual(all.initial, TAGS);
    t.diagnostic(`${bundler}, gzip -9: one wrapper ${one.gzipInitial} B at first (+${one.gzipLazy} B in lazily loaded chunks), the index ${all.gzipInitial} B (React included in both)`);
  });
}
