import { vatIdValidator } from '../../base/validators.js';
import { PhTextField } from './text-field.js';

/** Adds `format="vat-id"` (with `country`) to `<ph-text-field>`: `define.ts` calls it. */
export function addVatIdFormat(): void {
  PhTextField.formats['vat-id'] = (field) => vatIdValidator(() => field.country);
}
