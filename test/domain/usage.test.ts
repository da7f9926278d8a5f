import { expect } from '@open-wc/testing';
import { money } from '../../src/money/index.js';
import { averageDailyUsage, type DailyUsage } from '../../src/domain/index.js';

const eur = (amount: number) => money(amount, 'EUR');
const day = (date: string, amount: number, currency = 'EUR'): DailyUsage => ({
  date,
  usage: money(amount, currency),
});

describe('domain: averageDailyUsage', () => {
  it('averages consecutive days exactly', () => {
    expect(
      averageDailyUsage([day('2024-01-01', 1000), day('2024-01-02', 2000)], 'EUR'),
    ).to.deep.equal(eur(1500));
  });

  it('rounds half a minor unit away from zero', () => {
    expect(
      averageDailyUsage([day('2024-01-01', 100), day('2024-01-02', 101)], 'EUR'),
    ).to.deep.equal(eur(101));
    expect(
      averageDailyUsage(
        [day('2024-01-01', 100), day('2024-01-02', 100), day('2024-01-03', 101)],
        'EUR',
      ),
    ).to.deep.equal(eur(100));
  });

  it('counts a missing day inside the span as a day without usage', () => {
    expect(averageDailyUsage([day('2024-01-03', 0), day('2024-01-01', 3000)], 'EUR')).to.deep.equal(
      eur(1000),
    );
  });

  it('adds up entries on the same date', () => {
    expect(
      averageDailyUsage(
        [day('2024-01-01', 1000), day('2024-01-01', 500), day('2024-01-02', 1500)],
        'EUR',
      ),
    ).to.deep.equal(eur(1500));
  });

  it('ignores other currencies, and is zero with nothing to average', () => {
    expect(
      averageDailyUsage([day('2024-01-01', 900), day('2024-01-02', 5, 'USD')], 'EUR'),
    ).to.deep.equal(eur(900));
    expect(averageDailyUsage([], 'EUR')).to.deep.equal(eur(0));
    expect(averageDailyUsage([day('2024-01-01', 5, 'USD')], 'EUR')).to.deep.equal(eur(0));
  });

  it('averages over an explicit range, leaving out entries outside it', () => {
    const days = [day('2023-12-31', 99999), day('2024-01-02', 3000)];
    expect(averageDailyUsage(days, 'EUR', { from: '2024-01-01', to: '2024-01-10' })).to.deep.equal(
      eur(300),
    );
  });

  it('works in currencies without minor units', () => {
    expect(
      averageDailyUsage([day('2024-01-01', 1000, 'JPY'), day('2024-01-02', 1001, 'JPY')], 'JPY'),
    ).to.deep.equal(money(1001, 'JPY'));
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => averageDailyUsage([day('2024-02-30', 1)], 'EUR')).to.throw(RangeError);
  });
});
