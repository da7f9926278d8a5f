import { expect } from '@open-wc/testing';
import { money, MoneyError } from '../../src/money/index.js';
import { planChangeKind, prorate } from '../../src/domain/index.js';

const eur = (amount: number) => money(amount, 'EUR');
const april = { periodStart: '2024-04-01T00:00:00Z', periodEnd: '2024-05-01T00:00:00Z' };
const upgrade = { currentPrice: eur(5000), newPrice: eur(15000), ...april };

describe('domain: prorate', () => {
  it('charges the difference for the days left: 10 of 30 days, 50.00 → 150.00 is 33.33', () => {
    expect(prorate({ ...upgrade, at: '2024-04-21T00:00:00Z' })).to.deep.equal({
      amount: eur(3333),
      remainingDays: 10,
      totalDays: 30,
    });
  });

  it('counts the started day as a whole day', () => {
    expect(prorate({ ...upgrade, at: '2024-04-21T09:30:00Z' })).to.include({ remainingDays: 10 });
    expect(prorate({ ...upgrade, at: '2024-04-20T23:59:59Z' })).to.include({ remainingDays: 11 });
  });

  it('reads date-times with an offset as the instant they name', () => {
    // 21 April 01:00 in +02:00 is 20 April 23:00 UTC: 11 days left
    expect(prorate({ ...upgrade, at: '2024-04-21T01:00:00+02:00' })).to.include({
      remainingDays: 11,
    });
  });

  it('charges the whole difference at the start of the period, or before it', () => {
    expect(prorate({ ...upgrade, at: april.periodStart })).to.deep.equal({
      amount: eur(10000),
      remainingDays: 30,
      totalDays: 30,
    });
    expect(prorate({ ...upgrade, at: '2024-03-15T00:00:00Z' }).amount).to.deep.equal(eur(10000));
  });

  it('charges nothing at or after the end of the period', () => {
    expect(prorate({ ...upgrade, at: april.periodEnd })).to.deep.equal({
      amount: eur(0),
      remainingDays: 0,
      totalDays: 30,
    });
    expect(prorate({ ...upgrade, at: '2024-06-01T00:00:00Z' }).amount).to.deep.equal(eur(0));
  });

  it('rounds half a minor unit up', () => {
    // 0.03 × 15/30 = 0.015 → 0.02
    expect(
      prorate({ ...upgrade, newPrice: eur(5003), at: '2024-04-16T00:00:00Z' }).amount,
    ).to.deep.equal(eur(2));
  });

  it('is exact in yen: 2 000 over 11 of 31 days is 710', () => {
    expect(
      prorate({
        currentPrice: money(1000, 'JPY'),
        newPrice: money(3000, 'JPY'),
        periodStart: '2024-01-01T00:00:00Z',
        periodEnd: '2024-02-01T00:00:00Z',
        at: '2024-01-21T12:00:00Z',
      }),
    ).to.deep.equal({ amount: money(710, 'JPY'), remainingDays: 11, totalDays: 31 });
  });

  it('counts a period ending at 23:59:59 on its last day as whole days', () => {
    expect(
      prorate({ ...upgrade, periodEnd: '2024-04-30T23:59:59Z', at: '2024-04-21T10:00:00Z' }),
    ).to.include({ totalDays: 30, remainingDays: 10 });
  });

  it('charges nothing for the same price', () => {
    expect(
      prorate({ ...upgrade, newPrice: eur(5000), at: '2024-04-21T00:00:00Z' }).amount,
    ).to.deep.equal(eur(0));
  });

  it('refuses a downgrade, a reversed period, bad dates and mixed currencies', () => {
    const at = '2024-04-21T00:00:00Z';
    expect(() => prorate({ ...upgrade, newPrice: eur(4999), at })).to.throw(RangeError);
    expect(() =>
      prorate({ ...upgrade, periodStart: april.periodEnd, periodEnd: april.periodStart, at }),
    ).to.throw(RangeError);
    expect(() => prorate({ ...upgrade, at: 'yesterday' })).to.throw(RangeError);
    expect(() => prorate({ ...upgrade, newPrice: money(15000, 'USD'), at })).to.throw(MoneyError);
  });
});

describe('domain: planChangeKind', () => {
  it('compares plans by price', () => {
    expect(planChangeKind({ price: eur(5000) }, { price: eur(15000) })).to.equal('upgrade');
    expect(planChangeKind({ price: eur(15000) }, { price: eur(5000) })).to.equal('downgrade');
    expect(planChangeKind({ price: eur(5000) }, { price: eur(5000) })).to.equal('same');
  });

  it('compares monthly and yearly plans by yearly cost', () => {
    const monthly = { price: eur(10000), interval: 'month' as const };
    expect(planChangeKind(monthly, { price: eur(100000), interval: 'year' })).to.equal('downgrade');
    expect(planChangeKind(monthly, { price: eur(120000), interval: 'year' })).to.equal('same');
    expect(planChangeKind({ price: eur(100000), interval: 'year' }, monthly)).to.equal('upgrade');
  });

  it('refuses prices in different currencies', () => {
    expect(() => planChangeKind({ price: eur(1) }, { price: money(1, 'USD') })).to.throw(
      MoneyError,
    );
  });
});
