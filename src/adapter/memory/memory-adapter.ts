/**
 * The memory adapter: the embedded default behind the demo, Storybook and the tests. A complete
 * Partner Hub in memory with real semantics, not a mock: usage is deducted as simulated time
 * passes, auto-renewal and emergency top-ups fire by the domain rules, top-ups are idempotent,
 * roles are enforced and the last owner is protected.
 *
 * ```ts
 * const adapter = createMemoryAdapter({ scenario: 'low', latency: { min: 200, max: 600 } });
 * adapter.clock.advance(60 * 60 * 1000); // one hour of usage: auto-renewal fires
 * ```
 *
 * Every call takes `{ signal }` (an abort rejects with `AdapterError('aborted')`, also during
 * the simulated latency) and every mutation needs an `idempotencyKey`: the same key with the
 * same input returns the stored result without applying anything again; the same key with
 * another input is a `conflict`. A payment that fails (declined or expired card) does not use
 * up its key: retrying with the same key, for example after choosing another card, pays once.
 */
import { refusalIn } from './words.js';
import type { AdapterCapability, LiveListener, ReadOptions } from '../contract.js';
import type { AdapterError } from '../errors.js';
import type { Role } from '../schemas.js';
import { checkLatency, hubMethods, MemoryHub } from './engine.js';
import type {
  AdapterMethod,
  FailNextOptions,
  MemoryAdapter,
  MemoryAdapterOptions,
  MemoryLatency,
} from './types.js';

/**
 * Creates a memory adapter. See {@link MemoryAdapterOptions} for the scenarios and
 * {@link MemoryAdapter} for the controls.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const hub = new MemoryHub({ ...options });
  const methods = hubMethods(hub);
  const enabled = (name: string) => options.capabilities?.[name as AdapterCapability] !== false;

  const adapter: Record<string, unknown> = {
    scenario: hub.scenario,
    clock: Object.freeze({
      now: () => new Date(hub.world.now),
      advance: (ms: number) => hub.advance(ms),
    }),
    clearCalls: () => void (hub.log.length = 0),
    setRole: (role: Role) => hub.setRole(role),
    setLatency: (latency: MemoryLatency) => void (hub.latency = checkLatency(latency)),
    setFailing: (failing: boolean) => hub.setFailing(failing),
    failNext: (method: AdapterMethod, error: AdapterError, opts?: FailNextOptions) =>
      hub.failNext(method, error, opts),
    reset: () => hub.reset(),
  };
  Object.defineProperty(adapter, 'outbox', {
    enumerable: true,
    get: () => hub.outbox.map((mail) => ({ ...mail })),
  });
  Object.defineProperty(adapter, 'calls', {
    enumerable: true,
    get: () => hub.log.map((c) => ({ method: c.method, args: [...c.args] })),
  });
  for (const [method, fn] of Object.entries(methods) as Array<
    [AdapterMethod, (...a: unknown[]) => unknown]
  >) {
    if (!enabled(method)) continue;
    adapter[method] = (...args: unknown[]) => {
      hub.log.push({ method, args });
      const locale = (args.at(-1) as ReadOptions | undefined)?.locale;
      const answer = fn(...args);
      // A refusal in the elements' language where the hub has it (words.ts).
      return locale && answer instanceof Promise
        ? answer.catch((error: unknown) => Promise.reject(refusalIn(error, locale)))
        : answer;
    };
  }
  if (enabled('subscribe')) {
    adapter['subscribe'] = (listener: LiveListener) => hub.subscribe(listener);
  }
  return adapter as unknown as MemoryAdapter;
}
