import { expect, fixture, html } from '@open-wc/testing';
import { PhElement } from '../../src/base/element.js';
import { templates as de } from '../../src/i18n/locales/de.js';
import { templates as es } from '../../src/i18n/locales/es.js';
import { templates as ptBR } from '../../src/i18n/locales/pt-BR.js';
import { targetLocales } from '../../src/i18n/locale-codes.js';
import { getKitLocale, resolveLocale, setKitLocale } from '../../src/i18n/localization.js';
import { msg } from '../../src/i18n/msg.js';

type Template = string | { strings: readonly string[]; values: readonly unknown[] };
type Catalogue = Record<string, Template>;

const catalogues: Record<(typeof targetLocales)[number], Catalogue> = {
  de,
  es,
  'pt-BR': ptBR,
};

/** A translation as text, each expression shown as its index: "Este hub no ofrece ${0}.". */
function textOf(template: Template): string {
  if (typeof template === 'string') return template;
  return template.strings.reduce((out, s, i) =>
    i === 0 ? s : `${out}\${${String(template.values[i - 1])}}${s}`,
  );
}

const isHtml = (template: Template) => typeof template !== 'string' && '_$litType$' in template;

interface Unit {
  id: string;
  source: string;
  /** The target as `textOf` shows it, or undefined when a placeholder is not one expression. */
  target: string | undefined;
}

/** The xliff file of a locale, fetched from the test server, as the units it holds. */
async function xliffUnits(locale: string): Promise<Unit[]> {
  const response = await fetch(`/src/i18n/xliff/${locale}.xlf`);
  expect(response.ok, `${locale}.xlf is served`).to.be.true;
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).to.have.length(0);
  const flatten = (el: Element | undefined) => {
    if (!el) return undefined;
    let text = '';
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
      else if (node instanceof Element && node.localName === 'x') {
        if (!/^\$\{[^}]*\}$/.test(node.getAttribute('equiv-text') ?? '')) return undefined;
        text += `\${${node.getAttribute('id')}}`;
      } else return undefined;
    }
    return text;
  };
  return Array.from(doc.getElementsByTagName('trans-unit')).map((unit) => ({
    id: unit.getAttribute('id') ?? '',
    source: flatten(unit.getElementsByTagName('source')[0]) ?? '',
    target: flatten(unit.getElementsByTagName('target')[0]),
  }));
}

class I18nProbe extends PhElement {
  protected override render() {
    return html`<h2>${msg('Credit balance')}</h2>`;
  }
}
customElements.define('i18n-probe', I18nProbe);

describe('locale modules', () => {
  const reference = Object.keys(de).sort();

  it('German has the extracted strings', () => {
    expect(reference.length).to.be.greaterThan(40);
  });

  for (const locale of ['es', 'pt-BR'] as const) {
    it(`${locale} translates exactly the strings German does`, () => {
      expect(Object.keys(catalogues[locale]).sort()).to.deep.equal(reference);
    });
  }

  for (const locale of targetLocales) {
    it(`${locale} translates known strings away from English`, async () => {
      const units = await xliffUnits(locale);
      const known = [
        'Credit balance',
        'Add to Credit Balance',
        'Modify auto-renewal',
        'Auto-renewal is off.',
        'Try again',
        'Loading…',
      ];
      for (const source of known) {
        const unit = units.find((u) => u.source === source);
        expect(unit, `"${source}" is extracted`).to.exist;
        const translated = catalogues[locale][unit!.id];
        expect(translated, `${locale} has "${source}"`).to.exist;
        expect(textOf(translated!).trim()).to.not.be.empty;
        expect(textOf(translated!), `${locale} "${source}"`).to.not.equal(source);
      }
    });

    it(`${locale} module matches ${locale}.xlf (run npm run localize after editing it)`, async () => {
      const units = await xliffUnits(locale);
      const catalogue = catalogues[locale];
      expect(units.map((u) => u.id).sort(), 'ids').to.deep.equal(Object.keys(catalogue).sort());
      for (const unit of units) {
        const template = catalogue[unit.id]!;
        if (unit.target === undefined || isHtml(template)) continue;
        expect(textOf(template), unit.id).to.equal(unit.target);
      }
    });

    it(`${locale} shows text messages as written, not HTML-escaped`, () => {
      for (const [id, template] of Object.entries(catalogues[locale])) {
        if (isHtml(template)) continue;
        expect(textOf(template), id).to.not.match(/&(lt|gt|amp|quot|apos|#\d+);/);
      }
    });
  }
});

describe('resolveLocale', () => {
  it('matches exact tags, then the language, else English', () => {
    expect(resolveLocale('de')).to.equal('de');
    expect(resolveLocale('pt-br')).to.equal('pt-BR');
    expect(resolveLocale('de-AT')).to.equal('de');
    expect(resolveLocale('pt-PT')).to.equal('pt-BR');
    expect(resolveLocale('es-MX')).to.equal('es');
    expect(resolveLocale('fr')).to.equal('en');
    expect(resolveLocale('')).to.equal('en');
    expect(resolveLocale(undefined)).to.equal('en');
  });
});

describe('setKitLocale', () => {
  afterEach(async () => {
    await setKitLocale(undefined);
  });

  const heading = (el: Element) => el.shadowRoot!.querySelector('h2')!.textContent;

  it('re-renders elements with no locale of their own in the chosen language', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe></i18n-probe>`);
    await setKitLocale('en');
    await el.updateComplete;
    expect(heading(el)).to.equal('Credit balance');

    await setKitLocale('de-AT');
    await el.updateComplete;
    expect(getKitLocale()).to.equal('de');
    expect(heading(el)).to.equal('Guthaben');

    await setKitLocale('pt-PT');
    await el.updateComplete;
    expect(heading(el)).to.equal('Saldo de créditos');

    await setKitLocale('fr');
    await el.updateComplete;
    expect(heading(el)).to.equal('Credit balance');
  });

  it('leaves an element with its own lang in its own language', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe lang="es"></i18n-probe>`);
    await setKitLocale('de');
    await el.updateComplete;
    expect(heading(el)).to.equal('Saldo de crédito');
  });
});
