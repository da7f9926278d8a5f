import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { AdapterError } from '../adapter/errors.js';
import { drawIcon, errorShape } from './icons.js';
import { msg } from '../i18n/msg.js';
import type { MutationFailure } from './mutation-controller.js';

/**
 * A change that was refused or could not be made, said once, as an alert, where it was asked
 * for: the error icon, then why. Styled by `refusalStyles` (`layout-styles.ts`).
 */
export function renderRefusal(text: unknown, id?: string): TemplateResult {
  return html`<p class="refusal" id=${id ?? nothing} role="alert">
    ${drawIcon(errorShape())} ${text}
  </p>`;
}

/**
 * Why a change was refused, in one sentence: `forbidden` for a refusal of the person's role;
 * for a conflict or refused input, the hub's own words (they name the rule it applied); else
 * the widget's sentence for the error.
 */
export function describeRefusal(
  failure: MutationFailure,
  forbidden: string,
  describe: (error: AdapterError) => string,
): string {
  if (failure.kind === 'forbidden') return forbidden;
  if (failure.kind === 'conflict' || failure.kind === 'validation') {
    return failure.error.message || describe(failure.error);
  }
  return describe(failure.error);
}

/**
 * The first sentence of a failed change: the widget's `refused` ("The user was not invited.")
 * when the hub refused it; when no answer came (`unknown`), that the hub did not confirm it, for
 * it may have been made (and the same change again is made once: its key is kept).
 */
export function failureTitle(failure: MutationFailure, refused: string): string {
  return failure.kind === 'unknown' ? msg('The hub did not confirm this change.') : refused;
}
