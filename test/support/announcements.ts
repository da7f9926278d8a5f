/**
 * What a screen reader would say, counted: every change of a live region's content (an element
 * with `role="alert"`, `role="status"`, `role="log"` or `aria-live` other than "off", in the
 * document or any open shadow root under `root`), every live region inserted with content (an
 * `alert` is read when it appears), and every move of focus (to what the element says). Used to check "one announcement per
 * event" (issue 7 item 11).
 */
import { deepActiveElement } from './conformance.js';

export interface Heard {
  /** `live: <text>` or `focus: <tag and text>`, in order. */
  readonly events: readonly string[];
  /** Stops listening. */
  stop(): void;
}

const LIVE = '[role="alert"],[role="status"],[role="log"],[aria-live]:not([aria-live="off"])';

function liveRegionOf(node: Node | null): Element | null {
  const el = node instanceof Element ? node : (node?.parentElement ?? null);
  return el?.closest(LIVE) ?? null;
}

/** Every open shadow root at or under `node`. */
function shadowRoots(node: Element | ShadowRoot): ShadowRoot[] {
  const roots: ShadowRoot[] = node instanceof ShadowRoot ? [node] : [];
  const all = node.querySelectorAll('*');
  for (const el of [node, ...all]) {
    if (el instanceof Element && el.shadowRoot) roots.push(...shadowRoots(el.shadowRoot));
  }
  return roots;
}

/** Starts listening under `root` (an element with a shadow root, usually the widget). */
export function listenLikeAScreenReader(root: Element): Heard {
  const events: string[] = [];
  // Focus moves: the deepest focused element, compared after every focus event, every DOM
  // change, every frame and at the end (Chromium does not always fire focus events in a test
  // page, so the events alone would miss some moves).
  let focused = deepActiveElement();
  const checkFocus = () => {
    const now = deepActiveElement();
    if (now === focused) return;
    focused = now;
    if (now instanceof HTMLElement && now !== document.body) {
      events.push(`focus: ${now.localName} ${now.textContent!.trim().slice(0, 60)}`);
    }
  };
  const observed = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    checkFocus();
    const changed = new Set<Element>();
    for (const record of records) {
      // A new shadow root may have appeared with a nested element: watch it too.
      for (const added of record.addedNodes) {
        if (added instanceof Element) watchTree(added);
        const inserted = added instanceof Element ? added.matches(LIVE) : false;
        if (inserted && added.textContent!.trim()) changed.add(added as Element);
      }
      const region = liveRegionOf(record.target);
      if (region && region.textContent!.trim()) changed.add(region);
    }
    for (const region of changed) events.push(`live: ${region.textContent!.trim()}`);
  });
  const watch = (target: Node) => {
    if (observed.has(target)) return;
    observed.add(target);
    observer.observe(target, { childList: true, subtree: true, characterData: true });
  };
  const watchTree = (el: Element) => {
    for (const shadow of shadowRoots(el)) watch(shadow);
  };
  watch(root);
  watchTree(root);
  let frame = requestAnimationFrame(function tick() {
    checkFocus();
    frame = requestAnimationFrame(tick);
  });
  document.addEventListener('focusin', checkFocus, true);
  return {
    events,
    stop() {
      checkFocus();
      observer.disconnect();
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', checkFocus, true);
    },
  };
}
