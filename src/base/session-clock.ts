import type { Session } from '../adapter/schemas.js';
import type { ResourceState } from '../client/client.js';
import { hubClock } from '../domain/dates.js';

/**
 * The hub's clock now, from the session a data element reads: its `asOf`, moved on by the time
 * since it was read (this device's clock when the hub gives none). Whether a card can still be
 * charged is read by it, the same in every widget that shows cards. Kept out of the data base,
 * which every widget carries, as only those widgets need it.
 */
export function sessionClock({ data, updatedAt }: ResourceState<Session>): Date {
  return hubClock(data?.asOf, updatedAt, Date.now());
}
