/**
 * `ph-error`: one bubbling, composed event per adapter failure, for the host's monitoring.
 *
 * The client records each failure once (and logs it once to the console); the first element
 * that meets it — the first widget watching the failed resource, the widget whose change
 * failed, else the provider — dispatches the event. Several widgets watching one resource
 * still make one event.
 *
 * ```js
 * document.addEventListener('ph-error', (event) => {
 *   const { element, resource, mutation, code, field } = event.detail;
 *   monitoring.capture(event.detail.error, { element, resource, mutation, code, field });
 * });
 * ```
 */
import type { ResourceName } from '../adapter/contract.js';
import type { AdapterError, AdapterErrorCode } from '../adapter/errors.js';
import { failureOf } from '../client/diagnostics.js';

/** The detail of `ph-error`. */
export interface PhErrorDetail {
  /** The tag name of the element that met the failure, e.g. `ph-balance-card`. */
  element: string;
  /** The resource whose read failed, for reads (`balances`, `paymentMethods`…). */
  resource?: ResourceName;
  /** The change that failed, for mutations (`topUp`, `updateAutoRenewal`…). */
  mutation?: string;
  /** The adapter method that failed, e.g. `getBalances`. */
  method: string;
  /** The `AdapterError` code: `invalid_response`, `timeout`, `unsupported`, `adapter_failed`… */
  code: AdapterErrorCode;
  /** For `invalid_response`: the dotted path of the offending field, e.g. `0.money.amount`. */
  field?: string;
  /** For `invalid_response`: what that field should hold. */
  expected?: string;
  /** The developer message (English; not for end users). */
  message: string;
  /** The error itself (its `cause` holds what the adapter threw). */
  error: AdapterError;
}

declare module './events.js' {
  interface PhEventMap {
    'ph-error': PhErrorDetail;
  }
}

const dispatched = new WeakSet<AdapterError>();

/**
 * Dispatches `ph-error` from `target` for a failure the client recorded, unless an element
 * already did. Returns whether it dispatched. Aborts are not failures and never dispatch.
 */
export function reportFailure(target: EventTarget, error: AdapterError | undefined): boolean {
  if (!error || dispatched.has(error) || !(target instanceof Element)) return false;
  const failure = failureOf(error);
  if (!failure) return false;
  dispatched.add(error);
  // The client's record of the failure holds every other field of the detail.
  const detail: PhErrorDetail = { element: target.localName, ...failure };
  target.dispatchEvent(
    new CustomEvent<PhErrorDetail>('ph-error', { detail, bubbles: true, composed: true }),
  );
  return true;
}
