/**
 * The docs a user reads: README short and first for users, every relative link and anchor in README, docs/ and
 * bench/README.md leading somewhere, and no reference to files that are not in the repository.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';

const repo = new URL('../..', import.meta.url).pathname;
const docs = ['README.md', 'bench/README.md', ...readdirSync(join(repo, 'docs')).filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`)];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchors(file: string): Set<string> {
  const text = readFileSync(join(repo, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#+ (.+)$/gm)].map(([, heading]) => slug(heading!)));
}

test('README is a short page for users: under 200 lines, with a table of contents, and cites no SPEC', () => {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const lines = readme.split('\n').length;
  assert.ok(lines <= 200, `README has ${lines} lines`);
  assert.match(readme, /^- \[Install\]\(#install\)$/m);
  for (const doc of docs) assert.doesNotMatch(readFileSync(join(repo, doc), 'utf8'), /\bSPEC\b/, `${doc} cites SPEC, which is not in the repository`);
});

test('every relative link in the docs leads to a file, and every anchor to a heading', () => {
  const broken: string[] = [];
  for (const doc of docs) {
    const text = readFileSync(join(repo, doc), 'utf8').replace(/```[\s\S]*?```/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      const [path, anchor] = target!.split('#') as [string, string | undefined];
      const file = path ? join(dirname(doc), path) : doc;
      if (!existsSync(join(repo, file))) broken.push(`${doc}: ${target} (no ${file})`);
      else if (anchor && file.endsWith('.md') && !anchors(file).has(anchor)) broken.push(`${doc}: ${target} (no heading #${anchor} in ${file})`);
    }
  }
  assert.deepEqual(broken, []);
});

test("the events table in docs/elements.md names every element's events as custom-elements.json has them, and no other", () => {
  const manifest = JSON.parse(readFileSync(join(repo, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: { tagName?: string; events?: { name: string }[] }[] }[] };
  const fromManifest = new Map<string, Set<string>>();
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (declaration.tagName) fromManifest.set(declaration.tagName, new Set((declaration.events ?? []).map((event) => event.name)));
  }
  const text = readFileSync(join(repo, 'docs/elements.md'), 'utf8');
  const table = text.slice(text.indexOf('## Events'));
  const fromDocs = new Map<string, Set<string>>();
  for (const [, tag, names] of table.matchAll(/^\| ([a-z-]+) \| ([^|]+) \|/gm)) {
    if (!fromManifest.has(tag!)) continue;
    const events = fromDocs.get(tag!) ?? new Set<string>();
    for (const [, name] of names!.matchAll(/`([a-z-]+)`/g)) events.add(name!);
    fromDocs.set(tag!, events);
  }
  assert.ok(fromManifest.size >= 6, `the manifest names the elements: ${[...fromManifest.keys()].join(', ')}`);
  for (const [tag, events] of fromManifest) assert.deepEqual([...(fromDocs.get(tag) ?? [])].sort(), [...events].sort(), `<${tag}>'s events`);
});
