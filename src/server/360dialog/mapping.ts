/**
 * The partner API's shapes (as its documentation describes them) and how each maps onto the
 * kit's entities. Upstream answers are checked here: a field of the wrong type is an
 * `invalid_response` that names it, never a half-filled row.
 */
import * as z from 'zod/mini';
import { AdapterError } from '../../adapter/errors.js';
import type {
  Balance,
  IntegrationSettings,
  Profile,
  WhatsAppAccount,
  WhatsAppAccountStatus,
} from '../../adapter/schemas.js';
import type { PixelRules } from '../../domain/image.js';
import { JsonNumber, decimalToMoney, type JsonValue } from './decimal-json.js';

// ── upstream shapes ───────────────────────────────────────────────────────────────────────

const text = z.optional(z.nullable(z.string()));

export const ChannelSchema = z.object({
  id: z.string().check(z.minLength(1)),
  client_id: text,
  status: z.string(),
  created_at: z.string(),
  terminated_at: text,
  setup_info: z.optional(z.nullable(z.object({ phone_number: text, phone_name: text }))),
  waba_account: z.optional(z.nullable(z.object({ id: text, external_id: text, name: text }))),
});
export type Channel = z.infer<typeof ChannelSchema>;

export const ChannelPageSchema = z.object({
  partner_channels: z.array(ChannelSchema),
  total: z.int().check(z.nonnegative()),
});

export const ClientSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: text,
  organisation: text,
});

export const ClientPageSchema = z.object({
  clients: z.array(ClientSchema),
  total: z.int().check(z.nonnegative()),
});

export const PartnerSchema = z.object({
  id: z.string(),
  brand_name: text,
  logo_url: text,
  webhook_url: text,
  partner_redirect_url: text,
});
export type Partner = z.infer<typeof PartnerSchema>;

/** Parses an upstream answer, or throws `invalid_response` naming the first bad field. */
export function parseUpstream<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  what: string,
): z.infer<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  throw new AdapterError(
    'invalid_response',
    `The 360dialog partner API sent ${what} in an unexpected shape${field ? ` (at ${field})` : ''}.`,
    { field },
  );
}

// ── balances ──────────────────────────────────────────────────────────────────────────────

/**
 * `GET /partners/{partner_id}/balance`: one `{ total, currency }` record per currency (the
 * documentation also shows a single record; both are read). Amounts stay decimal text until
 * they are minor units.
 */
export function toBalances(answer: JsonValue, updatedAt: string): Balance[] {
  const records = Array.isArray(answer) ? answer : [answer];
  return records.map((record, index) => {
    const where = Array.isArray(answer) ? `${index}.` : '';
    if (
      !record ||
      typeof record !== 'object' ||
      Array.isArray(record) ||
      record instanceof JsonNumber
    ) {
      throw invalidBalance(`${where}`.replace(/\.$/, ''), 'a record');
    }
    const { total, currency } = record as Record<string, JsonValue>;
    if (typeof currency !== 'string' || !/^[a-zA-Z]{3}$/.test(currency)) {
      throw invalidBalance(`${where}currency`, 'a three-letter currency');
    }
    const code = currency.toUpperCase();
    const amount =
      total instanceof JsonNumber
        ? total
        : typeof total === 'string' && /^-?\d+(\.\d+)?$/.test(total)
          ? total
          : undefined;
    if (amount === undefined) throw invalidBalance(`${where}total`, 'a decimal amount');
    try {
      return { money: decimalToMoney(amount, code), updatedAt };
    } catch (error) {
      throw new AdapterError(
        'invalid_response',
        `The 360dialog partner API sent a balance the kit cannot read exactly (${where}total ${code}): ${(error as Error).message}`,
        { field: `${where}total`, cause: error },
      );
    }
  });
}

function invalidBalance(field: string, expected: string): AdapterError {
  return new AdapterError(
    'invalid_response',
    `The 360dialog partner API sent a balance without ${expected}${field ? ` (at ${field})` : ''}.`,
    { field },
  );
}

// ── channel statuses ──────────────────────────────────────────────────────────────────────

/**
 * Channel statuses → the kit's statuses. `created`, `unverified` and `verified` are the ones
 * the partner API documents for a channel's onboarding; the others are the live and ended
 * states a channel reaches afterwards. A status not listed here reads as `pending_review`
 * (the hub added a step the kit does not know yet) and is not matched by any status filter.
 */
export const CHANNEL_STATUS_MAP: Readonly<Record<string, WhatsAppAccountStatus>> = {
  created: 'pending_review',
  pending: 'pending_review',
  unverified: 'pending_review',
  verified: 'connected',
  ready: 'connected',
  running: 'connected',
  live: 'connected',
  active: 'connected',
  restricted: 'restricted',
  blocked: 'restricted',
  suspended: 'restricted',
  inactive: 'disconnected',
  pending_deletion: 'disconnected',
  cancelled: 'disconnected',
  terminated: 'disconnected',
  deleted: 'disconnected',
};

/** The hub's statuses that read as `status`, for the `filters` of a status-filtered list. */
export function upstreamStatusesFor(status: WhatsAppAccountStatus): string[] {
  return Object.entries(CHANNEL_STATUS_MAP)
    .filter(([, kit]) => kit === status)
    .map(([hub]) => hub);
}

export function kitStatusOf(
  channel: Pick<Channel, 'status' | 'terminated_at'>,
): WhatsAppAccountStatus {
  if (channel.terminated_at) return 'disconnected';
  return CHANNEL_STATUS_MAP[channel.status.toLowerCase()] ?? 'pending_review';
}

function isoOf(value: string, field: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new AdapterError(
      'invalid_response',
      `The 360dialog partner API sent a date the kit cannot read (at ${field}).`,
      { field },
    );
  }
  return new Date(ms).toISOString();
}

export function toWhatsAppAccount(
  channel: Channel,
  clientName: (clientId: string) => string | undefined,
  index: number,
): WhatsAppAccount {
  const phoneNumber = channel.setup_info?.phone_number ?? '';
  return {
    id: channel.id,
    wabaId: channel.waba_account?.external_id ?? channel.waba_account?.id ?? '',
    name: channel.setup_info?.phone_name || channel.waba_account?.name || phoneNumber || channel.id,
    clientName: (channel.client_id && clientName(channel.client_id)) || channel.client_id || '',
    phoneNumber,
    status: kitStatusOf(channel),
    createdAt: isoOf(channel.created_at, `partner_channels.${index}.created_at`),
  };
}

// ── profile and integration settings ──────────────────────────────────────────────────────

/** The logo rules: types and bytes, and the pixel limits a hub may set (absent: none). */
export interface ProfileRules extends PixelRules {
  maxBytes: number;
  types: string[];
}

export function toProfile(partner: Partner, logoRules: ProfileRules): Profile {
  return {
    brandName: partner.brand_name ?? '',
    logoUrl: partner.logo_url || null,
    logoRules,
  };
}

export function toIntegrationSettings(
  partner: Partner,
  partnerId: string,
  region: { id: string; label: string } | undefined,
): IntegrationSettings {
  return {
    partnerId: partner.id || partnerId,
    solutionId: null,
    webhookUrl: partner.webhook_url || null,
    redirectUrl: partner.partner_redirect_url || null,
    dataRegion: region?.id ?? '',
    availableRegions: region ? [region] : [],
  };
}

/** The partner API's field names → the kit's, for its validation errors. */
export const PARTNER_FIELDS: Readonly<Record<string, string>> = {
  brand_name: 'brandName',
  logo_url: 'logoUrl',
  webhook_url: 'webhookUrl',
  partner_redirect_url: 'redirectUrl',
};
