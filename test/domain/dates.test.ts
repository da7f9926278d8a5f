import { expect } from '@open-wc/testing';
import { hubClock, hubNow, previousMonth } from '../../src/domain/index.js';

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

describe('domain: hubClock', () => {
  const asOf = '2031-03-12T10:00:00.000Z';
  const received = Date.parse('2026-12-02T15:00:00Z'); // this device's clock, five years behind

  it('is the hub’s clock, moved on by the time this device counted since the answer', () => {
    expect(hubClock(asOf, received, received).toISOString()).to.equal(asOf);
    expect(hubClock(asOf, received, received + 90 * 60_000).toISOString()).to.equal(
      '2031-03-12T11:30:00.000Z',
    );
  });

  it('never runs backwards when this device’s clock is set back', () => {
    expect(hubClock(asOf, received, received - 3_600_000).toISOString()).to.equal(asOf);
  });

  it('is this device’s clock when the hub gives none', () => {
    expect(hubClock(undefined, received, received + 1000).getTime()).to.equal(received + 1000);
  });
});
