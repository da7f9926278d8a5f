/**
 * What every element owes the user's display settings, checked on every element the kit
 * registers (the list comes from the Custom Elements Manifest, so a new element is covered):
 *
 * - `prefers-reduced-motion: reduce`: nothing moves. No rule in any element's styles animates
 *   or transitions outside `@media (prefers-reduced-motion: no-preference)`, and with the
 *   preference emulated the loading skeletons stand still (they pulse without it).
 * - `forced-colors: active` (Windows High Contrast), emulated: every element stays axe-clean
 *   (contrast included, in the system colours), every button keeps a visible edge, the focus
 *   ring shows, and the loading skeletons stay visible.
 * - A dark colour scheme (`color-scheme: dark` on a dark page, as a host in dark mode has it):
 *   every element, a dialog opened, as an owner and as a member, stays axe-clean (contrast
 *   included) and draws its text in the dark tokens.
 */
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { asAHostWritesIt, kitTags, showIt } from '../support/elements.js';
import {
  deepElements,
  deepQuery,
  expectAccessible,
  mount,
  settled,
} from '../support/conformance.js';

const tags = await kitTags();

const render = asAHostWritesIt;

/** Every CSS rule of a stylesheet, with whether it sits inside a reduced-motion guard. */
function* rules(
  list: CSSRuleList,
  guarded = false,
): Generator<{ rule: CSSStyleRule; guarded: boolean }> {
  for (const rule of Array.from(list)) {
    if (rule instanceof CSSStyleRule) yield { rule, guarded };
    else if (rule instanceof CSSMediaRule) {
      const safe = /prefers-reduced-motion:\s*no-preference/.test(rule.conditionText);
      yield* rules(rule.cssRules, guarded || safe);
    } else if ('cssRules' in rule) yield* rules((rule as CSSGroupingRule).cssRules, guarded);
  }
}

const moves = (style: CSSStyleDeclaration) =>
  (style.animationName !== '' && style.animationName !== 'none') ||
  (style.animation !== '' && !/^(none|initial)/.test(style.animation)) ||
  (style.transitionProperty !== '' &&
    style.transitionProperty !== 'none' &&
    !/^0s?(,\s*0s?)*$/.test(style.transitionDuration || '0s'));

describe('prefers-reduced-motion', () => {
  it('the manifest lists the elements this test walks', () => {
    expect(tags).to.include.members(['ph-balance-card', 'ph-dialog', 'ph-top-up-dialog']);
  });

  for (const tag of tags) {
    it(`<${tag}> animates or transitions only under a no-preference guard`, () => {
      const ctor = customElements.get(tag) as unknown as { elementStyles?: unknown[] };
      const sheets = (ctor.elementStyles ?? []).map((s) =>
        s instanceof CSSStyleSheet ? s : (s as { styleSheet: CSSStyleSheet }).styleSheet,
      );
      const unguarded: string[] = [];
      for (const sheet of sheets) {
        for (const { rule, guarded } of rules(sheet.cssRules)) {
          if (!guarded && moves(rule.style)) unguarded.push(rule.selectorText);
        }
      }
      expect(unguarded, `rules that move whatever the user prefers`).to.deep.equal([]);
    });
  }

  describe('emulated', () => {
    afterEach(() => executeServerCommand('ph-reduced-motion', { active: false }));

    const animated = (root: Element) =>
      [root, ...deepElements(root)].flatMap((e) => e.getAnimations()).length;

    it('the loading skeletons pulse without the preference (so the check below can fail)', async () => {
      await executeServerCommand('ph-reduced-motion', { active: false });
      const { el } = await mount(html`<ph-balance-card></ph-balance-card>`, {
        scenario: 'slow',
        settle: false,
      });
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(deepQuery(el, '.skeleton')).to.exist;
      expect(animated(el)).to.be.greaterThan(0);
    });

    for (const tag of tags) {
      it(`<${tag}> stands still with reduce, loading included`, async () => {
        await executeServerCommand('ph-reduced-motion', { active: true });
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
        const { el } = await mount(render(tag), { scenario: 'slow', settle: false });
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(animated(el)).to.equal(0);
        for (const e of deepElements(el)) {
          expect(moves(getComputedStyle(e)), `${e.localName}.${e.className}`).to.be.false;
        }
      });
    }
  });
});

describe('forced-colors: active', () => {
  beforeEach(() => executeServerCommand('ph-forced-colors', { active: true }));
  afterEach(() => executeServerCommand('ph-forced-colors', { active: false }));

  const visible = (e: Element) => {
    const box = e.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };

  for (const tag of tags) {
    it(`<${tag}> is axe-clean and every button keeps a visible edge`, async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const { el } = await mount(render(tag));
      await expectAccessible(el);
      const edgeless = deepElements(el)
        .filter((e): e is HTMLButtonElement => e instanceof HTMLButtonElement && visible(e))
        .filter((b) => {
          const s = getComputedStyle(b);
          return s.borderTopStyle === 'none' || s.borderTopWidth === '0px';
        })
        .map((b) => `"${b.textContent?.trim()}" (${b.className})`);
      expect(edgeless, 'buttons without a border in forced colours').to.deep.equal([]);
    });
  }

  it('marks the hub’s chosen tab by more than its weight (its underline is a background)', async () => {
    const { el } = await mount(html`<ph-partner-hub></ph-partner-hub>`);
    const tabs = deepElements(el).filter((e) => e.getAttribute('role') === 'tab');
    const chosen = tabs.find((t) => t.getAttribute('aria-selected') === 'true')!;
    const other = tabs.find((t) => t.getAttribute('aria-selected') === 'false')!;
    const line = (tab: Element) => {
      const after = getComputedStyle(tab, '::after');
      const s = getComputedStyle(tab);
      return `${after.content}|${after.backgroundColor}|${after.borderBottomStyle} ${after.borderBottomColor}|${s.borderBottomStyle} ${s.borderBottomWidth} ${s.borderBottomColor}`;
    };
    // The page colour in forced colours (Canvas): what a background becomes there.
    const probe = document.createElement('div');
    probe.style.background = 'Canvas';
    document.body.append(probe);
    const canvas = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const chosenLine = getComputedStyle(chosen, '::after');
    const drawn =
      chosenLine.borderBottomStyle !== 'none' ||
      (chosenLine.backgroundColor !== canvas && chosenLine.backgroundColor !== 'rgba(0, 0, 0, 0)');
    expect(drawn, `chosen: ${line(chosen)}; other: ${line(other)}`).to.be.true;
  });

  it('shows the focus ring in forced colours', async () => {
    const { el } = await mount(html`<ph-balance-card></ph-balance-card>`);
    const button = deepQuery<HTMLButtonElement>(el, 'button')!;
    button.focus();
    await sendKeys({ press: 'Tab' });
    const focused = deepElements(el).find((e) => e.matches(':focus-visible'))!;
    expect(focused, 'a focused element').to.exist;
    const s = getComputedStyle(focused);
    expect(s.outlineStyle).to.not.equal('none');
    expect(parseFloat(s.outlineWidth)).to.be.at.least(2);
  });

  it('keeps the loading skeletons visible (they are drawn by a background, which forced colours drop)', async () => {
    const { el } = await mount(html`<ph-balance-card></ph-balance-card>`, {
      scenario: 'slow',
      settle: false,
    });
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const skeleton = deepQuery(el, '.skeleton')!;
    const s = getComputedStyle(skeleton);
    const card = getComputedStyle(deepQuery(el, '.card')!);
    const drawn =
      (s.backgroundColor !== card.backgroundColor && s.backgroundColor !== 'rgba(0, 0, 0, 0)') ||
      (s.borderTopStyle !== 'none' && s.borderTopWidth !== '0px');
    expect(drawn, `skeleton ${s.backgroundColor} on ${card.backgroundColor}`).to.be.true;
  });
});

describe('a dark colour scheme', () => {
  const page = document.documentElement.style;
  beforeEach(() => {
    page.colorScheme = 'dark';
    page.background = '#121212';
  });
  afterEach(() => {
    page.colorScheme = '';
    page.background = '';
  });

  for (const tag of tags) {
    it(`<${tag}> is axe-clean in it, for an owner and a member, in the dark tokens`, async function () {
      this.timeout(20_000);
      for (const role of ['owner', 'member'] as const) {
        const { el, provider } = await mount(render(tag), { role });
        await showIt(tag, el);
        await settled(el);
        // The light text colour of the dark tokens (--ph-color-text), not the light scheme's.
        expect(getComputedStyle(el).color, `${tag} text`).to.equal('rgb(236, 238, 241)');
        await expectAccessible(el);
        provider.remove();
      }
    });
  }
});

/** The contrast ratio of two computed colours (`rgb(…)`), as WCAG defines it. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255);
    const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  };
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x! + 0.05) / (y! + 0.05);
}

describe('the shade that says a table scrolls sideways', () => {
  const page = document.documentElement.style;
  afterEach(() => {
    page.colorScheme = '';
    page.background = '';
  });

  it('is light on a dark surface, where a dark one would not show', async () => {
    page.colorScheme = 'dark';
    page.background = '#121212';
    const { el, provider } = await mount(html`<ph-invoice-list></ph-invoice-list>`);
    await settled(el);
    const image = getComputedStyle(deepQuery(el, '.scroll')!).backgroundImage;
    expect(image).to.contain('rgba(255, 255, 255, 0.22)');
    expect(image).to.not.contain('rgba(0, 0, 0, 0.18)');
    provider.remove();
  });
});

describe('the outline of a field or a choice (WCAG 1.4.11, 3:1)', () => {
  const page = document.documentElement.style;
  afterEach(() => {
    page.colorScheme = '';
    page.background = '';
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`stands out from the surface in the ${scheme} scheme`, async () => {
      page.colorScheme = scheme;
      page.background = scheme === 'dark' ? '#121212' : '';
      const { el, provider } = await mount(
        html`<div>
          <ph-text-field label="Name"></ph-text-field>
          <ph-select label="Region" .options=${[{ value: 'eu', label: 'EU' }]}></ph-select>
          <ph-radio-group label="Plan" .options=${[{ value: 'a', label: 'A' }]}></ph-radio-group>
          <ph-money-input label="Amount"></ph-money-input>
          <ph-file-drop label="Logo"></ph-file-drop>
          <ph-invoice-list></ph-invoice-list>
          <ph-whatsapp-accounts></ph-whatsapp-accounts>
        </div>`,
      );
      await settled(el);
      const inside = (tag: string, selector: string) => deepQuery(el.querySelector(tag)!, selector);
      const outlines: Array<[string, Element | null]> = [
        ['text field', inside('ph-text-field', '.control')],
        ['select', inside('ph-select', '.control')],
        ['radio choice', inside('ph-radio-group', '.choice')],
        ['money input', inside('ph-money-input', '.control')],
        ['file drop zone', inside('ph-file-drop', '[part="drop-zone"]')],
        ['invoice filter', inside('ph-invoice-list', 'select')],
        ['account search', inside('ph-whatsapp-accounts', 'input[type="search"]')],
      ];
      for (const [what, box] of outlines) {
        expect(box, what).to.not.equal(null);
        const style = getComputedStyle(box!);
        const surface = getComputedStyle(inside('ph-invoice-list', '.card')!).backgroundColor;
        const ratio = contrast(style.borderTopColor, surface);
        expect(ratio, `${what}: ${style.borderTopColor} on ${surface}`).to.be.at.least(3);
      }
      provider.remove();
    });
  }
});
