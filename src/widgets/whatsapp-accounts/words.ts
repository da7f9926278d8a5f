/**
 * The list's words: each a whole sentence or label per language (the translators see every
 * sentence whole, never a noun to drop into a shared one).
 */
import { msg, str } from '../../i18n/msg.js';
import { formatNumber } from '../../base/format-number.js';
import type {
  WhatsAppAccountStatus,
  WhatsAppMessagingLimit,
  WhatsAppQuality,
} from '../../adapter/schemas.js';
import type { StateWords } from '../../base/element.js';
import type { IconName } from '../../base/icons.js';
import type { SortState } from '../../base/sort-controller.js';
import type { WhatsAppAccountsSortKey } from './whatsapp-accounts.types.js';

export const STATUSES: readonly WhatsAppAccountStatus[] = [
  'connected',
  'pending_review',
  'flagged',
  'restricted',
  'disconnected',
];

/** A status in words, its icon, and the tone its colour comes from (never the colour alone). */
export function statusLook(status: WhatsAppAccountStatus): {
  words: string;
  icon: IconName;
  tone: string;
} {
  switch (status) {
    case 'connected':
      return { words: msg('Connected'), icon: 'check', tone: 'positive' };
    case 'pending_review':
      return { words: msg('Pending review'), icon: 'pause', tone: 'info' };
    case 'flagged':
      return { words: msg('Flagged'), icon: 'warning', tone: 'warning' };
    case 'restricted':
      return { words: msg('Restricted'), icon: 'error', tone: 'danger' };
    default:
      return { words: msg('Disconnected'), icon: 'minus', tone: 'muted' };
  }
}

/** A quality rating in words, its icon and tone (Meta's green, yellow and red). */
export function qualityLook(quality: WhatsAppQuality | undefined): {
  words: string;
  icon: IconName;
  tone: string;
} {
  switch (quality) {
    case 'high':
      return { words: msg('High quality'), icon: 'check', tone: 'positive' };
    case 'medium':
      return { words: msg('Medium quality'), icon: 'warning', tone: 'warning' };
    case 'low':
      return { words: msg('Low quality'), icon: 'error', tone: 'danger' };
    default:
      return { words: msg('Not rated yet'), icon: 'minus', tone: 'muted' };
  }
}

const LIMITS: Readonly<Record<Exclude<WhatsAppMessagingLimit, 'unlimited'>, number>> = {
  tier_250: 250,
  tier_1k: 1_000,
  tier_10k: 10_000,
  tier_100k: 100_000,
};

/** The messaging limit as a sentence, its number written for `locale`. */
export function limitSentence(limit: WhatsAppMessagingLimit, locale: string): string {
  return limit === 'unlimited'
    ? msg('No daily limit on customers')
    : msg(str`Up to ${formatNumber(LIMITS[limit], locale)} customers a day`);
}

/** The list's own sentences for the states the base element draws. */
export function stateWords(): StateWords {
  return {
    error: msg('Couldn’t load the WhatsApp accounts.'),
    forbidden: msg('You don’t have access to the WhatsApp accounts.'),
    empty: msg('No WhatsApp accounts yet. Your clients’ numbers appear here once they connect.'),
    unavailable: msg('This hub does not list WhatsApp accounts.'),
  };
}

/** The sentence announced when the sort changes. */
export function sortSentence({ key, direction }: SortState<WhatsAppAccountsSortKey>): string {
  const up = direction === 'ascending';
  switch (key) {
    case 'name':
      return up ? msg('Sorted by name, A to Z.') : msg('Sorted by name, Z to A.');
    case 'status':
      return up
        ? msg('Sorted by status, connected first.')
        : msg('Sorted by status, disconnected first.');
    default:
      return up
        ? msg('Sorted by date added, oldest first.')
        : msg('Sorted by date added, newest first.');
  }
}

export const columnWords = () => ({
  name: msg('Name'),
  phone: msg('Phone number'),
  status: msg('Status'),
  quality: msg('Quality and limit'),
  client: msg('Client'),
  createdAt: msg('Added'),
});

/** "Showing 2,000 accounts." or, after a search, how many match. */
export function countSentence(total: number, filtered: boolean, locale: string): string {
  const count = formatNumber(total, locale);
  return filtered
    ? msg(str`Accounts matching your search: ${count}.`)
    : msg(str`WhatsApp accounts: ${count}.`);
}

/** Announced when keyboard focus reaches a row far away (Ctrl+End, Ctrl+Home, Page Down). */
export function rowSentence(index: number, rows: number, name: string, locale: string): string {
  const position = formatNumber(index + 1, locale);
  const total = formatNumber(rows, locale);
  return msg(str`Row ${position} of ${total}: ${name}.`);
}

export function loadingRowSentence(index: number, rows: number, locale: string): string {
  const position = formatNumber(index + 1, locale);
  const total = formatNumber(rows, locale);
  return msg(str`Loading row ${position} of ${total}…`);
}
