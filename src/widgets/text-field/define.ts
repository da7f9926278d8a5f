import { PhTextField } from './text-field.js';

if (!customElements.get('ph-text-field')) customElements.define('ph-text-field', PhTextField);

declare global {
  interface HTMLElementTagNameMap {
    'ph-text-field': PhTextField;
  }
}

export { PhTextField };
export type * from './text-field.types.js';
