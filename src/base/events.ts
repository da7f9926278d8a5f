/**
 * The one map of the kit's public events: event name → detail type. Each widget augments it in
 * its `<name>.types.ts`:
 *
 * ```ts
 * declare module '../../base/events.js' {
 *   interface PhEventMap {
 *     'ph-top-up': TopUpDetail;
 *   }
 * }
 * ```
 *
 * `PhElement.emit()` accepts only these names, each with its own detail type (a wrong detail
 * does not compile), and every entry also types the host's
 * `addEventListener('ph-top-up', (e) => e.detail…)` through `GlobalEventHandlersEventMap`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by augmentation
export interface PhEventMap {}

/** A public event name of the kit. */
export type PhEventName = keyof PhEventMap;

/** The `CustomEvent` type of every public event, by name. */
export type PhEvents = { [K in PhEventName]: CustomEvent<PhEventMap[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- members come from PhEvents
  interface GlobalEventHandlersEventMap extends PhEvents {}
}
