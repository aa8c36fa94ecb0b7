/**
 * Arrow-key movement in a grid (WAI-ARIA grid pattern). Row 0 is the header row; data rows follow.
 * Pure, so every key is tested without a DOM.
 */

export interface GridPosition {
  row: number;
  column: number;
}

export interface GridBounds {
  /** Header row included. */
  rowCount: number;
  columnCount: number;
  /** Rows a PageUp or PageDown moves. */
  pageRows: number;
}

export interface GridKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * The cell a key moves focus to, or `undefined` when the key is not a movement key. In right-to-left
 * layouts ArrowLeft moves towards the end of the row, as the row is drawn mirrored.
 */
export function moveInGrid(position: GridPosition, { key, ctrlKey = false, metaKey = false }: GridKey, bounds: GridBounds, rtl = false): GridPosition | undefined {
  const lastRow = Math.max(0, bounds.rowCount - 1);
  const lastColumn = Math.max(0, bounds.columnCount - 1);
  const clampRow = (row: number) => Math.min(lastRow, Math.max(0, row));
  const clampColumn = (column: number) => Math.min(lastColumn, Math.max(0, column));
  const modifier = ctrlKey || metaKey;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case 'ArrowDown':
      return { ...position, row: clampRow(position.row + 1) };
    case 'ArrowUp':
      return { ...position, row: clampRow(position.row - 1) };
    case forward:
      return { ...position, column: clampColumn(position.column + 1) };
    case backward:
      return { ...position, column: clampColumn(position.column - 1) };
    case 'Home':
      return modifier ? { row: 0, column: 0 } : { ...position, column: 0 };
    case 'End':
      return modifier ? { row: lastRow, column: lastColumn } : { ...position, column: lastColumn };
    case 'PageDown':
      return { ...position, row: clampRow(position.row + Math.max(1, bounds.pageRows)) };
    case 'PageUp':
      return { ...position, row: clampRow(position.row - Math.max(1, bounds.pageRows)) };
    default:
      return undefined;
  }
}
