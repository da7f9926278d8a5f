/**
 * `create360dialogBackend`: the kit's contract served from 360dialog's Partner API v2, on the
 * partner's server (the API key never reaches a browser). What the partner API offers is read
 * and written there; what it does not offer comes from the host's own implementations passed
 * as `host`, or stays absent so the elements show their unavailable state. The README's table
 * lists every method and where it comes from.
 */
import * as z from 'zod/mini';
import type { WhatsAppAccountQuery } from '../../adapter/contract.js';
import { AdapterError } from '../../adapter/errors.js';
import { ROUTES } from '../../adapter/http/routes.js';
import type {
  Balance,
  BillingMode,
  IntegrationSettings,
  IntegrationSettingsPatch,
  PartnerAccount,
  Profile,
  ProfilePatch,
  Session,
  WhatsAppAccount,
  WhatsAppAccountPage,
  WhatsAppAccountSort,
  WhatsAppAccountStatus,
} from '../../adapter/schemas.js';
import {
  ChannelPageSchema,
  ClientPageSchema,
  PARTNER_FIELDS,
  PartnerSchema,
  parseUpstream,
  toBalances,
  toIntegrationSettings,
  toProfile,
  toWhatsAppAccount,
  upstreamStatusesFor,
  type Channel,
  type Partner,
  type ProfileRules,
} from './mapping.js';
import { logoRefusal } from '../../domain/image.js';
import { abortable, createRateCache, type RateLimit } from './rate-cache.js';
import type { BackendMethod, CallContext, Identity, PartnerHubBackend } from '../types.js';
import { createUpstream, type UpstreamOptions } from './upstream.js';

export interface Dialog360BackendOptions extends Omit<UpstreamOptions, 'apiKey'> {
  /** The partner API key (Partner Hub → API keys). Server side only. */
  apiKey: string;
  /** The partner ID (ends in `PA`). */
  partnerId: string;
  /** The host's implementations of what the partner API does not offer. */
  host?: PartnerHubBackend;
  /** How the hub bills this partner (the partner API does not say; default `partner_paid`). */
  billingMode?: BillingMode;
  /**
   * The balance endpoint's budget for THIS instance (default 5 requests per 30 s, the hub's
   * limit). With several instances sharing one key, give each its share.
   */
  balanceRateLimit?: RateLimit;
  /** Largest page of channels asked for at once (default 100). */
  maxPageSize?: number;
  /** Type and size rules shown for a logo (the upload itself is the host's `storeLogo`). */
  logoRules?: ProfileRules;
  /** Stores an uploaded logo where clients can load it; resolves to its public https URL. */
  storeLogo?: (file: Blob, context: CallContext) => Promise<string>;
  /** The signed-in user's e-mail and name for the session (default: none, and the user id). */
  describeUser?: (
    identity: Identity,
  ) => { email: string; name: string } | Promise<{ email: string; name: string }>;
  /** The data region shown in the integration settings (the partner API has none). */
  dataRegion?: { id: string; label: string };
  now?: () => number;
}

/** The methods this backend answers from the partner API itself. */
export const PARTNER_API_METHODS = [
  'getSession',
  'getBalances',
  'listWhatsAppAccounts',
  'getProfile',
  'updateProfile',
  'getIntegrationSettings',
  'updateIntegrationSettings',
  'listPartnerAccounts',
] as const satisfies readonly BackendMethod[];

/** The methods only the host can supply (the partner API has no such resource): all the others. */
export const HOST_METHODS: readonly BackendMethod[] = ROUTES.map((route) => route.method).filter(
  (method): method is BackendMethod =>
    method !== 'collectPaymentMethod' &&
    !(PARTNER_API_METHODS as readonly string[]).includes(method),
);

const DEFAULT_LOGO_RULES: ProfileRules = {
  maxBytes: 1_000_000,
  types: ['image/png', 'image/jpeg'],
};
const CLIENTS_TTL_MS = 5 * 60_000;
const CLIENTS_RETRY_MS = 30_000;
const PARTNER_TTL_MS = 30_000;
/** How far around its old place a page's last row is looked for when the list moved. */
const RELOCATE_WINDOW = 50;

// ── cursors over offsets ──────────────────────────────────────────────────────────────────

interface OffsetCursor {
  /** Offset of the next row. */
  o: number;
  /** Id of the row before it (the last one returned). */
  id: string;
  /** Which query the cursor belongs to. */
  f: string;
}

function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

function encodeCursor(cursor: OffsetCursor): string {
  const bytes = new TextEncoder().encode(JSON.stringify(cursor));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function decodeCursor(text: string, f: string): OffsetCursor {
  try {
    const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const parsed = JSON.parse(json) as Partial<OffsetCursor>;
    if (
      Number.isSafeInteger(parsed.o) &&
      (parsed.o as number) > 0 &&
      typeof parsed.id === 'string' &&
      parsed.f === f
    ) {
      return parsed as OffsetCursor;
    }
  } catch {
    // not a cursor of this list: refused below
  }
  throw new AdapterError(
    'validation',
    'The page cursor is not valid for this list; start again from the first page.',
    { fieldErrors: { cursor: 'Not a cursor from this list.' } },
  );
}

/**
 * The kit's sort keys the partner API can apply → its `sort` fields. `status` is not among
 * them: the hub orders its own status names, which do not group as the kit's statuses do.
 */
const SORT_FIELDS: Readonly<Partial<Record<string, string>>> = {
  createdAt: 'created_at',
  name: 'setup_info.phone_name',
};

/** The order applied (the kit's name and the hub's): the one asked for, else newest first. */
function sortOf(query: WhatsAppAccountQuery): { kit: WhatsAppAccountSort; hub: string } {
  const asked = query.sort;
  if (asked) {
    const descending = asked.startsWith('-');
    const field = SORT_FIELDS[descending ? asked.slice(1) : asked];
    if (field) return { kit: asked, hub: `${descending ? '-' : ''}${field}` };
  }
  return { kit: '-createdAt', hub: '-created_at' };
}

// ── the backend ───────────────────────────────────────────────────────────────────────────

export type Dialog360Backend = PartnerHubBackend & {
  /** Where each method's answers come from: the partner API, the host, or nowhere. */
  readonly sources: Readonly<Partial<Record<BackendMethod, '360dialog' | 'host'>>>;
};

/**
 * Refuses a file the logo rules do not take, naming the profile form's field (`logo`): the
 * domain's `logoRefusal` (type, size, bytes that are the image they claim, declared pixels).
 */
async function checkLogo(file: Blob, rules: ProfileRules): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const refusal = logoRefusal({ type: file.type, bytes }, rules);
  if (refusal) throw new AdapterError('validation', refusal, { fieldErrors: { logo: refusal } });
}

export function create360dialogBackend(config: Dialog360BackendOptions): Dialog360Backend {
  const { partnerId, host = {} } = config;
  if (!partnerId) throw new TypeError('create360dialogBackend needs the partnerId.');
  const upstream = createUpstream(config);
  const now = config.now ?? Date.now;
  const partnerPath = `/partners/${encodeURIComponent(partnerId)}`;
  const maxPageSize = config.maxPageSize ?? 100;
  const logoRules = config.logoRules ?? DEFAULT_LOGO_RULES;
  const billingMode = config.billingMode ?? 'partner_paid';

  // Balances: 5 requests per 30 s upstream, however many users and widgets ask.
  const balances = createRateCache<Balance[]>(
    async () =>
      toBalances(
        await upstream.requestExact({ path: `${partnerPath}/balance` }),
        new Date(now()).toISOString(),
      ),
    { limit: config.balanceRateLimit ?? { max: 5, windowMs: 30_000 }, now },
  );

  // The partner record (profile and integration settings), briefly cached and coalesced. A
  // shared load runs without any caller's signal (the upstream deadline bounds it), and each
  // caller waits for it abortably on its own: one going away never fails the others.
  let partner: { value: Partner; at: number } | undefined;
  let partnerLoad: Promise<Partner> | undefined;
  function readPartner(signal?: AbortSignal): Promise<Partner> {
    if (partner && now() - partner.at < PARTNER_TTL_MS) return Promise.resolve(partner.value);
    partnerLoad ??= upstream
      .request({ path: partnerPath })
      .then((answer) => {
        const value = parseUpstream(PartnerSchema, answer, 'the partner');
        partner = { value, at: now() };
        return value;
      })
      .finally(() => {
        partnerLoad = undefined;
      });
    return abortable(partnerLoad, signal);
  }

  async function patchPartner(
    body: Record<string, unknown>,
    signal: AbortSignal | undefined,
  ): Promise<Partner> {
    const answer = await upstream.request({
      method: 'PATCH',
      path: partnerPath,
      body,
      signal,
      fields: PARTNER_FIELDS,
    });
    partner = undefined;
    const parsed = z.safeParse(PartnerSchema, answer);
    if (parsed.success) {
      partner = { value: parsed.data, at: now() };
      return parsed.data;
    }
    return readPartner(signal);
  }

  // Client names, for the accounts list: read page by page, kept for a few minutes; shared
  // like the partner record.
  let clients: { names: Map<string, string>; at: number } | undefined;
  let clientsLoad: Promise<Map<string, string>> | undefined;
  function readClients(signal?: AbortSignal, force = false): Promise<Map<string, string>> {
    const age = clients ? now() - clients.at : Infinity;
    if (clients && age < (force ? CLIENTS_RETRY_MS : CLIENTS_TTL_MS)) {
      return Promise.resolve(clients.names);
    }
    clientsLoad ??= (async () => {
      const names = new Map<string, string>();
      for (let offset = 0; ;) {
        const page = parseUpstream(
          ClientPageSchema,
          await upstream.request({
            path: `${partnerPath}/clients`,
            query: { offset, limit: maxPageSize, sort: 'name' },
          }),
          'the clients',
        );
        for (const client of page.clients) {
          names.set(client.id, client.name || client.organisation || client.id);
        }
        offset += page.clients.length;
        if (page.clients.length === 0 || offset >= page.total) break;
      }
      clients = { names, at: now() };
      return names;
    })().finally(() => {
      clientsLoad = undefined;
    });
    return abortable(clientsLoad, signal);
  }

  async function channelPage(
    base: { filters?: string; sort: string },
    offset: number,
    limit: number,
    signal: AbortSignal | undefined,
  ): Promise<{ channels: Channel[]; total: number }> {
    const answer = await upstream.request({
      path: `${partnerPath}/channels`,
      query: { ...base, offset, limit },
      signal,
    });
    const page = parseUpstream(ChannelPageSchema, answer, 'the channels');
    return { channels: page.partner_channels, total: page.total };
  }

  const own = {
    async getSession(context: CallContext): Promise<Session> {
      const { user } = context.actor;
      const [p, about] = await Promise.all([
        readPartner(context.signal),
        config.describeUser?.(context.actor) ?? { email: '', name: user.id },
      ]);
      return {
        user: { id: user.id, email: about.email, name: about.name || user.id, role: user.role },
        partner: { id: partnerId, name: p.brand_name || partnerId },
        billingMode,
        // This server's clock, which the widgets read card expiry by (a browser's may be off).
        asOf: new Date().toISOString(),
      };
    },

    async listPartnerAccounts(context: CallContext): Promise<PartnerAccount[]> {
      const p = await readPartner(context.signal);
      return [{ id: partnerId, name: p.brand_name || partnerId, billingMode, current: true }];
    },

    getBalances(context: CallContext): Promise<Balance[]> {
      return balances.get(context.signal);
    },

    async getProfile(context: CallContext): Promise<Profile> {
      return toProfile(await readPartner(context.signal), logoRules);
    },

    async updateProfile(patch: ProfilePatch, context: CallContext): Promise<Profile> {
      const body: Record<string, unknown> = {};
      if (patch.brandName !== undefined) body.brand_name = patch.brandName;
      const p = Object.keys(body).length
        ? await patchPartner(body, context.signal)
        : await readPartner(context.signal);
      return toProfile(p, logoRules);
    },

    async getIntegrationSettings(context: CallContext): Promise<IntegrationSettings> {
      return toIntegrationSettings(await readPartner(context.signal), partnerId, config.dataRegion);
    },

    async updateIntegrationSettings(
      patch: IntegrationSettingsPatch,
      context: CallContext,
    ): Promise<IntegrationSettings> {
      const fieldErrors: Record<string, string> = {};
      if (patch.solutionId !== undefined) {
        fieldErrors.solutionId =
          'The 360dialog partner API does not offer the Solution ID setting.';
      }
      if (patch.dataRegion !== undefined && patch.dataRegion !== config.dataRegion?.id) {
        fieldErrors.dataRegion = 'The 360dialog partner API does not offer a data region setting.';
      }
      if (Object.keys(fieldErrors).length) {
        throw new AdapterError('validation', 'Some of these settings cannot be changed here.', {
          fieldErrors,
        });
      }
      const body: Record<string, unknown> = {};
      if (patch.webhookUrl !== undefined) body.webhook_url = patch.webhookUrl;
      if (patch.redirectUrl !== undefined) body.partner_redirect_url = patch.redirectUrl;
      const p = Object.keys(body).length
        ? await patchPartner(body, context.signal)
        : await readPartner(context.signal);
      return toIntegrationSettings(p, partnerId, config.dataRegion);
    },

    async listWhatsAppAccounts(
      query: WhatsAppAccountQuery,
      context: CallContext,
    ): Promise<WhatsAppAccountPage> {
      const signal = context.signal;
      const limit = Math.min(Math.max(1, Math.trunc(query.limit ?? 20)), maxPageSize);
      const filters: Record<string, unknown> = {};
      const q = query.query?.trim();
      if (q) filters.q = q;
      if (query.status) {
        const statuses = upstreamStatusesFor(query.status as WhatsAppAccountStatus);
        filters.status = statuses.length === 1 ? statuses[0] : statuses;
      }
      const sort = sortOf(query);
      const base = {
        sort: sort.hub,
        ...(Object.keys(filters).length ? { filters: JSON.stringify(filters) } : {}),
      };
      const f = fingerprint(`${base.filters ?? ''}|${base.sort}`);

      let start = 0;
      let rows: Channel[];
      let total: number;
      if (query.cursor) {
        const cursor = decodeCursor(query.cursor, f);
        // Ask from the last row returned: if it is still there, nothing moved.
        const probe = await channelPage(base, cursor.o - 1, limit + 1, signal);
        total = probe.total;
        if (probe.channels[0]?.id === cursor.id) {
          start = cursor.o;
          rows = probe.channels.slice(1);
        } else {
          // Rows were added or removed before it: find it again near its old place.
          const from = Math.max(0, cursor.o - 1 - RELOCATE_WINDOW);
          const around = await channelPage(base, from, 2 * RELOCATE_WINDOW + 1, signal);
          const at = around.channels.findIndex((c) => c.id === cursor.id);
          start = at >= 0 ? from + at + 1 : cursor.o;
          const page = await channelPage(base, start, limit, signal);
          rows = page.channels;
          total = page.total;
        }
      } else {
        const page = await channelPage(base, 0, limit, signal);
        rows = page.channels;
        total = page.total;
      }
      rows = rows.slice(0, limit);

      let names = await readClients(signal);
      if (rows.some((c) => c.client_id && !names.has(c.client_id))) {
        names = await readClients(signal, true);
      }
      const items: WhatsAppAccount[] = rows.map((channel, index) =>
        toWhatsAppAccount(channel, (id) => names.get(id), index),
      );
      const last = rows[rows.length - 1];
      const next = start + rows.length;
      return {
        items,
        nextCursor: last && next < total ? encodeCursor({ o: next, id: last.id, f }) : null,
        total,
        sort: sort.kit,
      };
    },
  } satisfies PartnerHubBackend;

  const backend: Record<string, unknown> = { ...own };
  const sources: Partial<Record<BackendMethod, '360dialog' | 'host'>> = {};
  for (const name of PARTNER_API_METHODS) sources[name] = '360dialog';
  for (const name of HOST_METHODS) {
    const fn = host[name] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (typeof fn !== 'function') continue;
    sources[name] = 'host';
    backend[name] =
      name === 'topUp'
        ? // A top-up changes the hub's balance: the next read asks again.
          async (...args: unknown[]) => {
            try {
              return await fn.apply(host, args);
            } finally {
              balances.invalidate();
            }
          }
        : fn.bind(host);
  }
  if (!host.uploadLogo && config.storeLogo) {
    const storeLogo = config.storeLogo;
    sources.uploadLogo = '360dialog';
    backend.uploadLogo = async (file: Blob, context: CallContext): Promise<Profile> => {
      await checkLogo(file, logoRules);
      const url = await storeLogo(file, context);
      return toProfile(await patchPartner({ logo_url: url }, context.signal), logoRules);
    };
  }
  return Object.assign(backend, { sources }) as Dialog360Backend;
}
