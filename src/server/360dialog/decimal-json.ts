/**
 * Reading the partner API's decimal amounts exactly. The hub answers a balance as
 * `{ "total": 100.45, "currency": "eur" }`: a JSON number and a lower-case code. `JSON.parse`
 * would turn `100.45` into the nearest binary float; here every number keeps the characters it
 * was sent as, and those digits become integer minor units with the money helpers, never
 * through floating point.
 */
import {
  currencyExponent,
  fromDecimalString,
  isCurrencyCode,
  type Money,
} from '../../money/index.js';

/** A JSON number as it was written in the answer, e.g. `"100.45"` or `"1.0045e2"`. */
export class JsonNumber {
  constructor(readonly text: string) {}
}

export type JsonValue =
  null | boolean | string | JsonNumber | JsonValue[] | { [key: string]: JsonValue };

/** Thrown for text that is not JSON; `message` says where. */
export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const SPACE = /[ \t\n\r]*/y;

/**
 * `JSON.parse`, except that numbers come back as {@link JsonNumber} holding their source text.
 * @throws {JsonSyntaxError} for anything that is not one complete JSON value.
 */
export function parseJsonKeepingNumbers(text: string): JsonValue {
  let at = 0;
  const fail = (what: string): never => {
    throw new JsonSyntaxError(`Not JSON: ${what} at character ${at}.`);
  };
  const skip = () => {
    SPACE.lastIndex = at;
    SPACE.exec(text);
    at = SPACE.lastIndex;
  };
  const match = (re: RegExp): string | undefined => {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) return undefined;
    at = re.lastIndex;
    return m[0];
  };
  const literal = (word: string, value: JsonValue): JsonValue => {
    if (!text.startsWith(word, at)) fail('an unexpected word');
    at += word.length;
    return value;
  };
  const value = (depth: number): JsonValue => {
    if (depth > 64) fail('nesting deeper than 64 levels');
    skip();
    const c = text[at];
    if (c === '{') {
      at++;
      const object: { [key: string]: JsonValue } = {};
      skip();
      if (text[at] === '}') {
        at++;
        return object;
      }
      for (;;) {
        skip();
        const key = match(STRING) ?? fail('a missing property name');
        skip();
        if (text[at++] !== ':') fail('a missing colon');
        Object.defineProperty(object, JSON.parse(key) as string, {
          value: value(depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
        skip();
        const next = text[at++];
        if (next === '}') return object;
        if (next !== ',') fail('a missing comma or brace');
      }
    }
    if (c === '[') {
      at++;
      const array: JsonValue[] = [];
      skip();
      if (text[at] === ']') {
        at++;
        return array;
      }
      for (;;) {
        array.push(value(depth + 1));
        skip();
        const next = text[at++];
        if (next === ']') return array;
        if (next !== ',') fail('a missing comma or bracket');
      }
    }
    if (c === '"') return JSON.parse(match(STRING) ?? fail('a malformed string')) as string;
    if (c === 't') return literal('true', true);
    if (c === 'f') return literal('false', false);
    if (c === 'n') return literal('null', null);
    const number = match(NUMBER);
    if (number !== undefined) return new JsonNumber(number);
    return fail(c === undefined ? 'the end of the text' : 'an unexpected character');
  };
  const result = value(0);
  skip();
  if (at !== text.length) fail('text after the value');
  return result;
}

/** A JSON value with every {@link JsonNumber} turned into a plain number (for non-money fields). */
export function plainJson(value: JsonValue): unknown {
  if (value instanceof JsonNumber) return Number(value.text);
  if (Array.isArray(value)) return value.map(plainJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainJson(v)]));
  }
  return value;
}

/**
 * The digits of a JSON number as a plain decimal, exponent applied by moving the point:
 * `"1.0045e2"` → `{ negative: false, integer: "100", fraction: "45" }`.
 */
function decimalParts(text: string): { negative: boolean; integer: string; fraction: string } {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) throw new RangeError(`Not a JSON number: ${text}`);
  const [, sign = '', int = '', frac = '', exp = '0'] = m;
  const shift = Number(exp);
  if (!Number.isSafeInteger(shift) || Math.abs(shift) > 400) {
    throw new RangeError(`The exponent of ${text} is out of range.`);
  }
  let digits = int + frac;
  let point = int.length + shift;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  return { negative: sign === '-', integer: digits.slice(0, point), fraction: digits.slice(point) };
}

/**
 * A decimal amount in major units, as the hub sends it, to exact minor units of `currency`.
 * Digits beyond the currency's minor unit are what a float printed by the hub leaves behind
 * (`0.30000000000000004`, `19.989999999999998`): they are rounded to the nearest minor unit,
 * halves away from zero, in decimal — `19.989999999999998` EUR is 1999 cents, never 1998.
 * @throws {RangeError} for a malformed number or currency; {@link MoneyError} for an amount
 *   beyond ±Number.MAX_SAFE_INTEGER minor units.
 */
export function decimalToMoney(amount: JsonNumber | string, currency: string): Money {
  if (!isCurrencyCode(currency)) throw new RangeError(`Unknown currency ${currency}.`);
  const exponent = currencyExponent(currency);
  const { negative, integer, fraction } = decimalParts(
    amount instanceof JsonNumber ? amount.text : amount,
  );
  let units = BigInt((integer || '0') + fraction.slice(0, exponent).padEnd(exponent, '0'));
  const rest = fraction.slice(exponent);
  if (rest !== '' && rest[0]! >= '5') units += 1n;
  const canonical = `${negative && units !== 0n ? '-' : ''}${units.toString()}`;
  // Back through the money helpers: they check the currency, the safe range and write the Money.
  const padded = canonical.replace('-', '').padStart(exponent + 1, '0');
  const decimal =
    exponent === 0
      ? canonical
      : `${canonical.startsWith('-') ? '-' : ''}${padded.slice(0, -exponent)}.${padded.slice(-exponent)}`;
  return fromDecimalString(decimal, currency);
}
