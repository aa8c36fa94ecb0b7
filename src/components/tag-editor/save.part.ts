/**
 * What <tag-editor> loads by `import()` once an agent can save (a tag changed, or the pointer or focus on Save):
 * the request and its events, and the view of how a save went. A page that only shows tags never downloads them
 * (SPEC §4, `npm run size`).
 */
export { sendSave } from './save-request.js';
export { renderSaveState } from './save-controller.template.js';
