import { currencyExponent } from './currencies.js';
import { digitsToMinorUnits, isSafeBigInt } from './decimal.js';
import { currencyTokens, numberSymbols, stripFormatChars } from './locale.js';
import type { NumberSymbols } from './locale.js';
import type { Money } from './money.js';
import { money } from './money.js';

/** Why `parseMoneyInput` refused the text. Widgets localise their message from this code. */
export type ParseMoneyFailure =
  /** Nothing but whitespace (and maybe a sign or the currency). */
  | 'empty'
  /** Not a number: letters, a misplaced sign or separator, malformed grouping. */
  | 'invalid'
  /** A lone separator that could be grouping or decimal ("1.23" in de, "1,5" in en). */
  | 'ambiguous'
  /** More decimals than the currency has ("1.005" EUR, "12.5" JPY). */
  | 'too_precise'
  /** Beyond Number.MAX_SAFE_INTEGER minor units. */
  | 'too_large'
  /** A negative amount where `allowNegative` is off. */
  | 'negative_not_allowed';

/** The outcome of `parseMoneyInput`. */
export type ParseMoneyResult =
  { ok: true; value: Money } | { ok: false; reason: ParseMoneyFailure; message: string };

/** Options of `parseMoneyInput`. */
export interface ParseMoneyOptions {
  /** Accept a leading minus sign. Off by default: most money inputs ask for amounts to pay. */
  allowNegative?: boolean;
}

/** The parsed digits of a number, ASCII, before they become minor units. */
interface Digits {
  negative: boolean;
  integer: string;
  fraction: string;
}

type Failure = Extract<ParseMoneyResult, { ok: false }>;

/**
 * Reads an amount as a person types it in `locale`, exactly (string operations, never floats).
 *
 * Accepted: the locale's digits and separators ("1.234,56" or "1234,56" in de, "1,234.56" in
 * en); spaces, U+00A0 and U+202F as grouping in any locale; the currency's symbol, code or name
 * before or after the number ("€ 12,50", "12,50 €", "EUR 12.50"); one leading `-`, U+2212 or
 * `+`; surrounding whitespace and bidi marks. Trailing zeros beyond the currency's decimals are
 * fine ("12,500" EUR is 12.50).
 *
 * The separator rules:
 * - the locale's decimal separator is always decimal; it appears at most once, after every
 *   grouping separator;
 * - grouping is well formed: groups of 3 (or the locale's own pattern, such as en-IN's 2s), one
 *   kind of separator;
 * - without the locale's decimal separator, a lone locale grouping separator that makes a well
 *   formed group (1–3 digits, the separator, exactly 3 digits) is grouping ("1.234" in de is
 *   1234); otherwise it is `ambiguous` ("1.23" in de, "12,5" and ",234" in en);
 * - a lone "." or "," that the locale does not use (such as "." in fr) is decimal ("12.50" in
 *   fr), unless it also makes a well formed group ("1.234" in fr), which is `ambiguous`;
 * - a repeated separator is grouping ("1.234.567"); with two kinds and neither the locale's
 *   decimal, the last one is decimal.
 *
 * @throws {MoneyError} `unknown_currency`. @throws {RangeError} for a malformed locale tag.
 */
export function parseMoneyInput(
  text: string,
  currency: string,
  locale: string,
  options: ParseMoneyOptions = {},
): ParseMoneyResult {
  const exponent = currencyExponent(currency);
  const symbols = numberSymbols(locale);
  const digits = readNumber(text, currency, locale, symbols);
  if ('ok' in digits) return digits;

  const nonZero = /[1-9]/.test(digits.integer + digits.fraction);
  if (digits.negative && nonZero && !options.allowNegative) {
    return fail('negative_not_allowed', 'The amount must not be negative.');
  }
  const units = digitsToMinorUnits(digits.negative, digits.integer, digits.fraction, exponent);
  if (units === 'too_precise') {
    return fail('too_precise', `${currency} allows at most ${exponent} decimal digits.`);
  }
  if (!isSafeBigInt(units)) {
    return fail('too_large', 'The amount is beyond Number.MAX_SAFE_INTEGER minor units.');
  }
  return { ok: true, value: money(Number(units), currency) };
}

/** Strips sign and currency, then reads the digits. */
function readNumber(
  text: string,
  currency: string,
  locale: string,
  symbols: NumberSymbols,
): Digits | Failure {
  let rest = stripFormatChars(text).trim();
  if (rest === '') return fail('empty', 'The amount is empty.');

  const tokens = currencyTokens(locale, currency);
  const minusSigns = new Set(['-', '\u2212', symbols.minus]);
  const plusSigns = new Set(['+', symbols.plus]);
  let sign: '-' | '+' | null = null;
  let currencySeen = false;
  for (;;) {
    rest = rest.trimStart();
    const first = rest.charAt(0);
    if (sign === null && (minusSigns.has(first) || plusSigns.has(first))) {
      sign = minusSigns.has(first) ? '-' : '+';
      rest = rest.slice(1);
      continue;
    }
    const token = currencySeen ? undefined : tokens.find((t) => startsWithIgnoreCase(rest, t));
    if (!token) break;
    currencySeen = true;
    rest = rest.slice(token.length);
  }
  rest = rest.trimEnd();
  const trailing = currencySeen ? undefined : tokens.find((t) => endsWithIgnoreCase(rest, t));
  if (trailing) rest = rest.slice(0, rest.length - trailing.length).trimEnd();

  if (rest === '') return fail('empty', 'The amount has no digits.');
  const number = readDigits(rest, symbols);
  return 'ok' in number ? number : { negative: sign === '-', ...number };
}

/**
 * Reads the bare number (digits and separators only) into integer and fraction digits,
 * following the rules documented on `parseMoneyInput`.
 */
function readDigits(text: string, symbols: NumberSymbols): Omit<Digits, 'negative'> | Failure {
  const invalid = fail('invalid', `Not an amount: ${JSON.stringify(text)}.`);

  // Split into runs of digits and the single separators between them.
  const runs: string[] = [''];
  const separators: string[] = [];
  for (const char of text) {
    const piece = classify(char, symbols);
    if (!piece) return invalid;
    if (piece >= '0' && piece <= '9') {
      runs[runs.length - 1] += piece;
    } else {
      separators.push(piece);
      runs.push('');
    }
  }
  // Only the first and last runs may be empty (",50", "12,"), and not both around one separator.
  if (runs.slice(1, -1).some((run) => run === '') || runs.join('') === '') return invalid;

  const decimal = chooseDecimal(runs, separators, symbols);
  if (decimal === 'ambiguous') {
    return fail(
      'ambiguous',
      `${JSON.stringify(text)} could be read two ways: is the separator a decimal or a grouping separator?`,
    );
  }
  const at = decimal === null ? -1 : separators.indexOf(decimal);
  if (at !== -1 && at !== separators.length - 1) return invalid; // decimal first, or twice
  const integerRuns = at === -1 ? runs : runs.slice(0, -1);
  const groupSeparators = at === -1 ? separators : separators.slice(0, -1);
  if (!isWellGrouped(integerRuns, groupSeparators, symbols)) return invalid;
  return { integer: integerRuns.join(''), fraction: at === -1 ? '' : (runs.at(-1) ?? '') };
}

/**
 * Which separator is the decimal one: the locale's decimal when present; else decided by the
 * rules on `parseMoneyInput`. `null` for a whole number.
 */
function chooseDecimal(
  runs: readonly string[],
  separators: readonly string[],
  symbols: NumberSymbols,
): string | null | 'ambiguous' {
  if (separators.includes(symbols.decimal)) return symbols.decimal;
  const marks = separators.filter((s) => s !== ' ');
  const distinct = new Set(marks);
  if (distinct.size === 0) return null;
  // Two kinds, neither the locale's decimal ("1,234.56" typed in ar): the last one is decimal.
  if (distinct.size > 1) return marks.at(-1) ?? null;
  const [mark = ''] = marks;
  if (marks.length > 1) return null; // "1.234.567": only grouping repeats
  // A lone mark: does it also read as grouping ("1.234": 1–3 digits, the mark, 3 digits)?
  const readsAsGrouping = isWellGrouped(runs, separators, symbols);
  if (mark === symbols.group) return readsAsGrouping ? null : 'ambiguous';
  return readsAsGrouping ? 'ambiguous' : mark;
}

/**
 * Whether the integer digit runs are grouped well: one kind of separator; a first group of
 * 1–3 digits; then groups of 3, or of the locale's secondary size (2 in en-IN) before a last
 * group of 3.
 */
function isWellGrouped(
  runs: readonly string[],
  separators: readonly string[],
  symbols: NumberSymbols,
): boolean {
  if (separators.length === 0) return true;
  if (new Set(separators).size > 1) return false;
  const [first = '', ...groups] = runs;
  const last = groups.pop() ?? '';
  if (first === '' || last.length !== symbols.primaryGroup) return false;
  return [3, symbols.secondaryGroup].some(
    (size) =>
      first.length <= (groups.length > 0 ? size : symbols.primaryGroup) &&
      groups.every((group) => group.length === size),
  );
}

const APOSTROPHES = new Set(["'", '\u2019', '\u02BC']);

/**
 * One character as an ASCII digit (from ASCII or the locale's own digits) or as the separator
 * it is (never a digit); `null` for anything else. Whitespace of any kind is the separator
 * `' '`; apostrophes count as the locale's group separator where it is one (de-CH).
 */
function classify(char: string, symbols: NumberSymbols): string | null {
  if (char >= '0' && char <= '9') return char;
  const local = symbols.digits.indexOf(char);
  if (local !== -1) return String(local);
  if (/\s/u.test(char)) return ' ';
  if (char === symbols.decimal || char === symbols.group || char === '.' || char === ',') {
    return char;
  }
  if (APOSTROPHES.has(char) && APOSTROPHES.has(symbols.group)) return symbols.group;
  return null;
}

function startsWithIgnoreCase(text: string, prefix: string): boolean {
  return text.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase();
}

function endsWithIgnoreCase(text: string, suffix: string): boolean {
  return (
    text.length >= suffix.length &&
    text.slice(-suffix.length).toLowerCase() === suffix.toLowerCase()
  );
}

function fail(reason: ParseMoneyFailure, message: string): Failure {
  return { ok: false, reason, message };
}
