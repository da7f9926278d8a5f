import './define-element.js';
import { PhTextField } from './text-field.js';
import { addVatIdFormat } from './vat-id-format.js';

addVatIdFormat();

export { PhTextField };
export type * from './text-field.types.js';
