/**
 * The plan's words: each a whole sentence or label per language (the translators see every
 * sentence whole, never a noun to drop into a shared one).
 */
import { msg, str } from '../../i18n/msg.js';
import type { PlanCancelBlocker, PlanOption } from '../../adapter/schemas.js';
import { formatMoney } from '../../money/format.js';
import { formatNumber } from '../../base/format-number.js';

/** A plan's price for its interval: "€99.00 per month". */
export function priceLabel(option: PlanOption, locale: string): string {
  const price = formatMoney(option.price, locale);
  return option.interval === 'year' ? msg(str`${price} per year`) : msg(str`${price} per month`);
}

/**
 * What blocks a cancellation, naming which: "Invoice AM-2026-00045 is unpaid. Pay it first.",
 * "1,834 channel subscriptions are still active, among them …". A kind the kit does not know is
 * said in the hub's own words.
 */
export function blockerSentence(blocker: PlanCancelBlocker, locale: string): string {
  const count = formatNumber(blocker.count, locale);
  const names = blocker.items.map((i) => i.label).join(', ');
  const some = blocker.count > blocker.items.length;
  if (blocker.kind === 'active_channels') {
    if (blocker.count === 1) {
      return msg(str`One channel subscription is still active: ${names}. Cancel it first.`);
    }
    return some
      ? msg(
          str`${count} channel subscriptions are still active, among them ${names}. Cancel them first.`,
        )
      : msg(str`${count} channel subscriptions are still active: ${names}. Cancel them first.`);
  }
  if (blocker.kind === 'unpaid_invoices') {
    if (blocker.count === 1) return msg(str`Invoice ${names} is unpaid. Pay it first.`);
    return some
      ? msg(str`${count} invoices are unpaid, among them ${names}. Pay them first.`)
      : msg(str`${count} invoices are unpaid: ${names}. Pay them first.`);
  }
  if (blocker.message) return blocker.message;
  const other = msg('The hub reports something else to settle first.');
  return names ? `${other} ${names}` : other;
}
