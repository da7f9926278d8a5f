import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import { PhProvider } from '../../src/base/provider.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { PhElement } from '../../src/base/element.js';
import { MutationController } from '../../src/base/mutation-controller.js';
import '../../src/widgets/balance-card/define.js';
import type { ReadOptions } from '../../src/adapter/contract.js';
import { deepQuery, deepText, mount, override, settled, until } from '../support/conformance.js';

/** The memory adapter, with the locale each balances read was given. */
function recordingLocales() {
  const base = createMemoryAdapter();
  const locales: (string | undefined)[] = [];
  const adapter = override(base, {
    getBalances: (options?: ReadOptions) => {
      locales.push(options?.locale);
      return base.getBalances(options);
    },
  });
  return { adapter, locales };
}

/** The memory adapter, counting the live subscriptions it holds (`open()`). */
function countingStreams() {
  const hub = createMemoryAdapter();
  let open = 0;
  const adapter = new Proxy(hub, {
    get(target, name) {
      if (name === 'subscribe') {
        return (listener: Parameters<NonNullable<typeof hub.subscribe>>[0]) => {
          open++;
          const stop = target.subscribe!(listener);
          return () => {
            open--;
            stop();
          };
        };
      }
      const value = Reflect.get(target, name) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { hub, adapter, open: () => open };
}

/** An element with a payment whose answer is always lost (its outcome unknown). */
class LostPayment extends PhElement {
  readonly pay = new MutationController<number, unknown>(this, {
    task: () => Promise.reject(new AdapterError('timeout', 'The answer was lost.')),
  });
  override render() {
    return html`${this.pay.status}`;
  }
}
customElements.define('test-lost-payment', LostPayment);

describe('<ph-provider>', () => {
  it('reaches widgets that upgraded before the provider did', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <ph-late-provider><ph-balance-card></ph-balance-card></ph-late-provider>
      </div>`,
    );
    const card = wrapper.querySelector('ph-balance-card')!;
    await card.updateComplete;
    expect(deepText(card)).to.contain('Place this element inside a <ph-provider>');

    customElements.define('ph-late-provider', class extends PhProvider {});
    const provider = wrapper.querySelector('ph-late-provider') as PhProvider;
    provider.adapter = createMemoryAdapter();
    await until(() => deepQuery(card, '[part="amount"]') !== null, 'the balance');
  });

  it('localises every widget below it, and switches locale live', async () => {
    const { el, provider } = await mount(html`<ph-balance-card></ph-balance-card>`, {
      locale: 'de',
    });
    await until(() => deepQuery(el, 'h2')!.textContent === 'Guthaben', 'German title');
    // What the balance means, in a German sentence.
    expect(deepText(el)).to.contain('Nachrichten und Anrufe laufen normal weiter.');
    // Money and dates follow the locale too: German uses a decimal comma.
    expect(deepQuery(el, '[part="amount"]')!.textContent).to.match(/^[\d.]+,\d{2}\s€$/);

    provider.locale = 'es';
    await until(() => deepQuery(el, 'h2')!.textContent === 'Saldo de crédito', 'Spanish title');
    provider.locale = 'pt-BR';
    await until(() => deepQuery(el, 'h2')!.textContent === 'Saldo de créditos', 'Portuguese');
    provider.locale = 'en';
    await until(() => deepQuery(el, 'h2')!.textContent === 'Credit balance', 'English title');
  });

  it('marks what it shows with its language (lang), for screen readers on a page in another', async () => {
    const { provider } = await mount(html`<ph-balance-card></ph-balance-card>`, { locale: 'de' });
    await provider.updateComplete;
    expect(provider.getAttribute('lang')).to.equal('de');
    provider.locale = 'pt-BR';
    await provider.updateComplete;
    expect(provider.getAttribute('lang')).to.equal('pt-BR');
    provider.locale = undefined;
    await provider.updateComplete;
    expect(provider.hasAttribute('lang'), 'no language of its own: the page’s').to.equal(false);
    // A language the host gave the provider itself is left alone.
    provider.setAttribute('lang', 'es');
    provider.locale = 'de';
    await provider.updateComplete;
    provider.locale = undefined;
    await provider.updateComplete;
    expect(provider.getAttribute('lang')).to.equal('es');
  });

  it('tells the adapter its locale, and reads again in a new one', async () => {
    const { adapter, locales } = recordingLocales();
    const { el, provider } = await mount(html`<ph-balance-card></ph-balance-card>`, {
      adapter,
      locale: 'de',
    });
    await until(() => locales.length > 0, 'the first read');
    expect(locales).to.deep.equal(['de']);
    provider.locale = 'es';
    await until(() => locales.includes('es'), 'a read in Spanish');
    await until(() => deepQuery(el, 'h2')!.textContent === 'Saldo de crédito', 'Spanish title');
  });

  it('without a locale of its own, tells the adapter the language its elements speak: the page’s', async () => {
    const { adapter, locales } = recordingLocales();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="pt-BR">
        <ph-provider .adapter=${adapter}><ph-balance-card></ph-balance-card></ph-provider>
      </div>`,
    );
    const card = wrapper.querySelector('ph-balance-card')!;
    await until(() => locales.length > 0, 'the first read');
    expect(locales[0]).to.equal('pt-BR');
    await until(() => deepQuery(card, 'h2')!.textContent === 'Saldo de créditos', 'Portuguese');
  });

  it('re-scopes every widget when the adapter changes', async () => {
    const { el, provider } = await mount(html`<ph-balance-card></ph-balance-card>`);
    expect(deepQuery(el, '[part="amount"]')).to.exist;
    provider.adapter = createMemoryAdapter({ scenario: 'client-paid' });
    await provider.updateComplete;
    await until(() => deepQuery(el, '[data-state="unavailable"]') !== null, 'client-paid');
    await settled(el);
  });

  it('closes the live stream when taken out of the page, and reopens it, fresh, when put back', async () => {
    const { hub, adapter, open } = countingStreams();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <ph-provider .adapter=${adapter}><ph-balance-card></ph-balance-card></ph-provider>
      </div>`,
    );
    const card = wrapper.querySelector('ph-balance-card')!;
    await until(() => deepQuery(card, '[part="amount"]') !== null, 'the balance');
    const before = deepQuery(card, '[part="amount"]')!.textContent;
    expect(open()).to.equal(1);

    const provider = wrapper.querySelector('ph-provider')!;
    provider.remove();
    expect(open(), 'no stream left open by a provider out of the page').to.equal(0);
    // Meanwhile the balance changes, and no live event can tell the detached client.
    const [card0] = await hub.listPaymentMethods!();
    await hub.topUp!(
      { amount: { amount: 10_000, currency: 'EUR' }, paymentMethodId: card0!.id },
      { idempotencyKey: crypto.randomUUID() },
    );

    wrapper.append(provider);
    expect(open(), 'the stream opens again').to.equal(1);
    await until(
      () => deepQuery(card, '[part="amount"]')!.textContent !== before,
      'the balance read again on return',
    );
  });

  it('gives a widget with its own adapter its own data', async () => {
    const adapter = createMemoryAdapter({ scenario: 'zero' });
    const card = await fixture(html`<ph-balance-card .adapter=${adapter}></ph-balance-card>`);
    await until(() => deepQuery(card, '[part="status"]') !== null, 'the balance');
    expect(deepQuery(card, '[part="status"]')!.textContent!.trim()).to.equal('Paused');
  });

  it('closes the live stream of a widget with its own adapter when it leaves the page', async () => {
    const { adapter, open } = countingStreams();
    const card = await fixture(html`<ph-balance-card .adapter=${adapter}></ph-balance-card>`);
    await until(() => deepQuery(card, '[part="amount"]') !== null, 'the balance');
    expect(open()).to.equal(1);
    const parent = card.parentNode!;
    card.remove();
    expect(open(), 'no stream left open by a widget out of the page').to.equal(0);
    parent.append(card);
    expect(open(), 'the stream opens again').to.equal(1);
  });

  it('keeps its client for equal client options, and says when it makes a new one', async () => {
    const { provider } = await mount(html`<ph-balance-card></ph-balance-card>`);
    const client = provider.client;
    const ready: unknown[] = [];
    provider.addEventListener('ph-provider-ready', (e) => ready.push(e.detail.client));
    // As a framework re-rendering with an object literal does.
    provider.clientOptions = { retry: { retries: 0 } };
    await provider.updateComplete;
    expect(provider.client === client, 'the same client, its cache kept').to.equal(true);
    expect(ready).to.have.length(0);
    provider.clientOptions = { retry: { retries: 1 } };
    await provider.updateComplete;
    expect(provider.client === client).to.equal(false);
    expect(ready).to.have.length(1);
    expect(ready[0] === provider.client, 'the new client is announced').to.equal(true);
  });

  it('a widget taken out of its provider says it needs one, showing nothing of that hub', async () => {
    const { el } = await mount(html`<ph-balance-card></ph-balance-card>`);
    expect(deepQuery(el, '[part="amount"]') !== null).to.equal(true);
    document.body.append(el);
    try {
      await until(
        () => deepText(el).includes('Place this element inside a <ph-provider>'),
        'the unavailable state',
      );
      expect(deepQuery(el, '[part="amount"]') === null).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('other client options keep a payment whose outcome is unknown, with its key (the same hub)', async () => {
    const { el, provider } = await mount<LostPayment>(
      html`<test-lost-payment></test-lost-payment>`,
    );
    await el.pay.run(1);
    expect(el.pay.failure?.kind).to.equal('unknown');
    const key = el.pay.idempotencyKey;
    provider.clientOptions = { staleTime: 1000 };
    await provider.updateComplete;
    await el.updateComplete;
    expect(el.pay.status).to.equal('error');
    expect(el.pay.idempotencyKey === key, 'the same key for the check').to.equal(true);
  });
});
