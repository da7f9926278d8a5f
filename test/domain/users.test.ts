import { expect } from '@open-wc/testing';
import {
  isInviteCodeShape,
  isKnownEmail,
  isLastOwner,
  maskEmail,
  removalRefusal,
  roleChangeRefusal,
} from '../../src/domain/index.js';
import type { UserFacts } from '../../src/domain/index.js';

const user = (id: string, role: UserFacts['role'], status: UserFacts['status'] = 'active') => ({
  id,
  email: `${id}@acme.example`,
  role,
  status,
});

describe('domain: users', () => {
  const team = [user('lena', 'owner'), user('priya', 'member'), user('nina', 'owner', 'invited')];

  it('never makes the last active owner a member or removes them', () => {
    expect(isLastOwner(team, 'lena')).to.equal(true);
    expect(roleChangeRefusal(team, 'lena', 'member')).to.equal('last_owner');
    expect(roleChangeRefusal(team, 'lena', 'owner')).to.equal(null);
    expect(removalRefusal(team, 'lena', 'priya')).to.equal('last_owner');
    // An invited owner does not count until they accept.
    expect(isLastOwner(team, 'nina')).to.equal(false);
    const two = [...team, user('jonas', 'owner')];
    expect(roleChangeRefusal(two, 'lena', 'member')).to.equal(null);
    expect(removalRefusal(two, 'lena', 'jonas')).to.equal(null);
  });

  it('refuses removing oneself', () => {
    const two = [...team, user('jonas', 'owner')];
    expect(removalRefusal(two, 'jonas', 'jonas')).to.equal('self');
    expect(removalRefusal(two, 'priya', 'jonas')).to.equal(null);
  });

  it('knows an e-mail whatever its case and spaces, and masks one for the screen', () => {
    expect(isKnownEmail(team, ' PRIYA@acme.example ')).to.equal(true);
    expect(isKnownEmail(team, 'someone@acme.example')).to.equal(false);
    expect(maskEmail('lena.fischer@acme.example')).to.equal('l•••r@acme.example');
    expect(maskEmail('al@acme.example')).to.equal('a@acme.example');
  });

  it('recognises the shape of a one-time code', () => {
    expect(isInviteCodeShape('123456')).to.equal(true);
    expect(isInviteCodeShape(' 123456 ')).to.equal(true);
    expect(isInviteCodeShape('12345')).to.equal(false);
    expect(isInviteCodeShape('12a456')).to.equal(false);
  });
});
