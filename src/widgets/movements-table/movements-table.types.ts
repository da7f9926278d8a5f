/** Which months the table shows: the last 6 or 12 up to the hub's latest month, or all. */
export type MovementsRange = 'last-6' | 'last-12' | 'all';

/** The table, or the bar chart drawn from the same rows. */
export type MovementsView = 'table' | 'chart';

/** The column the rows are sorted by. */
export type MovementsSortColumn = 'period' | 'fundsAdded' | 'usage' | 'net';

export type MovementsSortDirection = 'ascending' | 'descending';

/** Detail of `ph-movements-export`. */
export interface MovementsExportDetail {
  /**
   * The CSV text (RFC 4180, CRLF line endings, no byte-order mark; the kit's own download adds
   * one so Excel reads UTF-8).
   */
  csv: string;
  /** `movements-YYYY-MM_YYYY-MM.csv`: the first and last month of the range shown. */
  filename: string;
}

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-movements-export': MovementsExportDetail;
  }
}
