/**
 * Server-Sent Events on a web `ReadableStream`, with backpressure: events queue in the stream
 * while the client reads slowly, and a client that stops reading is dropped (its queue past
 * `streamQueue`, or nothing read between two heartbeats while something waits) instead of
 * growing the server's memory forever.
 */
import type { LiveEvent } from '../adapter/contract.js';
import type { LiveFanout, ServerLimits } from './types.js';

export interface EventStreamOptions {
  live: LiveFanout;
  partnerAccountId: string;
  limits: Pick<ServerLimits, 'streamQueue' | 'heartbeatMs'>;
  /** The first event (the current balances), when there is one. */
  first?: LiveEvent;
  /** Ends the stream (the handler closing, or the request aborted). */
  signal: AbortSignal;
  /** Called once when the stream ends, for whatever reason. */
  onClose: () => void;
  /**
   * Whether the user may still follow the account (signed in, still a user of it): asked at
   * every heartbeat and before every event (events are few: a change, an hour's usage). No:
   * the stream ends and nothing more is sent.
   */
  stillAllowed?: () => Promise<boolean>;
}

const encoder = new TextEncoder();

export class StalledClientError extends Error {
  override readonly name = 'StalledClientError';
  constructor() {
    super('The event stream client stopped reading; it was dropped.');
  }
}

/** A `text/event-stream` body fed from the live fan-out. */
export function eventStream(options: EventStreamOptions): ReadableStream<Uint8Array> {
  const { limits } = options;
  let unsubscribe: (() => void) | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let ended = false;
  let controllerRef: ReadableStreamDefaultController<Uint8Array> | undefined;
  let lastQueued = 0;
  // Events go out in order, each after the check it may wait for.
  let outgoing: Promise<void> = Promise.resolve();
  let waiting = 0;

  /** Ends the stream when the user may no longer follow the account; resolves whether it may. */
  const allowed = async (): Promise<boolean> => {
    if (!options.stillAllowed) return true;
    let ok = false;
    try {
      ok = await options.stillAllowed();
    } catch {
      // An identity that cannot be checked is not trusted.
    }
    if (!ok) end();
    return ok;
  };

  const end = (error?: Error) => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    options.signal.removeEventListener('abort', onAbort);
    unsubscribe?.();
    try {
      if (error) controllerRef?.error(error);
      else controllerRef?.close();
    } catch {
      // Already closed or cancelled.
    }
    options.onClose();
  };
  const onAbort = () => end();

  const queued = () =>
    controllerRef ? limits.streamQueue - (controllerRef.desiredSize ?? limits.streamQueue) : 0;

  const send = (text: string) => {
    if (ended || !controllerRef) return;
    if (queued() >= limits.streamQueue) {
      end(new StalledClientError());
      return;
    }
    controllerRef.enqueue(encoder.encode(text));
  };

  return new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        controllerRef = controller;
        if (options.signal.aborted) return end();
        options.signal.addEventListener('abort', onAbort);
        send('retry: 3000\n\n');
        if (options.first) send(`data: ${JSON.stringify(options.first)}\n\n`);
        heartbeat = setInterval(() => {
          // Something waited a whole interval and nothing of it was read: the client stalled.
          const now = queued();
          if (now > 0 && lastQueued > 0 && now >= lastQueued) return end(new StalledClientError());
          lastQueued = now;
          outgoing = outgoing.then(async () => {
            if (await allowed()) send(': keep-alive\n\n');
          });
        }, limits.heartbeatMs);
        (heartbeat as { unref?: () => void }).unref?.();
        try {
          const off = await options.live.subscribe(options.partnerAccountId, (event) => {
            if (ended) return;
            // Events waiting for their check count as queued: a client that stops reading is
            // dropped as soon as they would overflow its queue.
            if (queued() + waiting >= limits.streamQueue) return end(new StalledClientError());
            const data = `data: ${JSON.stringify(event)}\n\n`;
            waiting += 1;
            outgoing = outgoing.then(async () => {
              const ok = await allowed();
              waiting -= 1;
              if (ok) send(data);
            });
          });
          if (ended) off();
          else unsubscribe = off;
        } catch (error) {
          end(error instanceof Error ? error : new Error(String(error)));
        }
      },
      cancel() {
        end();
      },
    },
    { highWaterMark: limits.streamQueue, size: () => 1 },
  );
}
