import { expect, html } from '@open-wc/testing';
import type { LiveListener, PartnerHubAdapter } from '../../src/adapter/contract.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import { PartnerHubClient } from '../../src/client/client.js';
// The tests switch account through the client, as the account switcher does.
import '../../src/client/results/partner-accounts.js';
import { MutationController } from '../../src/base/mutation-controller.js';
import { PhElement } from '../../src/base/element.js';
import '../../src/widgets/balance-card/define.js';
import '../../src/widgets/invoicing-details/define.js';
import '../../src/widgets/whatsapp-accounts/define.js';
import { deepText, mount, settled, until } from '../support/conformance.js';

/** Records, on every animation frame, whether any of `markers` is on screen. */
function watchFrames(root: Element, markers: readonly string[]) {
  const seen: string[] = [];
  let frames = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    frames += 1;
    const text = deepText(root);
    for (const m of markers) if (text.includes(m)) seen.push(`frame ${frames}: ${m}`);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    stop: () => {
      running = false;
      return { seen, frames };
    },
  };
}

class ScopedProbe extends PhElement {
  cleared = 0;
  readonly change = new MutationController<string, string>(this, {
    task: (value, { signal }) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => resolve(value), 5_000);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason);
        });
      }),
  });
  protected override scopeChanged(): void {
    this.cleared += 1;
  }
}
customElements.define('ph-scope-probe', ScopedProbe);

/** A balance card, the invoicing details and the accounts list under one provider. */
function mountThree(adapter: PartnerHubAdapter) {
  return mount<HTMLElement>(
    html`<div>
      <ph-balance-card></ph-balance-card>
      <ph-invoicing-details></ph-invoicing-details>
      <ph-whatsapp-accounts></ph-whatsapp-accounts>
    </div>`,
    { adapter },
  );
}

describe('switching partner account under one provider', () => {
  it('never shows a frame of the old account’s data in any element', async () => {
    const adapter = createMemoryAdapter({ latency: 40, whatsAppAccounts: 120 });
    const page = await adapter.listWhatsAppAccounts({ limit: 5 });
    const { el, provider } = await mountThree(adapter);
    const balance = (await adapter.getBalances())[0]!.money;
    const euros = new Intl.NumberFormat('en', { style: 'currency', currency: balance.currency });
    const old = [
      'Acme Messaging GmbH',
      'Friedrichstraße 68',
      euros.format(balance.amount / 100),
      ...page.items.map((a) => a.name),
    ];
    await until(() => old.every((m) => deepText(el).includes(m)), 'the old account on screen');

    const session = await provider.client!.switchPartnerAccount('acme-cp', {
      idempotencyKey: 'switch-1',
    });
    const frames = watchFrames(el, old);
    // In the same task as the switch: nothing of the old account is left in the DOM.
    await Promise.all([...el.children].map((c) => (c as PhElement).updateComplete));
    expect(old.filter((m) => deepText(el).includes(m))).to.deep.equal([]);
    await settled(el);
    await until(() => !deepText(el).includes('Loading'), 'the new account', 3000);
    const { seen, frames: count } = frames.stop();
    expect(session.partner.id).to.equal('acme-cp');
    expect(count).to.be.greaterThan(0);
    expect(seen).to.deep.equal([]);
    const next = await adapter.listWhatsAppAccounts({ limit: 1 });
    await until(() => deepText(el).includes(next.items[0]!.name), 'the new account’s accounts');
    expect(old.filter((m) => deepText(el).includes(m))).to.deep.equal([]);
  });

  it('asks a client-paid account for none of the balance reads its widgets let go of', async () => {
    // The demo's hidden Overview and Billing pages stay mounted: after a switch to a
    // client-paid account the credit balance's widgets show "unavailable", and the hub must not
    // be asked for balances, auto-renewal or movements it would refuse (a 503 in the browser's
    // console, whenever the refusal came back before the widget let go). Its invoicing details
    // are shown (the partner pays its plan and licence fees) and read once.
    const base = createMemoryAdapter({ latency: 5 });
    const calls: string[] = [];
    const adapter = new Proxy(base, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof value !== 'function' || typeof property !== 'string') return value;
        return (...args: unknown[]) => {
          calls.push(property);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const { el, provider } = await mountThree(adapter);
    await until(() => deepText(el).includes('Friedrichstraße 68'), 'the partner-paid account');
    const failures: unknown[] = [];
    provider.client!.addEventListener('failure', (event) => failures.push(event.detail));
    calls.length = 0;
    await provider.client!.switchPartnerAccount('acme-cp', { idempotencyKey: 'switch-cp' });
    await settled(el);
    const next = await base.listWhatsAppAccounts({ limit: 1 });
    await until(() => deepText(el).includes(next.items[0]!.name), 'the new account’s accounts');
    await until(
      () => el.querySelectorAll('*').length > 0 && !deepText(el).includes('Loading'),
      'every widget drawn for the new account',
    );
    // The accounts list reads its pages (as many as fill its rows), the invoicing details their
    // one; nothing else is asked.
    expect([...new Set(calls)].filter((m) => m !== 'subscribe')).to.have.members([
      'switchPartnerAccount',
      'listWhatsAppAccounts',
      'getInvoicingDetails',
    ]);
    expect(calls.filter((m) => m === 'getInvoicingDetails')).to.have.length(1);
    expect(failures).to.deep.equal([]);
  });

  it('aborts an element’s change in flight and tells the element', async () => {
    const { el, provider } = await mount<ScopedProbe>(html`<ph-scope-probe></ph-scope-probe>`);
    void el.change.run('for the old account');
    expect(el.change.status).to.equal('pending');
    await provider.client!.switchPartnerAccount('acme-cp', { idempotencyKey: 'switch-2' });
    expect(el.change.status).to.equal('idle');
    expect(el.change.idempotencyKey).to.equal(undefined);
    expect(el.cleared).to.equal(1);
  });

  it('opens the live stream anew, so the old account’s pushes stop', async () => {
    const base = createMemoryAdapter();
    const listeners: LiveListener[] = [];
    const stopped: LiveListener[] = [];
    const adapter = Object.assign(Object.create(null), base, {
      subscribe(listener: LiveListener) {
        listeners.push(listener);
        return () => stopped.push(listener);
      },
    });
    const client = new PartnerHubClient(adapter);
    const balances = client.resource('balances');
    const stop = balances.subscribe(() => {});
    await until(() => balances.state.status === 'ready', 'the balances');
    expect(listeners.length).to.equal(1);
    await client.switchPartnerAccount('acme-cp', { idempotencyKey: 'switch-3' });
    expect(stopped).to.deep.equal([listeners[0]]);
    expect(listeners.length).to.equal(2);
    // A push arriving late on the old stream is not heard any more.
    listeners[0]!({ resource: 'balances', data: [{ money: { amount: 1, currency: 'EUR' } }] });
    expect(balances.state.data).to.equal(undefined);
    stop();
    client.dispose();
  });
});
