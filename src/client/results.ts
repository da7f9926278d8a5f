/**
 * The result schemas the client checks adapter answers against, registered by the modules
 * that call each method (`src/client/results/*`, imported by the elements that read or change
 * that resource), so a page carries the schemas of the methods its elements call and no others.
 *
 * It fails closed: a method called with no schema registered is refused before the adapter is
 * called, with an `invalid_response` error naming the method and what to import, never passed
 * through unchecked.
 *
 * No DOM and no Lit.
 */
import { AdapterError } from '../adapter/errors.js';
import type { AnySchema, ResultMethod, ResultSchemas } from '../adapter/validate.js';

const registered = new Map<ResultMethod, AnySchema | null>();

/**
 * Registers the schemas these methods' answers are checked against (`null`: passed through
 * unchecked by design, as a PDF). Elements register their own; a host calling the client
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
    `No result schema is registered for ${method}(), so its answer could not be checked and ` +
      `the call was refused before reaching the adapter. The elements register the schemas of ` +
      `what they call; code that calls the client itself registers its own: ` +
      `registerResultSchemas({ ${method}: … }) from "partner-hub-elements", with the schema ` +
      `from "partner-hub-elements/adapter" (RESULT_SCHEMAS there has every method's).`,
  );
}
