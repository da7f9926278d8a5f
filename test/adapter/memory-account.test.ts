import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import { prorate } from '../../src/domain/index.js';
import { keys, rejection } from './memory-support.js';

const key = keys('account');

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A real PNG of `w`×`h` pixels, drawn and encoded by the browser. */
async function pngOf(w: number, h: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  canvas.getContext('2d')!.fillRect(0, 0, w, h);
  return new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/png'));
}

describe('memory adapter: account', () => {
  describe('users', () => {
    it('invites a user by email, as invited (inviteCodes: false, an older hub)', async () => {
      const adapter = createMemoryAdapter({ inviteCodes: false });
      const user = await adapter.inviteUser(
        { email: 'nina.kowalski@acme-messaging.example', role: 'member' },
        key(),
      );
      expect(user).to.include({
        email: 'nina.kowalski@acme-messaging.example',
        role: 'member',
        status: 'invited',
      });
      if (user.status === 'code_required') throw new Error('no code was asked for');
      expect(user.name).to.equal('Nina Kowalski');
      expect((await adapter.listUsers()).map((u) => u.id)).to.include(user.id);
    });

    it('asks for the one-time code it e-mailed the inviting owner, and adds the user with it', async () => {
      const adapter = createMemoryAdapter({ inviteCodes: true });
      const invite = { email: 'nina.kowalski@acme-messaging.example', role: 'member' } as const;
      const asked = await adapter.inviteUser(invite, key());
      expect(asked).to.deep.include({
        status: 'code_required',
        sentTo: 'l•••r@acme-messaging.example',
      });
      expect((await adapter.listUsers()).map((u) => u.email)).not.to.include(invite.email);
      const [mail] = adapter.outbox;
      expect(mail!.to).to.equal('lena.fischer@acme-messaging.example');
      expect(mail!.code).to.match(/^\d{6}$/);
      const wrong = mail!.code === '000000' ? '111111' : '000000';
      const refused = await rejection(adapter.inviteUser({ ...invite, code: wrong }, key()));
      expect(refused.code).to.equal('validation');
      expect(refused.fieldErrors['code']).to.match(/not right/);
      // The code belongs to this e-mail and role only.
      const other = await rejection(
        adapter.inviteUser({ ...invite, role: 'owner', code: mail!.code }, key()),
      );
      expect(other.fieldErrors['code']).to.match(/no longer valid/);
      const user = await adapter.inviteUser({ ...invite, code: mail!.code }, key());
      expect(user).to.include({ email: invite.email, status: 'invited' });
      // Used once: the same code does not add anyone again.
      const again = await rejection(
        adapter.inviteUser(
          { email: 'x.y@acme-messaging.example', role: 'member', code: mail!.code },
          key(),
        ),
      );
      expect(again.code).to.equal('validation');
    });

    it('sends a new code on asking again, and uses a code up after five wrong tries or ten minutes', async () => {
      const adapter = createMemoryAdapter({ inviteCodes: true });
      const invite = { email: 'nina.kowalski@acme-messaging.example', role: 'member' } as const;
      await adapter.inviteUser(invite, key());
      await adapter.inviteUser(invite, key());
      const [first, second] = adapter.outbox;
      if (first!.code !== second!.code) {
        const old = await rejection(adapter.inviteUser({ ...invite, code: first!.code }, key()));
        expect(old.fieldErrors['code']).to.match(/not right/);
      }
      const wrong = second!.code === '000000' ? '111111' : '000000';
      for (let i = 0; i < 4; i++)
        await rejection(adapter.inviteUser({ ...invite, code: wrong }, key()));
      const gone = await rejection(adapter.inviteUser({ ...invite, code: second!.code }, key()));
      expect(gone.fieldErrors['code']).to.match(/no longer valid|too often/);
      await adapter.inviteUser(invite, key());
      adapter.clock.advance(11 * 60 * 1000);
      const late = await rejection(
        adapter.inviteUser({ ...invite, code: adapter.outbox.at(-1)!.code }, key()),
      );
      expect(late.fieldErrors['code']).to.match(/expired/);
    });

    it('resends and revokes an invitation, never an active user’s', async () => {
      const adapter = createMemoryAdapter();
      const sofia = (await adapter.listUsers()).find((u) => u.status === 'invited')!;
      expect((await adapter.resendInvitation!(sofia.id, key())).id).to.equal(sofia.id);
      await adapter.revokeInvitation!(sofia.id, key());
      expect((await adapter.listUsers()).map((u) => u.id)).not.to.include(sofia.id);
      const active = await rejection(adapter.revokeInvitation!('usr_priya', key()));
      expect(active.code).to.equal('conflict');
      expect((await rejection(adapter.resendInvitation!(sofia.id, key()))).code).to.equal(
        'not_found',
      );
    });

    it('gives its clock with the session, and says when a new day begins on it', async () => {
      const adapter = createMemoryAdapter({ now: '2026-11-17T22:00:00.000Z' });
      expect((await adapter.getSession()).asOf).to.equal('2026-11-17T22:00:00.000Z');
      const changed: string[] = [];
      const stop = adapter.subscribe!((event) => changed.push(event.resource));
      adapter.clock.advance(60 * 60 * 1000); // 23:00, the same day
      expect(changed).not.to.include('session');
      adapter.clock.advance(2 * 60 * 60 * 1000); // 01:00 on the 18th
      expect(changed).to.include('session');
      stop();
      expect((await adapter.getSession()).asOf).to.equal('2026-11-18T01:00:00.000Z');
    });

    it('lists the partner accounts the user belongs to, and switches only to those', async () => {
      const adapter = createMemoryAdapter({ role: 'member' });
      const accounts = await adapter.listPartnerAccounts();
      expect(accounts.map((a) => [a.id, a.current])).to.deep.equal([
        ['acme', true],
        ['acme-cp', false],
      ]);
      const session = await adapter.switchPartnerAccount!('acme-cp', key());
      expect(session.partner.id).to.equal('acme-cp');
      expect((await adapter.listUsers()).map((u) => u.id)).to.include('usr_tom');
      const single = createMemoryAdapter({ scenario: 'empty' });
      expect(await single.listPartnerAccounts()).to.have.length(1);
      const error = await rejection(single.switchPartnerAccount!('acme-cp', key()));
      expect(error.code).to.equal('not_found');
    });

    it('refuses a duplicate email (any case) and an invalid one', async () => {
      const adapter = createMemoryAdapter();
      const duplicate = await rejection(
        adapter.inviteUser({ email: 'Jonas.Weber@ACME-messaging.example', role: 'owner' }, key()),
      );
      expect(duplicate.code).to.equal('conflict');
      const invalid = await rejection(
        adapter.inviteUser({ email: 'not-an-email', role: 'member' }, key()),
      );
      expect(invalid.code).to.equal('validation');
      expect(invalid.fieldErrors).to.have.property('email');
    });

    it('never demotes or removes the last owner', async () => {
      const adapter = createMemoryAdapter();
      await adapter.updateUserRole('usr_jonas', 'member', key());
      const demote = await rejection(adapter.updateUserRole('usr_lena', 'member', key()));
      expect(demote.code).to.equal('conflict');
      expect(demote.message).to.match(/last owner/);
      expect((await adapter.getSession()).user.role).to.equal('owner');
      const self = await rejection(adapter.removeUser!('usr_lena', key()));
      expect(self.code).to.equal('conflict');
      // With a second owner again, the first may step down.
      await adapter.updateUserRole('usr_priya', 'owner', key());
      const me = await adapter.updateUserRole('usr_lena', 'member', key());
      expect(me.role).to.equal('member');
      expect((await adapter.getSession()).user.role).to.equal('member');
    });

    it('removes a user, and not one that is gone', async () => {
      const adapter = createMemoryAdapter();
      await adapter.removeUser!('usr_jonas', key());
      expect((await adapter.listUsers()).map((u) => u.id)).not.to.include('usr_jonas');
      expect((await rejection(adapter.removeUser!('usr_jonas', key()))).code).to.equal('not_found');
    });

    it('forbids members the owner-only calls', async () => {
      const adapter = createMemoryAdapter({ role: 'member' });
      expect(await adapter.listUsers()).to.have.length(5);
      for (const call of [
        () => adapter.inviteUser({ email: 'x@acme-messaging.example', role: 'member' }, key()),
        () => adapter.updateUserRole('usr_priya', 'owner', key()),
        () => adapter.removeUser!('usr_marco', key()),
        () => adapter.listInvoices({}),
        () => adapter.changePlan('premium', key()),
        () => adapter.updateProfile({ brandName: 'Nope' }, key()),
      ]) {
        const error = await rejection(call());
        expect(error.code).to.equal('forbidden');
      }
      expect(await adapter.listUsers()).to.have.length(5);
    });
  });

  describe('invoicing details', () => {
    it('updates the billing email and VAT ID', async () => {
      const adapter = createMemoryAdapter();
      const details = await adapter.updateInvoicingDetails(
        { billingEmail: ' finance@acme-messaging.example ', vatId: 'de 813 495 425' },
        key(),
      );
      expect(details.values.billingEmail).to.equal('finance@acme-messaging.example');
      expect(details.values.vatId).to.equal('DE813495425');
      expect((await adapter.getInvoicingDetails()).values.vatId).to.equal('DE813495425');
    });

    it('refuses fields only support may change, naming them', async () => {
      const adapter = createMemoryAdapter();
      const error = await rejection(
        adapter.updateInvoicingDetails({ legalName: 'Acme Holding GmbH', city: 'Hamburg' }, key()),
      );
      expect(error.code).to.equal('validation');
      expect(Object.keys(error.fieldErrors).sort()).to.deep.equal(['city', 'legalName']);
      expect(error.message).to.match(/support/);
      // Sending an unchanged read-only value along is fine.
      const same = await adapter.updateInvoicingDetails(
        { legalName: 'Acme Messaging GmbH', billingEmail: 'ap@acme-messaging.example' },
        key(),
      );
      expect(same.values.billingEmail).to.equal('ap@acme-messaging.example');
    });

    it('checks the VAT ID and email through the domain', async () => {
      const adapter = createMemoryAdapter();
      const vat = await rejection(adapter.updateInvoicingDetails({ vatId: 'DE123456789' }, key()));
      expect(vat.fieldErrors).to.have.property('vatId');
      const foreign = await rejection(
        adapter.updateInvoicingDetails({ vatId: 'FRXX123456789' }, key()),
      );
      expect(foreign.fieldErrors['vatId']).to.match(/country/);
      const email = await rejection(
        adapter.updateInvoicingDetails({ billingEmail: 'billing@' }, key()),
      );
      expect(email.fieldErrors).to.have.property('billingEmail');
    });
  });

  describe('payment methods', () => {
    it('moves the default card, but never to an expired one', async () => {
      const adapter = createMemoryAdapter();
      const methods = await adapter.setDefaultPaymentMethod('pm_mc_5454', key());
      expect(methods.filter((m) => m.isDefault).map((m) => m.id)).to.deep.equal(['pm_mc_5454']);
      expect((await adapter.getAutoRenewal())[0]!.paymentMethodId).to.equal('pm_mc_5454');
      const error = await rejection(adapter.setDefaultPaymentMethod('pm_amex_0005', key()));
      expect(error.code).to.equal('validation');
    });

    it('removes a card, but not the default one while others exist', async () => {
      const adapter = createMemoryAdapter();
      const methods = await adapter.removePaymentMethod!('pm_test_0002', key());
      expect(methods.map((m) => m.id)).not.to.include('pm_test_0002');
      expect((await rejection(adapter.removePaymentMethod!('pm_visa_4242', key()))).code).to.equal(
        'conflict',
      );
    });

    it('collects a card through the host form, or adds a test card', async () => {
      const seen: unknown[] = [];
      const adapter = createMemoryAdapter({
        collectCard: async (input) => {
          seen.push(input);
          return {
            brand: 'Mastercard',
            last4: '8210',
            expMonth: 4,
            expYear: 2031,
            holderName: 'Lena Fischer',
          };
        },
      });
      const card = await adapter.collectPaymentMethod!({ makeDefault: true }, key());
      expect(card).to.include({ brand: 'Mastercard', last4: '8210', isDefault: true });
      expect(seen).to.have.length(1);
      const methods = await adapter.listPaymentMethods();
      expect(methods.filter((m) => m.isDefault).map((m) => m.id)).to.deep.equal([card.id]);

      const cancelled = createMemoryAdapter({ collectCard: async () => null });
      expect((await rejection(cancelled.collectPaymentMethod!({}, key()))).code).to.equal(
        'aborted',
      );
      const fallback = await createMemoryAdapter().collectPaymentMethod!({}, key());
      expect(fallback.isDefault).to.equal(false);
    });
  });

  describe('plan', () => {
    it('quotes and applies an upgrade with the domain proration, invoiced at once', async () => {
      const adapter = createMemoryAdapter();
      const plan = await adapter.getPlan();
      const quote = await adapter.quotePlanChange!('premium');
      const expected = prorate({
        currentPrice: plan.available[0]!.price,
        newPrice: plan.available[1]!.price,
        periodStart: plan.current.periodStart,
        periodEnd: plan.current.periodEnd,
        at: adapter.clock.now().toISOString(),
      });
      expect(quote).to.deep.equal({
        planId: 'premium',
        kind: 'upgrade',
        prorated: expected.amount,
        effectiveAt: adapter.clock.now().toISOString(),
      });
      const changed = await adapter.changePlan('premium', key());
      expect(changed.current.planId).to.equal('premium');
      const [invoice] = (await adapter.listInvoices({ limit: 1 })).items;
      expect(invoice).to.include({ type: 'prorated_upgrade', status: 'paid' });
      expect(invoice!.total).to.deep.equal(quote.prorated);
    });

    it('sends downgrades to support', async () => {
      const adapter = createMemoryAdapter({ scenario: 'client-paid' });
      const quote = await adapter.quotePlanChange!('basic');
      expect(quote.kind).to.equal('downgrade');
      expect((await rejection(adapter.changePlan('basic', key()))).code).to.equal('conflict');
      expect((await rejection(adapter.quotePlanChange!('premium'))).code).to.equal('validation');
      expect((await rejection(adapter.quotePlanChange!('gold'))).code).to.equal('not_found');
    });

    it('refuses a cancellation while channels are active or invoices unpaid, naming them', async () => {
      const adapter = createMemoryAdapter();
      const plan = await adapter.getPlan();
      expect(plan.cancel.allowed).to.equal(false);
      const kinds = plan.cancel.blockers!.map((b) => b.kind);
      expect(kinds).to.deep.equal(['active_channels', 'unpaid_invoices']);
      const unpaid = plan.cancel.blockers!.find((b) => b.kind === 'unpaid_invoices')!;
      // The current plan fee, overdue.
      const open = (await adapter.listInvoices({ limit: 100, status: 'overdue' })).items;
      expect(unpaid.items.map((i) => i.label)).to.include(open[0]!.number);
      const error = await rejection(adapter.cancelPlan!(key()));
      expect(error.code).to.equal('conflict');
      expect(error.message).to.include(open[0]!.number);
      expect((await adapter.getPlan()).current.status).to.equal('active');
    });

    it('cancels at the end of the following calendar month, then ends the plan', async () => {
      const adapter = createMemoryAdapter({ scenario: 'empty' });
      const before = await adapter.getPlan();
      expect(before.cancel.allowed).to.equal(true);
      expect(before.cancel.blockers).to.deep.equal([]);
      // Asked on 17 November: the plan runs through December and ends on 1 January.
      expect(before.cancel.effectiveAt).to.equal('2027-01-01T00:00:00.000Z');
      const plan = await adapter.cancelPlan!(key());
      expect(plan.current.status).to.equal('cancelling');
      expect(plan.cancel.allowed).to.equal(false);
      expect(plan.cancel.effectiveAt).to.equal('2027-01-01T00:00:00.000Z');
      adapter.clock.advance(15 * 86_400_000); // 2 December: December runs, invoiced as usual
      const december = await adapter.getPlan();
      expect(december.current.status).to.equal('cancelling');
      expect(december.current.periodStart).to.equal('2026-12-01T00:00:00.000Z');
      adapter.clock.advance(31 * 86_400_000); // 2 January
      expect((await adapter.getPlan()).current.status).to.equal('cancelled');
    });
  });

  describe('integration settings', () => {
    it('checks the solution ID and URLs through the domain', async () => {
      const adapter = createMemoryAdapter();
      const error = await rejection(
        adapter.updateIntegrationSettings(
          { solutionId: '12345', webhookUrl: 'http://hooks.acme.example/x', redirectUrl: 'nope' },
          key(),
        ),
      );
      expect(Object.keys(error.fieldErrors).sort()).to.deep.equal([
        'redirectUrl',
        'solutionId',
        'webhookUrl',
      ]);
      expect(error.fieldErrors['webhookUrl']).to.match(/https/);
      const saved = await adapter.updateIntegrationSettings(
        { solutionId: ' 1234567890123456 ', dataRegion: 'sg', redirectUrl: null },
        key(),
      );
      expect(saved).to.include({
        solutionId: '1234567890123456',
        dataRegion: 'sg',
        redirectUrl: null,
      });
    });

    it('never changes the partner ID, nor accepts an unknown region', async () => {
      const adapter = createMemoryAdapter();
      const partnerId = await rejection(
        adapter.updateIntegrationSettings({ partnerId: 'mine' } as never, key()),
      );
      expect(partnerId.fieldErrors).to.have.property('partnerId');
      const region = await rejection(
        adapter.updateIntegrationSettings({ dataRegion: 'mars' }, key()),
      );
      expect(region.fieldErrors).to.have.property('dataRegion');
    });

    it('delivers a test webhook to an https URL', async () => {
      const adapter = createMemoryAdapter();
      expect(await adapter.sendTestWebhook!(key())).to.include({ delivered: true, status: 200 });
      await adapter.updateIntegrationSettings({ webhookUrl: null }, key());
      expect((await adapter.sendTestWebhook!(key())).delivered).to.equal(false);
    });
  });

  describe('profile', () => {
    it('updates the brand name, refusing an empty one', async () => {
      const adapter = createMemoryAdapter();
      expect((await adapter.updateProfile({ brandName: '  Acme  ' }, key())).brandName).to.equal(
        'Acme',
      );
      const error = await rejection(adapter.updateProfile({ brandName: '   ' }, key()));
      expect(error.fieldErrors).to.have.property('brandName');
    });

    it('uploads a logo within the rules as a data: URL', async () => {
      const adapter = createMemoryAdapter();
      const png = await pngOf(200, 80);
      const profile = await adapter.uploadLogo(png, key());
      expect(profile.logoUrl).to.match(/^data:image\/png;base64,iVBORw0KGgo/);
      expect((await adapter.getProfile()).logoUrl).to.equal(profile.logoUrl);
    });

    it('refuses a logo of another type, too large, or not what it claims', async () => {
      const adapter = createMemoryAdapter();
      const gif = new Blob(['GIF89a'], { type: 'image/gif' });
      expect((await rejection(adapter.uploadLogo(gif, key()))).fieldErrors).to.have.property(
        'logo',
      );
      const huge = new Blob([new Uint8Array(1_048_577)], { type: 'image/png' });
      const size = await rejection(adapter.uploadLogo(huge, key()));
      expect(size.fieldErrors['logo']).to.match(/at most/);
      const fake = new Blob(['hello'], { type: 'image/png' });
      expect((await rejection(adapter.uploadLogo(fake, key()))).code).to.equal('validation');
      const before = (await adapter.getProfile()).logoUrl;
      expect(before).to.match(/^data:image\/svg\+xml/);
    });

    it('refuses a logo whose declared pixel size breaks the rules, whatever the widget said', async () => {
      const adapter = createMemoryAdapter();
      const small = await rejection(adapter.uploadLogo(await pngOf(20, 80), key()));
      expect(small.code).to.equal('validation');
      expect(small.fieldErrors['logo']).to.equal(
        'The image is 20 pixels wide; use one at least 64 pixels wide.',
      );
      const tall = await rejection(adapter.uploadLogo(await pngOf(100, 3000), key()));
      expect(tall.fieldErrors['logo']).to.equal(
        'The image is 3000 pixels high; use one at most 2048 pixels high.',
      );
      // A PNG cut before its size: the hub cannot know the pixels, so it refuses.
      const cut = new Blob([new Uint8Array([...PNG_SIGNATURE, 0, 0, 0, 13])], {
        type: 'image/png',
      });
      expect((await rejection(adapter.uploadLogo(cut, key()))).fieldErrors['logo']).to.equal(
        "The image's size in pixels could not be read.",
      );
      expect((await adapter.getProfile()).logoUrl).to.match(/^data:image\/svg\+xml/);
    });
  });
});

describe('memory adapter: its own words in the elements’ language', () => {
  it('answers the plans’ features, the cancellation conditions and the data regions in the locale asked for', async () => {
    const adapter = createMemoryAdapter();
    const english = await adapter.getPlan();
    expect(english.available[0]!.features).to.include('Up to 50 WhatsApp numbers');
    const german = await adapter.getPlan({ locale: 'de-AT' });
    expect(german.available[0]!.features).to.include('Bis zu 50 WhatsApp-Nummern');
    expect(german.cancel.conditions).to.include(
      'Bereits berechnete Gebühren werden nicht erstattet.',
    );
    const regions = (await adapter.getIntegrationSettings({ locale: 'pt-BR' })).availableRegions;
    expect(regions.find((r) => r.id === 'br')!.label).to.equal('Brasil (São Paulo)');
    expect(regions.find((r) => r.id === 'us')!.label).to.equal('Estados Unidos');
    // A tag Intl refuses is still read by its language, never a failure.
    const odd = await adapter.getIntegrationSettings({ locale: 'pt-BR-x' });
    expect(odd.availableRegions.find((r) => r.id === 'br')!.label).to.equal('Brasil (São Paulo)');
    // A language the hub does not speak: its English.
    const french = await adapter.getIntegrationSettings({ locale: 'fr' });
    expect(french.availableRegions.find((r) => r.id === 'br')!.label).to.equal(
      'Brazil (São Paulo)',
    );
    // A saved change answers in the language too.
    const saved = await adapter.updateIntegrationSettings(
      { dataRegion: 'br' },
      { idempotencyKey: 'region-es', locale: 'es' },
    );
    expect(saved.availableRegions.find((r) => r.id === 'br')!.label).to.equal('Brasil (São Paulo)');
    expect(saved.availableRegions.find((r) => r.id === 'us')!.label).to.equal('Estados Unidos');
  });
});

describe('memory adapter: the refusals a person meets most, in the elements’ language', () => {
  it('refuses a wrong one-time code and a user already there in German, Spanish or Portuguese', async () => {
    const adapter = createMemoryAdapter({ inviteCodes: true });
    const invite = { email: 'nina.kowalski@acme-messaging.example', role: 'member' } as const;
    await adapter.inviteUser(invite, { ...key(), locale: 'de' });
    const code = adapter.outbox.at(-1)!.code === '000000' ? '111111' : '000000';
    const wrong = await rejection(
      adapter.inviteUser({ ...invite, code }, { ...key(), locale: 'de' }),
    );
    expect(wrong.code).to.equal('validation');
    expect(wrong.fieldErrors['code']).to.equal(
      'Dieser Code stimmt nicht. Prüfen Sie die E-Mail und geben Sie den Code erneut ein.',
    );
    const users = await adapter.listUsers();
    const member = users.find((u) => u.status === 'active')!;
    const taken = await rejection(
      adapter.inviteUser({ email: member.email, role: 'member' }, { ...key(), locale: 'es' }),
    );
    expect(taken.fieldErrors['email']).to.equal(
      'Esta persona ya es usuario de esta cuenta de partner.',
    );
    expect(taken.message).to.equal(`${member.email} ya pertenece a esta cuenta de partner.`);
    // Without a locale, or in one it does not speak: English.
    const english = await rejection(
      adapter.inviteUser({ email: member.email, role: 'member' }, key()),
    );
    expect(english.fieldErrors['email']).to.equal(
      'This person is already a user of this partner account.',
    );
  });
});
