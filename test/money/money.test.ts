import { expect } from '@open-wc/testing';
import type { Money, MoneyErrorCode } from '../../src/money/index.js';
import {
  abs,
  add,
  allocate,
  compare,
  divideRound,
  equals,
  fromDecimalString,
  isNegative,
  isPositive,
  isZero,
  max,
  min,
  money,
  MoneyError,
  multiply,
  negate,
  ratio,
  sameMoney,
  subtract,
  sum,
  toDecimalString,
  zero,
} from '../../src/money/index.js';

const MAX = Number.MAX_SAFE_INTEGER;
const eur = (amount: number): Money => money(amount, 'EUR');

/** Asserts that `fn` throws a MoneyError with `code`. */
function expectMoneyError(fn: () => unknown, code: MoneyErrorCode): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'threw').to.be.instanceOf(MoneyError);
  expect((caught as MoneyError).code).to.equal(code);
  expect((caught as MoneyError).name).to.equal('MoneyError');
}

describe('money/money', () => {
  describe('money()', () => {
    it('holds integer minor units and the currency', () => {
      expect(money(12345, 'EUR')).to.deep.equal({ amount: 12345, currency: 'EUR' });
      expect(money(1234, 'JPY')).to.deep.equal({ amount: 1234, currency: 'JPY' });
      expect(Object.isFrozen(money(1, 'USD'))).to.equal(true);
    });

    it('normalises -0 to 0', () => {
      expect(Object.is(money(-0, 'EUR').amount, 0)).to.equal(true);
      expect(Object.is(negate(zero('EUR')).amount, 0)).to.equal(true);
      expect(Object.is(multiply(eur(5), -0).amount, 0)).to.equal(true);
      expect(Object.is(fromDecimalString('-0.00', 'EUR').amount, 0)).to.equal(true);
    });

    it('accepts ±MAX_SAFE_INTEGER and refuses anything beyond', () => {
      expect(money(MAX, 'EUR').amount).to.equal(MAX);
      expect(money(-MAX, 'EUR').amount).to.equal(-MAX);
      expectMoneyError(() => money(MAX + 1, 'EUR'), 'unsafe_integer');
      expectMoneyError(() => money(2 ** 53, 'EUR'), 'unsafe_integer');
      expectMoneyError(() => money(-(2 ** 53), 'EUR'), 'unsafe_integer');
    });

    it('refuses non-integers, NaN and infinities', () => {
      expectMoneyError(() => money(12.5, 'EUR'), 'not_integer');
      expectMoneyError(() => money(0.1 + 0.2, 'EUR'), 'not_integer');
      expectMoneyError(() => money(Number.NaN, 'EUR'), 'not_integer');
      expectMoneyError(() => money(Number.POSITIVE_INFINITY, 'EUR'), 'not_integer');
    });

    it('refuses unknown currencies', () => {
      expectMoneyError(() => money(1, 'EURO'), 'unknown_currency');
      expectMoneyError(() => zero('usd'), 'unknown_currency');
    });
  });

  describe('arithmetic', () => {
    it('adds and subtracts exactly', () => {
      expect(add(eur(10), eur(20))).to.deep.equal(eur(30));
      expect(subtract(eur(10), eur(25))).to.deep.equal(eur(-15));
      expect(add(eur(MAX - 1), eur(1)).amount).to.equal(MAX);
    });

    it('refuses results beyond the safe-integer range', () => {
      expectMoneyError(() => add(eur(MAX), eur(1)), 'unsafe_integer');
      expectMoneyError(() => subtract(eur(-MAX), eur(1)), 'unsafe_integer');
      expectMoneyError(() => multiply(eur(MAX), 2), 'unsafe_integer');
      expectMoneyError(() => negate({ amount: 2 ** 53, currency: 'EUR' }), 'unsafe_integer');
    });

    it('refuses mixed currencies in every binary operation', () => {
      const usd = money(1, 'USD');
      expectMoneyError(() => add(eur(1), usd), 'currency_mismatch');
      expectMoneyError(() => subtract(eur(1), usd), 'currency_mismatch');
      expectMoneyError(() => compare(eur(1), usd), 'currency_mismatch');
      expectMoneyError(() => min(eur(1), usd), 'currency_mismatch');
      expectMoneyError(() => max(eur(1), usd), 'currency_mismatch');
      expectMoneyError(() => sum([eur(1), usd], 'EUR'), 'currency_mismatch');
      expect(equals(eur(1), usd)).to.equal(false);
    });

    it('refuses operands that are not safe integers (Money built by hand)', () => {
      const bad = { amount: 0.5, currency: 'EUR' };
      expectMoneyError(() => add(bad, eur(1)), 'not_integer');
      expectMoneyError(() => toDecimalString(bad), 'not_integer');
    });

    it('multiplies by integers only', () => {
      expect(multiply(eur(199), 3)).to.deep.equal(eur(597));
      expect(multiply(eur(199), -2)).to.deep.equal(eur(-398));
      expectMoneyError(() => multiply(eur(199), 1.5), 'not_integer');
      expectMoneyError(() => multiply(eur(1), 2 ** 53), 'unsafe_integer');
    });

    it('sums a list, zero when empty, with exact totals', () => {
      expect(sum([], 'KWD')).to.deep.equal(money(0, 'KWD'));
      expect(sum([eur(10), eur(20), eur(-5)], 'EUR')).to.deep.equal(eur(25));
      // running sums may pass the bound as long as the total does not
      expect(sum([eur(MAX), eur(1), eur(-1)], 'EUR').amount).to.equal(MAX);
      expectMoneyError(() => sum([eur(MAX), eur(1)], 'EUR'), 'unsafe_integer');
    });

    it('does not suffer float traps: 0.10 + 0.20 is 0.30', () => {
      const total = add(fromDecimalString('0.1', 'EUR'), fromDecimalString('0.2', 'EUR'));
      expect(total).to.deep.equal(eur(30));
      expect(toDecimalString(total)).to.equal('0.30');
      expect(multiply(fromDecimalString('19.99', 'EUR'), 100).amount).to.equal(199900);
    });
  });

  describe('comparisons', () => {
    it('compares, tests sign and picks min and max', () => {
      expect(compare(eur(1), eur(2))).to.equal(-1);
      expect(compare(eur(2), eur(2))).to.equal(0);
      expect(compare(eur(3), eur(2))).to.equal(1);
      expect(equals(eur(2), eur(2))).to.equal(true);
      expect(isZero(zero('JPY'))).to.equal(true);
      expect(isNegative(eur(-1))).to.equal(true);
      expect(isNegative(zero('EUR'))).to.equal(false);
      expect(isPositive(eur(1))).to.equal(true);
      expect(isPositive(zero('EUR'))).to.equal(false);
      expect(abs(eur(-5))).to.deep.equal(eur(5));
      expect(abs(eur(5))).to.deep.equal(eur(5));
      expect(min(eur(3), eur(-1), eur(2))).to.deep.equal(eur(-1));
      expect(max(eur(3), eur(-1), eur(7))).to.deep.equal(eur(7));
      expect(min(eur(3))).to.deep.equal(eur(3));
    });
  });

  describe('division', () => {
    it('divideRound rounds half away from zero', () => {
      expect(divideRound(eur(10), 4).amount).to.equal(3); // 2.5 → 3
      expect(divideRound(eur(-10), 4).amount).to.equal(-3); // -2.5 → -3
      expect(divideRound(eur(10), 3).amount).to.equal(3); // 3.33 → 3
      expect(divideRound(eur(11), 3).amount).to.equal(4); // 3.67 → 4
      expect(divideRound(eur(10), -4).amount).to.equal(-3);
      expect(divideRound(eur(7), 1).amount).to.equal(7);
    });

    it('divideRound is exact at the safe-integer bound', () => {
      // MAX = 9007199254740991; float division would give 4503599627370496 either way.
      expect(divideRound(eur(MAX), 2).amount).to.equal(4503599627370496);
      expect(divideRound(eur(MAX - 2), 2).amount).to.equal(4503599627370495);
      expect(divideRound(eur(MAX), 3).amount).to.equal(3002399751580330);
    });

    it('refuses zero and non-integer divisors', () => {
      expectMoneyError(() => divideRound(eur(10), 0), 'division_by_zero');
      expectMoneyError(() => divideRound(eur(10), 2.5), 'not_integer');
    });

    it('ratio prorates exactly with one half-up rounding', () => {
      expect(ratio(eur(1000), 17, 30).amount).to.equal(567); // 566.67
      expect(ratio(eur(1000), 1, 3).amount).to.equal(333); // 333.33
      expect(ratio(eur(1), 1, 2).amount).to.equal(1); // 0.5 → 1
      expect(ratio(eur(-1), 1, 2).amount).to.equal(-1); // -0.5 → -1
      expect(ratio(eur(3), 1, 2).amount).to.equal(2); // 1.5 → 2
      expect(ratio(eur(5), 1, 4).amount).to.equal(1); // 1.25 → 1
      expect(ratio(eur(1999), 0, 30)).to.deep.equal(eur(0));
      // the intermediate product is beyond 2^53; BigInt keeps it exact
      expect(ratio(eur(MAX), 1000, 1000).amount).to.equal(MAX);
      expect(ratio(eur(MAX), 999_999, 1_000_000).amount).to.equal(9007190247541736);
      expectMoneyError(() => ratio(eur(MAX), 3, 2), 'unsafe_integer');
      expectMoneyError(() => ratio(eur(1), 1, 0), 'division_by_zero');
      expectMoneyError(() => ratio(eur(1), 0.5, 1), 'not_integer');
    });
  });

  describe('allocate()', () => {
    const amounts = (parts: Money[]): number[] => parts.map((p) => p.amount);

    it('splits by largest remainder and sums back exactly', () => {
      expect(amounts(allocate(eur(100), [1, 1, 1]))).to.deep.equal([34, 33, 33]);
      expect(amounts(allocate(eur(5), [3, 7]))).to.deep.equal([2, 3]); // 1.5, 3.5 → tie: first
      expect(amounts(allocate(eur(10), [1, 0, 1]))).to.deep.equal([5, 0, 5]);
      expect(amounts(allocate(eur(-100), [1, 1, 1]))).to.deep.equal([-34, -33, -33]);
      expect(amounts(allocate(money(1, 'JPY'), [1, 1]))).to.deep.equal([1, 0]);
      expect(amounts(allocate(eur(101), [50, 25, 25]))).to.deep.equal([51, 25, 25]);
      expect(amounts(allocate(eur(2), [1, 1, 1]))).to.deep.equal([1, 1, 0]);
    });

    it('always sums back, for many amounts and weights', () => {
      const weightSets = [[1], [1, 2], [3, 3, 3], [7, 11, 13, 17], [1, 0, 99], [2 ** 40, 1, 3]];
      for (const weights of weightSets) {
        for (const amount of [0, 1, 7, 99, 1000, 123457, -98765, MAX, -MAX]) {
          const parts = allocate(eur(amount), weights);
          expect(parts).to.have.length(weights.length);
          expect(sum(parts, 'EUR').amount, `${amount} by ${weights.join(':')}`).to.equal(amount);
          parts.forEach((part, i) => {
            if (weights[i] === 0) expect(part.amount).to.equal(0);
          });
        }
      }
    });

    it('refuses empty, negative, non-integer and all-zero weights', () => {
      expectMoneyError(() => allocate(eur(1), []), 'invalid_argument');
      expectMoneyError(() => allocate(eur(1), [1, -1]), 'invalid_argument');
      expectMoneyError(() => allocate(eur(1), [0.5, 1]), 'not_integer');
      expectMoneyError(() => allocate(eur(1), [0, 0]), 'division_by_zero');
    });
  });

  describe('decimal strings', () => {
    it('writes the exponent’s digits', () => {
      expect(toDecimalString(eur(123456))).to.equal('1234.56');
      expect(toDecimalString(eur(-5))).to.equal('-0.05');
      expect(toDecimalString(eur(0))).to.equal('0.00');
      expect(toDecimalString(eur(-100))).to.equal('-1.00');
      expect(toDecimalString(money(1234, 'JPY'))).to.equal('1234');
      expect(toDecimalString(money(-7, 'JPY'))).to.equal('-7');
      expect(toDecimalString(money(1234, 'KWD'))).to.equal('1.234');
      expect(toDecimalString(money(5, 'KWD'))).to.equal('0.005');
      expect(toDecimalString(money(12345, 'CLF'))).to.equal('1.2345');
      expect(toDecimalString(money(150, 'HUF'))).to.equal('1.50');
      expect(toDecimalString(money(MAX, 'EUR'))).to.equal('90071992547409.91');
    });

    it('reads canonical decimals exactly, float traps included', () => {
      expect(fromDecimalString('19.99', 'EUR').amount).to.equal(1999);
      expect(fromDecimalString('1.005', 'KWD').amount).to.equal(1005);
      expect(fromDecimalString('0.29', 'EUR').amount).to.equal(29); // 0.29 * 100 = 28.999999999999996
      expect(fromDecimalString('1.15', 'EUR').amount).to.equal(115); // 1.15 * 100 = 114.99999999999999
      expect(fromDecimalString('12.5', 'EUR').amount).to.equal(1250);
      expect(fromDecimalString('12', 'EUR').amount).to.equal(1200);
      expect(fromDecimalString('-0.05', 'EUR').amount).to.equal(-5);
      expect(fromDecimalString('1234', 'JPY').amount).to.equal(1234);
      expect(fromDecimalString('12.00', 'JPY').amount).to.equal(12);
      expect(fromDecimalString('150.25', 'IDR').amount).to.equal(15025);
      expect(fromDecimalString('90071992547409.91', 'EUR').amount).to.equal(MAX);
    });

    it('round-trips toDecimalString for every exponent', () => {
      for (const currency of ['JPY', 'EUR', 'KWD', 'CLF']) {
        for (const amount of [0, 1, -1, 5, 99, 100, 101, 123456789, -987654321, MAX, -MAX]) {
          const m = money(amount, currency);
          expect(fromDecimalString(toDecimalString(m), currency)).to.deep.equal(m);
        }
      }
    });

    it('refuses over-precision, other forms and out-of-range amounts', () => {
      expectMoneyError(() => fromDecimalString('1.005', 'EUR'), 'not_integer');
      expectMoneyError(() => fromDecimalString('12.5', 'JPY'), 'not_integer');
      expectMoneyError(() => fromDecimalString('1.0001', 'KWD'), 'not_integer');
      for (const bad of ['', '1,5', '+1', '.5', '5.', '1e3', ' 1', '1 000', 'NaN', '--1', '0x10']) {
        expectMoneyError(() => fromDecimalString(bad, 'EUR'), 'invalid_argument');
      }
      expectMoneyError(() => fromDecimalString('90071992547409.92', 'EUR'), 'unsafe_integer');
      expectMoneyError(() => fromDecimalString('1' + '0'.repeat(30), 'EUR'), 'unsafe_integer');
      expectMoneyError(() => fromDecimalString('1', 'XYZ'), 'unknown_currency');
    });
  });

  describe('sameMoney', () => {
    it('compares amounts and currencies, and treats two absent values as the same', () => {
      expect(sameMoney(money(100, 'EUR'), money(100, 'EUR'))).to.equal(true);
      expect(sameMoney(money(100, 'EUR'), money(100, 'USD'))).to.equal(false);
      expect(sameMoney(money(100, 'EUR'), money(101, 'EUR'))).to.equal(false);
      expect(sameMoney(null, undefined)).to.equal(true);
      expect(sameMoney(money(0, 'EUR'), null)).to.equal(false);
    });
  });
});
