import { expect } from '@open-wc/testing';
import {
  cardExpiresAt,
  cardExpiryLabel,
  cardExpiryState,
  chooseCard,
  defaultCardOf,
  isCardExpired,
  methodRemovalRefusal,
} from '../../src/domain/index.js';

const at = (iso: string) => new Date(iso);

describe('domain: cardExpiryState', () => {
  it('is valid through the last instant of the expiry month, expired from the next', () => {
    expect(cardExpiryState(3, 2024, at('2024-03-31T23:59:59.999Z'))).to.equal('expiring');
    expect(cardExpiryState(3, 2024, at('2024-04-01T00:00:00Z'))).to.equal('expired');
  });

  it('is expiring during its whole expiry month', () => {
    expect(cardExpiryState(3, 2024, at('2024-03-01T00:00:00Z'))).to.equal('expiring');
    expect(cardExpiryState(3, 2024, at('2024-02-29T23:59:59Z'), 0)).to.equal('valid');
  });

  it('is expiring when it stops working within soonDays days', () => {
    // a February 2024 card stops on 1 March: 30 days after 31 January
    expect(cardExpiryState(2, 2024, at('2024-01-31T00:00:00Z'))).to.equal('expiring');
    expect(cardExpiryState(2, 2024, at('2024-01-30T23:59:59Z'))).to.equal('valid');
    expect(cardExpiryState(3, 2024, at('2024-02-15T00:00:00Z'))).to.equal('valid');
    expect(cardExpiryState(3, 2024, at('2024-02-15T00:00:00Z'), 60)).to.equal('expiring');
  });

  it('is valid well before expiry', () => {
    expect(cardExpiryState(3, 2024, at('2024-01-15T00:00:00Z'))).to.equal('valid');
    expect(cardExpiryState(12, 2030, at('2024-01-15T00:00:00Z'))).to.equal('valid');
  });

  it('rolls over the year for a December card', () => {
    expect(cardExpiryState(12, 2024, at('2024-12-31T12:00:00Z'))).to.equal('expiring');
    expect(cardExpiryState(12, 2024, at('2025-01-01T00:00:00Z'))).to.equal('expired');
    expect(cardExpiresAt(12, 2024).toISOString()).to.equal('2025-01-01T00:00:00.000Z');
  });

  it('handles February in a leap year', () => {
    expect(cardExpiresAt(2, 2024).toISOString()).to.equal('2024-03-01T00:00:00.000Z');
    expect(cardExpiryState(2, 2024, at('2024-02-29T23:00:00Z'))).to.equal('expiring');
    expect(cardExpiryState(2, 2024, at('2024-03-01T00:00:00Z'))).to.equal('expired');
  });

  it('reads two-digit years as 20xx', () => {
    expect(cardExpiryState(3, 24, at('2024-04-01T00:00:00Z'))).to.equal('expired');
    expect(cardExpiresAt(3, 24).toISOString()).to.equal('2024-04-01T00:00:00.000Z');
  });

  it('refuses an impossible month', () => {
    expect(() => cardExpiryState(0, 2024, at('2024-01-01T00:00:00Z'))).to.throw(RangeError);
    expect(() => cardExpiryState(13, 2024, at('2024-01-01T00:00:00Z'))).to.throw(RangeError);
    expect(() => cardExpiryState(1.5, 2024, at('2024-01-01T00:00:00Z'))).to.throw(RangeError);
  });
});

describe('domain: card choice and labels', () => {
  const now = at('2026-06-15T00:00:00Z');
  const card = (id: string, expYear: number, isDefault = false) => ({
    id,
    isDefault,
    expMonth: 5,
    expYear,
  });

  it('keeps the chosen card while it can be charged', () => {
    const cards = [card('a', 2030, true), card('b', 2031)];
    expect(chooseCard(cards, now, 'b')!.id).to.equal('b');
  });

  it('otherwise takes the default card, unless it has expired', () => {
    expect(chooseCard([card('a', 2030), card('b', 2031, true)], now)!.id).to.equal('b');
    expect(chooseCard([card('a', 2030), card('b', 2026, true)], now)!.id).to.equal('a');
    expect(chooseCard([card('a', 2030), card('b', 2026)], now, 'b')!.id).to.equal('a');
  });

  it('is null when no card can be charged', () => {
    expect(chooseCard([card('a', 2026, true)], now)).to.equal(null);
    expect(chooseCard([], now)).to.equal(null);
  });

  it('finds the default card and tells an expired one', () => {
    expect(defaultCardOf([card('a', 2030), card('b', 2031, true)])!.id).to.equal('b');
    expect(defaultCardOf([card('a', 2030)])).to.equal(undefined);
    expect(isCardExpired({ expMonth: 5, expYear: 2026 }, now)).to.equal(true);
    expect(isCardExpired({ expMonth: 6, expYear: 2026 }, now)).to.equal(false);
  });

  it('prints the expiry as MM/YYYY', () => {
    expect(cardExpiryLabel(6, 2030)).to.equal('06/2030');
    expect(cardExpiryLabel(12, 31)).to.equal('12/2031');
  });
});

describe('domain: methodRemovalRefusal', () => {
  const visa = { id: 'a', isDefault: true };
  const pix = { id: 'b', isDefault: false };

  it('refuses the default method while another exists: another must become the default first', () => {
    expect(methodRemovalRefusal([visa, pix], 'a', false)).to.equal('default_with_others');
    expect(methodRemovalRefusal([visa, pix], 'a', true)).to.equal('default_with_others');
    expect(methodRemovalRefusal([visa, pix], 'b', true)).to.equal(null);
  });

  it('refuses the last method only while auto-renewal charges it', () => {
    expect(methodRemovalRefusal([visa], 'a', true)).to.equal('last_with_auto_renewal');
    expect(methodRemovalRefusal([visa], 'a', false)).to.equal(null);
  });
});
