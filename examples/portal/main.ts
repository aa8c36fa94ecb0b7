import { applyPageSettings, mountPortal } from './portal.js';
import { parsePortalParams } from './portal-params.js';

const { params, warnings } = parsePortalParams(location.search);
applyPageSettings(params);
// Exposed for reviewers poking at the page from the console and for acceptance scripts.
(window as unknown as { portal: unknown }).portal = await mountPortal(document.querySelector<HTMLElement>('#portal')!, params, warnings);
