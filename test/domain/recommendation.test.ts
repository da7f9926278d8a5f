import { expect } from '@open-wc/testing';
import { money } from '../../src/money/index.js';
import {
  isFluctuatingUsage,
  niceStep,
  recommendAutoRenewal,
  roundUpToNiceStep,
  simulateAutoRenewal,
  type AutoRenewalRule,
  type DailyUsage,
} from '../../src/domain/index.js';

const eur = (amount: number) => money(amount, 'EUR');
const jpy = (amount: number) => money(amount, 'JPY');
/** April 2024 (30 days), one amount per day from the 1st. */
const april = (amounts: number[], currency = 'EUR'): DailyUsage[] =>
  amounts.map((a, i) => ({
    date: `2024-04-${String(i + 1).padStart(2, '0')}`,
    usage: money(a, currency),
  }));
const repeat = (amount: number, times: number) => new Array<number>(times).fill(amount);

describe('domain: niceStep and roundUpToNiceStep', () => {
  it('steps by 10, 50, 100, 500, 1 000 … major units as the amount grows', () => {
    expect(niceStep(eur(1))).to.deep.equal(eur(1000));
    expect(niceStep(eur(10000))).to.deep.equal(eur(1000));
    expect(niceStep(eur(10001))).to.deep.equal(eur(5000));
    expect(niceStep(eur(50000))).to.deep.equal(eur(5000));
    expect(niceStep(eur(50001))).to.deep.equal(eur(10000));
    expect(niceStep(eur(100000))).to.deep.equal(eur(10000));
    expect(niceStep(eur(100001))).to.deep.equal(eur(50000));
    expect(niceStep(eur(500001))).to.deep.equal(eur(100000));
  });

  it('uses the currency exponent', () => {
    expect(niceStep(jpy(100))).to.deep.equal(jpy(10));
    expect(niceStep(jpy(15000))).to.deep.equal(jpy(5000));
    expect(niceStep(money(1000, 'KWD'))).to.deep.equal(money(10000, 'KWD'));
  });

  it('rounds up to the step, keeping exact multiples and zero', () => {
    expect(roundUpToNiceStep(eur(7035))).to.deep.equal(eur(8000));
    expect(roundUpToNiceStep(eur(8000))).to.deep.equal(eur(8000));
    expect(roundUpToNiceStep(eur(23450))).to.deep.equal(eur(25000));
    expect(roundUpToNiceStep(eur(100001))).to.deep.equal(eur(150000));
    expect(roundUpToNiceStep(eur(0))).to.deep.equal(eur(0));
    expect(() => roundUpToNiceStep(eur(-1))).to.throw(RangeError);
  });
});

describe('domain: isFluctuatingUsage', () => {
  it('is not fluctuating for level usage or no usage', () => {
    expect(isFluctuatingUsage(repeat(2000, 30).map(BigInt))).to.equal(false);
    expect(isFluctuatingUsage([0n, 0n])).to.equal(false);
    expect(isFluctuatingUsage([])).to.equal(false);
  });

  it('takes a coefficient of variation of exactly 0.5 as stable, just above as fluctuating', () => {
    expect(isFluctuatingUsage([1000n, 3000n])).to.equal(false); // mean 2000, deviation 1000
    expect(isFluctuatingUsage([1000n, 3001n])).to.equal(true);
  });

  it('is fluctuating when the last 15 days differ from the month by more than 25 %', () => {
    // month 2 000 a day, last 15 days 2 500: exactly 25 %
    const exactly = [...repeat(1500, 15), ...repeat(2500, 15)].map(BigInt);
    expect(isFluctuatingUsage(exactly)).to.equal(false);
    const above = [...repeat(1490, 15), ...repeat(2510, 15)].map(BigInt);
    expect(isFluctuatingUsage(above)).to.equal(true);
  });
});

describe('domain: recommendAutoRenewal', () => {
  it('bases stable usage on the monthly average: 3 and 10 days, rounded up to nice steps', () => {
    // alternating 20.00 / 30.00: average 25.00, last 15 days 25.33 (1 % off), CV 0.2
    const month = april(Array.from({ length: 30 }, (_, i) => (i % 2 ? 3000 : 2000)));
    expect(recommendAutoRenewal(month, 'EUR')).to.deep.equal({
      threshold: eur(8000), // 3 × 25.00 = 75.00 → 80.00
      amount: eur(25000), // 10 × 25.00 = 250.00
      basis: 'monthly_average',
      dailyAverage: eur(2500),
      fluctuating: false,
    });
  });

  it('rounds odd averages up', () => {
    expect(recommendAutoRenewal(april(repeat(2345, 30)), 'EUR')).to.deep.include({
      threshold: eur(8000), // 70.35 → 80.00
      amount: eur(25000), // 234.50 → 250.00
      basis: 'monthly_average',
    });
  });

  it('bases a rising trend on the last 15 days', () => {
    // 10.00 a day, then 30.00 a day: month 20.00, last 15 days 30.00 (+50 %)
    const month = april([...repeat(1000, 15), ...repeat(3000, 15)]);
    expect(recommendAutoRenewal(month, 'EUR')).to.deep.equal({
      threshold: eur(9000), // 90.00
      amount: eur(30000), // 300.00
      basis: 'last_15_days',
      dailyAverage: eur(3000),
      fluctuating: true,
    });
  });

  it('bases spiky usage on the last 15 days', () => {
    // 90.00 every third day: same average in both halves, but CV ≈ 1.41
    const month = april(Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? 9000 : 0)));
    expect(recommendAutoRenewal(month, 'EUR')).to.deep.include({
      basis: 'last_15_days',
      fluctuating: true,
      dailyAverage: eur(3000),
    });
  });

  it('falls back to the monthly average when the last 15 days had no usage', () => {
    const month = april([...repeat(2000, 15), ...repeat(0, 15)]);
    expect(recommendAutoRenewal(month, 'EUR')).to.deep.equal({
      threshold: eur(3000),
      amount: eur(10000),
      basis: 'monthly_average',
      dailyAverage: eur(1000),
      fluctuating: true,
    });
  });

  it('keeps the amount above the threshold when rounding makes them meet', () => {
    const tiny = recommendAutoRenewal(april(repeat(1, 30)), 'EUR');
    expect(tiny).to.deep.include({ threshold: eur(1000), amount: eur(2000) });
  });

  it('always recommends an amount above the threshold', () => {
    for (const amount of [1, 37, 333, 999, 2345, 9999, 33333, 123456, 9876543]) {
      const r = recommendAutoRenewal(april(repeat(amount, 30)), 'EUR')!;
      expect(r.amount.amount, `daily ${amount}`).to.be.greaterThan(r.threshold.amount);
    }
  });

  it('works in yen', () => {
    expect(recommendAutoRenewal(april(repeat(4321, 30), 'JPY'), 'JPY')).to.deep.equal({
      threshold: jpy(15000), // 12 963 → 15 000
      amount: jpy(45000), // 43 210 → 45 000
      basis: 'monthly_average',
      dailyAverage: jpy(4321),
      fluctuating: false,
    });
  });

  it('clamps into the hub limits, keeping the amount above the threshold', () => {
    const month = april(Array.from({ length: 30 }, (_, i) => (i % 2 ? 3000 : 2000)));
    const limits = {
      minThreshold: eur(10000),
      maxThreshold: eur(50000),
      minAmount: eur(20000),
      maxAmount: eur(100000),
    };
    expect(recommendAutoRenewal(month, 'EUR', { limits })).to.deep.include({
      threshold: eur(10000),
      amount: eur(25000),
    });
    const tight = { ...limits, minThreshold: eur(0), minAmount: eur(0), maxAmount: eur(8000) };
    expect(recommendAutoRenewal(month, 'EUR', { limits: tight })).to.deep.include({
      threshold: eur(7000),
      amount: eur(8000),
    });
  });

  it('takes other day counts for threshold and amount', () => {
    const month = april(repeat(2500, 30));
    expect(
      recommendAutoRenewal(month, 'EUR', { thresholdDays: 5, amountDays: 20 }),
    ).to.deep.include({
      threshold: eur(15000),
      amount: eur(50000),
    });
  });

  it('is null without usage', () => {
    expect(recommendAutoRenewal([], 'EUR')).to.equal(null);
    expect(recommendAutoRenewal(april(repeat(0, 30)), 'EUR')).to.equal(null);
    expect(recommendAutoRenewal(april(repeat(500, 30), 'USD'), 'EUR')).to.equal(null);
  });
});

describe('domain: simulateAutoRenewal', () => {
  const rule: AutoRenewalRule = { enabled: true, threshold: eur(5000), amount: eur(20000) };

  it('counts the top-ups and the amount charged over the days', () => {
    // 100.00 start, 30.00 a day for 10 days: the balance reaches the 50.00 threshold on day 2
    // and on day 9, and a 200.00 top-up fires each time; it never goes under the threshold.
    expect(simulateAutoRenewal(eur(10000), april(repeat(3000, 10)), rule)).to.deep.equal({
      topUps: 2,
      emergencyTopUps: 0,
      charged: eur(40000),
      lowestBalance: eur(5000),
      endBalance: eur(20000),
    });
  });

  it('counts emergency top-ups with auto-renewal off', () => {
    const off = { ...rule, enabled: false };
    const result = simulateAutoRenewal(eur(5000), april(repeat(3000, 3)), off, {
      emergencyMinimum: eur(2000),
    });
    expect(result).to.deep.equal({
      topUps: 0,
      emergencyTopUps: 2,
      charged: eur(4000),
      lowestBalance: eur(-2000),
      endBalance: eur(0),
    });
  });

  it('counts every top-up a day’s usage fires, not one a day: the repeated charges', () => {
    // 20.00 start, a threshold of 10.00 and top-ups of 5.00, 50.00 used in the day: down to
    // 10.00 (a top-up), then each 5.00 used brings it back there (eight more).
    const small: AutoRenewalRule = { enabled: true, threshold: eur(1000), amount: eur(500) };
    expect(simulateAutoRenewal(eur(2000), april([5000]), small)).to.deep.equal({
      topUps: 9,
      emergencyTopUps: 0,
      charged: eur(4500),
      lowestBalance: eur(1000),
      endBalance: eur(1500),
    });
    // The hub's own defaults (200.00 threshold, 100.00 top-ups) at 350.00 a day for 30 days:
    // 3.5 top-ups a day, none of them an emergency.
    const defaults: AutoRenewalRule = { enabled: true, threshold: eur(20000), amount: eur(10000) };
    const month = simulateAutoRenewal(eur(30000), april(repeat(35000, 30)), defaults);
    expect(month.emergencyTopUps).to.equal(0);
    expect(month.topUps).to.equal(105);
    expect(month.charged).to.deep.equal(eur(1050000));
  });

  it('tops up a balance that starts at or under the threshold before the day’s usage', () => {
    const result = simulateAutoRenewal(eur(4000), april([1000]), rule);
    expect(result).to.deep.include({ topUps: 1, emergencyTopUps: 0, endBalance: eur(23000) });
  });

  it('replays the days in date order, whatever order they come in', () => {
    const days = april([9000, 0, 0, 1000]);
    const reversed = [...days].reverse();
    expect(simulateAutoRenewal(eur(10000), reversed, rule)).to.deep.equal(
      simulateAutoRenewal(eur(10000), days, rule),
    );
    expect(simulateAutoRenewal(eur(10000), reversed, rule).topUps).to.equal(1);
  });

  it('changes nothing without usage', () => {
    expect(simulateAutoRenewal(eur(10000), [], rule)).to.deep.equal({
      topUps: 0,
      emergencyTopUps: 0,
      charged: eur(0),
      lowestBalance: eur(10000),
      endBalance: eur(10000),
    });
  });
});
