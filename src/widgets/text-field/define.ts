import './define-element.js';
import { addSolutionIdFormat, addUrlFormats, addVatIdFormat } from './formats.js';
import { PhTextField } from './text-field.js';

addUrlFormats();
addSolutionIdFormat();
addVatIdFormat();

export { PhTextField };
export type * from './text-field.types.js';
