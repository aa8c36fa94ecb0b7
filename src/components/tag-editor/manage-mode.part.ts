/**
 * What <tag-editor> loads by `import()` when an agent first enters manage mode ("Rename or delete tags"): the
 * manage controller, its template and its styles (the controller adds them to the editor when it is built). A
 * page that only checks tags never downloads them (SPEC §4, `npm run size`).
 */
export { ManageMode } from './manage-mode.js';
export { renderManageList } from './manage-mode.template.js';
