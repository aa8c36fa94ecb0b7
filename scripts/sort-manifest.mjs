#!/usr/bin/env node
// The analyzer lists modules in the order the file system returns them, which differs between checkouts
// (a fresh clone vs a working tree), so the committed manifest would never look fresh in CI. Sort by path.
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'custom-elements.json';
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
