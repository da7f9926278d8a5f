import type { MessageId } from './messages.js';

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const decode = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos|#(\d+)|#x([0-9a-f]+));/gi, (whole, name, dec, hex) =>
    dec || hex
      ? String.fromCodePoint(dec ? +dec : parseInt(hex as string, 16))
      : (entities[name as string] ?? whole),
  );

/**
 * The texts of an XLIFF 1.2 file made from the kit's template
 * (`partner-hub-elements/xliff/messages.xlf`, or one of its translations): each unit's `<target>` by its id, with every placeholder
 * `<x id="0" …/>` written `{0}`. Give the result to `<ph-provider>`'s `texts` under a new
 * locale to add a language (`texts = { fr: catalogueFromXliff(frXlf) }`); units without a
 * target are left out, so English stands in for them. Runs in a browser or in Node.
 */
export function catalogueFromXliff(xml: string): Partial<Record<MessageId, string>> {
  const texts: Record<string, string> = {};
  for (const [, attrs, body] of xml.matchAll(/<trans-unit\b([^>]*)>([\s\S]*?)<\/trans-unit>/g)) {
    const id = /\bid="([^"]*)"/.exec(attrs!)?.[1];
    const target = /<target(?:\s[^>]*)?>([\s\S]*?)<\/target>/.exec(body!)?.[1];
    if (!id || target === undefined || target.trim() === '') continue;
    texts[id] = decode(target.replace(/<x\b[^>]*?\bid="(\d+)"[^>]*\/>/g, '{$1}'));
  }
  return texts as Partial<Record<MessageId, string>>;
}
