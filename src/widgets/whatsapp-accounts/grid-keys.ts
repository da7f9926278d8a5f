/** Where a key moves the focused cell of a data grid (the WAI-ARIA grid pattern's keys). */
export interface GridPosition {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
  /** Rows that fit in the viewport: how far Page Up and Page Down move. */
  page: number;
}

/**
 * The new position for `key` (with Ctrl or Cmd held: `ctrl`), or `undefined` when the key is
 * not one the grid handles. Never leaves the grid.
 */
export function moveInGrid(
  key: string,
  ctrl: boolean,
  at: GridPosition,
  size: GridSize,
): GridPosition | undefined {
  const lastRow = Math.max(0, size.rows - 1);
  const lastCol = Math.max(0, size.cols - 1);
  const clampRow = (row: number) => Math.min(lastRow, Math.max(0, row));
  switch (key) {
    case 'ArrowDown':
      return { row: clampRow(at.row + 1), col: at.col };
    case 'ArrowUp':
      return { row: clampRow(at.row - 1), col: at.col };
    case 'ArrowRight':
      return { row: at.row, col: Math.min(lastCol, at.col + 1) };
    case 'ArrowLeft':
      return { row: at.row, col: Math.max(0, at.col - 1) };
    case 'PageDown':
      return { row: clampRow(at.row + Math.max(1, size.page)), col: at.col };
    case 'PageUp':
      return { row: clampRow(at.row - Math.max(1, size.page)), col: at.col };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row: at.row, col: lastCol };
    default:
      return undefined;
  }
}
