// Writes generated files, or with `--check` on the command line writes nothing and exits 1 naming the stale ones,
// so CI can tell a forgotten `npm run manifest` from a fresh tree.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** @param {Record<string, string>} outputs file path → full text */
export function writeGenerated(outputs) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [file, text] of Object.entries(outputs)) {
    let current;
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    if (check) stale.push(file);
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  if (stale.length) {
    console.error(`Stale generated files: ${stale.join(', ')}. Run \`npm run manifest\` and commit them.`);
    process.exit(1);
  }
}
