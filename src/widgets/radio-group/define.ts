import { PhRadioGroup } from './radio-group.js';

if (!customElements.get('ph-radio-group')) customElements.define('ph-radio-group', PhRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'ph-radio-group': PhRadioGroup;
  }
}

export { PhRadioGroup };
export type * from './radio-group.types.js';
