import {
  httpsUrlValidator,
  redirectUrlValidator,
  solutionIdValidator,
  vatIdValidator,
} from '../../base/validators.js';
import { PhTextField } from './text-field.js';

// The checks `<ph-text-field format=…>` takes beyond `email`, each added where it is used: the
// element's own entry (`define.ts`) adds them all; a widget adds only those its fields name, so
// that an entry ships only the rules it checks.

/** `https-url` (also `type="url"`'s check) and `redirect-url`. */
export function addUrlFormats(): void {
  PhTextField.formats['https-url'] = httpsUrlValidator;
  PhTextField.formats['redirect-url'] = redirectUrlValidator;
}

/** `solution-id`: a Meta Solution ID. */
export function addSolutionIdFormat(): void {
  PhTextField.formats['solution-id'] = solutionIdValidator;
}

/** `vat-id`, with `country`. */
export function addVatIdFormat(): void {
  PhTextField.formats['vat-id'] = (field) => vatIdValidator(() => field.country);
}
