/**
 * A simulated 360dialog Partner API v2, written from its documented shapes, for tests and the
 * demo: a `fetch` that answers the balance, channels, clients and partner endpoints in memory,
 * with the API key check, the balance endpoint's rate limit (5 per 30 s) and injectable
 * failures. Amounts are kept as the exact text the hub would send (`100.45`,
 * `0.30000000000000004`).
 */

export interface SimulatedChannel {
  id: string;
  client_id: string;
  status: string;
  created_at: string;
  terminated_at?: string | null;
  setup_info: { phone_number: string; phone_name: string };
  waba_account: { id: string; external_id: string; name: string };
}

export interface SimulatedClient {
  id: string;
  name: string;
  organisation: string;
  status: string;
}

export interface SimulatedPartner {
  id: string;
  brand_name: string;
  logo_url: string | null;
  webhook_url: string | null;
  partner_redirect_url: string | null;
  country: string;
  allow_client_to_add_phone_no: boolean;
}

/** An answer injected ahead of the simulated one. */
export interface InjectedAnswer {
  status: number;
  headers?: Record<string, string>;
  /** Raw body text (default: a documented error body for the status). */
  body?: string;
}

export interface SimulatedApiOptions {
  apiKey: string;
  partnerId: string;
  /** How many channels to generate (default 40), or the channels themselves. */
  channels?: number | SimulatedChannel[];
  /** How many clients the generated channels belong to (default 12). */
  clients?: number;
  /** Balance records with their amounts as JSON number text: `{ total: '100.45', currency: 'eur' }`. */
  balances?: Array<{ total: string; currency: string }>;
  brandName?: string;
  /** The simulated clock for the rate limit (default Date.now). */
  now?: () => number;
  /** Milliseconds each answer takes (default 0). */
  latencyMs?: number;
}

export interface SimulatedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  apiKey: string | null;
}

export interface SimulatedApi {
  fetch: typeof fetch;
  partner: SimulatedPartner;
  channels: SimulatedChannel[];
  clients: SimulatedClient[];
  balances: Array<{ total: string; currency: string }>;
  /** Every request received, in order. */
  requests: SimulatedRequest[];
  /** The next requests whose path ends with `pathSuffix` get these answers, in order. */
  inject(pathSuffix: string, ...answers: InjectedAnswer[]): void;
  /** Adds a channel as the newest one. */
  addChannel(channel: Partial<SimulatedChannel> & { id: string }): SimulatedChannel;
}

export const SIMULATED_CHANNEL_STATUSES = [
  'running',
  'running',
  'ready',
  'verified',
  'unverified',
  'created',
  'running',
  'restricted',
  'terminated',
  'pending_deletion',
] as const;

const BASE_TIME = Date.UTC(2026, 10, 1, 12, 0, 0);
const WORDS = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Soylent',
  'Stark',
  'Wayne',
  'Wonka',
  'Tyrell',
  'Cyberdyne',
  'Aperture',
];

function generateClients(count: number): SimulatedClient[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `cl${String(i + 1).padStart(4, '0')}CL`,
    name: `${WORDS[i % WORDS.length]} ${Math.floor(i / WORDS.length) + 1}`,
    organisation: `${WORDS[i % WORDS.length]} Holding ${i + 1}`,
    status: 'active',
  }));
}

function generateChannels(count: number, clients: SimulatedClient[]): SimulatedChannel[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const client = clients[i % clients.length]!;
    return {
      id: `ch${String(n).padStart(5, '0')}CH`,
      client_id: client.id,
      status: SIMULATED_CHANNEL_STATUSES[i % SIMULATED_CHANNEL_STATUSES.length]!,
      // Channel n is n minutes older than the base time: ch00001 is the newest.
      created_at: new Date(BASE_TIME - n * 60_000).toISOString(),
      terminated_at: null,
      setup_info: {
        phone_number: `+49 151 ${String(1000000 + n).slice(1)}`,
        phone_name: `${client.name} line ${n}`,
      },
      waba_account: {
        id: `wa${n}`,
        external_id: String(100000000000000 + n),
        name: `${client.organisation} WABA`,
      },
    };
  });
}

function errorBody(status: number, message: string, details?: unknown): string {
  return JSON.stringify({
    meta: {
      http_code: status,
      success: false,
      developer_message: message,
      ...(details === undefined ? {} : { details }),
    },
  });
}

/** A field's value by dotted path (`setup_info.phone_name`). */
function pick(row: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      row,
    );
}

function sortRows<T extends { id: string }>(rows: T[], sort: string | null): T[] {
  if (!sort) return rows;
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = String(pick(a, field) ?? '');
    const y = String(pick(b, field) ?? '');
    // Ties by id in the same direction, so a descending order is the ascending one reversed.
    return sign * ((x < y ? -1 : x > y ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  });
}

function pageOf(query: Record<string, string>): { offset: number; limit: number } | string {
  const offset = query.offset === undefined ? 0 : Number(query.offset);
  const limit = query.limit === undefined ? 20 : Number(query.limit);
  if (!Number.isInteger(offset) || offset < 0) return 'offset must be a non-negative integer';
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    return 'limit must be between 1 and 500';
  return { offset, limit };
}

export function createSimulated360dialogApi(options: SimulatedApiOptions): SimulatedApi {
  const now = options.now ?? Date.now;
  const clients = generateClients(options.clients ?? 12);
  const channels = Array.isArray(options.channels)
    ? options.channels
    : generateChannels(options.channels ?? 40, clients);
  const balances = options.balances ?? [{ total: '100.45', currency: 'eur' }];
  const partner: SimulatedPartner = {
    id: options.partnerId,
    brand_name: options.brandName ?? 'Acme Messaging',
    logo_url: null,
    webhook_url: 'https://partner.example/webhooks/360dialog',
    partner_redirect_url: 'https://partner.example/onboarding/done',
    country: 'DE',
    allow_client_to_add_phone_no: true,
  };
  const requests: SimulatedRequest[] = [];
  const injected: Array<{ suffix: string; answer: InjectedAnswer }> = [];
  const balanceCalls: number[] = [];
  let newest = BASE_TIME;

  const json = (status: number, body: string, headers: Record<string, string> = {}) =>
    new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } });

  function channelsAnswer(query: Record<string, string>): Response {
    const page = pageOf(query);
    if (typeof page === 'string') return json(400, errorBody(400, page));
    let filters: Record<string, unknown> = {};
    if (query.filters) {
      try {
        filters = JSON.parse(query.filters) as Record<string, unknown>;
      } catch {
        return json(400, errorBody(400, 'filters must be a JSON object'));
      }
    }
    const names = new Map(clients.map((c) => [c.id, c.name]));
    let rows = channels.filter((c) => {
      for (const [field, wanted] of Object.entries(filters)) {
        if (field === 'q') {
          const q = String(wanted).toLowerCase();
          const hay = [
            c.setup_info.phone_name,
            c.setup_info.phone_number,
            c.waba_account.external_id,
            names.get(c.client_id) ?? '',
          ]
            .join(' ')
            .toLowerCase();
          if (!hay.includes(q)) return false;
          continue;
        }
        const value = pick(c, field);
        if (Array.isArray(wanted) ? !wanted.includes(value) : value !== wanted) return false;
      }
      return true;
    });
    rows = sortRows(rows, query.sort ?? null);
    const items = rows.slice(page.offset, page.offset + page.limit);
    return json(
      200,
      JSON.stringify({
        count: items.length,
        filters,
        sort: query.sort ? [query.sort] : [],
        limit: page.limit,
        offset: page.offset,
        total: rows.length,
        partner_channels: items,
      }),
    );
  }

  function clientsAnswer(query: Record<string, string>): Response {
    const page = pageOf(query);
    if (typeof page === 'string') return json(400, errorBody(400, page));
    const rows = sortRows(clients, query.sort ?? null);
    const items = rows.slice(page.offset, page.offset + page.limit);
    return json(
      200,
      JSON.stringify({
        count: items.length,
        filters: {},
        sort: query.sort ? [query.sort] : [],
        limit: page.limit,
        offset: page.offset,
        total: rows.length,
        clients: items,
      }),
    );
  }

  function balanceAnswer(): Response {
    const t = now();
    while (balanceCalls.length && t - balanceCalls[0]! >= 30_000) balanceCalls.shift();
    if (balanceCalls.length >= 5) {
      const wait = Math.ceil((balanceCalls[0]! + 30_000 - t) / 1000);
      return json(429, errorBody(429, 'Rate limit exceeded'), { 'retry-after': String(wait) });
    }
    balanceCalls.push(t);
    // Built as text so the numbers are exactly the characters the hub would send.
    const records = balances.map(
      (b) => `{"total": ${b.total}, "currency": ${JSON.stringify(b.currency)}}`,
    );
    return json(200, `[${records.join(', ')}]`);
  }

  async function patchPartner(request: Request): Promise<Response> {
    let body: Record<string, unknown>;
    try {
      body = (await request.json()) as Record<string, unknown>;
    } catch {
      return json(400, errorBody(400, 'The body must be JSON'));
    }
    const details: Record<string, string[]> = {};
    const allowed = [
      'brand_name',
      'logo_url',
      'webhook_url',
      'partner_redirect_url',
      'allow_client_to_add_phone_no',
    ];
    for (const key of Object.keys(body)) {
      if (!allowed.includes(key)) details[key] = ['Unknown field.'];
    }
    for (const key of ['webhook_url', 'partner_redirect_url', 'logo_url']) {
      const value = body[key];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'string' || !/^https:\/\/[^\s]+$/.test(value)) {
        details[key] = ['Not a valid URL.'];
      }
    }
    if (
      body.brand_name !== undefined &&
      (typeof body.brand_name !== 'string' || !body.brand_name.trim())
    ) {
      details.brand_name = ['This field may not be blank.'];
    }
    if (Object.keys(details).length) return json(400, errorBody(400, 'Wrong payload', details));
    Object.assign(partner, body);
    return json(200, JSON.stringify(partner));
  }

  const simulatedFetch = async (
    input: RequestInfo | URL,
    init?: RequestInit,
  ): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const query = Object.fromEntries(url.searchParams);
    const apiKey = request.headers.get('x-api-key');
    requests.push({ method: request.method, path: url.pathname, query, apiKey });
    if (options.latencyMs) {
      await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    }
    request.signal.throwIfAborted();

    const hit = injected.findIndex((i) => url.pathname.endsWith(i.suffix));
    if (hit >= 0) {
      const { answer } = injected.splice(hit, 1)[0]!;
      return new Response(
        answer.body ?? errorBody(answer.status, `Simulated HTTP ${answer.status}`),
        {
          status: answer.status,
          headers: { 'content-type': 'application/json', ...answer.headers },
        },
      );
    }
    if (apiKey !== options.apiKey) {
      return json(401, errorBody(401, 'Invalid API key'));
    }
    const m = /^(?:.*)\/partners\/([^/]+)(\/[a-z_]+)?$/.exec(url.pathname);
    if (!m) return json(404, errorBody(404, 'Not found'));
    if (decodeURIComponent(m[1]!) !== options.partnerId) {
      return json(403, errorBody(403, 'This API key belongs to another partner'));
    }
    const resource = m[2] ?? '';
    const method = request.method.toUpperCase();
    if (method === 'GET' && resource === '/balance') return balanceAnswer();
    if (method === 'GET' && resource === '/channels') return channelsAnswer(query);
    if (method === 'GET' && resource === '/clients') return clientsAnswer(query);
    if (method === 'GET' && resource === '') return json(200, JSON.stringify(partner));
    if (method === 'PATCH' && resource === '') return patchPartner(request);
    return json(404, errorBody(404, 'Not found'));
  };

  return {
    fetch: simulatedFetch as typeof fetch,
    partner,
    channels,
    clients,
    balances,
    requests,
    inject(suffix, ...answers) {
      for (const answer of answers) injected.push({ suffix, answer });
    },
    addChannel(partial) {
      newest += 60_000;
      const client = clients[0]!;
      const channel: SimulatedChannel = {
        client_id: client.id,
        status: 'created',
        created_at: new Date(newest).toISOString(),
        terminated_at: null,
        setup_info: { phone_number: '+49 151 9999999', phone_name: `${client.name} new line` },
        waba_account: {
          id: `wa-${partial.id}`,
          external_id: '199999999999999',
          name: client.organisation,
        },
        ...partial,
      };
      channels.push(channel);
      return channel;
    },
  };
}
