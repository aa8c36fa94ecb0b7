/**
 * The fields a customer search may name and the columns a list sorts by (re-exported by query.ts): apart from
 * the matcher and comparator there so that what only names them (adapter capabilities, which every element
 * reads) does not carry those into a first load.
 */
export type SearchField = 'companyName' | 'primaryDomain' | 'id';
export type ColumnId = 'id' | 'companyName' | 'primaryDomain' | 'relationship' | 'tags';

export const SEARCH_FIELDS: readonly SearchField[] = ['companyName', 'primaryDomain', 'id'];
export const COLUMN_IDS: readonly ColumnId[] = ['id', 'companyName', 'primaryDomain', 'relationship', 'tags'];
