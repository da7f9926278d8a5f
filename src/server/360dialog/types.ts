/**
 * How a server-side backend is called: the adapter contract's methods, each also receiving
 * the acting user (from the host's own session) in its options.
 */
import type { MutationOptions, PartnerHubAdapter, ReadOptions } from '../../adapter/contract.js';
import type { Role } from '../../adapter/schemas.js';

/** Who is acting: the signed-in user of the host's portal, with their role in the hub. */
export interface BackendActor {
  userId: string;
  role: Role;
  email?: string;
  name?: string;
  /** The partner account the user acts on, when the host serves several. */
  partnerId?: string;
}

export type BackendReadOptions = ReadOptions & { actor: BackendActor };
export type BackendMutationOptions = MutationOptions & { actor: BackendActor };

export type ContractMethod = Exclude<keyof PartnerHubAdapter, 'subscribe'>;

/**
 * A backend: any of the contract's methods, with the same arguments; at run time each call's
 * options also carry `actor` (read it with {@link actorOf}). A method it lacks is a capability
 * it does not offer (the elements show their unavailable state).
 */
export type ServerBackend = {
  [K in ContractMethod]?: NonNullable<PartnerHubAdapter[K]>;
};

/** The actor a call's options carry. @throws {TypeError} when the caller passed none. */
export function actorOf(options: ReadOptions | undefined): BackendActor {
  const actor = (options as { actor?: BackendActor } | undefined)?.actor;
  if (!actor) throw new TypeError('A backend method was called without options.actor.');
  return actor;
}
