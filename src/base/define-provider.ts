import { PhProvider } from './provider.js';

if (!customElements.get('ph-provider')) customElements.define('ph-provider', PhProvider);

declare global {
  interface HTMLElementTagNameMap {
    'ph-provider': PhProvider;
  }
}

export { PhProvider };
