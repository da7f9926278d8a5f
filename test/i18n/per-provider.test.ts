import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import '../../src/base/define-provider.js';
import type { PhProvider } from '../../src/base/provider.js';
import type { MessageId } from '../../src/i18n/messages.js';
import { PhElement } from '../../src/base/element.js';
import { MutationController } from '../../src/base/mutation-controller.js';
import { msg, str, withWords } from '../../src/i18n/msg.js';
import { catalogueFromXliff } from '../../src/i18n/xliff.js';
import '../../src/widgets/balance-card/define.js';
import '../../src/widgets/top-up-dialog/define.js';
import '../../src/widgets/overview/define.js';
import { deepQuery, deepText, settled, until } from '../support/conformance.js';

/** The id of an English source, as the XLIFF files list it. */
async function idOf(source: string): Promise<MessageId> {
  const xml = await (await fetch('/src/i18n/xliff/de.xlf')).text();
  const unit = [...xml.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>/g)].find(
    (m) => m[2] === source,
  );
  expect(unit, `"${source}" is in the catalogue`).to.exist;
  return unit![1] as MessageId;
}

/** Two providers side by side, each with its own adapter and locale. */
async function sideBySide(left: string, right: string, texts?: PhProvider['texts']) {
  const adapter = () => createMemoryAdapter({ now: new Date('2026-11-17T12:00:00Z') });
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <ph-provider .adapter=${adapter()} locale=${left} .texts=${texts}>
        <ph-balance-card></ph-balance-card>
      </ph-provider>
      <ph-provider .adapter=${adapter()} locale=${right} .texts=${texts}>
        <ph-balance-card></ph-balance-card>
      </ph-provider>
    </div>`,
  );
  const [a, b] = Array.from(wrapper.querySelectorAll('ph-balance-card'));
  await settled(a!);
  await settled(b!);
  return [a!, b!] as const;
}

const title = (card: Element) => deepQuery(card, 'h2')!.textContent!.trim();
const amount = (card: Element) => deepQuery(card, `[part="amount"]`)!.textContent!.trim();
const updated = (card: Element) => deepQuery(card, 'time')!.parentElement!.textContent!.trim();

describe('a language per provider', () => {
  it('shows German and English side by side, in words, money and dates alike', async () => {
    const [de, en] = await sideBySide('de', 'en');
    expect(title(de)).to.equal('Guthaben');
    expect(title(en)).to.equal('Credit balance');
    expect(amount(de)).to.match(/^[\d.]+,\d{2}\s€$/);
    expect(amount(en)).to.match(/^€[\d,]+\.\d{2}$/);
    // "Aktualisiert 17.11.2026, 13:00" beside "Updated Nov 17, 2026, 1:00 PM".
    expect(updated(de)).to.match(/^Aktualisiert\s+\d{2}\.\d{2}\.\d{4}/);
    expect(updated(en)).to.match(/^Updated\s+[A-Z][a-z]{2} \d{1,2}, \d{4}/);
    expect(deepText(de)).to.not.contain('Updated');
    expect(deepText(en)).to.not.contain('Aktualisiert');
  });

  it('keeps each language when one provider switches (Spanish beside Portuguese)', async () => {
    const [left, right] = await sideBySide('de', 'pt-BR');
    const provider = left.parentElement as PhProvider;
    provider.locale = 'es';
    await until(() => title(left) === 'Saldo de crédito', 'the Spanish title');
    await right.updateComplete;
    expect(title(right)).to.equal('Saldo de créditos');
    expect(updated(left)).to.match(/^Actualizado/);
    expect(updated(right)).to.match(/^Atualizado/);
  });

  it('speaks a new language when the element’s own lang changes after it rendered', async () => {
    const [card, other] = await sideBySide('en', 'en');
    card.lang = 'de';
    await until(() => title(card) === 'Guthaben', 'the German title after lang="de"');
    expect(updated(card)).to.match(/^Aktualisiert/);
    expect(amount(card)).to.match(/^[\d.]+,\d{2}\s€$/);
    card.setAttribute('lang', 'es');
    await until(() => title(card) === 'Saldo de crédito', 'the Spanish title after lang="es"');
    card.removeAttribute('lang');
    await until(() => title(card) === 'Credit balance', 'the provider’s English again');
    expect(title(other)).to.equal('Credit balance');
  });

  it('gives a page’s own lang to the elements it is made of, and a change of it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <ph-provider
          .adapter=${createMemoryAdapter({ now: new Date('2026-11-17T12:00:00Z') })}
          locale="en"
        >
          <ph-overview lang="de"></ph-overview>
        </ph-provider>
      </div>`,
    );
    const overview = wrapper.querySelector('ph-overview')!;
    const card = () => deepQuery(overview, 'ph-balance-card')!;
    await until(() => !!card() && deepQuery(card(), 'h2') !== null, 'the balance card');
    await until(() => title(card()) === 'Guthaben', 'the card in the page’s German');
    overview.lang = 'pt-BR';
    await until(
      () => title(card()) === 'Saldo de créditos',
      'the card in Portuguese after the page’s lang changed',
    );
  });

  it('speaks the element’s language in strings made by a handler', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <ph-provider locale="de"><i18n-handler-probe></i18n-handler-probe></ph-provider>
        <ph-provider locale="en"><i18n-handler-probe></i18n-handler-probe></ph-provider>
      </div>`,
    );
    const [de, en] = Array.from(wrapper.querySelectorAll<HandlerProbe>('i18n-handler-probe'));
    await de!.updateComplete;
    // The English probe renders last; a click on the German one still makes German words.
    en!.requestUpdate();
    await en!.updateComplete;
    de!.shadowRoot!.querySelector('button')!.click();
    expect(de!.said).to.equal('Erneut versuchen');
    en!.shadowRoot!.querySelector('button')!.click();
    expect(en!.said).to.equal('Try again');
  });

  it('speaks the element’s language in strings made when an answer arrives after an await', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <ph-provider locale="de"><i18n-answer-probe></i18n-answer-probe></ph-provider>
        <ph-provider locale="en"><i18n-handler-probe></i18n-handler-probe></ph-provider>
      </div>`,
    );
    const de = wrapper.querySelector<AnswerProbe>('i18n-answer-probe')!;
    const en = wrapper.querySelector<HandlerProbe>('i18n-handler-probe')!;
    await de.updateComplete;
    await en.updateComplete;
    // The German element starts a change; while it waits, the English one has the last event.
    de.shadowRoot!.querySelector('button')!.click();
    en.shadowRoot!.querySelector('button')!.click();
    expect(en.said).to.equal('Try again');
    de.answer();
    await until(() => de.said !== '', 'the answer');
    expect(de.said).to.equal('Erneut versuchen');
  });
});

/** Starts a change on click; its answer, given by `answer()`, makes a string. */
class AnswerProbe extends PhElement {
  said = '';
  answer: () => void = () => undefined;
  private readonly change = new MutationController<string, string>(this, {
    task: () => new Promise<string>((resolve) => (this.answer = () => resolve('ok'))),
    onComplete: () => (this.said = msg('Try again')),
  });

  protected override render() {
    return html`<button type="button" @click=${() => void this.change.run('go')}>
      ${msg('Close')}
    </button>`;
  }
}
customElements.define('i18n-answer-probe', AnswerProbe);

class HandlerProbe extends PhElement {
  said = '';

  protected override render() {
    return html`<button type="button" @click=${() => (this.said = msg('Try again'))}>
      ${msg('Close')}
    </button>`;
  }
}
customElements.define('i18n-handler-probe', HandlerProbe);

describe('text overrides', () => {
  it('replaces a string for one locale only, values kept', async () => {
    const updatedId = await idOf('Updated');
    const [de, en] = await sideBySide('de', 'en', {
      en: { [updatedId]: 'Balance as of' },
    });
    expect(updated(en)).to.match(/^Balance as of\s/);
    expect(updated(de)).to.match(/^Aktualisiert\s/);
  });

  it('fills {0}, {1} placeholders with the message’s values, in any order', () => {
    // The resolver itself, with the words a provider gives: a message with two values, its id
    // as the catalogue computes it.
    const number = '+49 30 1234';
    const name = 'Acme';
    const template = () => str`Couldn’t copy ${name}’s number ${number}.`;
    const id = generateMsgId(template().strings as TemplateStringsArray, false);
    const text = withWords({ texts: { [id]: 'Copy failed: dial {1} ({0}) by hand.' } }, () =>
      msg(template()),
    );
    expect(text).to.equal('Copy failed: dial +49 30 1234 (Acme) by hand.');
    // Without the override, the source with its values.
    expect(withWords({}, () => msg(template()))).to.equal(
      'Couldn’t copy Acme’s number +49 30 1234.',
    );
  });

  it('warns once in the console for an id that is not a message', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const texts = { en: { s_not_a_message: 'x', [await idOf('Credit balance')]: 'y' } };
      await fixture(
        html`<ph-provider .adapter=${createMemoryAdapter()} .texts=${texts}></ph-provider>
          <ph-provider .adapter=${createMemoryAdapter()} .texts=${texts}></ph-provider>`,
      );
      await until(() => warnings.length > 0, 'a warning');
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      console.warn = warn;
    }
    const about = warnings.filter((w) => w.includes('s_not_a_message'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('texts.en.s_not_a_message');
  });
});

describe('a fifth locale from the exported XLIFF', () => {
  it('shows French words with French money, English where a unit is untranslated', async () => {
    // What a host makes from de.xlf: the same units, French targets (one left out).
    const german = await (await fetch('/src/i18n/xliff/de.xlf')).text();
    const creditBalance = await idOf('Credit balance');
    const updatedId = await idOf('Updated');
    const french = german
      .replace('target-language="de"', 'target-language="fr"')
      .replace(
        new RegExp(`(<trans-unit id="${creditBalance}">[\\s\\S]*?<target>)[^<]*`),
        '$1Solde créditeur',
      )
      .replace(
        new RegExp(`(<trans-unit id="${updatedId}">[\\s\\S]*?)<target>[^<]*</target>`),
        '$1',
      );
    const texts = { fr: catalogueFromXliff(french) };
    expect(texts.fr[creditBalance]).to.equal('Solde créditeur');
    const [fr] = await sideBySide('fr', 'en', texts);
    expect(title(fr)).to.equal('Solde créditeur');
    // French money: a comma and a narrow no-break space before the euro sign.
    expect(amount(fr)).to.match(/^[\d\s\u202f]+,\d{2}\s€$/);
    // The unit the host left untranslated falls back to English, not to German.
    expect(updated(fr)).to.match(/^Updated\s/);
  });
});
