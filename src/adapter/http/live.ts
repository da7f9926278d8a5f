/**
 * Live updates over Server-Sent Events: one EventSource shared by every listener, opened with
 * the first and closed with the last. Each `data:` line is one LiveEvent; malformed messages are
 * ignored. A dropped connection the browser retries by itself; a stream the server refuses (an
 * error status, a proxy's 502 during a deploy, an expired signed URL) is opened again with a
 * fresh URL after 1, 2, 4, 8 and 16 seconds, and after that it stops and says so once in the
 * console: widgets still refresh after their own mutations.
 */
import { RESOURCE_NAMES } from '../contract.js';
import type { LiveEvent, LiveListener, ResourceName } from '../contract.js';

/** Every resource a live event may name. */
export const LIVE_RESOURCES: ReadonlySet<string> = new Set<ResourceName>(RESOURCE_NAMES);

/** The EventSource constructor (the browser's, or a polyfill that can send headers). */
export type EventSourceConstructor = new (
  url: string,
  init?: EventSourceInit,
) => Pick<EventSource, 'close' | 'readyState' | 'onmessage' | 'onerror'>;

/** Reads one message as a LiveEvent, or `undefined` when it is not one. */
export function parseLiveEvent(data: unknown): LiveEvent | undefined {
  if (typeof data !== 'string') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { resource, data: payload } = value as { resource?: unknown; data?: unknown };
  if (typeof resource !== 'string' || !LIVE_RESOURCES.has(resource)) return undefined;
  // Only balances carry data (the client parses it); other resources are re-read.
  if (resource === 'balances' && payload !== undefined) {
    return { resource, data: payload as LiveEvent['data'] };
  }
  return { resource } as LiveEvent;
}

const CLOSED = 2;

/** How often, and from how long a wait (doubling each time), a refused stream is opened again. */
export interface LiveRetry {
  attempts: number;
  baseMs: number;
}

const RETRY: LiveRetry = { attempts: 5, baseMs: 1000 };

/** A subscribe function over one event stream URL (resolved when the stream opens). */
export function liveSubscription(
  url: () => string | Promise<string>,
  EventSourceImpl: EventSourceConstructor,
  withCredentials: boolean,
  retry: LiveRetry = RETRY,
): (listener: LiveListener) => () => void {
  const listeners = new Set<LiveListener>();
  let source: InstanceType<EventSourceConstructor> | undefined;
  /** Bumped on every close, so a stream that opens after its last listener left is dropped. */
  let generation = 0;
  let failed = false;
  /** Refusals since the stream last delivered a message. */
  let refusals = 0;
  let again: ReturnType<typeof setTimeout> | undefined;

  /** The stream was refused (or its URL could not be had): open it again later, or give up. */
  const refused = () => {
    refusals += 1;
    if (refusals > retry.attempts) {
      failed = true;
      console.warn(
        `[partner-hub-elements] The live event stream was refused ${retry.attempts + 1} times in a row; live updates stay off until the page is loaded again. Elements still refresh after their own changes.`,
      );
      return;
    }
    again = setTimeout(
      () => {
        again = undefined;
        if (listeners.size > 0 && !source) void open();
      },
      retry.baseMs * 2 ** (refusals - 1),
    );
  };

  const deliver = (event: LiveEvent) => {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        // One broken listener must not silence the others.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  const close = () => {
    generation += 1;
    clearTimeout(again);
    again = undefined;
    source?.close();
    source = undefined;
  };

  const open = async () => {
    const mine = generation;
    let href: string;
    try {
      href = await url();
    } catch {
      if (mine === generation) refused();
      return;
    }
    if (mine !== generation || listeners.size === 0 || source) return;
    let es: InstanceType<EventSourceConstructor>;
    try {
      es = new EventSourceImpl(href, { withCredentials });
    } catch {
      failed = true;
      return;
    }
    source = es;
    es.onmessage = (message: MessageEvent) => {
      refusals = 0;
      const event = parseLiveEvent(message.data);
      if (event) deliver(event);
    };
    es.onerror = () => {
      // CONNECTING: the browser retries by itself. CLOSED: the server refused the stream.
      if (es.readyState === CLOSED && source === es) {
        close();
        refused();
      }
    };
  };

  return (listener: LiveListener) => {
    listeners.add(listener);
    if (!source && !failed && !again && listeners.size === 1) void open();
    return () => {
      if (!listeners.delete(listener)) return;
      if (listeners.size === 0) close();
    };
  };
}
