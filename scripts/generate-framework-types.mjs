#!/usr/bin/env node
// Template types for using the elements directly in React 19 JSX and in Vue templates, generated from
// custom-elements.json: each element's settable properties, its attributes, and its events with their classes.
// Writes types/react-jsx.d.ts, types/vue.d.ts and types/svelte.d.ts. `--check` writes nothing and fails when either is stale.
import { readFileSync } from 'node:fs';
import { writeGenerated } from './write-generated.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declared = new Set(manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.name));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const pascal = (kebab) => kebab.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
/** Public, writable instance fields: what a template may set. */
const propertiesOf = (element) =>
  (element.members ?? []).filter((member) => member.kind === 'field' && !member.privacy && !member.static && !member.readonly).map((member) => member.name);
const eventsOf = (element) => (element.events ?? []).filter((event) => event.name).map((event) => ({ name: event.name, type: declared.has(event.type?.text) ? event.type.text : 'Event' }));

const typeImports = [...new Set(elements.flatMap((element) => [element.name, ...eventsOf(element).map((event) => event.type)]))].filter((name) => name !== 'Event').sort();
const header = (what) => `// Generated from custom-elements.json by scripts/generate-framework-types.mjs (npm run manifest). Do not edit.
// ${what}
import type { ${typeImports.join(', ')} } from 'customer-list-elements';
`;
const propsOf = (element) => {
  const names = propertiesOf(element);
  return names.length ? `Partial<Pick<${element.name}, ${names.map((name) => `'${name}'`).join(' | ')}>>` : '{}';
};
const attributesOf = (element) => (element.attributes ?? []).filter((attribute) => attribute.name).map((attribute) => `'${attribute.name}'?: string`);

const react = `${header('React 19 sets a custom element\'s props as properties and listens to `on<event-name>` props. Activate with\n// `import type {} from \'customer-list-elements/types/react-jsx\'`, or list the file in tsconfig\'s `types`.')}import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type ElementProps<E extends HTMLElement, Props, Extra> = DetailedHTMLProps<HTMLAttributes<E>, E> & Props & Extra;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements
  .map((element) => {
    const extra = [...attributesOf(element), ...eventsOf(element).map((event) => `'on${event.name}'?: (event: ${event.type}) => void`)];
    return `      '${element.tagName}': ElementProps<${element.name}, ${propsOf(element)}, { ${extra.join('; ')} }>;`;
  })
  .join('\n')}
    }
  }
}
`;

const vue = `${header('Vue templates: props and `@event` listeners of every element, checked by vue-tsc and Volar. Activate with\n// `import type {} from \'customer-list-elements/types/vue\'`, or list the file in tsconfig\'s `types`.')}import type { DefineComponent } from 'vue';

declare module 'vue' {
  interface GlobalComponents {
${elements
  .map((element) => {
    const events = eventsOf(element).map((event) => `on${pascal(event.name)}?: (event: ${event.type}) => void`);
    return `    '${element.tagName}': DefineComponent<${propsOf(element)} & { ${[...attributesOf(element), ...events].join('; ')} }>;`;
  })
  .join('\n')}
  }
}
`;

const svelte = `${header('Svelte 5 templates: properties, attributes and `on<event-name>` listeners of every element, checked by svelte-check.\n// Activate with `import type {} from \'customer-list-elements/types/svelte\'`, or list the file in tsconfig\'s `types`.')}import type { HTMLAttributes } from 'svelte/elements';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements
  .map((element) => {
    const extra = [...attributesOf(element), ...eventsOf(element).map((event) => `'on${event.name}'?: (event: ${event.type}) => void`)];
    return `    '${element.tagName}': HTMLAttributes<${element.name}> & ${propsOf(element)} & { ${extra.join('; ')} };`;
  })
  .join('\n')}
  }
}
`;

writeGenerated({ 'types/react-jsx.d.ts': react, 'types/vue.d.ts': vue, 'types/svelte.d.ts': svelte });
