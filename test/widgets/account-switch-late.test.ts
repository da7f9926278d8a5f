import { expect, fixture, html } from '@open-wc/testing';
import type { MutationOptions } from '../../src/adapter/contract.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import '../../src/base/define-provider.js';
import type { PhProvider } from '../../src/base/provider.js';
import '../../src/widgets/account-switcher/define.js';
import '../../src/widgets/balance-card/define.js';
import { deepText, override, settled, until } from '../support/conformance.js';

const root = (el: Element) => el.shadowRoot!;
const toggle = (el: Element) => root(el).querySelector<HTMLButtonElement>('.toggle');
const accountButton = (el: Element, id: string) =>
  root(el).querySelector<HTMLButtonElement>(`button[data-account="${id}"]`);
const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Hub = ReturnType<typeof createMemoryAdapter>;

/**
 * A memory hub whose switch is made, and answered, `delay` ms after it is asked for, whether or
 * not the kit is still waiting (the request had reached the hub).
 */
function slowSwitchHub(delay: number) {
  const hub = createMemoryAdapter();
  const adapter = override(hub, {
    switchPartnerAccount: async (id: string, options: MutationOptions) => {
      await sleep(delay);
      return hub.switchPartnerAccount!(id, { idempotencyKey: options.idempotencyKey });
    },
  });
  return { hub, adapter };
}

/** What a page opened now shows in a balance card: the hub's current account, read afresh. */
async function freshCard(hub: Hub): Promise<string> {
  const provider = await fixture<PhProvider>(
    html`<ph-provider .adapter=${hub} locale="en"
      ><ph-balance-card></ph-balance-card
    ></ph-provider>`,
  );
  const card = provider.querySelector('ph-balance-card')!;
  await settled(card);
  const text = words(deepText(card));
  provider.remove();
  return text;
}

/**
 * A page with a switcher and a balance card under one provider (`timeout`: its mutation
 * deadline), on which the person asks for the client-paid account.
 */
async function askForTheOtherAccount(adapter: object, timeout = 45_000) {
  const provider = await fixture<PhProvider>(
    html`<ph-provider .adapter=${adapter} locale="en" mutation-timeout=${timeout}>
      <ph-account-switcher></ph-account-switcher>
      <ph-balance-card></ph-balance-card>
    </ph-provider>`,
  );
  const switcher = provider.querySelector('ph-account-switcher')!;
  const card = provider.querySelector('ph-balance-card')!;
  await until(() => !!toggle(switcher), 'the switcher');
  await settled(card);
  const before = words(deepText(card));
  toggle(switcher)!.click();
  await until(() => !!accountButton(switcher, 'acme-cp'), 'the other account');
  accountButton(switcher, 'acme-cp')!.click();
  return { provider, switcher, card, before };
}

/** The card shows the account the hub has open now, not the one it showed `before`. */
async function expectTheHubsAccount(card: Element, before: string, hub: Hub) {
  await settled(card);
  expect((await hub.getSession()).partner.id, 'the hub switched').to.equal('acme-cp');
  const shown = words(deepText(card));
  expect(shown, 'the balance card no longer shows the old account').not.to.equal(before);
  expect(shown, 'the balance card shows the account the hub opened').to.equal(await freshCard(hub));
}

/** Waits until the switcher names the account the hub opened. */
function namesTheHubsAccount(switcher: Element) {
  return until(
    () => words(toggle(switcher)?.textContent ?? '').endsWith('Acme Client-Paid Ltd'),
    'the switcher naming the account the hub opened',
    3000,
  );
}

describe('a partner-account switch whose answer was lost', () => {
  it('shows the account the hub opened after all, in the switcher and the balance card alike', async () => {
    const { hub, adapter } = slowSwitchHub(700);
    const { switcher, card, before } = await askForTheOtherAccount(adapter, 300);
    // The kit gives up at 300 ms; the hub switches at 700 ms all the same.
    await until(() => !!root(switcher).querySelector('[role="alert"]'), 'the lost answer', 3000);
    await sleep(900);
    await settled(switcher);
    await namesTheHubsAccount(switcher);
    await expectTheHubsAccount(card, before, hub);
    // The switch was made after all: "the hub did not confirm" is no longer said.
    await until(() => !root(switcher).querySelector('[role="alert"]'), 'the alert gone', 3000);
    // The old account can be opened again from the list.
    toggle(switcher)!.click();
    await until(() => !!accountButton(switcher, 'acme'), 'the old account offered');
    expect(accountButton(switcher, 'acme-cp')).to.equal(null);
  });

  it('shows the account the hub opened in the elements left on the page when the switcher was removed mid-switch', async () => {
    const { hub, adapter } = slowSwitchHub(400);
    const { provider, switcher, card, before } = await askForTheOtherAccount(adapter);
    await sleep(50);
    // The host takes the switcher away (its switch is aborted); the hub switches all the same.
    switcher.remove();
    await sleep(600);
    await expectTheHubsAccount(card, before, hub);
    provider.prepend(switcher);
    await namesTheHubsAccount(switcher);
  });
});
