#!/usr/bin/env node
/**
 * Type-checks the declarations a host gets, as a host's compiler reads them: every `types` file named in
 * package.json's `exports`, with everything it imports from `dist/` and from our dependencies, and
 * `skipLibCheck` off (so our own .d.ts files are checked, not skipped).
 *
 * `stripInternal` (tsconfig.build.json) drops every declaration marked `@internal` from dist/, and it does so
 * silently: a public declaration that still names a stripped one (a re-export from index.ts, a parameter type,
 * a base class) is left pointing at nothing. publint and are-the-types-wrong check how the entry points
 * resolve, not what they contain, so they pass such a package; this check fails it. Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const entries = Object.values(manifest.exports)
  .flatMap((target) => (typeof target === 'object' && target.types ? [target.types] : []))
  .map((path) => new URL(path, `file://${root}`).pathname);

const program = ts.createProgram(entries, {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  strict: true,
  skipLibCheck: false,
  noEmit: true,
});
const diagnostics = ts.getPreEmitDiagnostics(program);
if (diagnostics.length > 0) {
  const host = { getCanonicalFileName: (name) => name, getCurrentDirectory: () => root, getNewLine: () => '\n' };
  console.error(`published types: ${diagnostics.length} error(s) in what a host compiles (is dist/ built? does a public declaration name an @internal one?)\n`);
  console.error(ts.formatDiagnostics(diagnostics, host));
  process.exit(1);
}
const ours = program.getSourceFiles().filter((file) => file.fileName.startsWith(`${root}dist/`)).length;
console.log(`published types: ${entries.length} entry points, ${ours} declaration files of ours, no errors`);
