/**
 * What the client knows of each adapter method, registered by the modules that call it
 * (`src/client/results/*`, imported by the elements that read or change that resource), so a
 * page carries it for the methods its elements call and no others: the schema an answer is
 * checked against, and for a change, what it does to the cache.
 *
 * It fails closed: a method called with no schema registered is refused before the adapter is
 * called, with an `invalid_response` error naming the method and what to import, never passed
 * through unchecked. A change with no effect registered makes every resource out of date.
 *
 * No DOM and no Lit.
 */
import type { PartnerHubAdapter, ResourceName } from '../adapter/contract.js';
import { AdapterError } from '../adapter/errors.js';
import type { AnySchema, ResultMethod, ResultSchemas } from '../adapter/validate.js';
import type { ResourceValue } from './resources.js';

/** What the adapter's `method` answers. */
export type Answer<M extends ResultMethod> = Awaited<ReturnType<NonNullable<PartnerHubAdapter[M]>>>;

/** Replaces a cached resource's data with `next(data)`, when it holds data. */
export type CacheUpdate = <N extends ResourceName>(
  name: N,
  next: (data: ResourceValue<N>) => ResourceValue<N>,
) => void;

/**
 * What a change does to the cache once it succeeded: the resources it makes out of date (read
 * again at once where watched) and, optionally, what its answer puts in the cache at once (a
 * top-up's new balance). A change with none registered makes every resource out of date.
 */
export interface ChangeEffect<R> {
  invalidates: readonly ResourceName[];
  apply?: (result: R, update: CacheUpdate) => void;
  /**
   * What in the answer contradicts the request (a top-up answered in another currency, another
   * invoice paid), or `undefined`. Such an answer is refused as `invalid_response`, so a payment
   * is checked again rather than shown as done.
   */
  contradicts?: (result: R, args: readonly unknown[]) => string | undefined;
}

/**
 * The effect of a change whose answer is the resource as the hub saved it (a profile, the
 * invoicing details, the integration settings): shown at once, then read again.
 */
export function savedAs<N extends ResourceName>(name: N): ChangeEffect<ResourceValue<N>> {
  return { invalidates: [name], apply: (saved, update) => update(name, () => saved) };
}

const registered = new Map<ResultMethod, AnySchema | null>();
const effects = new Map<ResultMethod, ChangeEffect<never>>();

/**
 * Registers the schemas these methods' answers are checked against (`null`: a change that
 * answers nothing, passed through). Elements register their own; a host calling the client
 * directly registers what it calls, or everything: `registerResultSchemas(RESULT_SCHEMAS)`
 * with `RESULT_SCHEMAS` from `partner-hub-elements/adapter`.
 */
export function registerResultSchemas(schemas: ResultSchemas): void {
  for (const [method, schema] of Object.entries(schemas)) {
    registered.set(method as ResultMethod, schema);
  }
}

/** The schema registered for `method`, or `undefined` when none is. */
export function registeredSchema(method: ResultMethod): AnySchema | null | undefined {
  return registered.get(method);
}

/** The schema registered for `method`; throws `invalid_response` when none is. */
export function requireSchema(method: ResultMethod): AnySchema | null {
  const schema = registered.get(method);
  if (schema !== undefined) return schema;
  throw new AdapterError(
    'invalid_response',
    `No result schema is registered for ${method}(), so the call was refused before reaching ` +
      `the adapter. Code that calls the client itself registers what it calls, as the elements ` +
      `do: registerResultSchemas({ ${method}: RESULT_SCHEMAS.${method} }), RESULT_SCHEMAS ` +
      `from "partner-hub-elements/adapter".`,
  );
}

/** Registers what these changes do to the cache (next to their schemas, where they are called). */
export function registerChangeEffects(table: {
  readonly [M in ResultMethod]?: ChangeEffect<Answer<M>>;
}): void {
  for (const [method, effect] of Object.entries(table)) {
    effects.set(method as ResultMethod, effect as ChangeEffect<never>);
  }
}

/** What `method` does to the cache, or `undefined` when none is registered. */
export function changeEffect<M extends ResultMethod>(
  method: M,
): ChangeEffect<Answer<M>> | undefined {
  return effects.get(method) as ChangeEffect<Answer<M>> | undefined;
}
