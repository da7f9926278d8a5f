import { expect } from '@open-wc/testing';
import { templates as de } from '../../src/i18n/locales/de.js';
import { templates as es } from '../../src/i18n/locales/es.js';
import { templates as ptBR } from '../../src/i18n/locales/pt-BR.js';

type Template = string | { strings: readonly string[]; values: readonly unknown[] };

/** Every translation of a catalogue as text (values left out), with its id. */
const texts = (catalogue: Record<string, Template>) =>
  Object.entries(catalogue).map(
    ([id, t]) => [id, typeof t === 'string' ? t : t.strings.join(' … ')] as const,
  );

/** The translations that use `pattern`, as "id: text", so a failure names each. */
const using = (catalogue: Record<string, Template>, pattern: RegExp) =>
  texts(catalogue)
    .filter(([, text]) => pattern.test(text))
    .map(([id, text]) => `${id}: ${text}`);

/*
 * One register and one word per thing in each language: the person reading the kit is
 * addressed one way throughout, and a payment method or an emergency top-up is not called two
 * things on two screens.
 */
describe('terminology', () => {
  it('Spanish addresses the reader as usted throughout, never tú', () => {
    // Tú's possessives and pronouns, its present and future forms and imperatives with an
    // enclitic, anywhere in a sentence.
    const tu =
      /\b(tu|tus|te|ti|contigo|tienes|puedes|podrás|quieres|cancelas|convertirte|hacerte|cancélalas?|págalas?)\b/i;
    expect(using(es, tu)).to.deep.equal([]);
    // Imperatives that are also usted's "he / she does" ("el método añade"): tú only where they
    // open a sentence.
    const command = /(^|[.:;!?¿¡]\s*)(vuelve|contacta|pide|resuelve|revisa|elige|añade|escribe)\b/i;
    expect(using(es, command)).to.deep.equal([]);
  });

  it('Spanish calls the account a "cuenta de partner", as most of its sentences do', () => {
    expect(using(es, /cuentas? de socios?/i)).to.deep.equal([]);
  });

  it('German says "Zahlungsart" and "Notfallaufladung" throughout', () => {
    expect(using(de, /Zahlungsmethode/i)).to.deep.equal([]);
    expect(using(de, /Notaufladung/i)).to.deep.equal([]);
  });

  it('Portuguese says "forma de pagamento" throughout', () => {
    expect(using(ptBR, /\bmétodos?\b/i)).to.deep.equal([]);
  });
});
