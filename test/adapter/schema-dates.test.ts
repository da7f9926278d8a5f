import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { ApiKeySchema, DailyUsageSchema } from '../../src/adapter/schemas.js';
import { parseOrThrow } from '../../src/adapter/validate.js';
import type { AdapterError } from '../../src/adapter/errors.js';

// The schemas check dates with their own patterns (zod's ISO builders cost every entry that
// reads a date about 0.3 KB): they must accept exactly what z.iso.date() and
// z.iso.datetime({ offset: true }) accept, and name the format when they refuse.

const usage = { amount: 100, currency: 'EUR' };
const ourDate = (date: string) => z.safeParse(DailyUsageSchema, { date, usage }).success;
const ourDateTime = (createdAt: string) =>
  z.safeParse(ApiKeySchema, { id: 'k', name: 'n', prefix: 'p', createdAt, lastUsedAt: null })
    .success;
const zodDate = (text: string) => z.safeParse(z.iso.date(), text).success;
const zodDateTime = (text: string) => z.safeParse(z.iso.datetime({ offset: true }), text).success;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Every day-of-month 0–32 of every month 0–13 in years that test the leap-year rule. */
function dates(): string[] {
  const out: string[] = [];
  for (const year of [0, 4, 100, 400, 1600, 1900, 1996, 2000, 2023, 2024, 2100, 2400, 9999]) {
    for (let month = 0; month <= 13; month++) {
      for (let day = 0; day <= 32; day++) out.push(`${pad(year, 4)}-${pad(month)}-${pad(day)}`);
    }
  }
  return out;
}

describe('schema dates', () => {
  it('accept the same dates as zod’s ISO date, leap years included', () => {
    const all = [...dates(), '2024-2-01', '24-02-01', '2024-02-1', '2024/02/01', ' 2024-02-01', ''];
    let accepted = 0;
    for (const text of all) {
      expect(ourDate(text), text).to.equal(zodDate(text));
      if (zodDate(text)) accepted++;
    }
    expect(accepted).to.be.greaterThan(4000); // the loop really tried valid dates
  });

  it('accept the same date-times as zod’s ISO date-time with offset', () => {
    const times = [
      'T00:00:00Z',
      'T23:59:59Z',
      'T24:00:00Z',
      'T12:60:00Z',
      'T12:00:60Z',
      'T12:00Z',
      'T12:00:00.5Z',
      'T12:00:00.123456789Z',
      'T12:00:00.Z',
      'T12:00:00+01:00',
      'T12:00:00-23:59',
      'T12:00:00+24:00',
      'T12:00:00+01:60',
      'T12:00:00+0100',
      'T12:00:00+01',
      'T12:00:00z',
      'T12:00:00',
      ' 12:00:00Z',
      't12:00:00Z',
      'T1:00:00Z',
      'T12:00:00.123+05:30',
      'T12:00:00Z ',
      'T12:00:00ZZ',
    ];
    let accepted = 0;
    for (const day of ['2024-02-29', '2023-02-29', '2026-11-01', '2026-13-01', '1900-02-29']) {
      for (const time of times) {
        const text = day + time;
        expect(ourDateTime(text), text).to.equal(zodDateTime(text));
        if (zodDateTime(text)) accepted++;
      }
    }
    expect(accepted).to.be.greaterThan(10);
  });

  it('names the format when a date is refused, as before', () => {
    let error: AdapterError | undefined;
    try {
      parseOrThrow(DailyUsageSchema, { date: '2026-02-30', usage }, 'listDailyUsage');
    } catch (thrown) {
      error = thrown as AdapterError;
    }
    expect(error?.message).to.contain('field "date" should be a date, "YYYY-MM-DD"');
    try {
      parseOrThrow(
        ApiKeySchema,
        { id: 'k', name: 'n', prefix: 'p', createdAt: '2026-11-01 12:00', lastUsedAt: null },
        'listApiKeys',
      );
    } catch (thrown) {
      error = thrown as AdapterError;
    }
    expect(error?.message).to.contain(
      'field "createdAt" should be an ISO 8601 date and time with its offset',
    );
  });
});
