import { expect } from '@open-wc/testing';
import { money, MoneyError } from '../../src/money/index.js';
import { BALANCE_STATES, balanceState, isMessagingPaused } from '../../src/domain/index.js';

const eur = (amount: number) => money(amount, 'EUR');

describe('domain: balanceState', () => {
  it('is negative below zero, whatever the threshold', () => {
    expect(balanceState(eur(-1))).to.equal('negative');
    expect(balanceState(eur(-1), eur(5000))).to.equal('negative');
  });

  it('is zero at exactly zero, even with a threshold at zero', () => {
    expect(balanceState(eur(0))).to.equal('zero');
    expect(balanceState(eur(0), eur(0))).to.equal('zero');
    expect(balanceState(eur(0), eur(5000))).to.equal('zero');
  });

  it('is low when positive and exactly at the threshold', () => {
    expect(balanceState(eur(5000), eur(5000))).to.equal('low');
  });

  it('is low when positive and under the threshold', () => {
    expect(balanceState(eur(1), eur(5000))).to.equal('low');
    expect(balanceState(eur(4999), eur(5000))).to.equal('low');
  });

  it('is positive one minor unit above the threshold', () => {
    expect(balanceState(eur(5001), eur(5000))).to.equal('positive');
  });

  it('is never low without a threshold', () => {
    expect(balanceState(eur(1))).to.equal('positive');
    expect(balanceState(eur(1), null)).to.equal('positive');
  });

  it('refuses a threshold in another currency', () => {
    expect(() => balanceState(eur(100), money(50, 'USD'))).to.throw(MoneyError);
  });

  it('describes every state, pausing messaging at zero and below', () => {
    expect(Object.keys(BALANCE_STATES)).to.deep.equal(['positive', 'low', 'zero', 'negative']);
    expect(BALANCE_STATES.positive.messaging).to.equal('active');
    expect(BALANCE_STATES.low).to.deep.equal({
      messaging: 'active',
      emergencyTopUpLikely: false,
      severity: 'warning',
    });
    expect(BALANCE_STATES.zero.messaging).to.equal('paused');
    expect(BALANCE_STATES.negative.emergencyTopUpLikely).to.equal(true);
    expect(Object.isFrozen(BALANCE_STATES)).to.equal(true);
    expect(isMessagingPaused(eur(1))).to.equal(false);
    expect(isMessagingPaused(eur(0))).to.equal(true);
    expect(isMessagingPaused(eur(-5))).to.equal(true);
  });
});
