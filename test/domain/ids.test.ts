import { expect } from '@open-wc/testing';
import {
  checkEmail,
  checkRedirectUrl,
  checkSolutionId,
  checkVatId,
  checkWebhookUrl,
  normalizeVatId,
} from '../../src/domain/index.js';

describe('domain: checkSolutionId', () => {
  it('accepts 14 to 18 digits', () => {
    expect(checkSolutionId('12345678901234')).to.equal(null);
    expect(checkSolutionId('123456789012345678')).to.equal(null);
  });

  it('refuses 13 and 19 digits', () => {
    expect(checkSolutionId('1234567890123')).to.equal('length');
    expect(checkSolutionId('1234567890123456789')).to.equal('length');
  });

  it('refuses letters and inner spaces', () => {
    expect(checkSolutionId('1234567890123a')).to.equal('not_digits');
    expect(checkSolutionId('1234567 8901234')).to.equal('not_digits');
    expect(checkSolutionId('-12345678901234')).to.equal('not_digits');
  });

  it('ignores surrounding spaces and requires a value', () => {
    expect(checkSolutionId('  12345678901234 ')).to.equal(null);
    expect(checkSolutionId('')).to.equal('required');
    expect(checkSolutionId('   ')).to.equal('required');
  });
});

describe('domain: checkVatId', () => {
  it('requires a value', () => {
    expect(checkVatId('')).to.equal('required');
    expect(checkVatId(' \t')).to.equal('required');
  });

  it('checks the German check digit (ISO 7064 MOD 11,10), told apart from a wrong shape', () => {
    expect(checkVatId('DE136695976')).to.equal(null);
    expect(checkVatId('DE129273398')).to.equal(null);
    expect(checkVatId('DE136695977')).to.equal('check_digit');
    expect(checkVatId('DE123456789')).to.equal('check_digit');
    expect(checkVatId('DE13669597')).to.equal('format');
  });

  it('tolerates spaces, dots, dashes and lower case', () => {
    expect(checkVatId('DE 136 695 976')).to.equal(null);
    expect(checkVatId('de136.695-976')).to.equal(null);
    expect(normalizeVatId(' de 136.695-976 ')).to.equal('DE136695976');
  });

  it('checks the Italian check digit (Luhn)', () => {
    expect(checkVatId('IT00743110157')).to.equal(null);
    expect(checkVatId('IT00743110158')).to.equal('check_digit');
    expect(checkVatId('IT00000000000')).to.equal('format');
  });

  it('checks the Belgian check digits (mod 97)', () => {
    expect(checkVatId('BE0403019261')).to.equal(null);
    expect(checkVatId('BE0403019262')).to.equal('check_digit');
    expect(checkVatId('BE2403019261')).to.equal('format');
  });

  it('checks French numbers: two key characters and nine digits', () => {
    expect(checkVatId('FR40303265045')).to.equal(null);
    expect(checkVatId('FR K7 399859412')).to.equal(null);
    expect(checkVatId('FRIO303265045')).to.equal('format');
    expect(checkVatId('FR4030326504')).to.equal('format');
  });

  it('checks Dutch numbers: nine digits, B, two digits', () => {
    expect(checkVatId('NL123456789B01')).to.equal(null);
    expect(checkVatId('NL 1234.56.789.B.01')).to.equal(null);
    expect(checkVatId('NL123456789B1')).to.equal('format');
    expect(checkVatId('NL123456789')).to.equal('format');
  });

  it('uses EL for Greece and refuses GR', () => {
    expect(checkVatId('EL123456789')).to.equal(null);
    expect(checkVatId('EL123456789', 'GR')).to.equal(null);
    expect(checkVatId('GR123456789')).to.equal('format');
    expect(checkVatId('GR123456789', 'GR')).to.equal('format');
    expect(checkVatId('EL12345678')).to.equal('format');
  });

  it('checks Swiss numbers, with or without the MWST / TVA / IVA suffix', () => {
    expect(checkVatId('CHE-123.456.789 MWST')).to.equal(null);
    expect(checkVatId('CHE-123.456.789 TVA', 'CH')).to.equal(null);
    expect(checkVatId('CHE-123.456.789 IVA')).to.equal(null);
    expect(checkVatId('CHE-123.456.789')).to.equal(null);
    expect(checkVatId('CHE-123.456.78 MWST')).to.equal('format');
    expect(checkVatId('CHE-123.456.789 VAT')).to.equal('format');
  });

  it('checks Norwegian and British numbers, XI for Northern Ireland', () => {
    expect(checkVatId('NO 123 456 789 MVA')).to.equal(null);
    expect(checkVatId('NO12345678MVA')).to.equal('format');
    expect(checkVatId('GB123456789')).to.equal(null);
    expect(checkVatId('GB123456789012')).to.equal(null);
    expect(checkVatId('GBGD001')).to.equal(null);
    expect(checkVatId('XI123456789', 'GB')).to.equal(null);
    expect(checkVatId('GB12345678')).to.equal('format');
  });

  it('checks other national shapes', () => {
    expect(checkVatId('ATU12345678')).to.equal(null);
    expect(checkVatId('AT12345678')).to.equal('format');
    expect(checkVatId('ESX1234567L')).to.equal(null);
    expect(checkVatId('ES12345678Z')).to.equal(null);
    expect(checkVatId('ESA1234567B')).to.equal(null);
    expect(checkVatId('ES123456789')).to.equal('format');
    expect(checkVatId('PL1234567890')).to.equal(null);
    expect(checkVatId('PL123456789')).to.equal('format');
    expect(checkVatId('PT123456789')).to.equal(null);
    expect(checkVatId('IE1234567T')).to.equal(null);
    expect(checkVatId('IE1234567TW')).to.equal(null);
    expect(checkVatId('IE1A23456T')).to.equal(null);
    expect(checkVatId('IE123456789')).to.equal('format');
    expect(checkVatId('SE123456789001')).to.equal(null);
    expect(checkVatId('SE123456789002')).to.equal('format');
  });

  it('accepts a generic shape for prefixes it does not know', () => {
    expect(checkVatId('US123456789')).to.equal(null);
    expect(checkVatId('US1')).to.equal('format');
    expect(checkVatId('XX12345678901234')).to.equal('format');
    expect(checkVatId('US12-34', 'US')).to.equal(null);
  });

  it('requires the two-letter prefix', () => {
    expect(checkVatId('136695976')).to.equal('format');
    expect(checkVatId('136695976', 'DE')).to.equal('format');
  });

  it('requires the prefix to match the country', () => {
    expect(checkVatId('FR40303265045', 'DE')).to.equal('country_mismatch');
    expect(checkVatId('DE136695976', 'GR')).to.equal('country_mismatch');
    expect(checkVatId('XI123456789', 'IE')).to.equal('country_mismatch');
    expect(checkVatId('DE136695976', 'de')).to.equal(null);
  });
});

describe('domain: checkWebhookUrl', () => {
  it('accepts an https URL to a public host', () => {
    expect(checkWebhookUrl('https://example.com/hooks/360')).to.equal(null);
    expect(checkWebhookUrl('  https://hooks.example.co.uk:8443/a?b=c  ')).to.equal(null);
  });

  it('requires https', () => {
    expect(checkWebhookUrl('http://example.com/hook')).to.equal('not_https');
    expect(checkWebhookUrl('http://localhost:3000/hook')).to.equal('not_https');
  });

  it('refuses what is not an http(s) URL', () => {
    expect(checkWebhookUrl('example.com/hook')).to.equal('invalid');
    expect(checkWebhookUrl('not a url')).to.equal('invalid');
    expect(checkWebhookUrl('ftp://example.com/hook')).to.equal('invalid');
    expect(checkWebhookUrl('javascript:alert(1)')).to.equal('invalid');
    expect(checkWebhookUrl(`https://example.com/${'a'.repeat(2048)}`)).to.equal('invalid');
  });

  it('refuses hosts the hub cannot reach', () => {
    expect(checkWebhookUrl('https://localhost/hook')).to.equal('invalid');
    expect(checkWebhookUrl('https://127.0.0.1/hook')).to.equal('invalid');
    expect(checkWebhookUrl('https://[::1]/hook')).to.equal('invalid');
    expect(checkWebhookUrl('https://intranet/hook')).to.equal('invalid');
  });

  it('refuses loopback, unspecified and private addresses however they are written', () => {
    for (const url of [
      'https://localhost./hook',
      'https://api.localhost./hook',
      'https://0/hook',
      'https://0.0.0.0/hook',
      'https://[::]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://2130706433/hook', // 127.0.0.1 as one number
      'https://10.1.2.3/hook',
      'https://172.16.0.1/hook',
      'https://192.168.1.20/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[fd00::1]/hook',
      'https://[fe80::1]/hook',
    ]) {
      expect(checkWebhookUrl(url), url).to.equal('invalid');
    }
    // Public addresses, and names that merely look alike, are fine.
    expect(checkWebhookUrl('https://8.8.8.8/hook')).to.equal(null);
    expect(checkWebhookUrl('https://172.32.0.1/hook')).to.equal(null);
    expect(checkWebhookUrl('https://[2001:db8::1]/hook')).to.equal(null);
    expect(checkWebhookUrl('https://10.example.com/hook')).to.equal(null);
    expect(checkWebhookUrl('https://example.com./hook')).to.equal(null);
  });

  it('allows a redirect to a loopback host written with a trailing dot, as to localhost', () => {
    expect(checkRedirectUrl('http://localhost.:3000/done')).to.equal(null);
  });

  it('requires a value', () => {
    expect(checkWebhookUrl('')).to.equal('required');
    expect(checkWebhookUrl('   ')).to.equal('required');
  });
});

describe('domain: checkRedirectUrl', () => {
  it('accepts https', () => {
    expect(checkRedirectUrl('https://portal.example.com/onboarding/done')).to.equal(null);
    expect(checkRedirectUrl('https://localhost/done')).to.equal(null);
  });

  it('allows plain http only to a loopback host, for local development', () => {
    expect(checkRedirectUrl('http://localhost:3000/done')).to.equal(null);
    expect(checkRedirectUrl('http://127.0.0.1:8080/')).to.equal(null);
    expect(checkRedirectUrl('http://[::1]/done')).to.equal(null);
    expect(checkRedirectUrl('http://example.com/done')).to.equal('not_https');
    expect(checkRedirectUrl('http://localhost.example.com/done')).to.equal('not_https');
  });

  it('refuses other schemes and requires a value', () => {
    expect(checkRedirectUrl('myapp://done')).to.equal('invalid');
    expect(checkRedirectUrl('/relative/path')).to.equal('invalid');
    expect(checkRedirectUrl('')).to.equal('required');
  });
});

describe('domain: checkEmail', () => {
  it('accepts ordinary addresses, ignoring surrounding spaces', () => {
    expect(checkEmail('billing@example.com')).to.equal(null);
    expect(checkEmail('first.last+tag@mail.example.co.uk')).to.equal(null);
    expect(checkEmail(' a@b.co ')).to.equal(null);
  });

  it('refuses malformed addresses', () => {
    for (const value of [
      'plainaddress',
      'a@b',
      'a b@c.de',
      'a@@b.de',
      'a@b@c.de',
      '.a@b.de',
      'a.@b.de',
      'a..b@c.de',
      'a@.b.de',
      'a@b..de',
      'a@b.de.',
      'a@-b.de',
      `${'a'.repeat(65)}@b.de`,
    ]) {
      expect(checkEmail(value), value).to.equal('invalid');
    }
  });

  it('requires a value', () => {
    expect(checkEmail('')).to.equal('required');
    expect(checkEmail('  ')).to.equal('required');
  });
});
