/**
 * The elements the list's commands open, loaded on first use when the page has not registered them: a host that
 * imports only `customer-list-elements/customer-list.js` gets working commands and pays for a dialog's code only
 * when an agent first opens it (each is its own chunk for the host's bundler). An element the page registered,
 * under any tag, is used as it is; a host that runs a command its own way cancels the command's request event,
 * and nothing is loaded.
 */
import { registeredTag } from '../../../internal/registry.js';

/** The default tags of the composed elements, each with the module that registers it. */
const MODULES: Readonly<Record<ComposedElement, () => Promise<unknown>>> = {
  'tag-editor': () => import('../../tag-editor/tag-editor.js'),
  'new-order-dialog': () => import('../../new-order-dialog/new-order-dialog.js'),
  'billing-profile-form': () => import('../../billing-profile-form/billing-profile-form.js'),
  'export-button': () => import('../../export-button/export-button.js'),
  'activity-log': () => import('../../activity-log/activity-log.js'),
};

export type ComposedElement = 'tag-editor' | 'new-order-dialog' | 'billing-profile-form' | 'export-button' | 'activity-log';

/** Loads in flight, so two clicks load once. */
const loading = new Map<ComposedElement, Promise<string>>();

/**
 * The tag `element` is registered under on the page, loading and registering it first if need be. Rejects when
 * its module cannot be loaded (a network failure fetching the chunk); a later call tries again.
 */
export function loadComposedElement(element: ComposedElement): Promise<string> {
  const tag = registeredTag(element);
  if (tag) return Promise.resolve(tag);
  let load = loading.get(element);
  if (!load) {
    load = MODULES[element]()
      .then(() => {
        const registered = registeredTag(element);
        if (!registered) throw new Error(`<${element}> was loaded but not registered`);
        return registered;
      })
      .finally(() => loading.delete(element));
    loading.set(element, load);
  }
  return load;
}
