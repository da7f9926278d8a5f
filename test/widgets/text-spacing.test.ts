// Text spacing (WCAG 2.2, 1.4.12), for every element of the kit at once: a person who needs more
// space between lines, letters, words and paragraphs sets it with a user style sheet or an
// extension, and nothing may be lost. Each element is loaded (a dialog opened) in German, whose
// words run longest, with the spacing the criterion names applied in every shadow root, at a
// phone's width and a desktop's; nothing a person reads may be cut off, sideways or at the
// bottom. New elements are included by the Custom Elements Manifest.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { deepElements, mount, settled } from '../support/conformance.js';
import { asAHostWritesIt, kitTags, showIt } from '../support/elements.js';
import { cutOff } from '../support/phone.js';

const tags = await kitTags();

/** The spacing of WCAG 1.4.12, as its own test style sheet writes it. */
const spacing = new CSSStyleSheet();
spacing.replaceSync(`
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-bottom: 2em !important;
  }
`);

/** Applies `spacing` to `el` and every shadow root inside it (as an extension would). */
function spaceOut(el: Element): void {
  for (const e of [el, ...deepElements(el)]) {
    const root = e.shadowRoot;
    if (root && !root.adoptedStyleSheets.includes(spacing)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
    }
  }
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('every element with wider text spacing (WCAG 1.4.12)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('covers the elements of the manifest', () => {
    expect(tags).to.include.members(['ph-partner-plan', 'ph-top-up-dialog', 'ph-partner-hub']);
  });

  it('the check sees words cut at the bottom of a box too small for them', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await fixture(
      html`<div style="width: 10rem">
        <p style="height: 1.2em; overflow: hidden; margin: 0">
          Der Abrechnungszeitraum endet am 30. November.
        </p>
      </div>`,
    );
    expect(cutOff(el).join('\n')).to.contain('is cut at the bottom');
  });

  for (const tag of tags) {
    for (const width of [390, 1024]) {
      it(`<${tag}> loses nothing at ${width} px (de)`, async function () {
        this.timeout(20_000);
        await setViewport({ width, height: 844 });
        const { el, provider } = await mount(asAHostWritesIt(tag), { locale: 'de' });
        await showIt(tag, el);
        await settled(el);
        // Twice: a dialog's content may render once more after the first sheet lands.
        spaceOut(el);
        await frame();
        spaceOut(el);
        await frame();
        const problems = cutOff(el);
        provider.remove();
        expect(problems.slice(0, 20)).to.deep.equal([]);
      });
    }
  }
});
