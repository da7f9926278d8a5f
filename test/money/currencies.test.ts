import { expect } from '@open-wc/testing';
import {
  currencyCodes,
  currencyExponent,
  isCurrencyCode,
  MoneyError,
} from '../../src/money/index.js';

describe('money/currencies', () => {
  it('knows ISO 4217 exponents, not Intl’s', () => {
    const expected: Record<string, number> = {
      JPY: 0,
      KRW: 0,
      CLP: 0,
      ISK: 0,
      VND: 0,
      UGX: 0,
      XAF: 0,
      EUR: 2,
      USD: 2,
      HUF: 2,
      IDR: 2,
      COP: 2,
      BRL: 2,
      BHD: 3,
      KWD: 3,
      JOD: 3,
      OMR: 3,
      TND: 3,
      LYD: 3,
      IQD: 3,
      CLF: 4,
      UYW: 4,
    };
    for (const [code, exponent] of Object.entries(expected)) {
      expect(currencyExponent(code), code).to.equal(exponent);
    }
  });

  it('covers every currency Intl supports, except withdrawn ones and units without minor unit', () => {
    const notMoney = [
      'XAG',
      'XAU',
      'XBA',
      'XBB',
      'XBC',
      'XBD',
      'XDR',
      'XPD',
      'XPT',
      'XSU',
      'XTS',
      'XUA',
      'XXX',
    ];
    const withdrawn = ['HRK', 'ZWL', 'SLL', 'CUC', 'ANG', 'BGN', 'VEF', 'MRO', 'STD'];
    const ours = new Set(currencyCodes());
    const missing = Intl.supportedValuesOf('currency').filter((c) => !ours.has(c));
    expect(missing.filter((c) => !notMoney.includes(c) && !withdrawn.includes(c))).to.deep.equal(
      [],
    );
    for (const code of ['XCG', 'ZWG', 'SLE', 'VED', 'MRU', 'STN', 'CLF', 'UYW', 'UYI']) {
      expect(ours.has(code), code).to.equal(true);
    }
  });

  it('refuses unknown and mis-cased codes', () => {
    expect(isCurrencyCode('EUR')).to.equal(true);
    expect(isCurrencyCode('eur')).to.equal(false);
    expect(isCurrencyCode('XXX')).to.equal(false);
    expect(isCurrencyCode('toString')).to.equal(false);
    expect(() => currencyExponent('ABC'))
      .to.throw(MoneyError)
      .with.property('code', 'unknown_currency');
  });
});
