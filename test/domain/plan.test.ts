import { expect } from '@open-wc/testing';
import { cancellationEffectiveAt, lastActiveDay } from '../../src/domain/index.js';

const at = (iso: string) => cancellationEffectiveAt(new Date(iso)).toISOString();

describe('domain: cancellationEffectiveAt', () => {
  it('ends the plan at the end of the following calendar month: asked 17 Nov, ends 1 Jan', () => {
    expect(at('2026-11-17T10:00:00Z')).to.equal('2027-01-01T00:00:00.000Z');
  });

  it('counts from the month asked in, on its first and on its last instant', () => {
    expect(at('2026-03-01T00:00:00Z')).to.equal('2026-05-01T00:00:00.000Z');
    expect(at('2026-03-31T23:59:59.999Z')).to.equal('2026-05-01T00:00:00.000Z');
    expect(at('2026-04-01T00:00:00Z')).to.equal('2026-06-01T00:00:00.000Z');
  });

  it('crosses the year from November and December', () => {
    expect(at('2026-12-31T12:00:00Z')).to.equal('2027-02-01T00:00:00.000Z');
  });

  it('reads the month in UTC, whatever the offset the instant was written with', () => {
    // 1 March 00:30 in +02:00 is still 28 February in UTC: it ends on 1 April.
    expect(at('2026-03-01T00:30:00+02:00')).to.equal('2026-04-01T00:00:00.000Z');
  });
});

describe('domain: lastActiveDay', () => {
  it('is the day before the plan ends (the last instant of the following month)', () => {
    const end = cancellationEffectiveAt(new Date('2026-11-17T10:00:00Z'));
    const last = lastActiveDay(end);
    expect(last.toISOString()).to.equal('2026-12-31T23:59:59.999Z');
    expect(last.getUTCDate()).to.equal(31);
    expect(last.getUTCMonth()).to.equal(11);
  });

  it('handles a February in a leap year', () => {
    const last = lastActiveDay(cancellationEffectiveAt(new Date('2028-01-10T00:00:00Z')));
    expect(last.toISOString().slice(0, 10)).to.equal('2028-02-29');
  });
});
