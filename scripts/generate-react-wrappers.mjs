#!/usr/bin/env node
// React wrappers generated from custom-elements.json with @lit/react's createComponent: one module per element,
// `src/react/<tag>.ts` (shipped as `customer-list-elements/react/<tag>.js`), each registering only its own element,
// and `src/react/index.ts` re-exporting them all (`customer-list-elements/react`). Each event is a typed `on…` prop
// (`tags-assign` → `onTagsAssign`). `--check` writes nothing and fails when a file is stale (CI runs it).
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeGenerated } from './write-generated.mjs';

const DIR = 'src/react';
const HEADER = '// Generated from custom-elements.json by scripts/generate-react-wrappers.mjs (npm run manifest). Do not edit.';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

/** Where each exported class is declared: `src/…/x.ts` → the import path from src/react/. */
const modules = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) modules.set(declaration.name, `../${module.path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`);
}

const pascal = (kebab) => kebab.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

// Every element src/define.ts registers must be in the manifest: the analyzer drops a class silently when its JSDoc
// does not sit right above it (a declaration in between), and its wrapper would then be deleted below.
const defined = [...readFileSync(new URL('../src/define.ts', import.meta.url), 'utf8').matchAll(/components\/([\w-]+)\/\1\.js'/g)].map((match) => match[1]);
const missing = defined.filter((tag) => !elements.some((element) => element.tagName === tag));
if (missing.length) throw new Error(`custom-elements.json lacks ${missing.map((tag) => `<${tag}>`).join(', ')}: is the class's JSDoc right above its declaration?`);

/**
 * The module that registers an element: `<name>.component.ts` declares the class, `<name>.ts` beside it calls
 * `define()` (STYLE.md's layout). Checked, so a wrapper never silently registers nothing.
 */
function registeringModule(element) {
  const path = modules.get(element.name).replace(/\.component\.js$/, '.js');
  const source = `src/${path.slice(3).replace(/\.js$/, '.ts')}`;
  if (!existsSync(source) || !readFileSync(source, 'utf8').includes(`${element.name}.define(`)) {
    throw new Error(`${source} does not register <${element.tagName}> (${element.name}.define()): the wrapper would register nothing`);
  }
  return path;
}

function wrapperModule(element) {
  const imports = new Map(); // path → names
  const addImport = (name, typeOnly) => {
    const path = modules.get(name);
    if (!path) throw new Error(`${name} is not declared in custom-elements.json`);
    const names = imports.get(path) ?? new Set();
    names.add(typeOnly ? `type ${name}` : `${name} as ${name}Element`);
    imports.set(path, names);
  };
  addImport(element.name, false);
  const events = (element.events ?? []).filter((event) => event.name);
  const eventLines = events.map((event) => {
    const type = event.type?.text && modules.has(event.type.text) ? event.type.text : 'Event';
    if (type !== 'Event') addImport(type, true);
    return `    on${pascal(event.name)}: '${event.name}' as EventName<${type}>,`;
  });
  const importLines = [...imports.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, names]) => `import { ${[...names].sort().join(', ')} } from '${path}';`);
  const summary = element.summary ?? element.tagName;
  return `${HEADER}
/**
 * \`<${element.tagName}>\` for React: ${summary}
 * Properties are props, events typed \`on…\` props. Importing this module registers \`<${element.tagName}>\`, and no
 * other element, under its default tag.
 *
 * @example
 * import { ${element.name} } from 'customer-list-elements/react/${element.tagName}.js';
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '${registeringModule(element)}';
${importLines.join('\n')}

export const ${element.name} = createComponent({
  tagName: '${element.tagName}',
  elementClass: ${element.name}Element,
  react: React,
  events: {
${eventLines.join('\n')}
  },
});
`;
}

const index = `${HEADER}
/**
 * React components for every element: properties as props, events as typed \`on…\` props. Importing this module
 * registers every element under its default tag, so the list's commands open the tag editor, the order dialog and
 * the billing form, in development and in production alike. To register (and bundle) only some elements, import
 * their own modules instead: \`customer-list-elements/react/customer-list.js\`, …
 *
 * @example
 * import { CustomerList } from 'customer-list-elements/react';
 * <CustomerList adapter={adapter} agentRole="admin-agent" onCustomerSelect={(event) => setCount(event.count)} />
 */
import '../define.js';
${elements.map((element) => `export { ${element.name} } from './${element.tagName}.js';`).join('\n')}
`;

const outputs = { [`${DIR}/index.ts`]: index };
for (const element of elements) outputs[`${DIR}/${element.tagName}.ts`] = wrapperModule(element);

// A wrapper whose element left the manifest goes too.
const orphans = readdirSync(DIR).filter((file) => !(`${DIR}/${file}` in outputs)).map((file) => `${DIR}/${file}`);
if (orphans.length && process.argv.includes('--check')) {
  console.error(`Stale generated files: ${orphans.join(', ')}. Run \`npm run manifest\` and commit the change.`);
  process.exit(1);
}
for (const orphan of orphans) rmSync(orphan);
writeGenerated(outputs);
