import { expect } from '@open-wc/testing';
import { hubNow, previousMonth } from '../../src/domain/index.js';

describe('domain: previousMonth', () => {
  it('is the whole calendar month before the instant, in UTC', () => {
    expect(previousMonth(new Date('2026-11-15T12:00:00Z'))).to.deep.equal({
      from: '2026-10-01',
      to: '2026-10-31',
    });
  });

  it('crosses the year and knows February’s length, leap years included', () => {
    expect(previousMonth(new Date('2027-01-01T00:00:00Z'))).to.deep.equal({
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(previousMonth(new Date('2024-03-31T23:59:59Z'))).to.deep.equal({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(previousMonth(new Date('2026-03-01T00:00:00Z')).to).to.equal('2026-02-28');
  });

  it('reads the month in UTC, not the local time zone', () => {
    // 23:30 on 31 October in UTC−1 is already 1 November in UTC.
    expect(previousMonth(new Date('2026-10-31T23:30:00-01:00')).from).to.equal('2026-10-01');
  });
});

describe('domain: hubNow', () => {
  it('is when the hub last updated the balance', () => {
    expect(hubNow('2026-11-30T23:59:00Z').toISOString()).to.equal('2026-11-30T23:59:00.000Z');
  });

  it('is this device’s clock when the balance says nothing', () => {
    const before = Date.now();
    const now = hubNow(undefined).getTime();
    expect(now).to.be.within(before, Date.now());
  });
});
