/**
 * `partner-hub-elements/vue`: Vue 3 support. Importing it (once, anywhere, e.g. in `main.ts`)
 * types every `<ph-…>` tag in Vue templates through `GlobalComponents` — its properties as
 * props, its `ph-` events as `@ph-…` listeners with their typed event — and gives the
 * compiler option Vue needs to leave the tags to the browser:
 *
 * ```ts
 * import { isCustomElement } from 'partner-hub-elements/vue';
 * createApp(App).config.compilerOptions.isCustomElement = isCustomElement; // runtime compiler
 * // or, with @vitejs/plugin-vue: vue({ template: { compilerOptions: { isCustomElement } } })
 * ```
 */
import type { DefineComponent } from 'vue';
import type { PhElementProps } from './types.js';

/** Vue's `compilerOptions.isCustomElement`: true for every tag of this kit. */
export function isCustomElement(tag: string): boolean {
  return tag.startsWith('ph-');
}

/** Every element as a Vue component type. */
export type PhVueComponents = {
  [Tag in keyof PhElementProps]: DefineComponent<PhElementProps[Tag]>;
};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into Vue's interface
  interface GlobalComponents extends PhVueComponents {}
}
