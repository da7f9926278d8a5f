/**
 * Checks for the identifiers and addresses partners type in: Meta solution ID, VAT ID,
 * webhook and redirect URLs, billing email. Each returns `null` when the value is fine, or a
 * short error code a widget maps to localised wording.
 */

// ── Meta solution ID ──────────────────────────────────────────────────────────────────────

export type SolutionIdError = 'required' | 'not_digits' | 'length';

/** The length bounds of a Meta solution ID. */
export const SOLUTION_ID_LENGTH = /* @__PURE__ */ Object.freeze({ min: 14, max: 18 });

/**
 * Checks a Meta solution ID: digits only, 14–18 of them. Leading and trailing spaces are
 * ignored (store the trimmed value); spaces inside are not digits.
 */
export function checkSolutionId(value: string): SolutionIdError | null {
  const v = value.trim();
  if (v === '') return 'required';
  if (!/^\d+$/.test(v)) return 'not_digits';
  if (v.length < SOLUTION_ID_LENGTH.min || v.length > SOLUTION_ID_LENGTH.max) return 'length';
  return null;
}

// ── VAT ID ────────────────────────────────────────────────────────────────────────────────

/**
 * `check_digit`: the national shape is right but the check digit does not match the other
 * digits (a typo, most often); `format`: the shape is wrong.
 */
export type VatIdError = 'required' | 'format' | 'check_digit' | 'country_mismatch';

/**
 * The shape of the part after the two-letter prefix, per VAT prefix: the EU member states
 * (Greece is `EL`, Northern Ireland `XI`), plus the United Kingdom, Switzerland (`CHE…` with
 * an optional `MWST`/`TVA`/`IVA` suffix) and Norway (`…MVA`). Values are normalised first:
 * upper case, without spaces, dots and dashes.
 */
const VAT_BODY: Readonly<Record<string, RegExp>> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^(?:[A-Z]\d{7}[A-Z\d]|\d{8}[A-Z])$/,
  FI: /^\d{8}$/,
  FR: /^[\dA-HJ-NP-Z]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(?:\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^(?!0{7})\d{11}$/,
  LT: /^(?:\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^[1-9]\d{1,9}$/,
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
  XI: /^(?:\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/,
  GB: /^(?:\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/,
  CH: /^E\d{9}(?:MWST|TVA|IVA)?$/,
  NO: /^\d{9}(?:MVA)?$/,
};

/** Check-digit rules for the prefixes where a well-known one exists. */
const VAT_CHECKSUM: Readonly<Record<string, (body: string) => boolean>> = {
  DE: isoMod11_10,
  IT: luhn,
  BE: (body) => (Number(body.slice(0, -2)) + Number(body.slice(-2))) % 97 === 0,
};

/** The VAT prefixes a country's numbers may carry, where they are not the ISO country code. */
const VAT_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  GR: ['EL'],
  GB: ['GB', 'XI'],
  IM: ['GB'],
  MC: ['FR'],
};

/** Any other country: two letters and 2–13 letters or digits. */
const GENERIC_VAT = /^[A-Z]{2}[A-Z\d]{2,13}$/;

/** A VAT ID as it should be stored: upper case, without spaces, dots and dashes. */
export function normalizeVatId(value: string): string {
  return value.replace(/[\s.\-‐-―]/g, '').toUpperCase();
}

/**
 * Checks a VAT ID, which must start with its two-letter prefix (`DE136695976`, `EL…` for
 * Greece, `CHE-123.456.789 MWST`). Spaces, dots and dashes are tolerated.
 *
 * Known prefixes are checked against their national shape, and DE (ISO 7064 MOD 11,10),
 * IT (Luhn) and BE (mod 97) against their check digit (`check_digit` when only that is
 * wrong); other prefixes need two letters and
 * 2–13 letters or digits. `GR` is refused: Greek numbers carry `EL`.
 *
 * @param country - the ISO 3166-1 alpha-2 country of the invoicing address, when known: the
 *   prefix must belong to it (`GR` takes `EL`, `GB` takes `GB` or `XI`).
 */
export function checkVatId(value: string, country?: string): VatIdError | null {
  const v = normalizeVatId(value);
  if (v === '') return 'required';
  const prefix = v.slice(0, 2);
  const body = v.slice(2);
  if (!/^[A-Z]{2}$/.test(prefix) || prefix === 'GR') return 'format';
  if (country) {
    const code = country.trim().toUpperCase();
    if (!(VAT_PREFIXES[code] ?? [code]).includes(prefix)) return 'country_mismatch';
  }
  const shape = VAT_BODY[prefix];
  if (!shape) return GENERIC_VAT.test(v) ? null : 'format';
  if (!shape.test(body)) return 'format';
  const checksum = VAT_CHECKSUM[prefix];
  return checksum && !checksum(body) ? 'check_digit' : null;
}

/** ISO 7064 MOD 11,10 over a string of digits whose last digit is the check digit. */
function isoMod11_10(digits: string): boolean {
  let product = 10;
  for (const ch of digits.slice(0, -1)) {
    const total = (Number(ch) + product) % 10 || 10;
    product = (2 * total) % 11;
  }
  return (11 - product) % 10 === Number(digits.slice(-1));
}

/** The Luhn check over a string of digits whose last digit is the check digit. */
function luhn(digits: string): boolean {
  let total = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    total += d;
  }
  return total % 10 === 0;
}

// ── URLs ──────────────────────────────────────────────────────────────────────────────────

export type UrlError = 'required' | 'invalid' | 'not_https';

const MAX_URL_LENGTH = 2048;

function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(hostname) ||
    hostname === '[::1]'
  );
}

function parseUrl(value: string): URL | 'required' | 'invalid' {
  const v = value.trim();
  if (v === '') return 'required';
  if (v.length > MAX_URL_LENGTH || /\s/.test(v)) return 'invalid';
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'invalid';
  if (url.hostname === '') return 'invalid';
  return url;
}

/**
 * Checks the partner webhook URL, which the hub's servers call with account events: it must be
 * `https:` and name a host the hub can reach, so a loopback host (`localhost`, `127.x.x.x`,
 * `[::1]`) or a single-label host (`https://intranet/`) is `invalid`.
 */
export function checkWebhookUrl(value: string): UrlError | null {
  const url = parseUrl(value);
  if (typeof url === 'string') return url;
  if (url.protocol !== 'https:') return 'not_https';
  if (isLoopback(url.hostname)) return 'invalid';
  if (!url.hostname.includes('.') && !url.hostname.startsWith('[')) return 'invalid';
  return null;
}

/**
 * Checks the redirect URL a client's browser is sent to after Integrated Onboarding: it must be
 * `https:`, except plain `http:` to a loopback host (`localhost`, `127.x.x.x`, `[::1]`), which
 * is allowed for local development, as OAuth redirect URIs allow it (RFC 8252).
 */
export function checkRedirectUrl(value: string): UrlError | null {
  const url = parseUrl(value);
  if (typeof url === 'string') return url;
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) return 'not_https';
  return null;
}

// ── email ─────────────────────────────────────────────────────────────────────────────────

export type EmailError = 'required' | 'invalid';

/**
 * A sane, deliberately simple email check: one `@`, no spaces, a local part of at most 64
 * characters without leading, trailing or doubled dots, and a domain with at least two
 * non-empty labels; at most 254 characters. Surrounding spaces are ignored.
 */
export function checkEmail(value: string): EmailError | null {
  const v = value.trim();
  if (v === '') return 'required';
  if (v.length > 254) return 'invalid';
  const match = /^([^\s@]+)@([^\s@]+)$/.exec(v);
  if (!match) return 'invalid';
  const [, local = '', domain = ''] = match;
  if (local.length > 64 || /^\.|\.\.|\.$/.test(local)) return 'invalid';
  const labels = domain.split('.');
  if (labels.length < 2 || labels.some((l) => !/^[^\s@.]+$/.test(l) || /^-|-$/.test(l))) {
    return 'invalid';
  }
  return null;
}
