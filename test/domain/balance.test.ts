import { expect } from '@open-wc/testing';
import { money, MoneyError } from '../../src/money/index.js';
import {
  BALANCE_STATES,
  balanceState,
  blockingLicenceInvoice,
  isMessagingPaused,
} from '../../src/domain/index.js';

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

describe('domain: blockingLicenceInvoice', () => {
  const invoice = (number: string, issuedAt: string, status = 'unpaid', type = 'licence_fee') => ({
    number,
    issuedAt,
    status,
    type,
  });

  it('names the oldest unpaid or overdue licence invoice, in whatever order they come', () => {
    const older = invoice('INV-0007', '2026-09-01T00:00:00.000Z', 'overdue');
    const newer = invoice('INV-0011', '2026-11-01T00:00:00.000Z');
    expect(blockingLicenceInvoice([older, newer])?.number).to.equal('INV-0007');
    expect(blockingLicenceInvoice([newer, older])?.number).to.equal('INV-0007');
  });

  it('is blocked by nothing else: paid or void licence invoices, other unpaid types', () => {
    expect(
      blockingLicenceInvoice([
        invoice('INV-1', '2026-09-01T00:00:00.000Z', 'paid'),
        invoice('INV-2', '2026-10-01T00:00:00.000Z', 'void'),
        invoice('INV-3', '2026-11-01T00:00:00.000Z', 'unpaid', 'plan_fee'),
      ]),
    ).to.equal(undefined);
  });
});
