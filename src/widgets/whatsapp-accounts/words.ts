/**
 * The list's words: each a whole sentence or label per language (the translators see every
 * sentence whole, never a noun to drop into a shared one).
 */
import { msg, str } from '../../i18n/msg.js';
import type { WhatsAppAccountStatus } from '../../adapter/schemas.js';
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
  client: msg('Client'),
  createdAt: msg('Added'),
});

/** "Showing 2,000 accounts." or, after a search, how many match. */
export function countSentence(count: string, filtered: boolean): string {
  return filtered
    ? msg(str`Accounts matching your search: ${count}.`)
    : msg(str`WhatsApp accounts: ${count}.`);
}

/** Announced when keyboard focus reaches a row far away (Ctrl+End, Ctrl+Home, Page Down). */
export function rowSentence(position: string, total: string, name: string): string {
  return msg(str`Row ${position} of ${total}: ${name}.`);
}

export function loadingRowSentence(position: string, total: string): string {
  return msg(str`Loading row ${position} of ${total}…`);
}
