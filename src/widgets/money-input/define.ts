import { PhMoneyInput } from './money-input.js';

if (!customElements.get('ph-money-input')) customElements.define('ph-money-input', PhMoneyInput);

declare global {
  interface HTMLElementTagNameMap {
    'ph-money-input': PhMoneyInput;
  }
}

export { PhMoneyInput };
export type * from './money-input.types.js';
