/**
 * `partner-hub-elements/money`. Exact money: integer minor units of ISO 4217 currencies,
 * arithmetic that refuses mixed currencies and unsafe integers, conversion from a hub's
 * decimals (`toMinorUnits(100.45, 'eur')`) and back, and locale formatting and parsing through
 * `Intl`. No DOM, no Lit, no floating-point amounts.
 */
export { currencyCodes, currencyExponent, isCurrencyCode } from './currencies.js';
export { MoneyError } from './errors.js';
export type { MoneyErrorCode } from './errors.js';
export {
  abs,
  add,
  allocate,
  compare,
  divideRound,
  equals,
  sameMoney,
  fromDecimalString,
  isNegative,
  isPositive,
  isZero,
  max,
  min,
  money,
  multiply,
  negate,
  ratio,
  subtract,
  sum,
  toDecimalString,
  zero,
} from './money.js';
export type { Money } from './money.js';
export { formatAmountForInput, formatMoney, localeSeparators } from './format.js';
export type { FormatMoneyOptions } from './format.js';
export { parseMoneyInput } from './parse.js';
export type { ParseMoneyFailure, ParseMoneyOptions, ParseMoneyResult } from './parse.js';
export { fromMinorUnits, normalizeCurrency, toMinorUnits } from './convert.js';
export type { ToMinorUnitsOptions } from './convert.js';
