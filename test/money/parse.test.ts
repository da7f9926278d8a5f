import { expect } from '@open-wc/testing';
import type { Money, ParseMoneyFailure, ParseMoneyOptions } from '../../src/money/index.js';
import {
  formatAmountForInput,
  formatMoney,
  money,
  MoneyError,
  parseMoneyInput,
} from '../../src/money/index.js';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const MINUS = '\u2212';
const MAX = Number.MAX_SAFE_INTEGER;

/** The amount `text` parses to, failing the test when it does not parse. */
function amountOf(
  text: string,
  currency: string,
  locale: string,
  options?: ParseMoneyOptions,
): number {
  const result = parseMoneyInput(text, currency, locale, options);
  if (!result.ok)
    expect.fail(`${JSON.stringify(text)} (${locale}, ${currency}) → ${result.reason}`);
  expect(result.value.currency).to.equal(currency);
  return result.value.amount;
}

/** The reason `text` is refused, failing the test when it parses. */
function reasonOf(
  text: string,
  currency: string,
  locale: string,
  options?: ParseMoneyOptions,
): ParseMoneyFailure {
  const result = parseMoneyInput(text, currency, locale, options);
  if (result.ok)
    expect.fail(`${JSON.stringify(text)} (${locale}) parsed to ${result.value.amount}`);
  expect(result.message.length).to.be.above(0);
  return result.reason;
}

describe('money/parse', () => {
  describe('what people type', () => {
    it('reads en, de, es and pt-BR conventions', () => {
      expect(amountOf('1,234.56', 'USD', 'en')).to.equal(123456);
      expect(amountOf('1234.56', 'USD', 'en-US')).to.equal(123456);
      expect(amountOf('1.234,56', 'EUR', 'de')).to.equal(123456);
      expect(amountOf('1234,56', 'EUR', 'de')).to.equal(123456);
      expect(amountOf('1.234.567,89', 'EUR', 'es')).to.equal(123456789);
      expect(amountOf('1234,5', 'EUR', 'es')).to.equal(123450);
      expect(amountOf('R$ 1.234,56', 'BRL', 'pt-BR')).to.equal(123456);
      expect(amountOf('12', 'EUR', 'de')).to.equal(1200);
      expect(amountOf('0,5', 'EUR', 'de')).to.equal(50);
      expect(amountOf(',5', 'EUR', 'de')).to.equal(50);
      expect(amountOf('12,', 'EUR', 'de')).to.equal(1200);
      expect(amountOf('007', 'EUR', 'en')).to.equal(700);
    });

    it('reads 19.99 and friends exactly, with no float rounding', () => {
      expect(amountOf('19.99', 'EUR', 'en')).to.equal(1999);
      expect(amountOf('19,99', 'EUR', 'de')).to.equal(1999);
      expect(amountOf('0.29', 'EUR', 'en')).to.equal(29);
      expect(amountOf('1.15', 'EUR', 'en')).to.equal(115);
      expect(amountOf('0.30', 'EUR', 'en')).to.equal(30);
      expect(amountOf('4.35', 'EUR', 'en')).to.equal(435); // 4.35 * 100 = 434.99999999999994
      expect(amountOf('1.005', 'KWD', 'en')).to.equal(1005);
    });

    it('takes spaces, U+00A0 and U+202F as grouping', () => {
      for (const space of [' ', NBSP, NNBSP, '\u2009']) {
        expect(amountOf(`1${space}234,56`, 'EUR', 'de')).to.equal(123456);
        expect(amountOf(`1${space}234${space}567,89`, 'EUR', 'fr')).to.equal(123456789);
        expect(amountOf(`1${space}234.56`, 'USD', 'en')).to.equal(123456);
      }
    });

    it('strips the currency symbol, code or name on either side', () => {
      expect(amountOf('€ 12,50', 'EUR', 'de')).to.equal(1250);
      expect(amountOf('12,50 €', 'EUR', 'de')).to.equal(1250);
      expect(amountOf('12,50€', 'EUR', 'de')).to.equal(1250);
      expect(amountOf('EUR 12.50', 'EUR', 'en')).to.equal(1250);
      expect(amountOf('eur 12.50', 'EUR', 'en')).to.equal(1250);
      expect(amountOf('12.50 EUR', 'EUR', 'en')).to.equal(1250);
      expect(amountOf('12.50 euros', 'EUR', 'en')).to.equal(1250);
      expect(amountOf('$1,000', 'USD', 'en')).to.equal(100000);
      expect(amountOf('US$ 5', 'USD', 'es')).to.equal(500);
      expect(amountOf('¥1,234', 'JPY', 'en')).to.equal(1234);
      expect(amountOf('1.234,56 kr.', 'DKK', 'da')).to.equal(123456);
    });

    it('reads a leading minus, U+2212 or plus, around the symbol', () => {
      const neg = { allowNegative: true };
      expect(amountOf('-12.50', 'EUR', 'en', neg)).to.equal(-1250);
      expect(amountOf(`${MINUS}12,50`, 'EUR', 'de', neg)).to.equal(-1250);
      expect(amountOf('-€12.50', 'EUR', 'en', neg)).to.equal(-1250);
      expect(amountOf('€ -12,50', 'EUR', 'nl', neg)).to.equal(-1250);
      expect(amountOf('- 0,05 €', 'EUR', 'de', neg)).to.equal(-5);
      expect(amountOf('+12.50', 'EUR', 'en')).to.equal(1250);
    });

    it('trims whitespace and ignores bidi marks', () => {
      expect(amountOf('  12.50 \n', 'EUR', 'en')).to.equal(1250);
      expect(amountOf('\u200F12,50\u200F', 'EUR', 'de')).to.equal(1250);
    });

    it('reads the locale’s own digits and grouping (ar-EG, en-IN, de-CH)', () => {
      expect(amountOf('١٬٢٣٤٫٥٦', 'EUR', 'ar-EG')).to.equal(123456);
      expect(amountOf('1,234.56', 'EUR', 'ar-EG')).to.equal(123456);
      expect(amountOf('12,34,567.89', 'INR', 'en-IN')).to.equal(123456789);
      expect(amountOf('1,234,567.89', 'INR', 'en-IN')).to.equal(123456789);
      expect(amountOf("1'234.50", 'CHF', 'de-CH')).to.equal(123450);
      expect(amountOf('1’234.50', 'CHF', 'de-CH')).to.equal(123450);
    });

    it('reads zero and -0 as zero', () => {
      expect(amountOf('0', 'EUR', 'en')).to.equal(0);
      expect(Object.is(amountOf('-0', 'EUR', 'en'), 0)).to.equal(true);
      expect(Object.is(amountOf('-0,00', 'EUR', 'de', { allowNegative: true }), 0)).to.equal(true);
    });

    it('honours each currency’s decimals: JPY 0, KWD 3, HUF and IDR 2', () => {
      expect(amountOf('1,234', 'JPY', 'en')).to.equal(1234);
      expect(amountOf('1.234', 'JPY', 'de')).to.equal(1234);
      expect(amountOf('12.00', 'JPY', 'en')).to.equal(12); // zeros add no precision
      expect(amountOf('1.234', 'KWD', 'en')).to.equal(1234);
      expect(amountOf('1,234', 'KWD', 'de')).to.equal(1234);
      expect(amountOf('1.234', 'KWD', 'de')).to.equal(1234000); // "." is grouping in de
      expect(amountOf('1234,5', 'HUF', 'hu')).to.equal(123450);
      expect(amountOf('Rp 1.234,56', 'IDR', 'id')).to.equal(123456);
      expect(amountOf('1,2345', 'CLF', 'es-CL')).to.equal(12345);
    });

    it('accepts exactly MAX_SAFE_INTEGER minor units and refuses one more', () => {
      expect(amountOf('90,071,992,547,409.91', 'EUR', 'en')).to.equal(MAX);
      expect(amountOf('9007199254740991', 'JPY', 'en')).to.equal(MAX);
      expect(amountOf('-90071992547409.91', 'EUR', 'en', { allowNegative: true })).to.equal(-MAX);
      expect(reasonOf('90071992547409.92', 'EUR', 'en')).to.equal('too_large');
      expect(reasonOf('9007199254740992', 'JPY', 'en')).to.equal('too_large');
      expect(reasonOf('1' + '0'.repeat(40), 'EUR', 'en')).to.equal('too_large');
    });
  });

  describe('refusals', () => {
    it('empty', () => {
      expect(reasonOf('', 'EUR', 'en')).to.equal('empty');
      expect(reasonOf(`  ${NBSP}`, 'EUR', 'en')).to.equal('empty');
      expect(reasonOf('€', 'EUR', 'en')).to.equal('empty');
      expect(reasonOf('-', 'EUR', 'en')).to.equal('empty');
    });

    it('too precise for the currency', () => {
      expect(reasonOf('1.005', 'EUR', 'en')).to.equal('too_precise');
      expect(reasonOf('19,999', 'EUR', 'de')).to.equal('too_precise');
      expect(reasonOf('12.5', 'JPY', 'en')).to.equal('too_precise');
      expect(reasonOf('12,5', 'JPY', 'de')).to.equal('too_precise');
      expect(reasonOf('1.2345', 'KWD', 'en')).to.equal('too_precise');
      expect(reasonOf('0.001', 'USD', 'en')).to.equal('too_precise');
    });

    it('ambiguous separators', () => {
      expect(reasonOf('1.23', 'EUR', 'de')).to.equal('ambiguous');
      expect(reasonOf('12.5', 'EUR', 'de')).to.equal('ambiguous');
      expect(reasonOf('EUR 12.50', 'EUR', 'de')).to.equal('ambiguous');
      expect(reasonOf('12,5', 'USD', 'en')).to.equal('ambiguous');
      expect(reasonOf('1234,567', 'USD', 'en')).to.equal('ambiguous');
      expect(reasonOf(',234', 'USD', 'en')).to.equal('ambiguous');
      expect(reasonOf('.50', 'EUR', 'de')).to.equal('ambiguous');
      expect(reasonOf('1.234', 'EUR', 'fr')).to.equal('ambiguous'); // "." is neither separator in fr
      expect(amountOf('12.50', 'EUR', 'fr')).to.equal(1250); // …so a lone one is decimal
    });

    it('invalid: letters, bad grouping, wrong order, stray signs', () => {
      const invalid = [
        ['12abc', 'en'],
        ['abc', 'en'],
        ['1e3', 'en'],
        ['0x10', 'en'],
        ['12 $', 'de'], // another currency's symbol
        ['1,23,4', 'en'],
        ['1,2345,678', 'en'],
        ['12,34,567', 'en'], // Indian grouping outside en-IN
        ['1.234.56', 'en'],
        ['1,234.56', 'de'], // separators in the wrong order for de
        ['1.234,56', 'en'],
        ['1,234,', 'en'],
        ['1,,234', 'en'],
        ['1.234 567,89', 'de'], // two kinds of grouping
        ['--5', 'en'],
        ['5-', 'en'],
        ['12 € 50', 'de'],
        ['€12€', 'en'],
        ['.', 'en'],
        ['1/2', 'en'],
      ] as const;
      for (const [text, locale] of invalid) {
        expect(reasonOf(text, 'EUR', locale), text).to.equal('invalid');
      }
    });

    it('negatives unless allowed', () => {
      expect(reasonOf('-12.50', 'EUR', 'en')).to.equal('negative_not_allowed');
      expect(reasonOf(`${MINUS}1`, 'EUR', 'en')).to.equal('negative_not_allowed');
      expect(reasonOf('-12.50', 'EUR', 'en', { allowNegative: false })).to.equal(
        'negative_not_allowed',
      );
    });

    it('throws for an unknown currency (a programming error)', () => {
      expect(() => parseMoneyInput('1', 'EURO', 'en')).to.throw(MoneyError);
    });
  });

  describe('round trip: format then parse gives the same Money', () => {
    const locales = [
      'en',
      'en-US',
      'de',
      'es',
      'pt-BR',
      'fr',
      'de-CH',
      'nl',
      'sv',
      'en-IN',
      'ar-EG',
      'hu',
      'ja',
    ];
    const currencies = ['EUR', 'USD', 'BRL', 'JPY', 'KWD', 'HUF', 'IDR', 'CLF'];
    const amounts = [
      0,
      1,
      5,
      10,
      99,
      100,
      999,
      1000,
      1234,
      1999,
      12345,
      100000,
      123456,
      999999,
      1000000,
      1234567,
      98765432,
      123456789012,
      MAX,
    ];
    const values: Money[] = currencies.flatMap((currency) =>
      amounts.flatMap((amount) => [money(amount, currency), money(-amount, currency)]),
    );
    const neg = { allowNegative: true };

    for (const locale of locales) {
      it(`formatMoney in ${locale}`, () => {
        for (const m of values) {
          for (const currencyDisplay of ['symbol', 'narrowSymbol', 'code', 'name'] as const) {
            const text = formatMoney(m, locale, { currencyDisplay });
            const result = parseMoneyInput(text, m.currency, locale, neg);
            expect(result, `${locale} ${currencyDisplay} ${JSON.stringify(text)}`).to.deep.equal({
              ok: true,
              value: m,
            });
          }
        }
      });

      it(`formatAmountForInput in ${locale}`, () => {
        for (const m of values) {
          const text = formatAmountForInput(m, locale);
          expect(parseMoneyInput(text, m.currency, locale, neg), `${locale} ${text}`).to.deep.equal(
            {
              ok: true,
              value: m,
            },
          );
        }
      });
    }

    it('parses de and fr output with its U+00A0 and U+202F spaces', () => {
      const fr = formatMoney(money(123456789, 'EUR'), 'fr');
      expect(fr).to.contain(NNBSP).and.contain(NBSP);
      expect(amountOf(fr, 'EUR', 'fr')).to.equal(123456789);
      const de = formatMoney(money(-123456789, 'EUR'), 'de');
      expect(de).to.contain(NBSP);
      expect(amountOf(de, 'EUR', 'de', neg)).to.equal(-123456789);
      const sv = formatMoney(money(-123456789, 'SEK'), 'sv');
      expect(sv).to.contain(MINUS);
      expect(amountOf(sv, 'SEK', 'sv', neg)).to.equal(-123456789);
    });
  });
});
