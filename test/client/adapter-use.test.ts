import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AdapterMethod, PartnerHubAdapter } from '../../src/adapter/contract.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import '../../src/base/define-provider.js';
import type { PhProvider } from '../../src/base/provider.js';
import { PhDataElement } from '../../src/base/data-element.js';
import { PhBalancePage } from '../../src/widgets/overview/balance-page.js';
import '../../src/index.js';
import type { PhAutoRenewalForm } from '../../src/widgets/auto-renewal-form/auto-renewal-form.js';
import type { PhOverview } from '../../src/widgets/overview/overview.js';
import type { PhTopUpDialog } from '../../src/widgets/top-up-dialog/top-up-dialog.js';
import { deepQuery, deepQueryAll, settled, until } from '../support/conformance.js';

// The manifest's reader and the table's renderer are the script's own, so the README, the
// script and this test agree.
import { elementUses, renderTable } from '../../scripts/adapter-table-render.mjs';
import type { AdapterUseRow } from '../../scripts/adapter-table-render.mjs';

type Row = AdapterUseRow;

/** Every element of the Custom Elements Manifest with its declared use (loaded before the tests). */
let rows: Row[] = [];

before(async () => {
  rows = elementUses(await (await fetch('/custom-elements.json')).json());
});

/** Every element with its declared use, sorted by tag. */
const declaredRows = () => rows;

const useOf = (tag: string) => declaredRows().find((r) => r.tag === tag)!;

/** The methods `adapter` was called with since the last clear, in call order, once each. */
const called = (adapter: MemoryAdapter) => [...new Set(adapter.calls.map((c) => c.method))];

async function mountUnder(adapter: PartnerHubAdapter, tag: string) {
  const provider = await fixture<PhProvider>(
    html`<ph-provider .adapter=${adapter} locale="en"></ph-provider>`,
  );
  const el = document.createElement(tag);
  provider.append(el);
  await settled(el);
  return el;
}

const button = (el: Element, label: RegExp) =>
  deepQueryAll<HTMLButtonElement>(el, 'button').find((b) => label.test(b.textContent ?? ''));

describe('what each element reads and writes (adapterUse)', () => {
  it('is declared by every element that reads data, and by no other', () => {
    const tags = declaredRows().map((r) => r.tag);
    expect(tags).to.include.members(['ph-overview', 'ph-balance-card', 'ph-provider']);
    for (const row of declaredRows()) {
      const ctor = customElements.get(row.tag);
      expect(ctor, `${row.tag} is registered by src/index.ts`).to.be.a('function');
      // Every data element, and every page of them, reads the session at least; controls, the
      // dialog and the provider read nothing through the adapter.
      const readsData =
        ctor!.prototype instanceof PhDataElement || ctor!.prototype instanceof PhBalancePage;
      expect(row.reads.includes('getSession'), row.tag).to.equal(readsData);
      if (!readsData) expect(row.writes, row.tag).to.deep.equal([]);
    }
  });

  it('is declared with methods of the contract only, optional ones among them', () => {
    const methods = new Set(Object.keys(createMemoryAdapter()));
    for (const row of declaredRows()) {
      for (const method of [...row.reads, ...row.writes]) {
        expect(methods.has(method), `${row.tag}: ${method}`).to.equal(true);
      }
      for (const method of row.optional) {
        expect([...row.reads, ...row.writes], `${row.tag}: optional ${method}`).to.include(method);
      }
    }
  });

  for (const tag of [
    'ph-balance-card',
    'ph-movements-table',
    'ph-auto-renewal-form',
    'ph-whatsapp-accounts',
  ]) {
    it(`${tag} reads exactly what it declares`, async () => {
      const adapter = createMemoryAdapter();
      const el = await mountUnder(adapter, tag);
      if (tag === 'ph-auto-renewal-form') {
        // Last month's usage is read for the recommendation, in edit mode.
        await until(() => button(el, /Modify/) !== undefined, 'the Modify button');
        button(el, /Modify/)!.click();
      }
      const use = useOf(tag);
      await until(() => called(adapter).length >= use.reads.length, `${tag}'s reads`);
      await settled(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(called(adapter).sort()).to.deep.equal([...use.reads].sort());
    });
  }

  it('ph-top-up-dialog reads nothing while closed, and what it declares once open', async () => {
    const adapter = createMemoryAdapter();
    const el = (await mountUnder(adapter, 'ph-top-up-dialog')) as PhTopUpDialog;
    expect(called(adapter)).to.deep.equal([]);
    await el.show();
    await settled(el);
    const use = useOf('ph-top-up-dialog');
    const calls = called(adapter);
    for (const method of calls) expect(use.reads, method).to.include(method);
    for (const method of use.reads.filter((m) => !use.optional.includes(m))) {
      expect(calls, method).to.include(method);
    }
  });

  it('ph-top-up-dialog writes through topUp', async () => {
    const adapter = createMemoryAdapter();
    const el = (await mountUnder(adapter, 'ph-top-up-dialog')) as PhTopUpDialog;
    await el.show();
    await settled(el);
    const field = deepQuery(el, 'ph-money-input')!;
    const input = field.shadowRoot!.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: '250' });
    deepQuery<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await until(() => {
      const confirm = deepQuery<HTMLButtonElement>(el, '#confirm');
      return !!confirm && !confirm.disabled;
    }, 'the confirm button');
    adapter.clearCalls();
    deepQuery<HTMLButtonElement>(el, '#confirm')!.click();
    await until(() => adapter.calls.some((c) => c.method === 'topUp'), 'the top-up');
    const use = useOf('ph-top-up-dialog');
    for (const method of called(adapter)) {
      expect([...use.reads, ...use.writes], method).to.include(method);
    }
  });

  it('ph-auto-renewal-form writes through updateAutoRenewal', async () => {
    const adapter = createMemoryAdapter();
    const el = (await mountUnder(adapter, 'ph-auto-renewal-form')) as PhAutoRenewalForm;
    await until(() => button(el, /Modify/) !== undefined, 'the Modify button');
    button(el, /Modify/)!.click();
    await settled(el);
    adapter.clearCalls();
    button(el, /^\s*Save\s*$/)!.click();
    await until(() => adapter.calls.some((c) => c.method === 'updateAutoRenewal'), 'the save');
    await settled(el);
    const use = useOf('ph-auto-renewal-form');
    expect(use.writes).to.deep.equal(['updateAutoRenewal']);
    for (const method of called(adapter)) {
      expect([...use.reads, ...use.writes], method).to.include(method);
    }
  });

  for (const page of ['ph-overview', 'ph-billing']) {
    it(`${page} declares the union of the elements it is made of`, async () => {
      const el = await mountUnder(createMemoryAdapter(), page);
      const parts = [...el.shadowRoot!.querySelectorAll('*')]
        .map((part) => part.localName)
        .filter((tag) => tag.startsWith('ph-') && tag !== 'ph-provider');
      expect(parts.length, `${page}'s parts`).to.be.greaterThan(3);
      const union = (pick: (r: Row) => string[]) =>
        [...new Set(parts.flatMap((t) => pick(useOf(t))))].sort();
      const use = useOf(page);
      expect([...use.reads].sort()).to.deep.equal(union((r) => r.reads));
      expect([...use.writes].sort()).to.deep.equal(union((r) => r.writes));
      // Optional for the page: what no part of it needs.
      const needed = union((r) => [...r.reads, ...r.writes].filter((m) => !r.optional.includes(m)));
      const optional = union((r) => r.optional).filter((m) => !needed.includes(m));
      expect([...use.optional].sort()).to.deep.equal(optional);
    });
  }

  it('runs the whole overview on an adapter of only the methods it declares', async () => {
    const memory = createMemoryAdapter();
    const use = useOf('ph-overview');
    const partial: Record<string, unknown> = {};
    for (const method of [...use.reads, ...use.writes].filter((m) => !use.optional.includes(m))) {
      const fn = memory[method as AdapterMethod] as (...args: unknown[]) => unknown;
      partial[method] = (...args: unknown[]) => fn.apply(memory, args);
    }
    const el = (await mountUnder(partial as PartnerHubAdapter, 'ph-overview')) as PhOverview;
    await settled(el);
    expect(deepQuery(el, '[data-state="unavailable"]'), 'an unavailable part').to.equal(null);
    expect(deepQuery(el, '[data-state="error"]'), 'a failing part').to.equal(null);
    el.showTopUp();
    await until(() => deepQuery(el, 'ph-money-input') !== null, 'the top-up form');
    expect(deepQuery(el, '[data-state="unavailable"]')).to.equal(null);
  });

  it('is the table in the README', async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme
      .split('<!-- adapter-use:start -->')[1]
      ?.split('<!-- adapter-use:end -->')[0];
    expect(section, 'the README has the adapter-use section').to.be.a('string');
    const cells = (text: string) =>
      text
        .trim()
        .split('\n')
        .filter((line) => !/^\|\s*-/.test(line))
        .map((line) =>
          line
            .split('|')
            .map((c) => c.trim())
            .join('|'),
        );
    expect(cells(section!)).to.deep.equal(cells(renderTable(declaredRows())));
  });
});
