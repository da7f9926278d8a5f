/**
 * CSV for the movements export: RFC 4180 text that spreadsheets open safely. Pure: no DOM.
 *
 * The rule for every cell:
 *
 * - **Text cells** (headers, month names, currency codes, anything a person or the hub wrote)
 *   that start with `=`, `+`, `-`, `@`, a tab or a carriage return get a leading `'`, so a
 *   spreadsheet shows them as text and never runs them as a formula (OWASP "CSV injection").
 *   A label "-5" is text and becomes `'-5`.
 * - **Number cells** are amounts written by {@link csvNumber} from `toDecimalString`: a plain
 *   decimal in the currency's own minor unit (`1234.50` EUR, `1234` JPY, `1.234` KWD, `-5.00`).
 *   They are checked to be exactly that shape and are never prefixed, so negative amounts stay
 *   numbers.
 * - Then RFC 4180: a field containing a comma, a double quote, CR or LF is enclosed in double
 *   quotes with every inner quote doubled. Records end with CRLF.
 */
import type { Movement } from '../../adapter/schemas.js';
import { toDecimalString } from '../../money/index.js';
import { toRow } from './model.js';

/** A number cell: a canonical decimal, written as is. */
export interface CsvNumber {
  readonly decimal: string;
}

/** A text cell (neutralised and quoted as needed) or a number cell. */
export type CsvCell = string | CsvNumber;

/** The MIME type of the download. */
export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';

/** The byte-order mark Excel needs to read the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

const DECIMAL = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A number cell from a canonical decimal string (`toDecimalString`'s output).
 * @throws {RangeError} when `decimal` is not of the form `-?\d+(\.\d+)?`.
 */
export function csvNumber(decimal: string): CsvNumber {
  if (!DECIMAL.test(decimal))
    throw new RangeError(`Not a plain decimal: ${JSON.stringify(decimal)}`);
  return { decimal };
}

/** Text a spreadsheet would read as a formula, made inert with a leading `'`. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field as written in the file. */
export function csvField(cell: CsvCell): string {
  if (typeof cell !== 'string') return cell.decimal;
  const text = neutralizeFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records joined with commas and CRLF, each record ending with CRLF. */
export function toCsv(records: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}

/** The column headers, in the user's language. */
export interface MovementsCsvLabels {
  period: string;
  month: string;
  currency: string;
  fundsAdded: string;
  usage: string;
  net: string;
}

/**
 * The movements as CSV: a header row, then one row per month and currency, in the order given.
 * Columns: period (`YYYY-MM`), the month's label (`monthLabel`, e.g. "Oktober 2026"), currency,
 * funds added, usage and net (funds added − usage) as numbers in the currency's decimals.
 */
export function movementsCsv(
  movements: readonly Movement[],
  labels: MovementsCsvLabels,
  monthLabel: (period: string) => string,
): string {
  const header: CsvCell[] = [
    labels.period,
    labels.month,
    labels.currency,
    labels.fundsAdded,
    labels.usage,
    labels.net,
  ];
  const rows = movements.map((movement): CsvCell[] => {
    const row = toRow(movement);
    return [
      row.period,
      monthLabel(row.period),
      row.fundsAdded.currency,
      csvNumber(toDecimalString(row.fundsAdded)),
      csvNumber(toDecimalString(row.usage)),
      csvNumber(toDecimalString(row.net)),
    ];
  });
  return toCsv([header, ...rows]);
}

/** `movements-YYYY-MM_YYYY-MM.csv` for the first and last month exported. */
export function movementsFilename(first: string, last: string): string {
  return `movements-${first}_${last}.csv`;
}
