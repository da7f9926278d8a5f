/**
 * The seams of `partner-hub-elements/server`: what a host supplies (who is asking, the backend
 * that does the work) and the two stores a deployment may swap (idempotency records, live-event
 * fan-out). Everything here is runtime-neutral: web-standard `Request`, `AbortSignal`, no Node.
 *
 * These interfaces are kept stable: the memory implementations in `./memory.ts`, the reference
 * server's SQLite ones and the PostgreSQL ones for several instances all implement them.
 */
import type { LiveEvent, PartnerHubAdapter } from '../adapter/contract.js';
import type { Role } from '../adapter/schemas.js';

// ── who is asking ─────────────────────────────────────────────────────────────────────────

/** The acting user and the partner account they are looking at, from the host's own session. */
export interface Identity {
  partnerAccountId: string;
  user: {
    id: string;
    role: Role;
    /** Only `active` users act; an `invited` user is refused everything (403). */
    status: 'active' | 'invited';
  };
}

/**
 * Reads the host's session (cookie, bearer token…) from the request. `null` or `undefined`
 * means nobody is signed in: the handler answers 401 and nothing else runs.
 */
export type Authenticate = (
  request: Request,
) => Identity | null | undefined | Promise<Identity | null | undefined>;

// ── the backend ───────────────────────────────────────────────────────────────────────────

/** What every backend call receives after its arguments. */
export interface CallContext {
  /** Who acts. The handler has already refused strangers, invited users and members on owner-only routes. */
  actor: Identity;
  /** Aborted when the client goes away or the call runs past `limits.callTimeoutMs`. */
  signal: AbortSignal;
  /** For mutations: the request's `Idempotency-Key` (already claimed in the idempotency store). */
  idempotencyKey?: string;
  /**
   * For mutations: the idempotency store's transaction handle, when its store hands one out.
   * A backend that shares the store's database writes through it, so the change and its
   * idempotency record commit (or roll back) together.
   */
  transaction?: unknown;
  /** The original request (headers, URL), for what the contract does not carry. */
  request: Request;
  /**
   * The language the elements speak (the first tag of `Accept-Language`, which the http
   * adapter sends as the provider's `locale`), to answer in where the backend can.
   */
  locale?: string;
}

/** The contract's methods the server serves (subscribe is the event stream, collectPaymentMethod is the browser's). */
export type BackendMethod = Exclude<keyof PartnerHubAdapter, 'subscribe' | 'collectPaymentMethod'>;

type Fn<M extends BackendMethod> = NonNullable<PartnerHubAdapter[M]>;
/** A method's arguments without its trailing options. */
type Leading<F> = F extends (...args: infer A) => unknown
  ? Required<A> extends [...infer P, unknown]
    ? P
    : never
  : never;
type Result<F> = F extends (...args: never[]) => infer R ? R : never;

/**
 * The contract's methods, server-side: the same arguments as the adapter's, with a
 * {@link CallContext} in place of the options. Every method is optional: one that is absent
 * answers 501 `unavailable`, and the elements show their unavailable state.
 */
export type PartnerHubBackend = {
  [M in BackendMethod]?: (...args: [...Leading<Fn<M>>, CallContext]) => Result<Fn<M>>;
};

// ── idempotency ───────────────────────────────────────────────────────────────────────────

/** Whose key it is: records never cross accounts, users or methods. */
export interface IdempotencyScope {
  partnerAccountId: string;
  userId: string;
  method: BackendMethod;
  key: string;
}

/** A stored answer: the HTTP status and the JSON body (`null` for 204). */
export interface StoredResponse {
  status: number;
  body: unknown;
}

/** What a run produced, and whether it uses up the key (a declined payment does not). */
export interface Execution {
  response: StoredResponse;
  keep: boolean;
}

export interface IdempotencyRequest {
  scope: IdempotencyScope;
  /** SHA-256 of the method, path parameters and the parsed, canonical body. */
  fingerprint: string;
  /** How long a kept answer is replayed (the handler passes 24 hours). */
  ttlMs: number;
}

export type IdempotencyOutcome =
  | { kind: 'executed'; response: StoredResponse }
  | { kind: 'replayed'; response: StoredResponse }
  /** The key was used for a different request (another fingerprint): 409. */
  | { kind: 'conflict' }
  /**
   * The same request is still running (another connection or instance): 503 `unavailable` with
   * `Retry-After`, so the client checks again with the same key (its outcome is not known yet).
   */
  | { kind: 'in_progress' };

/**
 * Runs each (scope, key) once. `run` looks the key up; a kept answer with the same fingerprint
 * is replayed, another fingerprint is a conflict; otherwise it claims the key, calls `execute`
 * (passing its transaction handle, if it has one), and stores the answer when `keep` is true.
 * If `execute` throws, nothing is stored and the claim is released, so a retry runs again.
 */
export interface IdempotencyStore {
  run(
    request: IdempotencyRequest,
    execute: (transaction?: unknown) => Promise<Execution>,
  ): Promise<IdempotencyOutcome>;
}

// ── live events ───────────────────────────────────────────────────────────────────────────

/**
 * Live changes per partner account. The backend (or a job) publishes; every open event
 * stream of that account receives. With several instances, an implementation carries events
 * between them (PostgreSQL `LISTEN` / `NOTIFY`, Redis…).
 */
export interface LiveFanout {
  publish(partnerAccountId: string, event: LiveEvent): void | Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(
    partnerAccountId: string,
    listener: (event: LiveEvent) => void,
  ): (() => void) | Promise<() => void>;
}

export interface ServerStores {
  /** Default: in memory (one instance). */
  idempotency?: IdempotencyStore;
  /** Default: in memory (one instance). */
  live?: LiveFanout;
}

// ── limits ────────────────────────────────────────────────────────────────────────────────

export interface ServerLimits {
  /** Largest JSON body, in bytes (413 beyond). Default 64 KiB. */
  jsonBodyBytes: number;
  /** Largest raw upload (the logo), in bytes. Default 4 MiB. */
  binaryBodyBytes: number;
  /** Deepest JSON nesting accepted (400 beyond). Default 16. */
  jsonDepth: number;
  /** A body not fully received within this many ms is answered 408. Default 10 s. */
  bodyTimeoutMs: number;
  /** A backend call running longer is aborted and answered 504. Default 30 s. */
  callTimeoutMs: number;
  /** Open event streams per user and partner account (429 beyond). Default 4. */
  streamsPerUser: number;
  /** Events queued for a client that is not reading before it is dropped. Default 64. */
  streamQueue: number;
  /** A comment line every this many ms keeps proxies from closing a quiet stream. Default 15 s. */
  heartbeatMs: number;
}

export interface PartnerHubHandlerOptions {
  authenticate: Authenticate;
  backend: PartnerHubBackend;
  stores?: ServerStores;
  limits?: Partial<ServerLimits>;
  /** Where the contract is mounted (default `/api/v1`). */
  basePath?: string;
  /** Called with errors no one expected (they are answered 500); default `console.error`. */
  onError?: (error: unknown, request: Request) => void;
}

/** The handler: web-standard `Request` in, `Response` out. */
export interface PartnerHubHandler {
  (request: Request): Promise<Response>;
  /** Publishes a live event to every open stream of the account (through the live store). */
  publish(partnerAccountId: string, event: LiveEvent): Promise<void>;
  /** Ends every open event stream (on shutdown). */
  close(): void;
  /**
   * The methods the contract serves at a URL (`Allow` of a 405); none outside `basePath` or for
   * an unknown path. For servers that answer a method the runtime cannot carry in a `Request`
   * (TRACE, TRACK) themselves, as `toNodeListener` does.
   */
  allowedMethods(url: string | URL): string[];
  readonly limits: Readonly<ServerLimits>;
}
