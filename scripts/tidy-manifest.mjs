#!/usr/bin/env node
// Post-processes the analyzer's custom-elements.json so it is deterministic and says only what is true:
// - Modules sorted by path: the analyzer lists them in file-system order, which differs between a fresh clone
//   and a working tree, so the committed manifest would never look fresh in CI.
// - Events: only those documented with @fires. The analyzer also guesses an event from every
//   `dispatchEvent(new SomeEvent(arg))`, naming it after the first argument ("target", "done"), which would
//   give framework wrappers made from the manifest events that never fire.
// - Each documented event gets its type: the event class whose static `eventName` is its name.
// - An element's members are its public API only: private and protected members, and static fields (`defaultTag`,
//   `composes`, `shadowRootOptions`), are left out, so Storybook's docs, editors and framework wrappers made from
//   the manifest list only what a host may set or call. Static methods (`define`) stay, and so does the platform's
//   `formAssociated`, which says the element takes part in forms.
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'custom-elements.json';
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

const eventClasses = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    const eventName = declaration.members?.find((member) => member.static && member.name === 'eventName')?.default;
    if (eventName) eventClasses.set(eventName.replace(/^['"]|['"]$/g, ''), declaration.name);
  }
}

for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.events) continue;
    declaration.events = declaration.events
      .filter((event) => event.name && event.description)
      .map((event) => ({ ...event, type: { text: eventClasses.get(event.name) ?? event.type?.text ?? 'Event' } }));
  }
}
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement || !declaration.members) continue;
    declaration.members = declaration.members.filter((member) => !member.privacy && !(member.static && member.kind === 'field' && member.name !== 'formAssociated'));
  }
}
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
