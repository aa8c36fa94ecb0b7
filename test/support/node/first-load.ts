/**
 * The modules of an element's first load, as scripts/size.mjs lists them (SPEC's esbuild command with code
 * splitting: the entry chunk and what it imports statically). For tests that a part loads by `import()` only.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

/** `element` as `npm run size -- --only` matches it, e.g. `tag-editor`. Every module, however small. */
export function firstLoadModules(element: string): string[] {
  const run = spawnSync(process.execPath, ['scripts/size.mjs', '--json', '--only', element, '--why', element, '--top', '1000'], { encoding: 'utf8' });
  assert.equal(run.stderr, '', 'no build warnings');
  const [measured] = JSON.parse(run.stdout) as { modules: [string, number][] }[];
  return measured!.modules.map(([name]) => name);
}
