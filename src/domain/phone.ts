/**
 * Phone numbers for people: an E.164 number (`+4915123456789`) grouped the way its country
 * writes it in international form (`+49 151 23456789`). No metadata library: the countries the
 * hub's partners mostly serve have their grouping here; any other number is grouped in threes
 * after its calling code, which stays readable. The E.164 form stays the one to copy and store.
 */

/** Calling codes of one or two digits; every other code has three (ITU-T E.164 assignment). */
const SHORT_CODES = new Set([
  '1', '7', '20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45',
  '46', '47', '48', '49', '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63',
  '64', '65', '66', '81', '82', '84', '86', '90', '91', '92', '93', '94', '95', '98',
]); // prettier-ignore

/** Group sizes of the national number, by calling code (the last group takes the rest). */
const GROUPS: Readonly<Record<string, readonly number[]>> = {
  '1': [3, 3, 4],
  '31': [1, 8],
  '33': [1, 2, 2, 2, 2],
  '34': [3, 2, 2, 2],
  '39': [3, 3, 4],
  '44': [4, 6],
  '49': [3, 8],
  '52': [2, 4, 4],
  '55': [2, 5, 4],
  '65': [4, 4],
  '91': [5, 5],
};

/** Whether `value` is an E.164 number: `+`, a non-zero digit, at most 15 digits in all. */
export function isE164(value: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(value);
}

/** The calling code of an E.164 number (`"49"`), or undefined when it is not one. */
export function callingCode(e164: string): string | undefined {
  if (!isE164(e164)) return undefined;
  const digits = e164.slice(1);
  if (SHORT_CODES.has(digits.slice(0, 1))) return digits.slice(0, 1);
  if (SHORT_CODES.has(digits.slice(0, 2))) return digits.slice(0, 2);
  return digits.slice(0, 3);
}

/**
 * An E.164 number grouped for reading (`+1 212 555 0123`, `+55 11 91234 5678`). Anything that is
 * not E.164 comes back unchanged, so a host's odd value is still shown as it is.
 */
export function formatPhoneNumber(e164: string): string {
  const code = callingCode(e164);
  if (code === undefined) return e164;
  const national = e164.slice(1 + code.length);
  const sizes = GROUPS[code] ?? [];
  const groups: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= national.length) break;
    groups.push(national.slice(at, at + size));
    at += size;
  }
  // The rest, in threes, with a last group of two to four digits rather than one.
  let rest = national.slice(at);
  while (rest.length > 4) {
    groups.push(rest.slice(0, 3));
    rest = rest.slice(3);
  }
  if (rest) groups.push(rest);
  return `+${code} ${groups.join(' ')}`;
}
