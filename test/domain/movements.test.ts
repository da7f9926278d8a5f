import { expect } from '@open-wc/testing';
import { money } from '../../src/money/index.js';
import { dailyUsageFrom, monthlyMovements, type LedgerEntry } from '../../src/domain/index.js';

const eur = (amount: number) => money(amount, 'EUR');
const entry = (
  at: string,
  kind: LedgerEntry['kind'],
  amount: number,
  currency = 'EUR',
): LedgerEntry => ({
  at,
  kind,
  amount: money(amount, currency),
});

const ledger: LedgerEntry[] = [
  entry('2023-12-31T23:00:00Z', 'usage', 99999),
  entry('2024-01-15T10:00:00Z', 'top_up', 10000),
  entry('2024-01-20T08:00:00Z', 'usage', 2500),
  entry('2024-01-31T23:30:00Z', 'usage', 500),
  // 1 February in Berlin, still 31 January in UTC
  entry('2024-02-01T00:30:00+01:00', 'usage', 700),
  entry('2024-03-05T12:00:00Z', 'auto_renewal', 20000),
  entry('2024-03-06T12:00:00Z', 'emergency', 1000),
  entry('2024-03-07T12:00:00Z', 'usage', 300),
  entry('2024-03-07T13:00:00Z', 'usage', 5000, 'USD'),
];

describe('domain: monthlyMovements', () => {
  it('gives every month of the range, oldest first, with empty months as zeros', () => {
    expect(
      monthlyMovements(ledger, { from: '2024-01', to: '2024-04', currency: 'EUR' }),
    ).to.deep.equal([
      { period: '2024-01', fundsAdded: eur(10000), usage: eur(3700) },
      { period: '2024-02', fundsAdded: eur(0), usage: eur(0) },
      { period: '2024-03', fundsAdded: eur(21000), usage: eur(300) },
      { period: '2024-04', fundsAdded: eur(0), usage: eur(0) },
    ]);
  });

  it('counts manual, auto-renewal and emergency top-ups as funds added', () => {
    const [march] = monthlyMovements(ledger, { from: '2024-03', to: '2024-03', currency: 'EUR' });
    expect(march?.fundsAdded).to.deep.equal(eur(21000));
  });

  it('keeps to one currency', () => {
    expect(
      monthlyMovements(ledger, { from: '2024-03', to: '2024-03', currency: 'USD' }),
    ).to.deep.equal([
      { period: '2024-03', fundsAdded: money(0, 'USD'), usage: money(5000, 'USD') },
    ]);
  });

  it('crosses a year boundary', () => {
    const periods = monthlyMovements([], { from: '2023-11', to: '2024-02', currency: 'EUR' }).map(
      (m) => m.period,
    );
    expect(periods).to.deep.equal(['2023-11', '2023-12', '2024-01', '2024-02']);
  });

  it('refuses a malformed or reversed range', () => {
    expect(() =>
      monthlyMovements([], { from: '2024-13', to: '2024-12', currency: 'EUR' }),
    ).to.throw(RangeError);
    expect(() =>
      monthlyMovements([], { from: '2024-03', to: '2024-02', currency: 'EUR' }),
    ).to.throw(RangeError);
  });
});

describe('domain: dailyUsageFrom', () => {
  it('gives every day of the range with usage only, empty days as zeros', () => {
    expect(dailyUsageFrom(ledger, '2024-01-19', '2024-01-21', 'EUR')).to.deep.equal([
      { date: '2024-01-19', usage: eur(0) },
      { date: '2024-01-20', usage: eur(2500) },
      { date: '2024-01-21', usage: eur(0) },
    ]);
  });

  it('groups by UTC day and leaves top-ups out', () => {
    expect(dailyUsageFrom(ledger, '2024-01-31', '2024-02-01', 'EUR')).to.deep.equal([
      { date: '2024-01-31', usage: eur(1200) },
      { date: '2024-02-01', usage: eur(0) },
    ]);
    expect(dailyUsageFrom(ledger, '2024-01-15', '2024-01-15', 'EUR')).to.deep.equal([
      { date: '2024-01-15', usage: eur(0) },
    ]);
  });

  it('crosses month ends, including 29 February', () => {
    const dates = dailyUsageFrom([], '2024-02-28', '2024-03-01', 'EUR').map((d) => d.date);
    expect(dates).to.deep.equal(['2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('refuses a reversed range and impossible dates', () => {
    expect(() => dailyUsageFrom([], '2024-03-02', '2024-03-01', 'EUR')).to.throw(RangeError);
    expect(() => dailyUsageFrom([], '2023-02-29', '2023-03-01', 'EUR')).to.throw(RangeError);
  });
});
