/** Why a money operation was refused. */
export type MoneyErrorCode =
  /** The currency code is not in the ISO 4217 table. */
  | 'unknown_currency'
  /** An amount, factor or weight is not an integer, or a decimal has more digits than the currency's exponent. */
  | 'not_integer'
  /** The amount, or an operation's result, is outside ±Number.MAX_SAFE_INTEGER minor units. */
  | 'unsafe_integer'
  /** The operands are in different currencies. */
  | 'currency_mismatch'
  /** A divisor, denominator or total weight is zero. */
  | 'division_by_zero'
  /** Any other malformed argument: a decimal string that is not `-?\d+(\.\d+)?`, negative or no weights. */
  | 'invalid_argument';

/** The one error type of `src/money/`. Read `code`; `message` is an English sentence for developers. */
export class MoneyError extends Error {
  override name = 'MoneyError';

  constructor(
    readonly code: MoneyErrorCode,
    message: string,
  ) {
    super(message);
  }
}
