// "Usable at 390 pixels wide", for every element of the kit at once: loaded (a dialog opened),
// in each of the four languages at 390 px and in German, Spanish and Portuguese (whose words
// run longest) at 320 px (the smallest phones), nothing a person reads is cut off or runs out of
// the window. A wide table scrolls sideways in its own named region on purpose and is not
// counted, but the page never does. New elements are included by the Custom Elements Manifest.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import { mount, settled } from '../support/conformance.js';
import { asAHostWritesIt, kitTags, showIt } from '../support/elements.js';
import { cutOff, withLongNames } from '../support/phone.js';

const tags = await kitTags();

describe('every element at a phone’s width', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));
  it('covers the elements of the manifest', () => {
    expect(tags).to.include.members(['ph-balance-card', 'ph-top-up-dialog', 'ph-partner-hub']);
  });
  for (const tag of tags) {
    for (const [width, locales] of [
      [390, ['en', 'de', 'es', 'pt-BR']],
      [320, ['de', 'es', 'pt-BR']],
    ] as const) {
      it(`<${tag}> cuts nothing off at ${width} px (${locales.join(', ')})`, async function () {
        this.timeout(20_000);
        await setViewport({ width, height: 844 });
        const problems: string[] = [];
        for (const locale of locales) {
          const { el, provider } = await mount(asAHostWritesIt(tag), { locale });
          await showIt(tag, el);
          await settled(el);
          problems.push(...cutOff(el).map((p) => `${locale}: ${p}`));
          // The page itself never scrolls sideways: something out of its box (a screen reader's
          // words placed outside the region that scrolls) would make the whole page wobble.
          const page = document.documentElement.scrollWidth;
          if (page > width) problems.push(`${locale}: the page is ${page} px wide`);
          provider.remove();
        }
        expect(problems.slice(0, 20)).to.deep.equal([]);
      });
    }
  }

  for (const tag of tags) {
    it(`<${tag}> at 390 px with the hub's names as long words: shortened with an ellipsis at most, never run out`, async function () {
      this.timeout(20_000);
      await setViewport({ width: 390, height: 844 });
      const adapter = withLongNames(createMemoryAdapter()) as MemoryAdapter;
      const { el } = await mount(asAHostWritesIt(tag), { adapter });
      await showIt(tag, el);
      await settled(el);
      expect(cutOff(el, { ellipsisAllowed: true }).slice(0, 20)).to.deep.equal([]);
    });
  }
});
