/**
 * The ids of the list's menu popovers, their commands' `popovertarget`: in the first load with the commands, while
 * the menus themselves load on first use (overlays/lazy-opener.ts).
 */
export const COLUMNS_MENU_ID = 'columns-menu';
export const VIEWS_MENU_ID = 'views-menu';
