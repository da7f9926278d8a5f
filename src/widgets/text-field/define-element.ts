// Registers <ph-text-field> with the `email` format only: what the kit's widgets import, each
// adding the formats its fields use (`formats.ts`). A host imports `define.ts`, which adds all.
import { PhTextField } from './text-field.js';

if (!customElements.get('ph-text-field')) customElements.define('ph-text-field', PhTextField);

declare global {
  interface HTMLElementTagNameMap {
    'ph-text-field': PhTextField;
  }
}
