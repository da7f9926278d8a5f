import { expect } from '@open-wc/testing';
import {
  fromMinorUnits,
  MoneyError,
  normalizeCurrency,
  toMinorUnits,
} from '../../src/money/index.js';

function refusal(run: () => unknown): MoneyError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(MoneyError);
    return error as MoneyError;
  }
  throw new Error('expected a MoneyError');
}

describe('money conversion at the seam', () => {
  it("converts the hub's { total: 100.45, currency: 'eur' } exactly", () => {
    expect(toMinorUnits(100.45, 'eur')).to.deep.equal({ amount: 10045, currency: 'EUR' });
    // Multiplying would be wrong: 1.15 * 100 is 114.99999999999999 in floating point.
    expect(1.15 * 100).not.to.equal(115);
    expect(toMinorUnits(1.15, 'EUR').amount).to.equal(115);
    expect(toMinorUnits(4.35, 'EUR').amount).to.equal(435);
  });

  it('uses the ISO 4217 exponent of the currency', () => {
    expect(toMinorUnits('1500', 'jpy')).to.deep.equal({ amount: 1500, currency: 'JPY' });
    expect(toMinorUnits(1.234, 'KWD')).to.deep.equal({ amount: 1234, currency: 'KWD' });
    expect(toMinorUnits('12.5', 'Eur')).to.deep.equal({ amount: 1250, currency: 'EUR' });
    expect(toMinorUnits(7, 'usd')).to.deep.equal({ amount: 700, currency: 'USD' });
    // HUF has 2 decimals in ISO 4217, whatever Intl says.
    expect(toMinorUnits('10.5', 'huf').amount).to.equal(1050);
  });

  it('reads decimal strings, signs and bare fractions', () => {
    expect(toMinorUnits('-0.05', 'EUR').amount).to.equal(-5);
    expect(toMinorUnits(' +3.10 ', 'EUR').amount).to.equal(310);
    expect(toMinorUnits('.5', 'EUR').amount).to.equal(50);
    expect(toMinorUnits('12.500', 'EUR').amount).to.equal(1250);
    expect(toMinorUnits(-0, 'EUR').amount).to.equal(0);
    expect(Object.is(toMinorUnits(-0, 'EUR').amount, -0)).to.equal(false);
  });

  it('reads doubles through their shortest round-trip decimal, noise included', () => {
    expect(0.1 + 0.2).to.equal(0.30000000000000004);
    expect(toMinorUnits(0.1 + 0.2, 'EUR').amount).to.equal(30);
    expect(toMinorUnits(0.07 * 100, 'JPY').amount).to.equal(7);
    expect(toMinorUnits(1e-7 + 2, 'EUR', { rounding: 'half-away-from-zero' }).amount).to.equal(200);
    // 1.005 really has three decimals: refused, not silently made 100 or 101.
    expect(refusal(() => toMinorUnits(1.005, 'EUR')).code).to.equal('not_integer');
    expect(refusal(() => toMinorUnits(1e21, 'JPY')).code).to.equal('unsafe_integer');
  });

  it('refuses more decimals than the currency has, unless told to round', () => {
    const error = refusal(() => toMinorUnits(12.345, 'EUR'));
    expect(error.code).to.equal('not_integer');
    expect(error.message).to.contain('EUR');
    expect(error.message).to.contain('rounding');
    expect(toMinorUnits(12.345, 'EUR', { rounding: 'half-away-from-zero' }).amount).to.equal(1235);
    expect(toMinorUnits('-12.345', 'EUR', { rounding: 'half-away-from-zero' }).amount).to.equal(
      -1235,
    );
    expect(toMinorUnits('0.5', 'JPY', { rounding: 'half-away-from-zero' }).amount).to.equal(1);
  });

  it('refuses what is not an amount or not a currency, saying why', () => {
    expect(refusal(() => toMinorUnits('1,50', 'EUR')).code).to.equal('invalid_argument');
    expect(refusal(() => toMinorUnits('', 'EUR')).code).to.equal('invalid_argument');
    expect(refusal(() => toMinorUnits(Number.NaN, 'EUR')).code).to.equal('invalid_argument');
    expect(refusal(() => toMinorUnits(Infinity, 'EUR')).code).to.equal('invalid_argument');
    expect(refusal(() => toMinorUnits('1', 'euro')).code).to.equal('unknown_currency');
    expect(refusal(() => toMinorUnits('1e400', 'EUR')).code).to.equal('invalid_argument');
    expect(refusal(() => toMinorUnits('90071992547409.92', 'EUR')).code).to.equal('unsafe_integer');
  });

  it('normalises currency codes to capitals', () => {
    expect(normalizeCurrency(' eur ')).to.equal('EUR');
    expect(normalizeCurrency('brl')).to.equal('BRL');
    expect(refusal(() => normalizeCurrency('xx')).code).to.equal('unknown_currency');
  });

  it('converts back to major units, as a string or a number', () => {
    expect(fromMinorUnits({ amount: 10045, currency: 'EUR' })).to.equal('100.45');
    expect(fromMinorUnits({ amount: 10045, currency: 'EUR' }, 'number')).to.equal(100.45);
    expect(fromMinorUnits({ amount: -5, currency: 'EUR' })).to.equal('-0.05');
    expect(fromMinorUnits({ amount: 1234, currency: 'KWD' })).to.equal('1.234');
    expect(fromMinorUnits({ amount: 1500, currency: 'jpy' })).to.equal('1500');
    for (const value of [0.01, 0.1 + 0.2, 100.45, 19.99, 1234567.89]) {
      const m = toMinorUnits(value, 'EUR');
      expect(toMinorUnits(fromMinorUnits(m), 'EUR')).to.deep.equal(m);
    }
  });
});
