#!/usr/bin/env node
/**
 * Fails when the modules in src/ import each other in a cycle. A cycle makes evaluation order matter (a class
 * read before its module has run is `undefined`), ties layers that should point one way (components →
 * controllers → adapter → model), and stops a bundler from dropping the half a host does not use.
 *
 * dpdm resolves imports with TypeScript's own resolver and tsconfig.json, so `./customer.js` finds
 * `customer.ts`. Type-only imports count too: a cycle of types is still two modules that cannot be understood
 * one without the other. A relative import that resolves to no file fails the check as well, because an edge
 * the tool could not follow is a cycle it could not see.
 */
import { parseCircular, parseDependencyTree, prettyCircular } from 'dpdm';

const root = new URL('..', import.meta.url).pathname;
const tree = await parseDependencyTree('src/**/*.ts', { cwd: root, context: root, tsconfig: 'tsconfig.json' });

const modules = Object.keys(tree).filter((id) => id.startsWith('src/'));
const unresolved = modules.flatMap((id) =>
  (tree[id] ?? []).filter((dependency) => dependency.id === null && dependency.request.startsWith('.')).map((dependency) => `${id}: '${dependency.request}'`),
);
if (unresolved.length > 0) {
  console.error(`lint:cycles: ${unresolved.length} relative import(s) resolve to no file, so their edges cannot be checked:\n  ${unresolved.join('\n  ')}`);
  process.exit(1);
}

const cycles = parseCircular(tree);
if (cycles.length > 0) {
  console.error(`lint:cycles: ${cycles.length} import cycle(s) in src/:\n${prettyCircular(cycles, '  ')}`);
  process.exit(1);
}
const edges = modules.reduce((count, id) => count + (tree[id] ?? []).filter((dependency) => dependency.id?.startsWith('src/')).length, 0);
console.log(`lint:cycles: no import cycles in src/ (${modules.length} modules, ${edges} imports between them)`);
