#!/usr/bin/env node
// Fails when a message has no Polish translation or the generated locale modules are stale:
// runs `lit-localize extract` and `build`, then looks for units without <target> and for a git diff.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
run('npx', ['lit-localize', 'extract']);
run('npx', ['lit-localize', 'build']);

let missing = 0;
for (const file of readdirSync('src/localization/xliff')) {
  const xliff = readFileSync(`src/localization/xliff/${file}`, 'utf8');
  for (const unit of xliff.match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? []) {
    if (!unit.includes('<target>')) {
      missing++;
      console.error(`${file}: no translation for ${unit.match(/<source>([\s\S]*?)<\/source>/)?.[1]}`);
    }
  }
}
const stale = run('git', ['status', '--porcelain', '--', 'src/localization']).trim();
if (stale) console.error(`Localization files changed when regenerated; commit them:\n${stale}`);
if (missing || stale) process.exit(1);
console.log('translations: complete and fresh');
