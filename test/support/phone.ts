/**
 * "Usable at 390 pixels wide", checked the same way by every widget: a phone-sized viewport
 * around a group of tests, and the parts of a widget's card that stick out of it.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { deepElements, mount, settled } from './conformance.js';

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

/** Whether `e` scrolls sideways on purpose: a named region whose content is wider than it. */
const scrollsSideways = (e: Element) => {
  const { overflowX } = getComputedStyle(e);
  return (overflowX === 'auto' || overflowX === 'scroll') && e.scrollWidth > e.clientWidth + 1;
};

/** A box clipped to a pixel: words there are for screen readers only. */
const forScreenReadersOnly = (e: Element) => {
  const box = e.getBoundingClientRect();
  return box.width <= 1 && box.height <= 1 && getComputedStyle(e).overflow === 'hidden';
};

/** The element `e` is drawn in: its parent, or the host of its shadow root. */
const up = (e: Element): Element | null =>
  e.parentElement ?? ((e.getRootNode() as ShadowRoot).host || null);

/**
 * What a person would see cut off in `el`, across its shadow roots, as readable lines (empty
 * when nothing is): words wider than the box that clips them (an ellipsis, a hidden overflow),
 * words taller than a box that hides what does not fit, and parts that end beyond the right edge
 * of the window. What sits in a region that scrolls
 * sideways on purpose (a wide table) and words for screen readers only are not counted; with
 * `ellipsisAllowed`, neither are words shortened with a visible ellipsis.
 */
export function cutOff(el: Element, { ellipsisAllowed = false } = {}): string[] {
  const found = new Set<string>();
  const name = (e: Element) =>
    `<${e.localName}${e.className ? ` class="${e.className}"` : ''}> "${(e.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 40)}"`;
  for (const e of deepElements(el)) {
    if (!(e instanceof HTMLElement)) continue;
    const box = e.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    // Skipped: inside a region that scrolls sideways, or words for screen readers only (in a
    // box clipped to a pixel, as `.visually-hidden` and a phone's hidden table header are).
    let above = up(e);
    while (above && !scrollsSideways(above) && !forScreenReadersOnly(above)) above = up(above);
    if (above || forScreenReadersOnly(e)) continue;
    const words = (e.textContent ?? '').trim() !== '';
    const marked = ellipsisAllowed && getComputedStyle(e).textOverflow === 'ellipsis';
    if (
      words &&
      e.clientWidth > 0 &&
      e.scrollWidth > e.clientWidth + 1 &&
      !scrollsSideways(e) &&
      !marked
    ) {
      found.add(`${name(e)} is cut: ${e.scrollWidth} px of words in ${e.clientWidth}`);
    }
    // Cut at the bottom: words in a box of fixed height that hides what does not fit.
    const { overflowY } = getComputedStyle(e);
    if (
      words &&
      (overflowY === 'hidden' || overflowY === 'clip') &&
      e.clientHeight > 0 &&
      e.scrollHeight > e.clientHeight + 1
    ) {
      found.add(
        `${name(e)} is cut at the bottom: ${e.scrollHeight} px of words in ${e.clientHeight}`,
      );
    }
    if (box.right > window.innerWidth + 0.5) {
      found.add(`${name(e)} ends beyond the window, at ${Math.round(box.right)} px`);
    }
  }
  return [...found];
}

/**
 * At phone width, in English and in German (whose words run longest), every part of the
 * widget's card stays inside it and nothing is cut off, the widget loaded; `also` checks more
 * of the mounted widget.
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
      expect(cutOff(el)).to.deep.equal([]);
      also?.(el);
    });
  }
}

/** The fields that carry the hub's own names and words (what a long name would stretch). */
const NAMED = new Set([
  'name',
  'email',
  'holderName',
  'legalName',
  'brandName',
  'clientName',
  'typeLabel',
  'description',
  'addressLine1',
  'city',
]);

/** `value` with every name in it one long word: no space, no hyphen to break it at. */
function stretched(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => stretched(item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stretched(v, k)]));
  }
  if (typeof value !== 'string' || !NAMED.has(key)) return value;
  return key === 'email'
    ? value.replace('@', '.internationalehandelsgesellschaft@')
    : `${value}Internationalehandelsgesellschaft`;
}

/** `adapter` answering every read with its names stretched into long words (see `stretched`). */
export function withLongNames<A extends object>(adapter: A): A {
  return new Proxy(adapter, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      return /^(get|list)/.test(String(key))
        ? async (...args: unknown[]) => stretched(await method.apply(target, args))
        : method.bind(target);
    },
  });
}
