/**
 * Where a part that loads on first use comes from, as a URL: the dev server (Vite) asks for the source module by
 * its path (`/src/components/customer-list/view/columns-menu.ts`, with `?t=…` after a hot update), the static build
 * for a hashed chunk named after the same module (`/assets/columns-menu-D1x9aQ2b.js`, an 8-character hash). A
 * dynamic import becomes a chunk of its own named after its module, so the module's file name finds it in either
 * (test/node/storybook-stories.test.ts checks each name finds its one chunk in the build). No DOM, no MSW: Node
 * tests import it.
 */

/** Every part that loads on first use, by the file name of the module its `import()` asks for. */
export const LAZY_PARTS = [
  'columns-menu',
  'views-menu',
  'tag-editor-popover',
  'billing-panel',
  'activity-panel',
  'manage-mode.part',
  'save.part',
  'new-order-dialog.later-steps',
  'billing-profile-form.conflict-view',
  'activity-export-part',
  'activity-log.details',
  'activity-walk',
] as const;

export type LazyPartName = (typeof LAZY_PARTS)[number];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The URL of one of these modules in the dev server (`name.ts`) or the static build (`name-<8-character hash>.js`), query allowed. */
export function chunkUrlPattern(...names: string[]): RegExp {
  return new RegExp(`/(${names.map(escapeRegExp).join('|')})(?:\\.ts|-[\\w-]{8}\\.js)(?:[?#]|$)`);
}

/** Any of {@link LAZY_PARTS}; its first group is the part's name. */
export const ANY_LAZY_PART = chunkUrlPattern(...LAZY_PARTS);

