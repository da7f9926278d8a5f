import { expect } from '@open-wc/testing';
import {
  defaultTopUpLimits,
  topUpLimits,
  topUpPresets,
  withinTopUpLimits,
} from '../../src/domain/index.js';
import type { Money } from '../../src/money/index.js';

const m = (amount: number, currency = 'EUR'): Money => ({ amount, currency });

describe('domain: top-up presets and limits', () => {
  it('the hub’s own limits are 10 to 10,000 in the currency’s scale', () => {
    expect(defaultTopUpLimits('EUR')).to.deep.equal({ min: m(1_000), max: m(1_000_000) });
    expect(defaultTopUpLimits('JPY')).to.deep.equal({ min: m(10, 'JPY'), max: m(10_000, 'JPY') });
    expect(defaultTopUpLimits('KWD').min).to.deep.equal(m(10_000, 'KWD'));
  });

  it('uses the balance’s own limits, else the automatic top-up’s, else none', () => {
    const own = { min: m(1_000), max: m(500_000) };
    const automatic = { minAmount: m(2_000), maxAmount: m(1_000_000) };
    expect(topUpLimits(own, automatic)).to.deep.equal(own);
    expect(topUpLimits(undefined, automatic)).to.deep.equal({
      min: m(2_000),
      max: m(1_000_000),
    });
    expect(topUpLimits(null)).to.deep.equal({ min: null, max: null });
  });

  it('checks an amount against limits, open where a bound is missing', () => {
    const limits = { min: m(1_000), max: m(10_000) };
    expect(withinTopUpLimits(m(1_000), limits)).to.equal(true);
    expect(withinTopUpLimits(m(10_000), limits)).to.equal(true);
    expect(withinTopUpLimits(m(999), limits)).to.equal(false);
    expect(withinTopUpLimits(m(10_001), limits)).to.equal(false);
    expect(withinTopUpLimits(m(1), { min: null, max: null })).to.equal(true);
  });

  it('offers round amounts plus the extras in the currency, sorted, once each, within limits', () => {
    const limits = { min: m(1_000), max: m(60_000) };
    const presets = topUpPresets('EUR', limits, [m(25_000), m(33_300), m(7_00, 'USD'), null, m(0)]);
    expect(presets.map((p) => p.amount)).to.deep.equal([10_000, 25_000, 33_300, 50_000]);
    expect(presets.every((p) => p.currency === 'EUR')).to.equal(true);
  });

  it('scales the round amounts by the currency’s exponent', () => {
    const none = { min: null, max: null };
    expect(topUpPresets('JPY', none).map((p) => p.amount)).to.deep.equal([100, 250, 500, 1_000]);
    expect(topUpPresets('KWD', none)[0]).to.deep.equal(m(100_000, 'KWD'));
  });
});
