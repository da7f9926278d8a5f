import { expect } from '@open-wc/testing';
import { money, MoneyError } from '../../src/money/index.js';
import {
  applyUsage,
  emergencyTopUpAmount,
  settleBalance,
  shouldAutoRenew,
  shouldEmergencyTopUp,
  type AutoRenewalRule,
} from '../../src/domain/index.js';

const eur = (amount: number) => money(amount, 'EUR');
const on: AutoRenewalRule = { enabled: true, threshold: eur(5000), amount: eur(20000) };
const off: AutoRenewalRule = { ...on, enabled: false };

describe('domain: shouldAutoRenew', () => {
  it('fires exactly at the threshold', () => {
    expect(shouldAutoRenew(eur(5000), on)).to.equal(true);
  });

  it('fires under the threshold, including below zero', () => {
    expect(shouldAutoRenew(eur(4999), on)).to.equal(true);
    expect(shouldAutoRenew(eur(-300), on)).to.equal(true);
  });

  it('does not fire above the threshold', () => {
    expect(shouldAutoRenew(eur(5001), on)).to.equal(false);
  });

  it('never fires when off, without a rule, or with a zero amount', () => {
    expect(shouldAutoRenew(eur(0), off)).to.equal(false);
    expect(shouldAutoRenew(eur(0), null)).to.equal(false);
    expect(shouldAutoRenew(eur(0), { ...on, amount: eur(0) })).to.equal(false);
  });
});

describe('domain: shouldEmergencyTopUp', () => {
  it('fires below zero with auto-renewal off', () => {
    expect(shouldEmergencyTopUp(eur(-1), off)).to.equal(true);
    expect(shouldEmergencyTopUp(eur(-1), null)).to.equal(true);
  });

  it('does not fire at zero or above', () => {
    expect(shouldEmergencyTopUp(eur(0), off)).to.equal(false);
    expect(shouldEmergencyTopUp(eur(10), off)).to.equal(false);
  });

  it('does not fire when auto-renewal covers the deficit', () => {
    expect(shouldEmergencyTopUp(eur(-20000), on)).to.equal(false);
  });

  it('fires when the auto-renewal is too small to cover the deficit', () => {
    expect(shouldEmergencyTopUp(eur(-20001), on)).to.equal(true);
  });
});

describe('domain: emergencyTopUpAmount', () => {
  it('covers the deficit when it is above the minimum', () => {
    expect(emergencyTopUpAmount(eur(-1234), eur(1000))).to.deep.equal(eur(1234));
  });

  it('charges at least the minimum', () => {
    expect(emergencyTopUpAmount(eur(-500), eur(1000))).to.deep.equal(eur(1000));
    expect(emergencyTopUpAmount(eur(300), eur(1000))).to.deep.equal(eur(1000));
  });

  it('brings the balance to exactly zero with a zero minimum', () => {
    expect(emergencyTopUpAmount(eur(-500), eur(0))).to.deep.equal(eur(500));
  });

  it('refuses a negative minimum and a minimum in another currency', () => {
    expect(() => emergencyTopUpAmount(eur(-500), eur(-1))).to.throw(RangeError);
    expect(() => emergencyTopUpAmount(eur(-500), money(100, 'USD'))).to.throw(MoneyError);
  });
});

describe('domain: settleBalance', () => {
  it('fires nothing above the threshold', () => {
    expect(settleBalance(eur(6000), on)).to.deep.equal([]);
  });

  it('auto-renews once at the threshold', () => {
    expect(settleBalance(eur(5000), on)).to.deep.equal([
      { kind: 'auto_renewal', amount: eur(20000) },
    ]);
  });

  it('tops up in an emergency below zero with auto-renewal off', () => {
    expect(settleBalance(eur(-300), off)).to.deep.equal([{ kind: 'emergency', amount: eur(300) }]);
    expect(settleBalance(eur(-300), off, { emergencyMinimum: eur(1000) })).to.deep.equal([
      { kind: 'emergency', amount: eur(1000) },
    ]);
  });

  it('auto-renews first, then tops up in an emergency when that was too small', () => {
    const small: AutoRenewalRule = { enabled: true, threshold: eur(5000), amount: eur(1000) };
    expect(settleBalance(eur(-2500), small)).to.deep.equal([
      { kind: 'auto_renewal', amount: eur(1000) },
      { kind: 'emergency', amount: eur(1500) },
    ]);
  });

  it('leaves a zero balance alone with auto-renewal off', () => {
    expect(settleBalance(eur(0), off)).to.deep.equal([]);
  });
});

describe('domain: applyUsage', () => {
  it('deducts usage without firing anything above the threshold', () => {
    expect(applyUsage(eur(10000), eur(4999), on)).to.deep.equal({ balance: eur(5001), topUps: [] });
  });

  it('deducts usage and auto-renews when the threshold is reached', () => {
    expect(applyUsage(eur(10000), eur(5000), on)).to.deep.equal({
      balance: eur(25000),
      topUps: [{ kind: 'auto_renewal', amount: eur(20000) }],
    });
  });

  it('recovers a negative balance with an emergency top-up when auto-renewal is off', () => {
    expect(applyUsage(eur(1000), eur(3000), off)).to.deep.equal({
      balance: eur(0),
      topUps: [{ kind: 'emergency', amount: eur(2000) }],
    });
    expect(applyUsage(eur(1000), eur(3000), off, { emergencyMinimum: eur(5000) })).to.deep.equal({
      balance: eur(3000),
      topUps: [{ kind: 'emergency', amount: eur(5000) }],
    });
  });

  it('pauses at exactly zero without an emergency top-up', () => {
    expect(applyUsage(eur(1000), eur(1000), off)).to.deep.equal({ balance: eur(0), topUps: [] });
  });

  it('combines a too-small auto-renewal with an emergency top-up', () => {
    const small: AutoRenewalRule = { enabled: true, threshold: eur(1000), amount: eur(500) };
    expect(applyUsage(eur(2000), eur(5000), small)).to.deep.equal({
      balance: eur(0),
      topUps: [
        { kind: 'auto_renewal', amount: eur(500) },
        { kind: 'emergency', amount: eur(2500) },
      ],
    });
  });

  it('refuses negative usage and usage in another currency', () => {
    expect(() => applyUsage(eur(1000), eur(-1), on)).to.throw(RangeError);
    expect(() => applyUsage(eur(1000), money(1, 'USD'), on)).to.throw(MoneyError);
  });
});
