/**
 * Exact money: integer minor units of ISO 4217 currencies, arithmetic that refuses mixed
 * currencies and unsafe integers, and locale formatting and parsing through `Intl`. No DOM,
 * no Lit, no floating-point amounts.
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
