// Registers <ph-text-field> with every format but `vat-id`: what the kit's widgets import, so
// that their entries leave the VAT-ID shapes out. A host imports `define.ts`, which adds it.
import { PhTextField } from './text-field.js';

if (!customElements.get('ph-text-field')) customElements.define('ph-text-field', PhTextField);

declare global {
  interface HTMLElementTagNameMap {
    'ph-text-field': PhTextField;
  }
}
