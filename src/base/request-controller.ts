import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PhEventMap, PhEventName } from './events.js';

/**
 * Runs `action` once `event` has finished dispatching, unless a listener cancelled it: the way
 * a cancelable `ph-…-request` lets the host take over before the kit's default action runs
 * (listeners on `document` or `window` run after the element's own).
 */
export function afterDispatch(event: Event, action: () => void): void {
  queueMicrotask(() => {
    if (!event.defaultPrevented) action();
  });
}

/** The nearest ancestor matching `selector`, crossing shadow-root boundaries. */
export function closestAcross(el: Element, selector: string): Element | null {
  let node: Element | null = el;
  while (node) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * Performs the default action of a cancelable request fired by another element: listens for
 * `type` under the same `<ph-provider>` (or in the whole document without one) while the host
 * is connected, and runs `action` with the detail once the event has finished dispatching,
 * unless the host page called `preventDefault()`.
 */
export class RequestController<K extends PhEventName> implements ReactiveController {
  #host: ReactiveControllerHost & Element;
  #type: K;
  #action: (detail: PhEventMap[K]) => void;
  #target: EventTarget | null = null;

  constructor(
    host: ReactiveControllerHost & Element,
    type: K,
    action: (detail: PhEventMap[K]) => void,
  ) {
    this.#host = host;
    this.#type = type;
    this.#action = action;
    host.addController(this);
  }

  hostConnected(): void {
    this.#target = closestAcross(this.#host, 'ph-provider') ?? document;
    this.#target.addEventListener(this.#type, this.#handle);
  }

  hostDisconnected(): void {
    this.#target?.removeEventListener(this.#type, this.#handle);
    this.#target = null;
  }

  #handle = (event: Event): void => {
    const { detail } = event as CustomEvent<PhEventMap[K]>;
    afterDispatch(event, () => {
      // A page the host app hides (`hidden` on an ancestor) does not answer: the visible one does.
      if (this.#host.isConnected && !closestAcross(this.#host, '[hidden]')) this.#action(detail);
    });
  };
}
