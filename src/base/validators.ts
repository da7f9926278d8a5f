import { msg, str } from '../i18n/msg.js';
import {
  SOLUTION_ID_LENGTH,
  checkEmail,
  checkRedirectUrl,
  checkSolutionId,
  checkVatId,
  checkWebhookUrl,
} from '../domain/ids.js';
import type { UrlError } from '../domain/ids.js';
import type { Validator } from './form-control.js';

/**
 * Validators for text fields, over the domain's checks in `src/domain/ids.ts` (the same rules
 * the adapters and the server apply). Each is an `error`; the messages are whole sentences,
 * localized when the check runs.
 */

/** An e-mail address (one `@`, a domain with a dot, no spaces). */
export function emailValidator(): Validator<string> {
  return {
    flag: 'typeMismatch',
    check: (value) =>
      checkEmail(value) ? msg('Enter an e-mail address like name@example.com.') : null,
  };
}

function describeUrl(error: UrlError | null): string | null {
  if (error === 'not_https') return msg('Use an address that starts with https://.');
  if (error) return msg('Enter a full web address, like https://example.com/hooks.');
  return null;
}

/** An `https:` address the hub's servers can reach (the partner webhook). */
export function httpsUrlValidator(): Validator<string> {
  return { flag: 'typeMismatch', check: (value) => describeUrl(checkWebhookUrl(value)) };
}

/** A redirect address: `https:`, or `http:` to this computer for local development. */
export function redirectUrlValidator(): Validator<string> {
  return { flag: 'typeMismatch', check: (value) => describeUrl(checkRedirectUrl(value)) };
}

/** A VAT ID whose check digit does not match its other digits (the shape is right): a typo. */
export function vatCheckDigitMessage(): string {
  return msg(
    'The check digit of this VAT ID does not match its other digits. Check it for a typo.',
  );
}

/**
 * A VAT ID with its two-letter prefix; `country` (ISO 3166-1 alpha-2, read when the check
 * runs) is the country of the invoicing address the prefix must belong to.
 */
export function vatIdValidator(country?: () => string | undefined): Validator<string> {
  return {
    flag: 'patternMismatch',
    check: (value) => {
      const error = checkVatId(value, country?.() || undefined);
      if (error === 'country_mismatch') {
        return msg('This VAT ID belongs to another country than the invoicing address.');
      }
      if (error === 'check_digit') return vatCheckDigitMessage();
      return error ? msg('Enter the VAT ID with its country prefix, like DE136695976.') : null;
    },
  };
}

/** A Meta Solution ID: digits only, 14–18 of them. */
export function solutionIdValidator(): Validator<string> {
  const { min, max } = SOLUTION_ID_LENGTH;
  return {
    flag: 'patternMismatch',
    check: (value) => {
      const error = checkSolutionId(value);
      if (error === 'not_digits') return msg('A Solution ID has digits only.');
      return error ? msg(str`A Solution ID has ${min} to ${max} digits.`) : null;
    },
  };
}
