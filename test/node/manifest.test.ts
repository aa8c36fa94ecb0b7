/**
 * custom-elements.json documents the public API: editors, the React wrappers, web-types and the framework types are
 * generated from it (npm run manifest), so what it leaves out or leaves undescribed, nobody sees. Read as committed:
 * a JSDoc change without `npm run manifest` fails here too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from '../support/node/example-app.js';

interface Documented {
  name: string;
  description?: string;
}
interface Member extends Documented {
  kind: 'field' | 'method';
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
}
interface Element extends Documented {
  tagName: string;
  members?: Member[];
  cssProperties?: (Documented & { default?: string })[];
}

const manifest = JSON.parse(readFileSync(join(repo, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: (Element & { customElement?: boolean })[] }[] };
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
const element = (tag: string) => {
  const found = elements.find((declaration) => declaration.tagName === tag);
  assert.ok(found, `<${tag}> is in the manifest`);
  return found;
};
const isPublic = (member: Member) => member.privacy !== 'private' && member.privacy !== 'protected';
const described = (item: Documented) => (item.description ?? '').trim().length > 0;

test('the manifest declares every element', () => {
  assert.deepEqual(elements.map((declaration) => declaration.tagName).sort(), ['activity-log', 'billing-profile-form', 'customer-list', 'export-button', 'new-order-dialog', 'tag-editor']);
});

test('<customer-list> documents clearSelection() beside selectAllMatching()', () => {
  const members = element('customer-list').members ?? [];
  for (const name of ['clearSelection', 'selectAllMatching']) {
    const method = members.find((member) => member.name === name && member.kind === 'method');
    assert.ok(method && isPublic(method) && described(method), `${name}(): ${JSON.stringify(method)}`);
  }
});

test('the form-associated elements document their form members: form, name, value, validity and the form callbacks', () => {
  const formElements = elements.filter((declaration) => declaration.members?.some((member) => member.static && member.name === 'formAssociated'));
  assert.deepEqual(formElements.map((declaration) => declaration.tagName).sort(), ['billing-profile-form', 'tag-editor']);
  const FORM_MEMBERS = ['formAssociated', 'form', 'name', 'value', 'disabled', 'validity', 'validationMessage', 'willValidate', 'checkValidity', 'reportValidity', 'formResetCallback', 'formStateRestoreCallback', 'formDisabledCallback'];
  for (const declaration of formElements) {
    const undocumented = FORM_MEMBERS.filter((name) => {
      const member = declaration.members!.find((candidate) => candidate.name === name);
      return !member || !isPublic(member) || !described(member);
    });
    assert.deepEqual(undocumented, [], `<${declaration.tagName}>'s form members without a description`);
  }
});

test('every public member of every element has a description; what is internal is marked private or protected', () => {
  const undocumented = elements.flatMap((declaration) => (declaration.members ?? []).filter((member) => isPublic(member) && !described(member)).map((member) => `<${declaration.tagName}>.${member.name}`));
  assert.deepEqual(undocumented, []);
  // The form plumbing stays out of the public API.
  const internals = element('billing-profile-form').members!.filter((member) => ['internals', 'formDisabled', 'isDisabled'].includes(member.name));
  assert.deepEqual(internals.filter(isPublic).map((member) => member.name), []);
});

test('every element documents --customer-list-color-scheme, the custom property its colors obey', () => {
  const missing = elements.filter((declaration) => {
    const property = declaration.cssProperties?.find((candidate) => candidate.name === '--customer-list-color-scheme');
    return !property || !described(property) || property.default !== 'light dark';
  });
  assert.deepEqual(missing.map((declaration) => declaration.tagName), []);
});
