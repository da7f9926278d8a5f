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

/** The host as compared: without the trailing dot of a fully qualified name. */
function bareHost(hostname: string): string {
  return hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
}

/** The four parts of a dotted IPv4 address (as `URL` writes one), or `null`. */
function ipv4(host: string): number[] | null {
  const parts = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return parts ? parts.slice(1).map(Number) : null;
}

/**
 * The IPv4 address an IPv6 one maps (`[::ffff:7f00:1]`, as `URL` writes `[::ffff:127.0.0.1]`),
 * as four parts, or `null`.
 */
function mappedIpv4(host: string): number[] | null {
  const hex = /^\[::ffff:([\da-f]{1,4}):([\da-f]{1,4})\]$/.exec(host);
  if (!hex) return null;
  const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255];
}

function isLoopback(hostname: string): boolean {
  const host = bareHost(hostname);
  const v4 = ipv4(host) ?? mappedIpv4(host);
  return host === 'localhost' || host.endsWith('.localhost') || v4?.[0] === 127 || host === '[::1]';
}

/**
 * A host the hub's servers cannot (and must not) call: loopback, the unspecified address, and
 * private, link-local or carrier-grade NAT ranges (IPv4 and IPv6), however `URL` wrote them.
 */
function isUnreachable(hostname: string): boolean {
  if (isLoopback(hostname)) return true;
  const host = bareHost(hostname);
  const v4 = ipv4(host) ?? mappedIpv4(host);
  if (v4) {
    const [a, b] = v4 as [number, number];
    return (
      a === 0 ||
      a === 10 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168)
    );
  }
  // IPv6: unspecified, unique local (fc00::/7) and link-local (fe80::/10).
  return host === '[::]' || /^\[f[cd][\da-f]{2}:/.test(host) || /^\[fe[89ab][\da-f]:/.test(host);
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
 * `[::1]`, with or without a trailing dot), the unspecified address (`0.0.0.0`, `[::]`), a
 * private or link-local address (`10.x`, `192.168.x`, `169.254.x`, `fd00::`, `fe80::`) or a
 * single-label host (`https://intranet/`) is `invalid`.
 */
export function checkWebhookUrl(value: string): UrlError | null {
  const url = parseUrl(value);
  if (typeof url === 'string') return url;
  if (url.protocol !== 'https:') return 'not_https';
  if (isUnreachable(url.hostname)) return 'invalid';
  const host = bareHost(url.hostname);
  if (!host.includes('.') && !host.startsWith('[')) return 'invalid';
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
