/**
 * "Usable at 390 pixels wide", checked the same way by every widget: a phone-sized viewport
 * around a group of tests, and the parts of a widget's card that stick out of it.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { mount, settled } from './conformance.js';

/** Runs the tests `body` declares in a 390 × 844 viewport (a phone), the desktop size after. */
export function atPhoneWidth(body: () => void): void {
  describe('at 390 px', () => {
    beforeEach(() => setViewport({ width: 390, height: 844 }));
    afterEach(() => setViewport({ width: 800, height: 600 }));
    body();
  });
}

/**
 * What sticks out of `el`'s card sideways, as the start of each element's HTML (empty when all
 * fits); a card that scrolls sideways shows as its own entry. Parts inside a dialog (which has
 * its own layout) and inside a region that scrolls on purpose (`.scroll`, a wide table) are not
 * counted.
 */
export function outsideTheCard(el: Element, card = '.card'): string[] {
  const box = el.shadowRoot!.querySelector(card)!;
  const scrolls = box.scrollWidth > box.clientWidth ? [`${card} scrolls sideways`] : [];
  const right = box.getBoundingClientRect().right;
  const parts = Array.from(box.querySelectorAll('*')).filter(
    (e) => !e.closest('ph-dialog') && !e.parentElement?.closest('.scroll'),
  );
  return [
    ...scrolls,
    ...parts
      .filter((e) => e.getBoundingClientRect().right > right + 0.5)
      .map((e) => e.outerHTML.slice(0, 60)),
  ];
}

/**
 * At phone width, in English and in German (whose words run longest), every part of the
 * widget's card stays inside it, the widget loaded; `also` checks more of the mounted widget.
 */
export function itFitsTheCardInEachLanguage(
  render: () => TemplateResult,
  also?: (el: HTMLElement) => void,
): void {
  for (const locale of ['en', 'de']) {
    it(`cuts nothing off (${locale}): every part stays inside the card`, async () => {
      const { el } = await mount(render(), { locale });
      await settled(el);
      // A wide table scrolls in its own focusable region; everything else fits.
      expect(outsideTheCard(el)).to.deep.equal([]);
      also?.(el);
    });
  }
}
