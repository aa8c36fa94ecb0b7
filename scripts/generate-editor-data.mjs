#!/usr/bin/env node
// Editor support generated from custom-elements.json, never written by hand:
// - vscode.html-custom-data.json: tags and attributes (with their values) for VS Code's HTML completion,
// - vscode.css-custom-data.json: the --*-* custom properties and ::part() names for VS Code's CSS completion,
// - web-types.json: the same for JetBrains IDEs, events and slots included.
// `--check` writes nothing and fails when a file is stale (CI runs it).
import { readFileSync } from 'node:fs';
import { writeGenerated } from './write-generated.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const describe = (element) => element.summary ?? element.description?.split('\n\n')[0] ?? '';

/** An attribute's allowed values when its type is a union of string literals, e.g. `'admin-agent' | 'sales-agent'`. */
function literalValues(attribute) {
  const text = attribute.type?.text ?? '';
  const values = [...text.matchAll(/'([^']*)'/g)].map((match) => match[1]);
  return values.length && text.replace(/'[^']*'|\s|\|/g, '') === '' ? values : undefined;
}

const attributesOf = (element) => element.attributes?.filter((attribute) => attribute.name) ?? [];

const html = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: describe(element),
    attributes: attributesOf(element).map((attribute) => {
      const values = literalValues(attribute);
      return { name: attribute.name, description: attribute.description ?? '', ...(values ? { values: values.map((name) => ({ name })) } : {}) };
    }),
  })),
};

const css = {
  version: 1.1,
  properties: elements.flatMap((element) =>
    (element.cssProperties ?? []).map((property) => ({
      name: property.name,
      description: `<${element.tagName}>: ${property.description ?? ''}${property.default ? ` Default: ${property.default}.` : ''}`,
    })),
  ),
  pseudoElements: elements.flatMap((element) =>
    (element.cssParts ?? []).map((part) => ({ name: `::part(${part.name})`, description: `<${element.tagName}>: ${part.description ?? ''}` })),
  ),
};

const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: element.description ?? describe(element),
        attributes: attributesOf(element).map((attribute) => ({
          name: attribute.name,
          description: attribute.description ?? '',
          value: { type: attribute.type?.text ?? 'string', ...(literalValues(attribute) ? { kind: 'plain' } : {}) },
        })),
        events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
        slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
        css: {
          properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description ?? '' })),
          parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
        },
      })),
    },
  },
};

writeGenerated({
  'vscode.html-custom-data.json': `${JSON.stringify(html, null, 2)}\n`,
  'vscode.css-custom-data.json': `${JSON.stringify(css, null, 2)}\n`,
  'web-types.json': `${JSON.stringify(webTypes, null, 2)}\n`,
});
