#!/usr/bin/env node
// React wrappers generated from custom-elements.json with @lit/react's createComponent: one component per
// element, each event a typed `on…` prop (`tags-assign` → `onTagsAssign`). Writes src/react/index.ts, shipped
// as `customer-list-elements/react`. `--check` writes nothing and fails when the file is stale (CI runs it).
import { readFileSync } from 'node:fs';
import { writeGenerated } from './write-generated.mjs';

const OUT = 'src/react/index.ts';
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

const imports = new Map(); // path → names
const addImport = (name, typeOnly) => {
  const path = modules.get(name);
  if (!path) throw new Error(`${name} is not declared in custom-elements.json`);
  const names = imports.get(path) ?? new Set();
  names.add(typeOnly ? `type ${name}` : name);
  imports.set(path, names);
};

const components = elements.map((element) => {
  addImport(element.name, false);
  const events = (element.events ?? []).filter((event) => event.name);
  const eventLines = events.map((event) => {
    const type = event.type?.text && modules.has(event.type.text) ? event.type.text : 'Event';
    if (type !== 'Event') addImport(type, true);
    return `    on${pascal(event.name)}: '${event.name}' as EventName<${type}>,`;
  });
  const summary = element.summary ?? element.tagName;
  return [
    `/** \`<${element.tagName}>\` for React: ${summary} */`,
    `export const ${element.name} = createComponent({`,
    `  tagName: '${element.tagName}',`,
    `  elementClass: ${element.name}Element,`,
    `  react: React,`,
    `  events: {`,
    ...eventLines,
    `  },`,
    `});`,
  ].join('\n');
});

const importLines = [...imports.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, names]) => {
    const list = [...names].sort().map((name) => {
      const element = elements.find((candidate) => candidate.name === name);
      return element ? `${name} as ${name}Element` : name;
    });
    return `import { ${list.join(', ')} } from '${path}';`;
  });

const source = `// Generated from custom-elements.json by scripts/generate-react-wrappers.mjs (npm run manifest). Do not edit.
/**
 * React components for every element: properties as props, events as typed \`on…\` props. Importing this module
 * registers the elements under their default tags.
 *
 * @example
 * import { CustomerList } from 'customer-list-elements/react';
 * <CustomerList adapter={adapter} agentRole="admin-agent" onCustomerSelect={(event) => setCount(event.count)} />
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define.js';
${importLines.join('\n')}

${components.join('\n\n')}
`;

writeGenerated({ [OUT]: source });
