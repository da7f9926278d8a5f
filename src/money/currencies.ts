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
 *
 * Written short, as it ships with every element that shows money: runs separated by spaces,
 * each a first letter and then the last two letters of every code that starts with it
 * ("AEDFN" is AED and AFN).
 */
const CODES_BY_EXPONENT: Readonly<Record<number, string>> = {
  0: 'BIF CLP DJF GNF ISK JPY KMFRW PYG RWF UGXYI VNDUV XAFOFPF',
  2: 'AEDFNLLMDNGOARSUDWGZN BAMBDDTGNMDNDOBOVRLSDTNWPYNZD CADDFHEHFHWNYOPOURCUCUPVEZK DKKOPZD EGPRNTBUR FJDKP GBPELHSIPMDTQYD HKDNLTGUF IDRLSNRRR JMD KESGSHRPWYDZT LAKBPKRRDSL MADDLGAKDMKNTOPRUURVRWKXNXVYRZN NADGNIOOKPRZD PABENGKHPKRLN QAR RONSDUB SARBDCRDGEKGDHPLELLOSRDSPTNVCYPZL THBJSMTOPRYTDWDZS UAHSDSNYUZS VEDES WST XCDCG YER ZARMWWG',
  3: 'BHD IQD JOD KWD LYD OMR TND',
  4: 'CLF UYW',
};

const EXPONENTS: ReadonlyMap<string, number> = new Map(
  Object.entries(CODES_BY_EXPONENT).flatMap(([exponent, runs]) =>
    runs.split(' ').flatMap((run) =>
      run
        .slice(1)
        .match(/../g)!
        .map((end) => [run[0] + end, +exponent] as const),
    ),
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
