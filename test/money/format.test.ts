import { expect } from '@open-wc/testing';
import {
  formatAmountForInput,
  formatMoney,
  localeSeparators,
  money,
  MoneyError,
} from '../../src/money/index.js';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('money/format', () => {
  describe('formatMoney()', () => {
    it('formats in the locale’s style', () => {
      const m = money(123456, 'EUR');
      expect(formatMoney(m, 'en')).to.equal('€1,234.56');
      expect(formatMoney(m, 'de')).to.equal(`1.234,56${NBSP}€`);
      expect(formatMoney(m, 'es')).to.equal(`1234,56${NBSP}€`);
      expect(formatMoney(m, 'pt-BR')).to.equal(`€${NBSP}1.234,56`);
      expect(formatMoney(m, 'fr')).to.equal(`1${NNBSP}234,56${NBSP}€`);
      expect(formatMoney(money(123456, 'BRL'), 'pt-BR')).to.equal(`R$${NBSP}1.234,56`);
    });

    it('shows the ISO 4217 decimals: 0 for JPY, 3 for KWD, 2 for HUF and IDR', () => {
      expect(formatMoney(money(1234, 'JPY'), 'en')).to.equal('¥1,234');
      expect(formatMoney(money(1234, 'KWD'), 'en')).to.equal(`KWD${NBSP}1.234`);
      expect(formatMoney(money(5, 'KWD'), 'de')).to.equal(`0,005${NBSP}KWD`);
      // Intl alone would round these to whole forints and rupiahs.
      expect(
        new Intl.NumberFormat('hu', { style: 'currency', currency: 'HUF' }).format(1234.5),
      ).to.not.contain(',50');
      expect(formatMoney(money(123450, 'HUF'), 'hu')).to.equal(`1234,50${NBSP}Ft`);
      expect(formatMoney(money(123456, 'IDR'), 'id')).to.match(/^Rp\s?1\.234,56$/);
      expect(formatMoney(money(12345, 'CLF'), 'es-CL')).to.contain('1,2345');
    });

    it('formats zero, negatives and -0', () => {
      expect(formatMoney(money(0, 'EUR'), 'en')).to.equal('€0.00');
      expect(formatMoney(money(-0, 'EUR'), 'en')).to.equal('€0.00');
      expect(formatMoney(money(-5, 'EUR'), 'en')).to.equal('-€0.05');
      expect(formatMoney(money(-123456, 'EUR'), 'de')).to.equal(`-1.234,56${NBSP}€`);
    });

    it('formats the largest safe amount exactly, never through a float', () => {
      const m = money(Number.MAX_SAFE_INTEGER, 'EUR');
      expect(formatMoney(m, 'en')).to.equal('€90,071,992,547,409.91');
      expect(formatMoney(money(Number.MAX_SAFE_INTEGER, 'JPY'), 'en')).to.equal(
        '¥9,007,199,254,740,991',
      );
      // 0.1 + 0.2 style values print as typed
      expect(formatMoney(money(30, 'EUR'), 'en')).to.equal('€0.30');
      expect(formatMoney(money(1999, 'EUR'), 'en')).to.equal('€19.99');
    });

    it('honours signDisplay, currencyDisplay and compact', () => {
      const m = money(123456, 'EUR');
      expect(formatMoney(m, 'en', { signDisplay: 'always' })).to.equal('+€1,234.56');
      expect(formatMoney(money(0, 'EUR'), 'en', { signDisplay: 'exceptZero' })).to.equal('€0.00');
      expect(formatMoney(money(-5, 'EUR'), 'en', { signDisplay: 'negative' })).to.equal('-€0.05');
      expect(formatMoney(m, 'en', { currencyDisplay: 'code' })).to.equal(`EUR${NBSP}1,234.56`);
      expect(formatMoney(m, 'en', { currencyDisplay: 'name' })).to.equal('1,234.56 euros');
      expect(
        formatMoney(money(123456, 'USD'), 'en-CA', { currencyDisplay: 'narrowSymbol' }),
      ).to.equal('$1,234.56');
      expect(formatMoney(money(123456789, 'EUR'), 'en', { compact: true })).to.equal('€1.2M');
    });

    it('reuses one Intl.NumberFormat per locale, currency and options', () => {
      const original = Intl.NumberFormat;
      let created = 0;
      const counting = function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        created += 1;
        return new original(...args);
      } as unknown as typeof Intl.NumberFormat;
      Intl.NumberFormat = counting;
      try {
        for (let i = 0; i < 5; i += 1)
          formatMoney(money(i, 'SEK'), 'sv', { signDisplay: 'always' });
        expect(created).to.equal(1);
        formatMoney(money(1, 'SEK'), 'sv', { signDisplay: 'exceptZero' });
        expect(created).to.equal(2);
      } finally {
        Intl.NumberFormat = original;
      }
    });

    it('refuses unknown currencies', () => {
      expect(() => formatMoney({ amount: 1, currency: 'ABC' }, 'en')).to.throw(MoneyError);
    });
  });

  describe('formatAmountForInput()', () => {
    it('gives the grouping-free number a person would type', () => {
      expect(formatAmountForInput(money(123456, 'EUR'), 'de')).to.equal('1234,56');
      expect(formatAmountForInput(money(123456, 'EUR'), 'en')).to.equal('1234.56');
      expect(formatAmountForInput(money(123456789, 'EUR'), 'fr')).to.equal('1234567,89');
      expect(formatAmountForInput(money(-5, 'EUR'), 'en')).to.equal('-0.05');
      expect(formatAmountForInput(money(1234, 'JPY'), 'de')).to.equal('1234');
      expect(formatAmountForInput(money(1234, 'KWD'), 'de')).to.equal('1,234');
      expect(formatAmountForInput(money(150, 'HUF'), 'hu')).to.equal('1,50');
      expect(formatAmountForInput(money(0, 'EUR'), 'pt-BR')).to.equal('0,00');
    });
  });

  describe('localeSeparators()', () => {
    it('reads the separators from Intl', () => {
      expect(localeSeparators('en')).to.deep.equal({ group: ',', decimal: '.' });
      expect(localeSeparators('de')).to.deep.equal({ group: '.', decimal: ',' });
      expect(localeSeparators('es')).to.deep.equal({ group: '.', decimal: ',' });
      expect(localeSeparators('pt-BR')).to.deep.equal({ group: '.', decimal: ',' });
      expect(localeSeparators('fr')).to.deep.equal({ group: NNBSP, decimal: ',' });
      expect(localeSeparators('ar-EG')).to.deep.equal({ group: '\u066C', decimal: '\u066B' });
    });
  });
});
