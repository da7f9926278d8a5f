import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { PhElement } from '../../src/base/element.js';
import '../../src/widgets/account-switcher/define.js';
import type { PhAccountSwitcher } from '../../src/widgets/account-switcher/account-switcher.js';
import '../../src/widgets/invoicing-details/define.js';
import '../../src/widgets/integration-settings/define.js';
import '../../src/widgets/partner-profile/define.js';
import type { PhTextField } from '../../src/widgets/text-field/text-field.js';
import '../../src/widgets/user-manager/define.js';
import '../../src/widgets/whatsapp-accounts/define.js';
import {
  checkNaughtyStrings,
  deepQuery,
  deepText,
  expectAccessible,
  mount,
  override,
  settled,
  until,
} from '../support/conformance.js';
import { atPhoneWidth } from '../support/phone.js';

const widget = () => html`<ph-account-switcher></ph-account-switcher>`;
const root = (el: Element) => el.shadowRoot!;
const toggle = (el: Element) => root(el).querySelector<HTMLButtonElement>('.toggle');
const list = (el: Element) => root(el).querySelector<HTMLElement>('.accounts')!;
const accountButton = (el: Element, id: string) =>
  root(el).querySelector<HTMLButtonElement>(`button[data-account="${id}"]`);

/**
 * The memory hub, whose switch waits for `answer()`; `answered` settles a task after the hub
 * has made it.
 */
function heldSwitch() {
  const base = createMemoryAdapter();
  let answer!: () => void;
  const held = new Promise<void>((resolve) => (answer = resolve));
  let settle!: () => void;
  const answered = new Promise<void>((resolve) => (settle = resolve));
  const adapter = override(base, {
    switchPartnerAccount: async (id: string, options: { idempotencyKey: string }) => {
      await held;
      try {
        return await base.switchPartnerAccount!(id, options);
      } finally {
        setTimeout(settle);
      }
    },
  });
  return { base, adapter, answer, answered };
}

function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<ph-account-switcher>', () => {
  describe('accessibility in every state', () => {
    it('is axe-clean closed and open', async () => {
      const { el } = await mount(widget());
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
      await expectAccessible(el);
      toggle(el)!.click();
      await until(() => !list(el).hidden, 'the list');
      await expectAccessible(el);
    });

    it('is axe-clean while loading', async () => {
      const { el } = await mount(widget(), { scenario: 'slow', settle: false });
      expect(deepQuery(el, '[data-state="loading"]')).to.exist;
      await expectAccessible(el);
    });

    it('is axe-clean in the error state, and "Try again" reads the accounts again', async () => {
      const adapter = createMemoryAdapter();
      adapter.failNext('listPartnerAccounts', new AdapterError('unavailable', 'Down.'));
      const { el } = await mount(widget(), { adapter });
      expect(deepQuery(el, '[data-state="error"]')).to.exist;
      expect(deepText(el)).to.include('Couldn’t load your partner accounts.');
      await expectAccessible(el);
      Array.from(root(el).querySelectorAll('button'))
        .find((b) => b.textContent!.includes('Try again'))!
        .click();
      await until(() => !!toggle(el), 'the switcher after the retry');
    });

    it('renders nothing when the user belongs to one partner account only (empty)', async () => {
      const { el } = await mount(widget(), { scenario: 'empty' });
      expect(root(el).querySelectorAll('button, [data-state]').length).to.equal(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
      await expectAccessible(el);
    });

    it('is axe-clean when the hub refuses the list (forbidden)', async () => {
      const adapter = override(createMemoryAdapter(), {
        listPartnerAccounts: () => Promise.reject(new AdapterError('forbidden', 'No.')),
      });
      const { el } = await mount(widget(), { adapter });
      expect(deepQuery(el, '[data-state="forbidden"]')).to.exist;
      await expectAccessible(el);
    });

    it('is axe-clean when the hub cannot switch (unavailable)', async () => {
      const { el } = await mount(widget(), { capabilities: { switchPartnerAccount: false } });
      expect(deepQuery(el, '[data-state="unavailable"]')).to.exist;
      expect(deepText(el)).to.include('does not offer switching');
      await expectAccessible(el);
    });
  });

  it('lists the accounts with their billing mode, the open one marked and not a button', async () => {
    const { el } = await mount(widget());
    expect(toggle(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Switch partner account. Open now: Acme Messaging GmbH',
    );
    const here = root(el).querySelector('[aria-current="true"]')!;
    expect(here.textContent).to.include('Acme Messaging GmbH (open now)');
    expect(here.textContent).to.include('Partner-paid');
    expect(!!accountButton(el, 'acme')).to.equal(false);
    expect(accountButton(el, 'acme-cp')!.textContent).to.include('Client-paid');
  });

  it('shows each account name exactly, whatever the hub sends (naughty strings)', async () => {
    const result = await checkNaughtyStrings({ render: widget });
    expect(result.methods).to.include('listPartnerAccounts');
  });

  it('goes by keyboard: open, pick an account, Escape closes and returns to the button', async () => {
    const { el } = await mount<PhAccountSwitcher>(widget());
    toggle(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !list(el).hidden, 'the list');
    await until(() => focused() === accountButton(el, 'acme-cp'), 'focus on the other account');
    await sendKeys({ press: 'Escape' });
    await until(() => list(el).hidden, 'the list closed');
    expect(focused() === toggle(el)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => focused() === accountButton(el, 'acme-cp'), 'focus on the account');
    const switched = oneEvent(el, 'ph-account-switch');
    await sendKeys({ press: 'Enter' });
    const { detail } = await switched;
    expect(detail.session.partner.id).to.equal('acme-cp');
    await until(() => toggle(el)?.textContent?.includes('Acme Client-Paid Ltd') ?? false, 'new');
    await until(() => focused() === toggle(el), 'focus back on the button');
    expect(root(el).querySelector('[data-announcer]')!.textContent).to.equal(
      'Now showing the partner account Acme Client-Paid Ltd.',
    );
  });

  it('opens over the page: the host page does not move, and the list is drawn on top of what follows', async () => {
    const { el } = await mount<HTMLElement>(
      html`<div>
        <ph-account-switcher></ph-account-switcher>
        <p id="after">What follows the switcher in the host's header.</p>
      </div>`,
    );
    const switcher = el.querySelector('ph-account-switcher')!;
    const after = el.querySelector('#after')!;
    const before = after.getBoundingClientRect().top;
    toggle(switcher)!.click();
    await until(() => !list(switcher).hidden, 'the list');
    expect(after.getBoundingClientRect().top).to.equal(before);
    // What a pointer on the list would hit is the list, not the paragraph under it.
    const box = list(switcher).getBoundingClientRect();
    const hit = switcher.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.bottom - 4);
    expect(!!hit && list(switcher).contains(hit)).to.equal(true);
  });

  it('stays under its button when the window is resized while it is open', async () => {
    const { el } = await mount<HTMLElement>(
      html`<header style="display:flex; justify-content:flex-end">
        <ph-account-switcher></ph-account-switcher>
      </header>`,
    );
    const switcher = el.querySelector('ph-account-switcher')!;
    toggle(switcher)!.click();
    await until(() => !list(switcher).hidden, 'the list');
    const { setViewport } = await import('@web/test-runner-commands');
    await setViewport({ width: 600, height: 600 });
    try {
      await until(
        () =>
          Math.abs(
            list(switcher).getBoundingClientRect().right -
              toggle(switcher)!.getBoundingClientRect().right,
          ) < 1,
        'the list lined up with its button again',
      );
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('closes when the person clicks anywhere else on the page, and stays on the account', async () => {
    const { el } = await mount<HTMLElement>(
      html`<div>
        <p id="elsewhere">Somewhere else on the host page.</p>
        <ph-account-switcher></ph-account-switcher>
      </div>`,
    );
    const switcher = el.querySelector('ph-account-switcher')!;
    toggle(switcher)!.click();
    await until(() => !list(switcher).hidden, 'the list');
    const { sendMouse } = await import('@web/test-runner-commands');
    const spot = el.querySelector('#elsewhere')!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(spot.left + 5), Math.round(spot.top + 5)],
    });
    await until(() => list(switcher).hidden, 'the list closed');
    expect(toggle(switcher)!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('says why a switch failed and stays on the account', async () => {
    const adapter = createMemoryAdapter();
    adapter.failNext('switchPartnerAccount', new AdapterError('not_found', 'Gone.'));
    const { el } = await mount(widget(), { adapter });
    toggle(el)!.click();
    accountButton(el, 'acme-cp')!.click();
    await until(() => !!root(el).querySelector('[role="alert"]'), 'the refusal');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.include(
      'The partner account was not switched.',
    );
    expect((await adapter.getSession()).partner.id).to.equal('acme');
  });

  it('leaves focus where the person went while a slow switch was out', async () => {
    const { adapter, answer } = heldSwitch();
    const { el } = await mount<PhAccountSwitcher>(widget(), { adapter });
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'Search the portal');
    document.body.append(input);
    try {
      toggle(el)!.click();
      await el.updateComplete;
      accountButton(el, 'acme-cp')!.click();
      await el.updateComplete;
      input.focus();
      const switched = oneEvent(el, 'ph-account-switch');
      answer();
      await switched;
      await settled(el);
      expect(
        document.activeElement === input,
        'focus stays in the field the person chose',
      ).to.equal(true);
    } finally {
      input.remove();
    }
  });

  it('moved in the page during a switch, switches once: the elements re-read once', async () => {
    const { adapter, answer } = heldSwitch();
    const { el, provider } = await mount<PhAccountSwitcher>(widget(), { adapter });
    const scopes: Array<string | undefined> = [];
    provider.client!.addEventListener('scope-change', (e) => scopes.push(e.detail.partnerId));
    toggle(el)!.click();
    await el.updateComplete;
    const switched = oneEvent(el, 'ph-account-switch');
    accountButton(el, 'acme-cp')!.click();
    await el.updateComplete;
    provider.append(el); // the host moves it (its run is asked again, with its key)
    answer();
    await switched;
    await settled(el);
    expect(scopes).to.deep.equal(['acme-cp']);
  });

  it('names the open account by the session, also when the list does not mark it', async () => {
    const base = createMemoryAdapter();
    const adapter = override(base, {
      listPartnerAccounts: async (options?: { signal?: AbortSignal }) =>
        (await base.listPartnerAccounts!(options)).map((a) => ({ ...a, current: false })).reverse(),
    });
    const { el } = await mount<PhAccountSwitcher>(widget(), { adapter });
    const open = (await base.getSession()).partner.name;
    expect(toggle(el)!.textContent).to.contain(open);
    toggle(el)!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[aria-current="true"]')?.textContent).to.contain(open);
  });

  it('lets go of a switch in flight when its provider is given another adapter', async () => {
    const { base, adapter, answer, answered } = heldSwitch();
    const { el, provider } = await mount(widget(), { adapter });
    const switches: Event[] = [];
    el.addEventListener('ph-account-switch', (event) => switches.push(event));
    toggle(el)!.click();
    accountButton(el, 'acme-cp')!.click();
    provider.adapter = createMemoryAdapter();
    await provider.updateComplete;
    answer();
    await answered;
    await settled(el);
    // The old hub's answer is neither announced nor told to the host.
    expect(switches).to.have.length(0);
    expect(deepText(el)).to.not.contain('Now showing');
    expect(toggle(el)!.textContent).to.contain((await base.getSession()).partner.name);
  });

  it('carries nothing typed for the old account into the new one', async () => {
    const adapter = createMemoryAdapter({ whatsAppAccounts: 0 });
    const { el } = await mount<HTMLElement>(
      html`<div>
        <ph-account-switcher></ph-account-switcher>
        <ph-invoicing-details></ph-invoicing-details>
        <ph-partner-profile></ph-partner-profile>
        <ph-integration-settings></ph-integration-settings>
      </div>`,
      { adapter },
    );
    const fields = {
      billingEmail: () => deepQuery<PhTextField>(el, 'ph-text-field[name="billingEmail"]'),
      brandName: () => deepQuery<PhTextField>(el, 'ph-text-field[name="brandName"]'),
      webhookUrl: () => deepQuery<PhTextField>(el, 'ph-text-field[name="webhookUrl"]'),
    };
    await until(() => Object.values(fields).every((f) => !!f()), 'the three forms');
    const typed = {
      billingEmail: 'typed@old-account.example',
      brandName: 'Typed for the old account',
      webhookUrl: 'https://old-account.example/typed',
    };
    for (const [name, field] of Object.entries(fields)) {
      const input = field()!.shadowRoot!.querySelector('input')!;
      input.focus();
      input.select();
      await sendKeys({ type: typed[name as keyof typeof typed] });
    }
    expect(fields.billingEmail()!.value).to.equal(typed.billingEmail);
    expect(fields.webhookUrl()!.value).to.equal(typed.webhookUrl);
    const switcher = el.querySelector<PhAccountSwitcher>('ph-account-switcher')!;
    toggle(switcher)!.click();
    await until(() => !!accountButton(switcher, 'acme-cp'), 'the other account');
    accountButton(switcher, 'acme-cp')!.click();
    await until(() => deepText(el).includes('Acme Client-Paid Ltd'), 'the new account', 3000);
    await settled(el);
    const [details, profile, settings] = await Promise.all([
      adapter.getInvoicingDetails(),
      adapter.getProfile(),
      adapter.getIntegrationSettings(),
    ]);
    await until(() => Object.values(fields).every((f) => !!f()), 'the new account’s forms');
    expect(fields.billingEmail()!.value).to.equal(details.values.billingEmail);
    expect(fields.brandName()!.value).to.equal(profile.brandName);
    expect(fields.webhookUrl()!.value).to.equal(settings.webhookUrl ?? '');
  });

  it('after switching, no element under the provider shows the old account’s data for a frame', async () => {
    const adapter = createMemoryAdapter({ latency: 30, whatsAppAccounts: 120 });
    const page = await adapter.listWhatsAppAccounts({ limit: 3 });
    const { el } = await mount<HTMLElement>(
      html`<div>
        <ph-account-switcher></ph-account-switcher>
        <ph-user-manager></ph-user-manager>
        <ph-invoicing-details></ph-invoicing-details>
        <ph-whatsapp-accounts></ph-whatsapp-accounts>
      </div>`,
      { adapter },
    );
    const old = ['Priya Raman', 'Friedrichstraße 68', ...page.items.map((a) => a.name)];
    await until(() => old.every((m) => deepText(el).includes(m)), 'the old account on screen');
    const switcher = el.querySelector<PhAccountSwitcher>('ph-account-switcher')!;
    toggle(switcher)!.click();
    await until(() => !!accountButton(switcher, 'acme-cp'), 'the other account');
    const seen: string[] = [];
    let frames = 0;
    let watching = false;
    const tick = () => {
      if (!watching) return;
      frames += 1;
      const now = deepText(el);
      for (const m of old) if (now.includes(m)) seen.push(`frame ${frames}: ${m}`);
      requestAnimationFrame(tick);
    };
    switcher.addEventListener(
      'ph-account-switch',
      () => {
        // In the same task as the switch: the old account is gone from every element.
        const now = deepText(el);
        for (const m of old) if (now.includes(m)) seen.push(`at the switch: ${m}`);
        watching = true;
        requestAnimationFrame(tick);
      },
      { once: true },
    );
    accountButton(switcher, 'acme-cp')!.click();
    await until(() => watching, 'the switch');
    await Promise.all([...el.children].map((c) => (c as PhElement).updateComplete));
    await settled(el);
    await until(() => deepText(el).includes('Tom Baker'), 'the new account’s users', 3000);
    watching = false;
    expect(frames).to.be.greaterThan(0);
    expect(seen).to.deep.equal([]);
  });

  atPhoneWidth(() => {
    it('cuts nothing off, open or closed', async () => {
      const { el } = await mount(widget());
      toggle(el)!.click();
      await until(() => !list(el).hidden, 'the list');
      const over = Array.from(root(el).querySelectorAll<HTMLElement>('*')).filter(
        (e) => e.getBoundingClientRect().right > 390.5,
      );
      expect(over.map((e) => e.className)).to.deep.equal([]);
    });

    for (const side of ['start', 'end'] as const) {
      it(`opens inside the window when the switcher sits at the ${side} of a header`, async () => {
        const { el } = await mount<HTMLElement>(
          html`<header
            style="display:flex; justify-content:${side === 'start' ? 'flex-start' : 'flex-end'}"
          >
            <ph-account-switcher></ph-account-switcher>
          </header>`,
        );
        const switcher = el.querySelector('ph-account-switcher')!;
        toggle(switcher)!.click();
        await until(() => !list(switcher).hidden, 'the list');
        const box = list(switcher).getBoundingClientRect();
        expect(box.left).to.be.at.least(0);
        expect(box.right).to.be.at.most(390);
        // Under the button, where the eye looks for it.
        expect(box.top).to.be.at.least(toggle(switcher)!.getBoundingClientRect().bottom);
      });
    }
  });
});
