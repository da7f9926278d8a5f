/**
 * Localisation: English source strings with German, Spanish and Brazilian Portuguese loaded on
 * demand, per locale (they are not in the main bundle). Several locales can be in use on one
 * page at once: each element resolves its words from its own locale (see `msg.ts`). Intl does
 * money, dates and countries; this module only picks and loads the catalogues.
 */
import { allLocales, sourceLocale } from './locale-codes.js';
import type { MessageId } from './messages.js';
import { setAmbientWords } from './msg.js';
import type { Templates, Words } from './msg.js';

export type KitLocale = (typeof allLocales)[number];

/**
 * Texts a host puts in place of the kit's, per locale (a BCP 47 tag: `en`, `de`, `fr`…), by
 * message id. `{0}`, `{1}`… stand for the message's values in the order of the English source.
 * A tag the kit has no catalogue for (`fr`) adds a locale: its texts, English where one is
 * missing.
 */
export type TextOverrides = Readonly<Record<string, Readonly<Partial<Record<MessageId, string>>>>>;

const loaders: Record<string, () => Promise<{ templates: Templates }>> = {
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
};

const loaded = new Map<string, Templates>([[sourceLocale, {}]]);
const loading = new Map<string, Promise<void>>();

/**
 * The catalogue for a BCP 47 tag: exact match, then language (`de-AT` → `de`,
 * `pt-PT` → `pt-BR`, `es-MX` → `es`), else English.
 */
export function resolveLocale(tag: string | undefined | null): KitLocale {
  if (!tag) return sourceLocale;
  const lower = tag.toLowerCase();
  const exact = allLocales.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split('-')[0];
  return allLocales.find((l) => l.toLowerCase().split('-')[0] === language) ?? sourceLocale;
}

/**
 * Loads the catalogue `tag` resolves to; `undefined` when it is already loaded (so a caller
 * can stay synchronous), else a promise that settles once it is (English stands in if the
 * load fails).
 */
export function loadCatalogue(tag: string | undefined | null): Promise<void> | undefined {
  const locale = resolveLocale(tag);
  if (loaded.has(locale)) return undefined;
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale]!()
      .then(
        (module) => void loaded.set(locale, module.templates),
        () => undefined,
      )
      .finally(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/**
 * The words an element speaking `tag` uses: the loaded catalogue (English until it is) and the
 * host's texts for the tag, else for its language (`de-AT` uses `de`'s).
 */
export function wordsFor(tag: string, overrides?: TextOverrides): Words {
  return {
    templates: loaded.get(resolveLocale(tag)),
    texts: (overrides?.[tag] ?? overrides?.[tag.split('-')[0]!]) as Words['texts'],
  };
}

let pageLocale: string | undefined;
const listeners = new Set<() => void>();

/** @internal Calls `listener` when `setKitLocale` changes the default; returns the remover. */
export function onKitLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Sets the locale of every element that has none from its own `lang` or a
 * `<ph-provider locale>` (it wins over the page's `lang` and the browser's language); resolves
 * once its catalogue is loaded and those elements asked to re-render. `undefined` unsets it.
 */
export async function setKitLocale(tag: string | undefined | null): Promise<void> {
  pageLocale = tag ?? undefined;
  await loadCatalogue(tag);
  // Strings made outside any element's update speak it too (and a server rendering, which
  // calls `render()` itself: context does not reach it there).
  setAmbientWords(tag ? wordsFor(tag) : undefined);
  for (const listener of listeners) listener();
}

/** The default `setKitLocale` set (its catalogue), else English. */
export function getKitLocale(): string {
  return resolveLocale(pageLocale);
}

/** @internal The default `setKitLocale` set, as given. */
export function kitLocale(): string | undefined {
  return pageLocale;
}

/**
 * @internal The language of `el` when neither it nor a provider names one: `setKitLocale()`'s,
 * else the nearest `lang` in the page, else the browser's, else English. Elements speak it, and
 * a provider without a locale tells its adapter it.
 */
export function fallbackLocale(el: Element): string {
  // `closest` is absent on a server rendering (@lit-labs/ssr's DOM shim) and in Node 20.
  const closest = typeof el.closest === 'function' && el.closest('[lang]')?.getAttribute('lang');
  return pageLocale || closest || globalThis.navigator?.language || 'en';
}
