import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import type { User } from '../../src/adapter/schemas.js';
import type { PhTextField } from '../../src/widgets/text-field/text-field.js';
import '../../src/widgets/user-manager/define.js';
import type { PhUserManager } from '../../src/widgets/user-manager/user-manager.js';
import {
  checkNaughtyStrings,
  deepQuery,
  expectAccessible,
  itRendersSharedStates,
  mount,
  override,
  settled,
  until,
} from '../support/conformance.js';
// A test switches account through the shared client, as the account switcher would.
import '../../src/client/results/partner-accounts.js';
import { atPhoneWidth } from '../support/phone.js';

const widget = () => html`<ph-user-manager></ph-user-manager>`;
const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const row = (el: Element, id: string) =>
  root(el).querySelector<HTMLElement>(`li.user[data-user="${id}"]`);
const buttons = (scope: Element | ShadowRoot) =>
  Array.from(scope.querySelectorAll<HTMLButtonElement>('button'));
const button = (scope: Element | ShadowRoot, label: RegExp) =>
  buttons(scope).find((b) =>
    label.test((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
  );
const field = (el: Element, name: string) =>
  root(el).querySelector<PhTextField>(`[name="${name}"]`);
const alerts = (el: Element) =>
  Array.from(root(el).querySelectorAll('[role="alert"], [part="error-summary"]'))
    .map((a) => text(a))
    .join(' ');

/** The element focused now, looking into shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function type(el: PhUserManager, name: string, value: string) {
  const input = field(el, name)!.shadowRoot!.querySelector('input')!;
  input.focus();
  input.select();
  await sendKeys({ type: value });
}

/** Types an e-mail, picks a role and submits the invitation form. */
async function invite(el: PhUserManager, email: string, role: 'owner' | 'member' = 'member') {
  await until(() => !!field(el, 'email'), 'the invite form');
  await type(el, 'email', email);
  const select = root(el).querySelector<HTMLElement & { value: string }>('[name="role"]')!;
  const native = select.shadowRoot!.querySelector('select')!;
  native.value = role;
  native.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  native.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  button(root(el), /^Invite$/)!.click();
}

/** An adapter with a single owner (Jonas made a member). */
async function singleOwner(options: Parameters<typeof createMemoryAdapter>[0] = {}) {
  const adapter = createMemoryAdapter(options);
  await adapter.updateUserRole('usr_jonas', 'member', { idempotencyKey: 'one-owner' });
  return adapter;
}

describe('<ph-user-manager>', () => {
  describe('accessibility in every state', () => {
    it('is axe-clean with the users, for an owner', async () => {
      const { el } = await mount(widget());
      expect(root(el).querySelectorAll('li.user').length).to.equal(5);
      await expectAccessible(el);
    });

    itRendersSharedStates(widget);

    it('is axe-clean when the owner is the only user (empty), still offering to invite', async () => {
      const { el } = await mount(widget(), { scenario: 'empty' });
      expect(deepQuery(el, '[data-state="empty"]')).to.exist;
      expect(text(deepQuery(el, '[data-state="empty"]'))).to.include('only user');
      expect(field(el, 'email')).to.exist;
      await expectAccessible(el);
    });

    it('is axe-clean for a member: the list, read-only', async () => {
      const { el } = await mount(widget(), { role: 'member' });
      expect(root(el).querySelectorAll('li.user').length).to.equal(5);
      expect(buttons(root(el))).to.have.length(0);
      await expectAccessible(el);
    });

    it('is axe-clean when the hub refuses the list (forbidden)', async () => {
      const base = createMemoryAdapter();
      const adapter = override(base, {
        listUsers: () => Promise.reject(new AdapterError('forbidden', 'Owners only.')),
      });
      const { el } = await mount(widget(), { adapter });
      expect(deepQuery(el, '[data-state="forbidden"]')).to.exist;
      await expectAccessible(el);
    });

    it('is axe-clean when the hub does not list users (unavailable)', async () => {
      const { el } = await mount(widget(), { capabilities: { listUsers: false } });
      expect(deepQuery(el, '[data-state="unavailable"]')).to.exist;
      await expectAccessible(el);
    });

    it('is axe-clean with the one-time code step and with the removal confirmation', async () => {
      const { el } = await mount<PhUserManager>(widget(), { inviteCodes: true });
      await invite(el, 'nina.kowalski@acme-messaging.example');
      await until(() => !!field(el, 'code'), 'the code field');
      await expectAccessible(el);
      button(row(el, 'usr_marco')!, /^Remove: Marco Rossi$/)!.click();
      const dialog = root(el).querySelector('ph-dialog')!;
      await until(() => dialog.open, 'the confirmation');
      await expectAccessible(el);
      button(root(el), /^Keep this user$/)!.click();
    });
  });

  describe('the list', () => {
    it('shows e-mail, name, role and status of each user, and what each role may do', async () => {
      const { el } = await mount(widget());
      const sofia = row(el, 'usr_sofia')!;
      expect(text(sofia)).to.include('Sofia Almeida');
      expect(text(sofia)).to.include('sofia.almeida@acme-messaging.example');
      expect(text(sofia)).to.include('Member');
      expect(text(sofia)).to.include('Invited: the invitation has not been accepted yet.');
      expect(text(row(el, 'usr_jonas'))).to.match(/Owner.*Active/);
      expect(text(row(el, 'usr_lena'))).to.include('(you)');
      const roles = text(root(el).querySelector('.roles'));
      expect(roles).to.include('Owners manage WhatsApp accounts and add and manage users.');
      expect(roles).to.include('Members manage WhatsApp accounts only.');
    });

    it('shows each text exactly, whatever the hub sends (naughty strings)', async () => {
      const result = await checkNaughtyStrings({ render: widget });
      expect(result.methods).to.include('listUsers');
    });
  });

  describe('members', () => {
    it('cannot reach invite or role controls: none is rendered or focusable', async () => {
      const { el } = await mount(widget(), { role: 'member' });
      expect(!!field(el, 'email')).to.equal(false);
      expect(!!root(el).querySelector('[name="role"], form')).to.equal(false);
      expect(buttons(root(el)).length).to.equal(0);
      expect(text(root(el).querySelector('.card'))).to.include(
        'Only owners can add users or change their roles.',
      );
      // Tabbing from the start of the page through the element lands on nothing of it.
      const before = document.createElement('button');
      before.textContent = 'before';
      el.parentElement!.before(before);
      before.focus();
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        const now = focused();
        expect(!!now && (el.shadowRoot!.contains(now) || el.contains(now))).to.equal(false);
      }
      before.remove();
    });

    it('sees an owner-only change that slipped through refused by the hub, and why', async () => {
      const adapter = createMemoryAdapter();
      const { el } = await mount<PhUserManager>(widget(), { adapter });
      // The hub changed the role behind the page's back: its answer says forbidden.
      adapter.failNext(
        'updateUserRole',
        new AdapterError(
          'forbidden',
          'Only owners can do this. Ask an owner of this partner account.',
        ),
      );
      button(row(el, 'usr_priya')!, /^Make owner: Priya Raman$/)!.click();
      await until(() => alerts(el).includes('only owners can manage users'), 'the refusal');
      expect(text(row(el, 'usr_priya'))).to.include('Member');
      // The refusal's icon is the size of its text, not an SVG's default 300 px.
      const icon = deepQuery(el, '.refusal svg')!.getBoundingClientRect();
      const fontSize = parseFloat(getComputedStyle(deepQuery(el, '.refusal')!).fontSize);
      expect(icon.width, 'icon width').to.be.within(fontSize, fontSize * 1.5);
      expect(icon.height, 'icon height').to.be.within(fontSize, fontSize * 1.5);
    });

    it('reads the session again after the hub refuses a change or an invitation for the role', async () => {
      const base = createMemoryAdapter();
      let sessions = 0;
      const adapter = override(base, {
        getSession: (...args: Parameters<MemoryAdapter['getSession']>) => {
          sessions++;
          return base.getSession(...args);
        },
      });
      const { el } = await mount<PhUserManager>(widget(), { adapter });
      const forbidden = () => new AdapterError('forbidden', 'Only owners can do this.');
      let before = sessions;
      base.failNext('updateUserRole', forbidden());
      button(row(el, 'usr_priya')!, /^Make owner: Priya Raman$/)!.click();
      await until(() => alerts(el).includes('only owners can manage users'), 'the refusal');
      await until(() => sessions > before, 'the session read again after the change');
      before = sessions;
      base.failNext('inviteUser', forbidden());
      await invite(el, 'nina.kowalski@acme-messaging.example');
      await until(() => alerts(el).includes('only owners can add users'), 'the invitation refused');
      await until(() => sessions > before, 'the session read again after the invitation');
    });
  });

  describe('inviting', () => {
    it('invites by e-mail and role, announces it and lists the invitation (a hub that asks no code)', async () => {
      const { el, adapter } = await mount<PhUserManager>(widget(), { inviteCodes: false });
      const changed = oneEvent(el, 'ph-user-change');
      await invite(el, 'nina.kowalski@acme-messaging.example', 'owner');
      const { detail } = await changed;
      expect(detail.change).to.equal('invited');
      expect(detail.user).to.include({
        email: 'nina.kowalski@acme-messaging.example',
        role: 'owner',
      });
      await until(() => !!row(el, detail.user.id), 'the new row');
      expect(text(row(el, detail.user.id))).to.include('Invited');
      expect(text(root(el).querySelector('[data-announcer]'))).to.include(
        'nina.kowalski@acme-messaging.example was invited as an owner.',
      );
      expect((await adapter.listUsers()).some((u) => u.id === detail.user.id)).to.equal(true);
      expect(field(el, 'email')!.value).to.equal('');
      // Ready for the next one: the emptied field says nothing until it is used again.
      await settled(el);
      expect(
        field(el, 'email')!.shadowRoot!.querySelector('[part="error"]')?.textContent?.trim() ?? '',
      ).to.equal('');
    });

    it('refuses a malformed e-mail and one already on the account, with why, sending nothing', async () => {
      const { el, adapter } = await mount<PhUserManager>(widget());
      adapter.clearCalls();
      await invite(el, 'not-an-address');
      await until(() => alerts(el).includes('E-mail address'), 'the summary');
      expect(alerts(el)).to.include('Enter an e-mail address like name@example.com.');
      await invite(el, 'Jonas.Weber@acme-messaging.example');
      await until(() => alerts(el).includes('already a user'), 'the duplicate');
      expect(alerts(el)).to.include('This person is already a user of this partner account.');
      expect(adapter.calls.filter((c) => c.method === 'inviteUser')).to.have.length(0);
    });

    it('shows the hub’s refusal of a duplicate the list did not know yet', async () => {
      const base = createMemoryAdapter();
      const adapter = override(base, {
        listUsers: async (o?: { signal?: AbortSignal }) =>
          (await base.listUsers(o)).filter((u: User) => u.id !== 'usr_marco'),
      });
      const { el } = await mount<PhUserManager>(widget(), { adapter });
      await invite(el, 'marco.rossi@acme-messaging.example');
      await until(() => alerts(el).includes('The user was not invited.'), 'the refusal');
      expect(alerts(el)).to.include('This person is already a user of this partner account.');
      expect(field(el, 'email')!.value).to.equal('marco.rossi@acme-messaging.example');
    });

    it('confirms with the one-time code, refuses a wrong one with why, and sends a new one', async () => {
      const { el, adapter } = await mount<PhUserManager>(widget(), { inviteCodes: true });
      await invite(el, 'nina.kowalski@acme-messaging.example');
      await until(() => !!field(el, 'code'), 'the code step');
      await until(
        () => focused() === field(el, 'code')!.shadowRoot!.querySelector('input'),
        'focus on the code',
      );
      expect(field(el, 'code')!.description).to.include('l•••r@acme-messaging.example');
      const code = adapter.outbox.at(-1)!.code;
      await type(el, 'code', code === '000000' ? '111111' : '000000');
      await sendKeys({ press: 'Enter' });
      await until(() => alerts(el).includes('not right'), 'the wrong code refused');
      expect((await adapter.listUsers()).some((u) => u.email.startsWith('nina'))).to.equal(false);

      button(root(el), /^Send a new code$/)!.click();
      await until(() => adapter.outbox.length === 2, 'a second code');
      await until(() => !alerts(el).includes('not right'), 'the old refusal cleared');
      await type(el, 'code', adapter.outbox.at(-1)!.code);
      const changed = oneEvent(el, 'ph-user-change');
      await sendKeys({ press: 'Enter' });
      const { detail } = await changed;
      expect(detail.user.email).to.equal('nina.kowalski@acme-messaging.example');
      await until(() => !!field(el, 'email'), 'back to the invite form');
      expect(!!field(el, 'code')).to.equal(false);
    });

    it('shows a second wrong code on the field again, and takes a code pasted with a space', async () => {
      const { el, adapter } = await mount<PhUserManager>(widget(), { inviteCodes: true });
      await invite(el, 'nina.kowalski@acme-messaging.example');
      await until(() => !!field(el, 'code'), 'the code step');
      const code = adapter.outbox.at(-1)!.code;
      const wrong = ['000000', '111111', '222222'].filter((c) => c !== code);
      const fieldError = () =>
        field(el, 'code')!.shadowRoot!.querySelector('[part="error"]')!.textContent!.trim();
      for (const attempt of wrong.slice(0, 2)) {
        await type(el, 'code', attempt);
        await sendKeys({ press: 'Enter' });
        await until(() => fieldError().includes('not right'), `the field says ${attempt} is wrong`);
        expect(field(el, 'code')!.validity.valid).to.equal(false);
      }
      // From an e-mail, with the space before it: all six digits are kept.
      await type(el, 'code', ` ${code}`);
      expect(field(el, 'code')!.value).to.equal(` ${code}`);
      const changed = oneEvent(el, 'ph-user-change');
      await sendKeys({ press: 'Enter' });
      const { detail } = await changed;
      expect(detail.user.email).to.equal('nina.kowalski@acme-messaging.example');
    });

    it('keeps focus on "Send a new code" while its code is being sent: aria-disabled, never disabled, and a second press sends nothing', async () => {
      const base = createMemoryAdapter({ inviteCodes: true });
      let release = () => {};
      let sends = 0;
      const adapter = override(base, {
        inviteUser: async (...args: Parameters<typeof base.inviteUser>) => {
          // The first code goes at once; the new one waits until the test lets it go.
          if (sends++ > 0) await new Promise<void>((resolve) => (release = resolve));
          return base.inviteUser(...args);
        },
      });
      const { el } = await mount<PhUserManager>(widget(), { adapter: adapter as MemoryAdapter });
      await invite(el, 'nina.kowalski@acme-messaging.example');
      await until(() => !!field(el, 'code'), 'the code step');
      const again = button(root(el), /^Send a new code$/)!;
      again.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => again.getAttribute('aria-disabled') === 'true', 'the button busy');
      expect(again.disabled, 'a disabled button lets go of focus').to.equal(false);
      expect(focused() === again, 'focus stays on the button').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(sends, 'a press while busy sends nothing').to.equal(2);
      expect(focused() === again, 'focus stays on it when pressed again').to.equal(true);

      release();
      await until(() => base.outbox.length === 2, 'the new code');
      await until(() => again.getAttribute('aria-disabled') === 'false', 'the button free again');
      // Then to the code field, for the new code.
      await until(
        () => focused() === field(el, 'code')!.shadowRoot!.querySelector('input'),
        'focus on the code',
      );
    });

    it('says until when the code works, from the hub’s answer, and nothing it was not told', async () => {
      const { el, adapter } = await mount<PhUserManager>(widget(), { inviteCodes: true });
      await invite(el, 'nina.kowalski@acme-messaging.example');
      await until(() => !!field(el, 'code'), 'the code step');
      const until10 = new Date(adapter.clock.now().getTime() + 10 * 60 * 1000);
      const time = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(until10);
      expect(field(el, 'code')!.description).to.include(`It works until ${time}.`);

      // A hub that does not say when its codes expire: no time is made up.
      const base = createMemoryAdapter({ inviteCodes: true });
      const silent = override(base, {
        inviteUser: async (...args: Parameters<typeof base.inviteUser>) => {
          const result = await base.inviteUser(...args);
          if ('status' in result && result.status === 'code_required') {
            const { expiresAt: _e, ...rest } = result;
            return rest;
          }
          return result;
        },
      });
      const other = await mount<PhUserManager>(widget(), { adapter: silent as MemoryAdapter });
      await invite(other.el, 'nina.kowalski@acme-messaging.example');
      await until(() => !!field(other.el, 'code'), 'the code step');
      expect(field(other.el, 'code')!.description).to.include('l•••r@acme-messaging.example');
      expect(field(other.el, 'code')!.description).not.to.match(/valid|until/);
    });

    it('goes by keyboard alone: e-mail, role, Invite (a hub that asks no code)', async () => {
      const { el, adapter } = await mount<PhUserManager>(widget(), { inviteCodes: false });
      field(el, 'email')!.focus();
      await sendKeys({ type: 'keyboard.user@acme-messaging.example' });
      await sendKeys({ press: 'Tab' });
      expect(focused()?.localName).to.equal('select');
      await sendKeys({ press: 'Tab' });
      expect(text(focused())).to.equal('Invite');
      await sendKeys({ press: 'Enter' });
      await until(
        () => text(root(el).querySelector('[data-announcer]')).includes('was invited'),
        'the invitation',
      );
      expect((await adapter.listUsers()).some((u) => u.email.startsWith('keyboard.user'))).to.equal(
        true,
      );
    });
  });

  describe('roles and removal', () => {
    it('refuses demoting the last owner, with why, and offers no control for it', async () => {
      const adapter = await singleOwner();
      const { el } = await mount<PhUserManager>(widget(), { adapter });
      const lena = row(el, 'usr_lena')!;
      expect(text(lena)).to.include(
        'Lena Fischer is the last owner of this partner account, so they cannot be made a member or removed. Make another user an owner first.',
      );
      expect(!!button(lena, /Make member|Remove/)).to.equal(false);
    });

    it('shows the hub’s refusal when the last owner is demoted from a stale list', async () => {
      const base = await singleOwner();
      // The page still believes Jonas is an owner; the hub knows better.
      const adapter = override(base, {
        listUsers: async (o?: { signal?: AbortSignal }) =>
          (await base.listUsers(o)).map((u: User) =>
            u.id === 'usr_jonas' ? { ...u, role: 'owner' as const } : u,
          ),
      });
      const { el } = await mount<PhUserManager>(widget(), { adapter });
      button(row(el, 'usr_lena')!, /^Make member: Lena Fischer$/)!.click();
      const dialog = root(el).querySelector('ph-dialog')!;
      await until(() => dialog.open, 'the confirmation');
      button(root(el), /^Make me a member$/)!.click();
      await until(() => alerts(el).includes('last owner'), 'the refusal');
      expect(text(row(el, 'usr_lena'))).to.include('Make another user an owner first.');
      expect((await base.getSession()).user.role).to.equal('owner');
    });

    it('changes a role and announces it', async () => {
      const { el, adapter } = await mount<PhUserManager>(widget());
      button(row(el, 'usr_priya')!, /^Make owner: Priya Raman$/)!.click();
      await until(() => text(row(el, 'usr_priya')).includes('Owner'), 'the new role');
      expect(text(root(el).querySelector('[data-announcer]'))).to.equal(
        'Priya Raman is now an owner.',
      );
      expect((await adapter.listUsers()).find((u) => u.id === 'usr_priya')!.role).to.equal('owner');
    });

    it('asks before owners make themselves members, keeps them owners on "Stay an owner", and keeps focus in the card', async () => {
      const { el, adapter } = await mount<PhUserManager>(widget());
      const demote = () => button(row(el, 'usr_lena')!, /^Make member: Lena Fischer$/)!.click();
      demote();
      const dialog = root(el).querySelector('ph-dialog')!;
      await until(() => dialog.open, 'the confirmation');
      expect(dialog.label).to.equal('Make yourself a member?');
      expect(text(dialog)).to.include('Only another owner can make you an owner again.');
      button(root(el), /^Stay an owner$/)!.click();
      await until(() => !dialog.open, 'closed');
      expect((await adapter.getSession()).user.role).to.equal('owner');
      demote();
      await until(() => dialog.open, 'the confirmation again');
      button(root(el), /^Make me a member$/)!.click();
      await until(() => text(row(el, 'usr_lena')).includes('Member'), 'the new role');
      expect((await adapter.getSession()).user.role).to.equal('member');
      // Their owner controls are gone with the button they pressed: focus goes to the heading.
      await until(() => focused() === root(el).querySelector('h2'), 'focus on the heading');
    });

    it('changes another owner to a member at once, without asking', async () => {
      const { el, adapter } = await mount<PhUserManager>(widget());
      button(row(el, 'usr_jonas')!, /^Make member: Jonas Weber$/)!.click();
      await until(() => text(row(el, 'usr_jonas')).includes('Member'), 'the new role');
      expect(root(el).querySelector('ph-dialog')!.open).to.equal(false);
      expect((await adapter.listUsers()).find((u) => u.id === 'usr_jonas')!.role).to.equal(
        'member',
      );
    });

    it('removes a user after a confirmation naming them, and keeps them on "Keep"', async () => {
      const { el, adapter } = await mount<PhUserManager>(widget());
      button(row(el, 'usr_marco')!, /^Remove: Marco Rossi$/)!.click();
      const dialog = root(el).querySelector('ph-dialog')!;
      await until(() => dialog.open, 'the confirmation');
      expect(dialog.label).to.equal('Remove Marco Rossi?');
      button(root(el), /^Keep this user$/)!.click();
      await until(() => !dialog.open, 'closed');
      expect(!!row(el, 'usr_marco')).to.equal(true);
      button(row(el, 'usr_marco')!, /^Remove: Marco Rossi$/)!.click();
      await until(() => dialog.open, 'the confirmation again');
      button(root(el), /^Remove Marco Rossi$/)!.click();
      await until(() => !row(el, 'usr_marco'), 'the row gone');
      expect((await adapter.listUsers()).some((u) => u.id === 'usr_marco')).to.equal(false);
    });

    it('says to contact support when the hub cannot remove users', async () => {
      const { el } = await mount(widget(), { capabilities: { removeUser: false } });
      expect(!!button(root(el).querySelector('.users')!, /^Remove/)).to.equal(false);
      expect(text(root(el).querySelector('.card'))).to.include(
        'To remove a user, contact support.',
      );
    });

    it('resends and withdraws an invitation', async () => {
      const { el, adapter } = await mount<PhUserManager>(widget());
      const sofia = row(el, 'usr_sofia')!;
      button(sofia, /^Resend invitation: Sofia Almeida$/)!.click();
      await until(
        () => text(root(el).querySelector('[data-announcer]')).includes('sent to sofia'),
        'resent',
      );
      button(row(el, 'usr_sofia')!, /^Withdraw invitation: Sofia Almeida$/)!.click();
      const dialog = root(el).querySelector('ph-dialog')!;
      await until(() => dialog.open, 'the confirmation');
      button(root(el), /^Withdraw invitation$/)!.click();
      await until(() => !row(el, 'usr_sofia'), 'the invitation gone');
      expect((await adapter.listUsers()).some((u) => u.id === 'usr_sofia')).to.equal(false);
    });
  });

  describe('switching partner account', () => {
    it('drops the code step and the users of the old account at once', async () => {
      const adapter: MemoryAdapter = createMemoryAdapter({ inviteCodes: true });
      const { el, provider } = await mount<PhUserManager>(widget(), { adapter });
      await invite(el, 'nina.kowalski@acme-messaging.example');
      await until(() => !!field(el, 'code'), 'the code step');
      await provider.client!.switchPartnerAccount('acme-cp', { idempotencyKey: 'switch' });
      await el.updateComplete;
      expect(!!row(el, 'usr_priya')).to.equal(false);
      expect(!!field(el, 'code')).to.equal(false);
      await until(() => !!row(el, 'usr_tom'), 'the other account’s users');
    });
  });

  describe('an invitation whose answer was lost', () => {
    it('says the hub did not confirm it, not that the user was not invited, and keeps what was typed', async () => {
      const adapter: MemoryAdapter = createMemoryAdapter({ inviteCodes: false });
      const { el } = await mount<PhUserManager>(widget(), { adapter });
      adapter.failNext('inviteUser', new AdapterError('timeout', 'Lost.'), { afterApplying: true });
      await invite(el, 'nina.kowalski@acme-messaging.example');
      const summary = () => root(el).querySelector('[part="error-summary"]');
      await until(() => !!summary(), 'the outcome');
      expect(text(summary())).to.contain('The hub did not confirm this change.');
      expect(text(summary())).to.not.contain('was not invited');
    });
  });

  describe('a confirmation open when the partner account is switched', () => {
    it('closes: it asked about a user of the old account, and nothing is done', async () => {
      const adapter: MemoryAdapter = createMemoryAdapter();
      const { el, provider } = await mount<PhUserManager>(widget(), { adapter });
      button(row(el, 'usr_marco')!, /^Remove: Marco Rossi$/)!.click();
      const dialog = root(el).querySelector('ph-dialog')!;
      await until(() => dialog.open, 'the confirmation');
      await provider.client!.switchPartnerAccount('acme-cp', { idempotencyKey: 'switch' });
      await until(() => !dialog.open, 'the confirmation closed');
      expect(adapter.calls.some((c) => c.method === 'removeUser')).to.equal(false);
    });
  });

  atPhoneWidth(() => {
    it('cuts nothing off: every user, control and the invite form fit the card', async () => {
      const { el } = await mount<PhUserManager>(widget(), { inviteCodes: true });
      const card = root(el).querySelector('.card')!;
      const edge = card.getBoundingClientRect().right + 0.5;
      const overflowing = () =>
        Array.from(root(el).querySelectorAll<HTMLElement>('li.user *, form *, .roles *'))
          .filter((e) => e.getBoundingClientRect().right > edge)
          .map((e) => e.localName + (e.className ? `.${e.className}` : ''));
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
      expect(overflowing()).to.deep.equal([]);
      await invite(el, 'nina.kowalski@acme-messaging.example');
      await until(() => !!field(el, 'code'), 'the code step');
      expect(overflowing()).to.deep.equal([]);
    });
  });
});
