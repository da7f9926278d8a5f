import { MoneyError } from './errors.js';

/**
 * ISO 4217 minor-unit exponents ("minor unit" column of ISO 4217 List One): the number of
 * decimal digits between a currency's major and minor unit. JPY 0 means 1 yen is the smallest
 * unit; KWD 3 means 1 dinar = 1000 fils.
 *
 * This table, not `Intl`, is the source of truth: ICU reports 0 for HUF, IDR and COP (their
 * cash rounding) where ISO says 2.
 *
 * Codes whose minor unit ISO lists as "N.A." (precious metals XAU/XAG/XPD/XPT, bond units
 * XBA–XBD, XDR, XSU, XUA, the test code XTS and XXX) have no minor unit and are not money here.
 * A few codes in their transition period (ANG → XCG, BGN → EUR, CUC, SLL → SLE) are kept so
 * that historical balances and invoices still read.
 */
const CODES_BY_EXPONENT: Readonly<Record<number, readonly string[]>> = {
  0: ['BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'],
  2: [
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND',
    'BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CNY COP COU',
    'CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL',
    'GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS',
    'KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP',
    'MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN',
    'PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE',
    'SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS',
    'UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG',
  ],
  3: ['BHD IQD JOD KWD LYD OMR TND'],
  4: ['CLF UYW'],
};

const EXPONENTS: ReadonlyMap<string, number> = new Map(
  Object.entries(CODES_BY_EXPONENT).flatMap(([exponent, lines]) =>
    lines.flatMap((line) => line.split(' ').map((code) => [code, Number(exponent)] as const)),
  ),
);

/**
 * Whether `code` is a known ISO 4217 currency code. Codes are case-sensitive: ISO spells them
 * in upper case, and so does every `Money`.
 */
export function isCurrencyCode(code: string): boolean {
  return EXPONENTS.has(code);
}

/**
 * The ISO 4217 minor-unit exponent of `code` (EUR 2, JPY 0, KWD 3, CLF 4).
 * @throws {MoneyError} `unknown_currency` when the code is not in the table.
 */
export function currencyExponent(code: string): number {
  const exponent = EXPONENTS.get(code);
  if (exponent === undefined) {
    throw new MoneyError(
      'unknown_currency',
      `Unknown ISO 4217 currency code: ${JSON.stringify(code)}.`,
    );
  }
  return exponent;
}

/** Every known currency code, sorted. */
export function currencyCodes(): string[] {
  return [...EXPONENTS.keys()].sort();
}
