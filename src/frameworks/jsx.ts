/**
 * `partner-hub-elements/jsx`: the props of every `<ph-…>` tag for JSX frameworks that render
 * custom elements natively (Preact, Solid, Stencil…). Merge them into your framework's
 * `IntrinsicElements`, e.g. for Preact:
 *
 * ```ts
 * import type { PhElementProps } from 'partner-hub-elements/jsx';
 * declare module 'preact' {
 *   namespace JSX {
 *     interface IntrinsicElements extends PhElementProps {}
 *   }
 * }
 * ```
 *
 * React 19 renders custom elements too, but camelCase events need the wrappers of
 * `partner-hub-elements/react`.
 */
export type { PhElementProps, PhTagName } from './types.js';
export { phTagNames } from './types.js';
