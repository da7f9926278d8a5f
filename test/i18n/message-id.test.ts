import { expect } from '@open-wc/testing';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { messageId } from '../../src/i18n/msg.js';

// The catalogues `lit-localize` writes and the hosts' texts are keyed by its ids: the kit's own
// msg() must find the same id for every message, or a translation would silently not apply.
describe('message ids', () => {
  const strings = [
    '',
    'Balance',
    'Enter an amount.',
    'Top up your balance before it runs out.',
    'Saldo aufladen – jetzt, über 10 €',
    'R$ 1.234,56 — cobrança',
    '日本語のテキスト',
    'Emoji 👋🏽 and a lone \ud800 surrogate',
    'x'.repeat(5000),
  ];

  for (const text of strings) {
    it(`agrees with lit-localize for ${JSON.stringify(text.slice(0, 30))}`, () => {
      expect(messageId(text)).to.equal(generateMsgId(text, false));
    });
  }

  it('agrees with lit-localize for a message with values (its literal parts)', () => {
    const parts = ['Top up ', ' by ', ' — before ', '.'];
    expect(messageId(parts)).to.equal(
      generateMsgId(parts as unknown as TemplateStringsArray, false),
    );
    expect(messageId(['', ''])).to.equal(
      generateMsgId(['', ''] as unknown as TemplateStringsArray, false),
    );
  });

  it('agrees for 2,000 random strings of any UTF-16 code units', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const length = next() % 40;
      const text = String.fromCharCode(...Array.from({ length }, () => next() % 65536));
      expect(messageId(text), JSON.stringify(text)).to.equal(generateMsgId(text, false));
    }
  });
});
