/**
 * The kit's own `msg()` and `str`: the same call sites `lit-localize extract` reads (it finds
 * them by the `_LIT_LOCALIZE_MSG_` / `_LIT_LOCALIZE_STR_` brands on their types), but each call
 * resolves against the words of the element rendering now, not one locale for the whole page.
 * So two providers with different locales on one page each speak their own language.
 *
 * `PhElement` sets the words around its update (render, `willUpdate`, controllers, `updated`)
 * and when an event reaches it (strings made in a handler); outside those, a call uses the words
 * of the element that last handled an event, else English.
 */
/** What `str\`…${x}\`` makes: the literal parts and the values, joined when resolved. */
export interface StrResult {
  strTag: true;
  strings: readonly string[];
  values: readonly unknown[];
}

/** One locale's catalogue, as `lit-localize build` writes it: id → text or `str` template. */
export type Templates = Readonly<Record<string, string | StrResult>>;

/**
 * What a `msg()` call resolves against: the built-in catalogue of one locale and the host's
 * texts for it (`{0}`, `{1}`… stand for the message's values, in English source order).
 */
export interface Words {
  templates?: Templates | undefined;
  texts?: Readonly<Record<string, string>> | undefined;
}

type Str = ((strings: TemplateStringsArray, ...values: unknown[]) => StrResult) & {
  /** @internal Brand `lit-localize extract` looks for. */
  _LIT_LOCALIZE_STR_?: never;
};

/** Tags a message with values: `msg(str\`Balance ${amount}\`)`. */
export const str: Str = (strings, ...values) => ({ strTag: true, strings, values });

type Msg = ((template: string | StrResult, options?: { id?: string; desc?: string }) => string) & {
  /** @internal Brand `lit-localize extract` looks for. */
  _LIT_LOCALIZE_MSG_?: never;
};

let current: Words | undefined;
let ambient: Words | undefined;

/** Runs `fn` with `words` as the words every `msg()` inside it resolves against. */
export function withWords<T>(words: Words | undefined, fn: () => T): T {
  const before = current;
  current = words;
  try {
    return fn();
  } finally {
    current = before;
  }
}

/** The words for calls outside any update (an event handler, the code after an `await`). */
export function setAmbientWords(words: Words | undefined): void {
  ambient = words;
}

const ids = new Map<string | readonly string[], string>();

/**
 * The id `lit-localize extract` gives a message: `s` and the 64-bit FNV-1a hash (over UTF-16
 * code units) of its literal parts joined by U+001E, in 16 hex digits. The catalogues and the
 * hosts' texts are keyed by it.
 */
export function messageId(template: string | readonly string[]): string {
  const text = typeof template === 'string' ? template : template.join('\x1e');
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash = ((hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `s${hash.toString(16).padStart(16, '0')}`;
}

function idOf(template: string | StrResult): string {
  const key = typeof template === 'string' ? template : template.strings;
  let id = ids.get(key);
  if (id === undefined) {
    id = messageId(key);
    ids.set(key, id);
  }
  return id;
}

/** Literal parts joined with the values; `order[i]` says which value the i-th gap takes. */
function join(strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]) {
  let text = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) {
    text += String(values[order ? (order[i - 1] as number) : i - 1]) + strings[i];
  }
  return text;
}

/**
 * A localized message: the host's text for its id, else the catalogue's translation, else the
 * English source. Always a string.
 */
export const msg: Msg = (template, options) => {
  const words = current ?? ambient;
  const values = typeof template === 'string' ? [] : template.values;
  if (words) {
    const id = options?.id ?? idOf(template);
    const text = words.texts?.[id];
    if (text !== undefined) return text.replace(/\{(\d+)\}/g, (_, i: string) => String(values[+i]));
    const translated = words.templates?.[id];
    if (typeof translated === 'string') return translated;
    if (translated) return join(translated.strings, values, translated.values);
  }
  return typeof template === 'string' ? template : join(template.strings, values);
};
