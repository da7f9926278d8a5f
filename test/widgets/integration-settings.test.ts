import { expect, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import type { MutationOptions } from '../../src/adapter/contract.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import '../../src/widgets/integration-settings/define.js';
import { PhIntegrationSettings } from '../../src/widgets/integration-settings/integration-settings.js';
import type { PhSelect } from '../../src/widgets/select/select.js';
import type { PhTextField } from '../../src/widgets/text-field/text-field.js';
import {
  checkNaughtyStrings,
  deepQuery,
  deepText,
  expectAccessible,
  itRendersSharedStates,
  mount,
  override,
  deepActiveElement,
  settled,
  until,
} from '../support/conformance.js';
import { atPhoneWidth, itFitsTheCardInEachLanguage } from '../support/phone.js';

const widget = () => html`<ph-integration-settings></ph-integration-settings>`;
const root = (el: Element) => el.shadowRoot!;
const field = (el: Element, name: string) =>
  root(el).querySelector<PhTextField>(`ph-text-field[name="${name}"]`)!;
const inner = (input: PhTextField) => input.shadowRoot!.querySelector('input')!;
const form = (el: Element, section: string) =>
  root(el).querySelector<HTMLFormElement>(`form[data-section="${section}"]`)!;
const saveButton = (el: Element, section: string) =>
  form(el, section).querySelector<HTMLButtonElement>('button[type="submit"]')!;
const announced = (el: Element) => root(el).querySelector('[data-announcer]')!.textContent ?? '';
const updates = (adapter: MemoryAdapter) =>
  adapter.calls.filter((c) => c.method === 'updateIntegrationSettings');

async function typeInto(input: PhTextField, value: string): Promise<void> {
  inner(input).focus();
  inner(input).select();
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
  await input.updateComplete;
}

async function save(el: PhIntegrationSettings, section: string): Promise<void> {
  saveButton(el, section).click();
  await settled(el);
}

describe('<ph-integration-settings>', () => {
  describe('accessibility in every state', () => {
    it('is axe-clean ready: the Partner ID and one form per setting', async () => {
      const { el } = await mount<PhIntegrationSettings>(widget());
      expect(root(el).querySelector('[part="partner-id"]')!.textContent).to.equal('pA7kQ9mX2PA');
      for (const s of ['solution', 'webhook', 'redirect', 'region']) expect(form(el, s)).to.exist;
      expect(inner(field(el, 'solutionId')).value).to.equal('482019376541123');
      expect(root(el).querySelector<PhSelect>('ph-select[name="dataRegion"]')!.value).to.equal(
        'eu',
      );
      await expectAccessible(el);
    });

    it('is axe-clean empty: a new partner is told what to set up, with the forms', async () => {
      const { el } = await mount<PhIntegrationSettings>(widget(), { scenario: 'empty' });
      expect(deepQuery(el, '[data-state="empty"]')!.textContent).to.contain(
        'Nothing is set up yet',
      );
      expect(inner(field(el, 'webhookUrl')).value).to.equal('');
      await expectAccessible(el);
    });

    it('is axe-clean for a member: read-only values, no form, no save button', async () => {
      const { el } = await mount<PhIntegrationSettings>(widget(), { role: 'member' });
      expect(root(el).querySelector('form')).to.not.exist;
      expect(deepText(el)).to.contain('Only owners of this partner account can change');
      expect(deepText(el)).to.contain('https://hooks.acme-messaging.example/partner-hub/events');
      expect(root(el).querySelector('[part="partner-id"]')).to.exist;
      await expectAccessible(el);
    });

    it('lines up a member’s read-only values in one column, as a table of terms reads', async () => {
      const { el } = await mount<PhIntegrationSettings>(widget(), { role: 'member' });
      const starts = Array.from(root(el).querySelectorAll('.readonly dd')).map((dd) =>
        Math.round(dd.getBoundingClientRect().left),
      );
      expect(starts.length).to.be.greaterThan(2);
      expect(new Set(starts).size).to.equal(1);
    });

    it('is axe-clean forbidden when the hub refuses the read', async () => {
      const adapter = createMemoryAdapter();
      adapter.failNext('getIntegrationSettings', new AdapterError('forbidden', 'No.'));
      const { el } = await mount<PhIntegrationSettings>(widget(), { adapter });
      expect(deepQuery(el, '[data-state="forbidden"]')).to.exist;
      await expectAccessible(el);
    });

    it('is axe-clean unavailable when the adapter has no integration settings', async () => {
      const adapter = createMemoryAdapter({ capabilities: { getIntegrationSettings: false } });
      const { el } = await mount<PhIntegrationSettings>(widget(), { adapter });
      expect(deepQuery(el, '[data-state="unavailable"]')!.textContent).to.contain(
        'does not offer integration settings',
      );
      await expectAccessible(el);
    });

    itRendersSharedStates(widget, { read: 'getIntegrationSettings' });
  });

  describe('checks before anything is sent', () => {
    it('refuses a 13-digit Solution ID with why, and sends nothing', async () => {
      const { el, adapter } = await mount<PhIntegrationSettings>(widget());
      adapter.clearCalls();
      await typeInto(field(el, 'solutionId'), '1234567890123');
      await save(el, 'solution');
      const summary = form(el, 'solution').querySelector('[part="error-summary"]')!;
      expect(summary.textContent).to.contain('A Solution ID has 14 to 18 digits.');
      expect(summary.contains(root(el).activeElement) || root(el).activeElement === summary).to.be
        .true;
      expect(updates(adapter)).to.have.length(0);
      expect(inner(field(el, 'solutionId')).value).to.equal('1234567890123');
    });

    it('refuses an http:// webhook URL with why, and sends nothing', async () => {
      const { el, adapter } = await mount<PhIntegrationSettings>(widget());
      adapter.clearCalls();
      await typeInto(field(el, 'webhookUrl'), 'http://hooks.example.com/events');
      await save(el, 'webhook');
      expect(form(el, 'webhook').querySelector('[part="error-summary"]')!.textContent).to.contain(
        'Use an address that starts with https://.',
      );
      expect(field(el, 'webhookUrl').validity.valid).to.be.false;
      expect(updates(adapter)).to.have.length(0);
    });

    it('refuses the same http:// URL at the memory hub too (the domain rule)', async () => {
      const adapter = createMemoryAdapter();
      const error = await adapter
        .updateIntegrationSettings(
          { webhookUrl: 'http://hooks.example.com/events' },
          { idempotencyKey: 'k1' },
        )
        .catch((e: AdapterError) => e);
      expect((error as AdapterError).fieldErrors['webhookUrl']).to.match(/https/);
    });
  });

  describe('saving, section by section', () => {
    it('saves the Solution ID by keyboard (Enter), announces it and fires the event', async () => {
      const { el, adapter } = await mount<PhIntegrationSettings>(widget());
      adapter.clearCalls();
      const changed = oneEvent(el, 'ph-integration-settings-change');
      await typeInto(field(el, 'solutionId'), '12345678901234');
      await sendKeys({ press: 'Enter' });
      const event = await changed;
      expect(event.detail.section).to.equal('solution');
      expect(event.detail.settings.solutionId).to.equal('12345678901234');
      await settled(el);
      expect(updates(adapter).map((c) => c.args[0])).to.deep.equal([
        { solutionId: '12345678901234' },
      ]);
      expect(announced(el)).to.equal('Solution ID saved.');
    });

    it('keeps what is typed in one section while another saves', async () => {
      const { el, adapter } = await mount<PhIntegrationSettings>(widget());
      await typeInto(field(el, 'redirectUrl'), 'https://portal.example.com/next');
      await typeInto(field(el, 'webhookUrl'), 'https://hooks.example.com/v2');
      await save(el, 'webhook');
      await until(() => !!adapter.calls.find((c) => c.method === 'getIntegrationSettings'));
      await settled(el);
      expect(inner(field(el, 'redirectUrl')).value).to.equal('https://portal.example.com/next');
      expect(inner(field(el, 'webhookUrl')).value).to.equal('https://hooks.example.com/v2');
      expect(updates(adapter).map((c) => c.args[0])).to.deep.equal([
        { webhookUrl: 'https://hooks.example.com/v2' },
      ]);
    });

    it('puts a field error from the hub on its field, keeping the text typed', async () => {
      const { el, adapter } = await mount<PhIntegrationSettings>(widget());
      adapter.failNext(
        'updateIntegrationSettings',
        new AdapterError('validation', 'Refused.', {
          fieldErrors: { redirectUrl: 'This host is on the hub’s block list.' },
        }),
      );
      await typeInto(field(el, 'redirectUrl'), 'https://blocked.example.com/');
      await save(el, 'redirect');
      const redirect = field(el, 'redirectUrl');
      expect(redirect.shadowRoot!.textContent).to.contain('This host is on the hub’s block list.');
      expect(inner(redirect).value).to.equal('https://blocked.example.com/');
      expect(form(el, 'redirect').querySelector('[part="error-summary"]')!.textContent).to.contain(
        'This setting was not saved.',
      );
      // The other sections show no summary.
      expect(form(el, 'webhook').querySelector('[part="error-summary"]')).to.not.exist;
    });

    it('says why a save failed for want of a connection, and keeps the text', async () => {
      const { el, adapter } = await mount<PhIntegrationSettings>(widget());
      adapter.failNext('updateIntegrationSettings', new AdapterError('rate_limited', 'Slow down.'));
      await typeInto(field(el, 'solutionId'), '99999999999999');
      await save(el, 'solution');
      expect(form(el, 'solution').textContent).to.contain('Too many requests right now');
      expect(inner(field(el, 'solutionId')).value).to.equal('99999999999999');
    });

    it('saves the data region from the regions the hub offers', async () => {
      const { el, adapter } = await mount<PhIntegrationSettings>(widget());
      const select = root(el).querySelector<PhSelect>('ph-select[name="dataRegion"]')!;
      const native = select.shadowRoot!.querySelector('select')!;
      const labels = [...native.options].map((o) => o.textContent?.trim());
      expect(labels).to.include('Brazil (São Paulo)');
      native.focus();
      native.value = 'br';
      native.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      native.dispatchEvent(new Event('change', { bubbles: true }));
      await select.updateComplete;
      await save(el, 'region');
      expect((await adapter.getIntegrationSettings()).dataRegion).to.equal('br');
      expect(announced(el)).to.equal('Data storage region saved.');
    });

    it('a forbidden save makes the settings read-only with the reason', async () => {
      const { el, adapter } = await mount<PhIntegrationSettings>(widget());
      adapter.failNext('updateIntegrationSettings', new AdapterError('forbidden', 'Owners only.'));
      await typeInto(field(el, 'solutionId'), '12345678901234');
      await save(el, 'solution');
      expect(root(el).querySelector('form')).to.not.exist;
      expect(deepText(el)).to.contain('did not allow this change for your role');
    });
  });

  describe('Partner ID and the webhook test', () => {
    it('copies the Partner ID and announces it', async () => {
      const { el } = await mount<PhIntegrationSettings>(widget());
      let copied = '';
      const original = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = async (text: string) => void (copied = text);
      try {
        const button = [...root(el).querySelectorAll('button')].find((b) =>
          /Copy Partner ID/.test(b.textContent ?? ''),
        )!;
        button.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => announced(el) !== '');
        expect(copied).to.equal('pA7kQ9mX2PA');
        expect(announced(el)).to.equal('Partner ID pA7kQ9mX2PA copied.');
      } finally {
        navigator.clipboard.writeText = original;
      }
    });

    it('shows the Partner ID in a code font, and its Copy button like every other button', async () => {
      const { el } = await mount<PhIntegrationSettings>(widget());
      const font = (e: Element) => getComputedStyle(e).fontFamily;
      const copy = [...root(el).querySelectorAll('button')].find((b) =>
        /Copy Partner ID/.test(b.textContent ?? ''),
      )!;
      const save = [...root(el).querySelectorAll('button')].find((b) =>
        /Save Solution ID/.test(b.textContent ?? ''),
      )!;
      expect(font(root(el).querySelector('[part="partner-id"]')!)).to.contain('monospace');
      expect(font(copy)).to.equal(font(save));
    });

    it('sends a test event and shows status code, time and the first line of the answer', async () => {
      const { el } = await mount<PhIntegrationSettings>(widget());
      const button = [...form(el, 'webhook').querySelectorAll('button')].find((b) =>
        /Send test event/.test(b.textContent ?? ''),
      )!;
      const tested = oneEvent(el, 'ph-webhook-test');
      button.click();
      expect((await tested).detail.status).to.equal(200);
      await settled(el);
      const result = root(el).querySelector('[part="webhook-result"]')!;
      expect(result.textContent).to.contain('Status code');
      expect(result.textContent).to.contain('200');
      expect(result.textContent).to.match(/\d+\s?ms/);
      expect(result.textContent).to.contain('{"received":true}');
      await expectAccessible(el);
    });

    it('drops the result of a test of the old address once a new webhook URL is saved', async () => {
      const { el } = await mount<PhIntegrationSettings>(widget());
      const testButton = () =>
        [...form(el, 'webhook').querySelectorAll('button')].find((b) =>
          /Send test event/.test(b.textContent ?? ''),
        )!;
      testButton().click();
      await until(() => !!root(el).querySelector('[part="webhook-result"]'), 'the result');
      await typeInto(field(el, 'webhookUrl'), 'https://hooks.example.org/new');
      await save(el, 'webhook');
      await until(() => announced(el).length > 0, 'the save');
      expect(root(el).querySelector('[part="webhook-result"]') === null).to.equal(true);
      expect(!!testButton(), 'the new address can be tested').to.equal(true);
    });

    it('keeps focus on "Send test event" while the event is on its way; a press meanwhile sends no second', async () => {
      const base = createMemoryAdapter();
      let release = () => {};
      let calls = 0;
      const adapter = override(base, {
        sendTestWebhook: async (options: MutationOptions) => {
          calls += 1;
          await new Promise<void>((r) => (release = r));
          return base.sendTestWebhook!(options);
        },
      });
      const { el } = await mount<PhIntegrationSettings>(widget(), { adapter });
      const button = () =>
        [...form(el, 'webhook').querySelectorAll('button')].find((b) =>
          /Send test event/.test(b.textContent ?? ''),
        )!;
      button().focus();
      await sendKeys({ press: 'Enter' });
      await until(() => calls === 1, 'the test event sent');
      await el.updateComplete;
      expect(button().getAttribute('aria-disabled')).to.equal('true');
      expect(deepActiveElement() === button(), 'focus on the button while sending').to.equal(true);
      await sendKeys({ press: 'Enter' });
      release();
      await until(() => !!root(el).querySelector('[part="webhook-result"]'), 'the result');
      expect(calls).to.equal(1);
      expect(deepActiveElement() === button(), 'focus on the button after').to.equal(true);
    });

    it('shows why a test event was not delivered', async () => {
      const base = createMemoryAdapter();
      const adapter = override(base, {
        sendTestWebhook: async () => ({
          delivered: false,
          message: 'Could not reach hooks.example.test.',
        }),
      });
      const { el } = await mount<PhIntegrationSettings>(widget(), { adapter });
      [...form(el, 'webhook').querySelectorAll('button')]
        .find((b) => /Send test event/.test(b.textContent ?? ''))!
        .click();
      await until(() => !!root(el).querySelector('[part="webhook-result"][data-delivered]'));
      expect(root(el).querySelector('[part="webhook-result"]')!.textContent).to.contain(
        'The test event was not delivered: Could not reach hooks.example.test.',
      );
    });

    it('offers no test event where the adapter has none', async () => {
      const adapter = createMemoryAdapter({ capabilities: { sendTestWebhook: false } });
      const { el } = await mount<PhIntegrationSettings>(widget(), { adapter });
      expect(form(el, 'webhook').textContent).to.not.contain('Send test event');
    });
  });

  describe('API keys', () => {
    const keysSection = (el: Element) =>
      root(el).querySelector<HTMLElement>('section[aria-labelledby="api-keys-title"]');
    const nameField = (el: Element) => field(el, 'apiKeyName');

    async function createKey(el: PhIntegrationSettings, name: string): Promise<string> {
      await until(() => !!keysSection(el));
      await typeInto(nameField(el), name);
      await sendKeys({ press: 'Enter' });
      await until(() => !!root(el).querySelector('ph-dialog#secret-dialog[open]'));
      return root(el).querySelector('[data-secret]')!.textContent!.trim();
    }

    atPhoneWidth(() => {
      it('keeps each key’s prefix on one line (a code, not words), the table scrolling instead', async () => {
        // A longer prefix than the seed's, in a host page's column at 390 px (the demo's).
        const base = createMemoryAdapter();
        const adapter = override(base, {
          listApiKeys: async (...args: unknown[]) =>
            (await base.listApiKeys!(...(args as []))).map((k) => ({
              ...k,
              prefix: 'phk_live_7Hq2xY',
            })),
        });
        const { el: column } = await mount<HTMLElement>(
          html`<div style="width: 320px"><ph-integration-settings></ph-integration-settings></div>`,
          { adapter },
        );
        const el = column.querySelector<PhIntegrationSettings>('ph-integration-settings')!;
        await until(() => !!keysSection(el)?.querySelector('td code'), 'the keys');
        for (const code of keysSection(el)!.querySelectorAll('td code')) {
          // One line: every piece of it (the prefix, the ellipsis) on the same line.
          const lines = new Set(Array.from(code.getClientRects(), (r) => Math.round(r.top)));
          expect(lines.size, code.textContent!).to.equal(1);
        }
      });
    });

    it('says "copied" where a screen reader hears it while the modal secret dialog is open', async () => {
      const { el } = await mount<PhIntegrationSettings>(widget());
      await createKey(el, 'Announced');
      const original = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = async () => {};
      try {
        root(el)
          .querySelector<HTMLButtonElement>('ph-dialog#secret-dialog button:not([slot])')!
          .click();
        await until(() => deepText(el).includes('The API key was copied.'), 'the announcement');
      } finally {
        navigator.clipboard.writeText = original;
      }
      // The page behind a modal dialog is inert: only what the accessibility tree still holds
      // is read out.
      type Node = { name: string; children: Node[] };
      // Typed as void in the package: it resolves to the tree.
      const snapshot = (await a11ySnapshot({})) as unknown as Node;
      const heard = findAccessibilityNode<Node>(snapshot, (node) =>
        node.name.includes('The API key was copied.'),
      );
      expect(heard, 'the announcement in the accessibility tree').to.exist;
    });

    it('says so when the API keys’ code cannot be loaded, and offers to reload the page', async () => {
      // The browser keeps a module that failed to load: importing it again fails without asking
      // the server (the hub's tabs test this in Chromium), so only a new page loads it.
      const { loadApiKeys, reloadPage } = PhIntegrationSettings;
      let reloads = 0;
      PhIntegrationSettings.loadApiKeys = () => Promise.reject(new Error('The chunk is gone.'));
      PhIntegrationSettings.reloadPage = () => void reloads++;
      try {
        const { el } = await mount<PhIntegrationSettings>(widget());
        await until(() => deepText(el).includes('Couldn’t load the API keys.'), 'the failure');
        expect(deepText(el)).to.contain('Reloading the page loads them again.');
        expect(root(el).querySelector('[aria-busy="true"]') === null, 'not loading').to.equal(true);
        expect(deepText(el)).to.not.contain('Try again');
        await expectAccessible(el);
        const reload = root(el).querySelector<HTMLButtonElement>('[data-api-keys-failed] button')!;
        expect(reload.textContent!.trim()).to.equal('Reload the page');
        reload.click();
        expect(reloads).to.equal(1);
      } finally {
        Object.assign(PhIntegrationSettings, { loadApiKeys, reloadPage });
      }
    });

    it('lists name, prefix, created and last used; axe-clean', async () => {
      const { el } = await mount<PhIntegrationSettings>(widget());
      await until(() => !!keysSection(el)?.querySelector('tbody tr'));
      const row = keysSection(el)!.querySelector('tbody tr')!;
      expect(row.textContent).to.contain('Production backend');
      expect(row.textContent).to.contain('phk_7Hq2…');
      expect(row.querySelectorAll('td')[2]!.textContent).to.not.contain('Never');
      await expectAccessible(el);
    });

    it('is not shown to members, nor where the adapter has no API keys', async () => {
      const member = await mount<PhIntegrationSettings>(widget(), { role: 'member' });
      expect(keysSection(member.el)).to.not.exist;
      expect(member.adapter.calls.some((c) => c.method === 'listApiKeys')).to.be.false;
      const adapter = createMemoryAdapter({ capabilities: { listApiKeys: false } });
      const { el } = await mount<PhIntegrationSettings>(widget(), { adapter });
      expect(keysSection(el)).to.not.exist;
    });

    it('shows a new secret once; after the dialog closes it is gone from the DOM and no event held it', async () => {
      const { el } = await mount<PhIntegrationSettings>(widget());
      const details: string[] = [];
      el.addEventListener('ph-api-key-change', (e) => details.push(JSON.stringify(e.detail)));
      const secret = await createKey(el, 'CI pipeline');
      expect(secret).to.match(/^phk_[A-Za-z0-9]{40}$/);
      await expectAccessible(el);
      root(el)
        .querySelector<HTMLButtonElement>('ph-dialog#secret-dialog [data-dialog-close="done"]')!
        .click();
      await until(() => !root(el).querySelector('ph-dialog#secret-dialog'));
      await el.updateComplete;
      expect(deepText(document.body)).to.not.contain(secret);
      expect(root(el).innerHTML).to.not.contain(secret.slice(8));
      expect(document.body.innerHTML).to.not.contain(secret.slice(8));
      expect(details).to.have.length(1);
      expect(details[0]).to.not.contain(secret.slice(8));
      expect(keysSection(el)!.textContent).to.contain('CI pipeline');
      expect(keysSection(el)!.textContent).to.contain(secret.slice(0, 8));
    });

    it('after the secret dialog closes: focus on the API keys, the name field empty and quiet', async () => {
      const { el } = await mount<PhIntegrationSettings>(widget());
      await createKey(el, 'CI pipeline');
      await sendKeys({ press: 'Escape' });
      await until(() => !root(el).querySelector('ph-dialog#secret-dialog'));
      await settled(el);
      expect(deepActiveElement()?.id, 'focus kept on the page, not dropped').to.equal(
        'api-keys-title',
      );
      expect(nameField(el).value).to.equal('');
      // A new key starts afresh: no "Fill in this field." for the field just emptied.
      expect(
        nameField(el).shadowRoot!.querySelector('[part="error"]')?.textContent?.trim() ?? '',
      ).to.equal('');
    });

    it('closes the secret dialog with Escape (the keyboard path), and the secret goes', async () => {
      const { el } = await mount<PhIntegrationSettings>(widget());
      const secret = await createKey(el, 'Reporting');
      await sendKeys({ press: 'Escape' });
      await until(() => !root(el).querySelector('[data-secret]'));
      expect(deepText(el)).to.not.contain(secret);
    });

    it('refuses a nameless key before sending; the hub’s refusal lands on the name', async () => {
      const { el, adapter } = await mount<PhIntegrationSettings>(widget());
      await until(() => !!keysSection(el));
      adapter.clearCalls();
      root(el)
        .querySelector<HTMLButtonElement>('form[data-section="api-keys"] button[type="submit"]')!
        .click();
      await settled(el);
      expect(adapter.calls.some((c) => c.method === 'createApiKey')).to.be.false;
      await typeInto(nameField(el), 'production BACKEND');
      await sendKeys({ press: 'Enter' });
      await until(() => nameField(el).shadowRoot!.textContent!.includes('already has this name'));
      expect(inner(nameField(el)).value).to.equal('production BACKEND');
    });

    it('revokes a key after a confirmation; cancelling keeps it', async () => {
      const { el, adapter } = await mount<PhIntegrationSettings>(widget());
      await until(() => !!keysSection(el)?.querySelector('tbody tr'));
      const revokeButton = () =>
        [...keysSection(el)!.querySelectorAll('button')].find((b) =>
          /Revoke Production backend/.test(b.textContent ?? ''),
        );
      revokeButton()!.click();
      await until(() => !!root(el).querySelector('ph-dialog#revoke-dialog[open]'));
      expect(root(el).querySelector('ph-dialog#revoke-dialog')!.getAttribute('label')).to.equal(
        'Revoke the API key Production backend?',
      );
      await sendKeys({ press: 'Escape' });
      await until(() => !root(el).querySelector('ph-dialog#revoke-dialog'));
      expect(adapter.calls.some((c) => c.method === 'revokeApiKey')).to.be.false;
      revokeButton()!.click();
      await until(() => !!root(el).querySelector('ph-dialog#revoke-dialog[open]'));
      root(el)
        .querySelector<HTMLButtonElement>('ph-dialog#revoke-dialog [data-dialog-close="revoke"]')!
        .click();
      await until(() => !revokeButton());
      await until(() => announced(el) === 'The API key Production backend was revoked.');
      // The Revoke button focus went back to is gone with its row: focus is on the section.
      await until(
        () => root(el).activeElement === root(el).querySelector('#api-keys-title'),
        'focus on the API keys heading, not on the page',
      );
      expect(await adapter.listApiKeys!()).to.deep.equal([]);
      expect(keysSection(el)!.textContent).to.contain('No API keys yet.');
    });

    it('keeps focus on Revoke when the hub refuses, and says why', async () => {
      const base = createMemoryAdapter();
      const adapter = override(base, {
        // The hub takes its time, then refuses.
        revokeApiKey: () =>
          new Promise((_, reject) =>
            setTimeout(() => reject(new AdapterError('unavailable', 'Try again shortly.')), 300),
          ),
      });
      const { el } = await mount<PhIntegrationSettings>(widget(), { adapter });
      await until(() => !!keysSection(el)?.querySelector('tbody tr'));
      const revokeButton = () =>
        [...keysSection(el)!.querySelectorAll('button')].find((b) =>
          /Revoke Production backend/.test(b.textContent ?? ''),
        )!;
      revokeButton().focus();
      await sendKeys({ press: 'Enter' });
      await until(() => !!root(el).querySelector('ph-dialog#revoke-dialog[open]'));
      root(el)
        .querySelector<HTMLButtonElement>('ph-dialog#revoke-dialog [data-dialog-close="revoke"]')!
        .click();
      await until(() => keysSection(el)!.textContent!.includes('The key was not revoked.'));
      await settled(el);
      // Focus went back to the Revoke button it came from, and stays there.
      expect(deepActiveElement() === revokeButton(), 'focus on Revoke').to.equal(true);
      expect(await base.listApiKeys!()).to.have.length(1);
    });
  });

  atPhoneWidth(() => itFitsTheCardInEachLanguage(widget));

  it('shows adapter text as text (naughty strings)', async () => {
    const result = await checkNaughtyStrings({
      render: widget,
      fail: { getIntegrationSettings: (text) => new AdapterError('validation', text()) },
    });
    expect(result.methods).to.include('getIntegrationSettings');
  });
});
