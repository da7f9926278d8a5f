import { PhSelect } from './select.js';

if (!customElements.get('ph-select')) customElements.define('ph-select', PhSelect);

declare global {
  interface HTMLElementTagNameMap {
    'ph-select': PhSelect;
  }
}

export { PhSelect };
export type * from './select.types.js';
