import { expect } from '@open-wc/testing';
import { money } from '../../src/money/index.js';
import { runwayForecast, type AutoRenewalRule, type DailyUsage } from '../../src/domain/index.js';

const eur = (amount: number) => money(amount, 'EUR');
const day = (date: string, amount: number, currency = 'EUR'): DailyUsage => ({
  date,
  usage: money(amount, currency),
});
/** `count` consecutive days from `first` (a March 2024 day of month). */
const march = (first: number, amounts: number[]): DailyUsage[] =>
  amounts.map((a, i) => day(`2024-03-${String(first + i).padStart(2, '0')}`, a));

const now = new Date('2024-03-31T15:00:00Z');
const flat = march(1, new Array<number>(30).fill(1000)); // 1 March … 30 March, 10.00 a day
const rule: AutoRenewalRule = { enabled: true, threshold: eur(5000), amount: eur(20000) };

describe('domain: runwayForecast', () => {
  it('counts whole days at the average rate, rounding down', () => {
    expect(runwayForecast(eur(10500), flat, now)).to.deep.equal({
      kind: 'days',
      days: 10,
      until: '2024-04-10',
      renewsFirst: false,
      dailyAverage: eur(1000),
    });
  });

  it('is exact for an uneven series', () => {
    // 21–30 March: 1.00, 2.00 … 10.00, total 55.00 over 10 days; 20.00 lasts 200/55 = 3.6 days
    const rising = march(21, [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    const forecast = runwayForecast(eur(2000), rising, now);
    expect(forecast).to.include({ kind: 'days', days: 3, until: '2024-04-03' });
    // 5.50 a day exactly lasts 2 days; one cent less, 1 day
    expect(runwayForecast(eur(1100), rising, now)).to.include({ days: 2 });
    expect(runwayForecast(eur(1099), rising, now)).to.include({ days: 1 });
  });

  it('gives zero days when the balance covers less than a day', () => {
    expect(runwayForecast(eur(999), flat, now)).to.include({
      kind: 'days',
      days: 0,
      until: '2024-03-31',
    });
  });

  it('counts days without an entry as days without usage', () => {
    // usage on 21 and 25 March only: 20.00 over 21–30 March = 2.00 a day
    const sparse = [day('2024-03-21', 1000), day('2024-03-25', 1000)];
    expect(runwayForecast(eur(1000), sparse, now)).to.include({ days: 5 });
  });

  it("leaves out today's partial usage, older days, and other currencies", () => {
    const noisy = [
      ...flat,
      day('2024-03-31', 500000),
      day('2024-02-29', 500000),
      day('2024-03-10', 500000, 'USD'),
    ];
    expect(runwayForecast(eur(10500), noisy, now)).to.include({ days: 10 });
  });

  it('reports no usage without data, with only zeros, or with only today', () => {
    expect(runwayForecast(eur(10000), [], now)).to.deep.equal({ kind: 'no_usage' });
    expect(runwayForecast(eur(10000), march(1, [0, 0, 0]), now)).to.deep.equal({
      kind: 'no_usage',
    });
    expect(runwayForecast(eur(10000), [day('2024-03-31', 700)], now)).to.deep.equal({
      kind: 'no_usage',
    });
  });

  it('reports paused at zero and below, even without usage', () => {
    expect(runwayForecast(eur(0), flat, now)).to.deep.equal({ kind: 'paused' });
    expect(runwayForecast(eur(-1), [], now)).to.deep.equal({ kind: 'paused' });
  });

  it('says when auto-renewal tops up before the balance runs out', () => {
    const forecast = runwayForecast(eur(10500), flat, now, { rule });
    // 105.00 − 50.00 = 55.00 above the threshold: 5 whole days at 10.00
    expect(forecast).to.include({ kind: 'days', days: 10, renewsFirst: true, renewsInDays: 5 });
  });

  it('says the renewal is due now at or under the threshold', () => {
    expect(runwayForecast(eur(5000), flat, now, { rule })).to.include({
      renewsFirst: true,
      renewsInDays: 0,
    });
  });

  it('does not promise a renewal that is off, empty or triggered only below zero', () => {
    for (const r of [
      { ...rule, enabled: false },
      { ...rule, amount: eur(0) },
      { ...rule, threshold: eur(-100) },
    ]) {
      const forecast = runwayForecast(eur(10500), flat, now, { rule: r });
      expect(forecast).to.include({ renewsFirst: false });
      expect(forecast).not.to.have.property('renewsInDays');
    }
  });

  it('renews first with a threshold of exactly zero', () => {
    expect(
      runwayForecast(eur(10500), flat, now, { rule: { ...rule, threshold: eur(0) } }),
    ).to.include({
      renewsFirst: true,
      renewsInDays: 10,
    });
  });

  it('honours a shorter window', () => {
    const stepUp = [
      ...march(1, new Array<number>(23).fill(0)),
      ...march(24, new Array<number>(7).fill(3000)),
    ];
    expect(runwayForecast(eur(9000), stepUp, now)).to.include({ days: 12 }); // 210.00 over 30 days
    expect(runwayForecast(eur(9000), stepUp, now, { windowDays: 7 })).to.include({ days: 3 });
    expect(() => runwayForecast(eur(9000), stepUp, now, { windowDays: 0 })).to.throw(RangeError);
  });
});
