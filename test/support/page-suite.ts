/**
 * The checks every page of elements (`<ph-overview>`, `<ph-billing>`) shares: axe-clean with
 * each part in its own state, a member's view without owner actions, focus back on the card's
 * Modify after an edit opened there, and one adapter call per resource for all its parts
 * (DESIGN §4).
 */
import { expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import {
  buttonIn,
  deepActiveElement,
  deepQuery,
  deepText,
  expectAccessible,
  mount,
  settled,
  until,
} from './conformance.js';

export interface PageSuite {
  render: () => TemplateResult;
  /** The adapter methods each read exactly once when the page has loaded. */
  reads: readonly string[];
}

export function itBehavesAsAPageOfElements({ render, reads }: PageSuite): void {
  for (const scenario of ['client-paid', 'empty', 'failing'] as const) {
    it(`is axe-clean and shows each part's own state when ${scenario}`, async () => {
      const { el } = await mount(render(), { scenario });
      await expectAccessible(el);
      expect(deepText(el)).to.not.contain('undefined');
    });
  }

  it('is axe-clean for a member, who sees no owner actions', async () => {
    const { el } = await mount(render(), { role: 'member' });
    expect(buttonIn(el, /Add to Credit Balance/)).to.equal(undefined);
    await expectAccessible(el);
  });

  it('returns focus to the card’s Modify after saving an edit opened there', async () => {
    const { el } = await mount(render());
    const part = (tag: string) => el.shadowRoot!.querySelector<HTMLElement>(tag)!;
    const [card, form] = [part('ph-balance-card'), part('ph-auto-renewal-form')];
    const modify = buttonIn(card, /^Modify$/)!;
    modify.focus();
    modify.click();
    await until(() => deepQuery(form, 'fieldset') !== null, 'the edit mode');
    await until(() => form.shadowRoot!.activeElement !== null, 'focus in the form');
    buttonIn(form, /^Save$/)!.click();
    await until(() => deepActiveElement() === modify, 'focus back on the card’s Modify');
    expect(deepQuery(form, 'fieldset')).to.equal(null);
  });

  it('reads each resource once for all its parts', async () => {
    const adapter = createMemoryAdapter();
    const { el } = await mount(render(), { adapter });
    await settled(el);
    const counts = new Map<string, number>();
    for (const call of adapter.calls) counts.set(call.method, (counts.get(call.method) ?? 0) + 1);
    for (const [method, count] of counts) expect(count, method).to.equal(1);
    for (const method of reads) expect(counts.get(method), method).to.equal(1);
  });
}
