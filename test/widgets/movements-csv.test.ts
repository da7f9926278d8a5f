import { expect } from '@open-wc/testing';
import {
  csvField,
  csvNumber,
  movementsCsv,
  movementsFilename,
  neutralizeFormula,
  toCsv,
} from '../../src/widgets/movements-table/csv.js';
import type { MovementsCsvLabels } from '../../src/widgets/movements-table/csv.js';

const labels: MovementsCsvLabels = {
  period: 'Period',
  month: 'Month',
  currency: 'Currency',
  fundsAdded: 'Funds added',
  usage: 'Usage',
  net: 'Net',
};

const month = (period: string, fundsAdded: number, usage: number, currency = 'EUR') => ({
  period,
  fundsAdded: { amount: fundsAdded, currency },
  usage: { amount: usage, currency },
});

/** Splits a CSV text into records (CRLF) without interpreting quotes: enough for these tests. */
const lines = (csv: string) => csv.split('\r\n');

describe('movements CSV', () => {
  describe('RFC 4180 quoting', () => {
    it('leaves plain text alone', () => {
      expect(csvField('October 2026')).to.equal('October 2026');
    });

    it('quotes a field with a double quote and doubles the quotes', () => {
      expect(csvField('He said "hi"')).to.equal('"He said ""hi"""');
    });

    it('quotes fields with a comma, CR or LF', () => {
      expect(csvField('a,b')).to.equal('"a,b"');
      expect(csvField('line 1\nline 2')).to.equal('"line 1\nline 2"');
      expect(csvField('x\r\ny')).to.equal('"x\r\ny"');
    });

    it('ends every record with CRLF, including the last', () => {
      const csv = toCsv([
        ['a', 'b'],
        ['c', csvNumber('1.00')],
      ]);
      expect(csv).to.equal('a,b\r\nc,1.00\r\n');
      expect(csv.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    });
  });

  describe('formula injection', () => {
    it('neutralises text starting with = + - @ tab or CR', () => {
      for (const text of ['=1+1', '+1', '-5', '@SUM(A1)', '\tx', '\rx']) {
        expect(neutralizeFormula(text), JSON.stringify(text)).to.equal(`'${text}`);
      }
      expect(neutralizeFormula('October 2026')).to.equal('October 2026');
      expect(neutralizeFormula('5')).to.equal('5');
    });

    it("a =cmd label becomes inert text: `'=cmd…`", () => {
      expect(csvField("=cmd|' /C calc'!A0")).to.equal("'=cmd|' /C calc'!A0");
      // With a comma as well, it is also quoted.
      expect(csvField('=HYPERLINK("http://x","y")')).to.equal(`"'=HYPERLINK(""http://x"",""y"")"`);
    });

    it('a "-5" label is text and neutralised, but the amount -5.00 stays a number', () => {
      const csv = movementsCsv([month('2026-10', 0, 500)], labels, () => '-5');
      const [, row] = lines(csv);
      expect(row).to.equal("2026-10,'-5,EUR,0.00,5.00,-5.00");
    });

    it('number cells must be plain decimals', () => {
      expect(csvField(csvNumber('-5.00'))).to.equal('-5.00');
      expect(() => csvNumber('=1+1')).to.throw(RangeError);
      expect(() => csvNumber('1,234.50')).to.throw(RangeError);
    });
  });

  describe('the movements file', () => {
    it('has a header, one row per month, and is safe with a quote and =cmd in labels', () => {
      const names: Record<string, string> = {
        '2026-09': 'He said "hi"',
        '2026-10': "=cmd|' /C calc'!A0",
      };
      const csv = movementsCsv(
        [month('2026-09', 100_000, 123_450), month('2026-10', 50, 0)],
        labels,
        (period) => names[period]!,
      );
      expect(lines(csv)).to.deep.equal([
        'Period,Month,Currency,Funds added,Usage,Net',
        '2026-09,"He said ""hi""",EUR,1000.00,1234.50,-234.50',
        "2026-10,'=cmd|' /C calc'!A0,EUR,0.50,0.00,0.50",
        '',
      ]);
    });

    it("writes amounts in the currency's own decimals: EUR 2, JPY 0, KWD 3", () => {
      const csv = movementsCsv(
        [
          month('2026-10', 123_450, 0, 'EUR'),
          month('2026-10', 1234, 5, 'JPY'),
          month('2026-10', 1234, 1, 'KWD'),
        ],
        labels,
        () => 'October 2026',
      );
      expect(lines(csv).slice(1, 4)).to.deep.equal([
        '2026-10,October 2026,EUR,1234.50,0.00,1234.50',
        '2026-10,October 2026,JPY,1234,5,1229',
        '2026-10,October 2026,KWD,1.234,0.001,1.233',
      ]);
    });

    it('neutralises localized header labels too', () => {
      const csv = movementsCsv([], { ...labels, net: '=Net' }, () => '');
      expect(csv).to.equal("Period,Month,Currency,Funds added,Usage,'=Net\r\n");
    });

    it('names the file after the first and last month', () => {
      expect(movementsFilename('2025-12', '2026-11')).to.equal('movements-2025-12_2026-11.csv');
    });
  });
});
