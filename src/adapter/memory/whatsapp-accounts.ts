/**
 * Seeded WhatsApp Business Accounts of a partner's clients: realistic business names, E.164
 * mobile numbers of the client's country, WABA IDs and statuses (mostly connected).
 */
import type {
  WhatsAppAccount,
  WhatsAppAccountSort,
  WhatsAppAccountStatus,
  WhatsAppMessagingLimit,
  WhatsAppQuality,
} from '../schemas.js';
import type { SortKey } from './paging.js';
import { createRandom, digits, intBetween, pick, weighted, type Random } from './random.js';
import type { IndexedWhatsAppAccount } from './state.js';

const DAY_MS = 86_400_000;

const FIRST = [
  'Nordlicht',
  'Bergblick',
  'Sonnenhof',
  'Alpenrose',
  'Blue Harbor',
  'Casa Verde',
  'Vila Nova',
  'Green Leaf',
  'Urban',
  'Golden Gate',
  'Silverline',
  'Atlas',
  'Horizon',
  'Pixel',
  'Riverstone',
  'Maple',
  'Lotus',
  'Coral',
  'Summit',
  'Nova',
  'Aurora',
  'Brightside',
  'Swift',
  'Prime',
  'Evergreen',
  'Harborview',
  'Old Oak',
  'Cedar',
  'Luna',
  'Sol y Mar',
  'Terra',
  'Vista',
  'Fjord',
  'Bella',
  'Rio Claro',
  'Mango',
  'Saffron',
  'Lumen',
  'Kite',
  'Zen',
  'Elbe',
  'Isar',
  'Rhein',
  'Gaudí',
  'Ipanema',
  'Marigold',
  'Baobab',
  'Monsoon',
  'Lighthouse',
  'Copper Kettle',
  'Bluebird',
  'Müller & Söhne',
  'Café Olé',
  'São Jorge',
  'Jardim',
  'Sakura',
  'Chai Point',
  'Banyan',
];
const TRADE = [
  'Bakery',
  'Dental',
  'Fitness',
  'Motors',
  'Travel',
  'Fashion',
  'Pharmacy',
  'Logistics',
  'Insurance',
  'Realty',
  'Electronics',
  'Coffee',
  'Florist',
  'Books',
  'Optics',
  'Clinic',
  'Academy',
  'Foods',
  'Telecom',
  'Energy',
  'Furniture',
  'Pets',
  'Beauty',
  'Sports',
  'Hotels',
  'Tours',
  'Bikes',
  'Garden',
  'Legal',
  'Finance',
  'Delivery',
  'Market',
  'Games',
  'Kitchen',
];
const CHANNEL = ['', '', '', '', ' Support', ' Sales', ' Service', ' Bookings', ' Orders', ' Care'];

interface Country {
  weight: number;
  suffixes: readonly string[];
  /** A random E.164 mobile number of the country. */
  phone: (random: Random) => string;
}

const COUNTRIES: Readonly<Record<string, Country>> = {
  DE: {
    weight: 25,
    suffixes: ['GmbH', 'GmbH & Co. KG', 'AG', 'e.K.', 'UG'],
    phone: (r) =>
      `+49${pick(r, ['151', '152', '157', '160', '162', '170', '171', '176', '177'])}${digits(r, 8)}`,
  },
  BR: {
    weight: 15,
    suffixes: ['Ltda.', 'S.A.', 'ME'],
    phone: (r) => `+55${pick(r, ['11', '21', '31', '41', '51', '61', '71', '81'])}9${digits(r, 8)}`,
  },
  ES: {
    weight: 10,
    suffixes: ['S.L.', 'S.A.'],
    phone: (r) => `+34${pick(r, ['6', '7'])}${digits(r, 8, true)}`,
  },
  GB: {
    weight: 10,
    suffixes: ['Ltd', 'PLC', 'LLP'],
    phone: (r) => `+447${pick(r, ['4', '5', '7', '8', '9'])}${digits(r, 8, true)}`,
  },
  IN: {
    weight: 10,
    suffixes: ['Pvt Ltd', 'LLP'],
    phone: (r) => `+91${pick(r, ['6', '7', '8', '9'])}${digits(r, 9, true)}`,
  },
  US: {
    weight: 8,
    suffixes: ['Inc.', 'LLC', 'Co.'],
    phone: (r) =>
      `+1${pick(r, ['212', '305', '415', '512', '617', '646', '702', '786', '917'])}${intBetween(r, 2, 9)}${digits(r, 6, true)}`,
  },
  MX: {
    weight: 6,
    suffixes: ['S.A. de C.V.', 'S. de R.L.'],
    phone: (r) => `+52${pick(r, ['55', '33', '81'])}${digits(r, 8)}`,
  },
  IT: { weight: 5, suffixes: ['S.r.l.', 'S.p.A.'], phone: (r) => `+393${digits(r, 9, true)}` },
  FR: {
    weight: 4,
    suffixes: ['SAS', 'SARL'],
    phone: (r) => `+33${pick(r, ['6', '7'])}${digits(r, 8, true)}`,
  },
  NL: { weight: 4, suffixes: ['B.V.'], phone: (r) => `+316${digits(r, 8, true)}` },
  SG: {
    weight: 3,
    suffixes: ['Pte Ltd'],
    phone: (r) => `+65${pick(r, ['8', '9'])}${digits(r, 7, true)}`,
  },
};

const COUNTRY_WEIGHTS = Object.fromEntries(
  Object.entries(COUNTRIES).map(([code, c]) => [code, c.weight]),
) as Record<string, number>;

const STATUS_WEIGHTS: Readonly<Record<WhatsAppAccountStatus, number>> = {
  connected: 86,
  pending_review: 4,
  restricted: 3,
  flagged: 2,
  disconnected: 5,
};

const QUALITY_WEIGHTS: Readonly<Record<WhatsAppQuality, number>> = { high: 82, medium: 13, low: 5 };

/** Limits grow as a number sends well: most numbers sit at 1K or 10K customers a day. */
const LIMIT_WEIGHTS: Readonly<Record<WhatsAppMessagingLimit, number>> = {
  tier_250: 18,
  tier_1k: 40,
  tier_10k: 28,
  tier_100k: 10,
  unlimited: 4,
};

/**
 * A number's quality rating and messaging limit, as Meta would report them for its status: a
 * number under review has neither yet, a new one starts at 250 customers a day, a flagged or
 * restricted one has a low rating, a disconnected one keeps the limit it had.
 */
function qualityOf(
  random: Random,
  status: WhatsAppAccountStatus,
  recent: boolean,
): Pick<WhatsAppAccount, 'quality' | 'messagingLimit'> {
  if (status === 'pending_review') return {};
  const messagingLimit = recent ? 'tier_250' : weighted(random, LIMIT_WEIGHTS);
  if (status === 'disconnected') return { messagingLimit };
  const quality =
    status === 'flagged' || status === 'restricted'
      ? random() < 0.7
        ? 'low'
        : 'medium'
      : recent && random() < 0.6
        ? undefined
        : weighted(random, QUALITY_WEIGHTS);
  return quality ? { quality, messagingLimit } : { messagingLimit };
}

/**
 * `count` accounts created between `since` and `now`, more of them recently (the partner grows),
 * newest first.
 */
export function seedWhatsAppAccounts(
  seed: number,
  prefix: string,
  count: number,
  since: number,
  now: number,
): IndexedWhatsAppAccount[] {
  const random = createRandom(seed);
  // A stream of its own, so the quality fields leave every other seeded value as it was.
  const qualityRandom = createRandom((seed ^ 0x2c1b3c6d) >>> 0);
  const phones = new Set<string>();
  const wabaIds = new Set<string>();
  const rows: IndexedWhatsAppAccount[] = [];
  for (let i = 0; i < count; i++) {
    const country = COUNTRIES[weighted(random, COUNTRY_WEIGHTS)]!;
    const brand = `${pick(random, FIRST)} ${pick(random, TRADE)}`;
    const clientName = `${brand} ${pick(random, country.suffixes)}`;
    const name = `${brand}${pick(random, CHANNEL)}`;
    let phoneNumber = country.phone(random);
    while (phones.has(phoneNumber)) phoneNumber = country.phone(random);
    phones.add(phoneNumber);
    let wabaId = `1${digits(random, 14, true)}`;
    while (wabaIds.has(wabaId)) wabaId = `1${digits(random, 14, true)}`;
    wabaIds.add(wabaId);
    // sqrt skews creation towards the recent end of the span.
    const createdMs = Math.floor(
      now - (now - since) * (1 - Math.sqrt(random())) - random() * DAY_MS,
    );
    const recent = now - createdMs < 7 * DAY_MS;
    const status: WhatsAppAccountStatus =
      recent && random() < 0.5 ? 'pending_review' : weighted(random, STATUS_WEIGHTS);
    rows.push({
      account: {
        id: `${prefix}_${String(i + 1).padStart(5, '0')}`,
        wabaId,
        name,
        clientName,
        phoneNumber,
        status,
        createdAt: new Date(Math.max(since, createdMs)).toISOString(),
        ...qualityOf(qualityRandom, status, recent),
      },
      haystack: `${name}\n${clientName}\n${phoneNumber}\n${wabaId}`.toLowerCase(),
      digits: phoneNumber.replace(/\D/g, ''),
      createdMs: Math.max(since, createdMs),
      seq: i + 1,
    });
  }
  return rows.sort((a, b) => b.createdMs - a.createdMs || b.seq - a.seq);
}

/** The order of statuses when sorting by status: working first, then needing attention. */
const STATUS_ORDER: readonly WhatsAppAccountStatus[] = [
  'connected',
  'pending_review',
  'flagged',
  'restricted',
  'disconnected',
];

export interface OrderedAccounts {
  /** The rows in the requested order. */
  rows: readonly IndexedWhatsAppAccount[];
  /** Each row's position key in that order (ascending keys for `asc`, descending for `desc`). */
  key: (row: IndexedWhatsAppAccount) => SortKey;
  order: 'asc' | 'desc';
}

const ranked = new WeakMap<
  readonly IndexedWhatsAppAccount[],
  Map<string, { rows: IndexedWhatsAppAccount[]; rank: Map<IndexedWhatsAppAccount, number> }>
>();

/**
 * `rows` (newest first, as seeded) in the order of `sort`. Name and status orders are computed
 * once per list and cached; every order is total (ties broken by creation), so a field's
 * descending order is exactly its ascending one reversed.
 */
export function orderAccounts(
  rows: readonly IndexedWhatsAppAccount[],
  sort: WhatsAppAccountSort,
): OrderedAccounts {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  if (field === 'createdAt') {
    return {
      rows: descending ? rows : [...rows].reverse(),
      key: (r) => [r.createdMs, r.seq],
      order: descending ? 'desc' : 'asc',
    };
  }
  let cache = ranked.get(rows);
  if (!cache) ranked.set(rows, (cache = new Map()));
  let entry = cache.get(field);
  if (!entry) {
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    // `rows` is newest first: a stable sort keeps that as the tie-break.
    const ascending =
      field === 'name'
        ? [...rows].sort((a, b) => collator.compare(a.account.name, b.account.name))
        : [...rows].sort(
            (a, b) =>
              STATUS_ORDER.indexOf(a.account.status) - STATUS_ORDER.indexOf(b.account.status),
          );
    entry = { rows: ascending, rank: new Map(ascending.map((r, i) => [r, i])) };
    cache.set(field, entry);
  }
  const { rank } = entry;
  return {
    rows: descending ? [...entry.rows].reverse() : entry.rows,
    key: (r) => [rank.get(r) ?? 0, 0],
    order: descending ? 'desc' : 'asc',
  };
}
