import { msg, str } from '../../i18n/msg.js';
import type { Money } from '../../adapter/schemas.js';
import { formatMoney } from '../../money/format.js';

/**
 * The hint under a money field that the hub bounds on both sides ("Between €10.00 and
 * €5,000.00."), or `''` when it gives no range: the hub then decides on submit.
 */
export function rangeHint(
  min: Money | null | undefined,
  max: Money | null | undefined,
  locale: string,
): string {
  return min && max
    ? msg(str`Between ${formatMoney(min, locale)} and ${formatMoney(max, locale)}.`)
    : '';
}
