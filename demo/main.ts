/**
 * The demo portal "Acme Messaging": a partner's own portal that embeds the Partner Hub elements
 * under one <ph-provider>. `npm start` builds it and serves it from the reference server, so
 * the elements talk HTTP to a real backend; the toolbar switches to the memory adapter, the
 * locale, the acting user's role and the colour scheme, and remembers the choices.
 *
 * Everything here is plain DOM (no innerHTML, no inline styles): the page runs under a strict
 * Content-Security-Policy with Trusted Types, as a partner's portal may.
 */
import '../src/index.js';
import type { MemoryAdapter, Session } from '../src/adapter/index.js';
import type { PhProvider } from '../src/base/provider.js';
import type { PhPartnerHub } from '../src/widgets/partner-hub/partner-hub.js';
import {
  dialog360Adapter,
  httpAdapter,
  latestCode,
  memoryAdapter,
  probeServer,
} from './data-sources.js';
import type { ServerUsers } from './data-sources.js';
import { startRouter } from './router.js';
import { SETTING_NAMES, isChoice, loadSettings, saveSettings } from './settings.js';
import type { DataSource, DemoSettings } from './settings.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const provider = byId<PhProvider>('provider');
const controls = byId<HTMLFormElement>('demo-controls');
const sourceStatus = byId<HTMLParagraphElement>('source-status');
const usageButtons = [...document.querySelectorAll<HTMLButtonElement>('[data-advance]')];
const usageNote = byId<HTMLOutputElement>('usage-note');
const overview = byId('overview-widgets');
const billing = byId('billing-widgets');
const hub = byId<PhPartnerHub>('hub-widget');
const integration = byId('integration-settings');
const profile = byId('partner-profile');
const users = byId('user-manager');
const switcher = byId('account-switcher');
const mailbox = byId<HTMLParagraphElement>('demo-mailbox');

const settings = loadSettings();
let memory: MemoryAdapter | undefined;

const field = (name: keyof DemoSettings) => controls.elements.namedItem(name) as HTMLSelectElement;

// ── toolbar → page ────────────────────────────────────────────────────────────────────────

function applyTheme(): void {
  document.documentElement.dataset['theme'] = settings.theme;
}

function applyLocale(): void {
  provider.locale = settings.locale;
  // The portal's own words stay English; the embedded elements speak the chosen language.
  overview.lang = settings.locale;
  billing.lang = settings.locale;
  hub.lang = settings.locale;
  integration.lang = settings.locale;
  profile.lang = settings.locale;
  users.lang = settings.locale;
  switcher.lang = settings.locale;
}

/** The source in effect: the saved choice, unless the reference server is not there. */
function effectiveSource(): DataSource {
  return settings.source === 'http' && !server ? 'memory' : settings.source;
}

function connect(): void {
  const source = effectiveSource();
  if (source === 'dialog360') {
    memory = undefined;
    provider.adapter = dialog360Adapter(settings.role);
  } else if (source === 'http' && server) {
    memory = undefined;
    provider.adapter = httpAdapter(server, settings.role);
  } else {
    const created = memoryAdapter(settings.role);
    memory = created.memory;
    provider.adapter = created.adapter;
  }
  field('source').value = source;
  showSourceStatus(source);
  showUsageControls();
  void showAccount();
}

function showSourceStatus(source: DataSource): void {
  sourceStatus.dataset['kind'] = source;
  if (source === 'http') {
    sourceStatus.textContent = 'Live over HTTP';
  } else if (source === 'dialog360') {
    sourceStatus.textContent = '360dialog partner API, simulated in this tab';
  } else if (server) {
    sourceStatus.textContent = 'In memory, this tab only';
  } else {
    sourceStatus.textContent = 'Server not running: in memory';
  }
}

function showUsageControls(): void {
  for (const button of usageButtons) button.disabled = !memory;
  usageNote.value = memory
    ? `Clock: ${formatClock(memory.clock.now())}`
    : effectiveSource() === 'dialog360'
      ? 'the partner API has no usage to simulate'
      : 'runs live on the server';
}

function formatClock(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(date);
}

/** The signed-in user in the top bar, from the session the elements use too. */
async function showAccount(): Promise<void> {
  const name = byId('account-name');
  const meta = byId('account-meta');
  const avatar = byId('account-avatar');
  await provider.updateComplete; // the provider makes its client for the new adapter
  const client = provider.client;
  let session: Session | undefined;
  try {
    session = await client?.read('session');
  } catch {
    session = undefined;
  }
  if (client !== provider.client) return; // switched again meanwhile
  if (!session) {
    name.textContent = 'Not signed in';
    meta.textContent = '';
    avatar.textContent = '?';
    return;
  }
  const { user, partner } = session;
  name.textContent = user.name;
  meta.textContent = `${user.role === 'owner' ? 'Owner' : 'Member'} · ${partner.name}`;
  avatar.textContent = user.name
    .split(/\s+/)
    .map((part) => part.charAt(0))
    .slice(0, 2)
    .join('')
    .toUpperCase();
}

// ── toolbar events ────────────────────────────────────────────────────────────────────────

controls.addEventListener('submit', (event) => event.preventDefault());

controls.addEventListener('change', (event) => {
  const target = event.target as HTMLSelectElement;
  const name = target.name as keyof DemoSettings;
  if (!SETTING_NAMES.includes(name) || !isChoice(name, target.value)) return;
  (settings as unknown as Record<string, string>)[name] = target.value;
  saveSettings(settings);
  if (name === 'theme') applyTheme();
  else if (name === 'locale') applyLocale();
  else connect();
});

for (const button of usageButtons) {
  button.addEventListener('click', () => {
    if (!memory) return;
    memory.clock.advance(Number(button.dataset['advance']));
    showUsageControls();
  });
}

// The Billing page's <ph-billing> needs nothing from the host either. Without a support URL
// from the hub, a read-only invoicing field's "Contact support to change" fires
// `ph-support-request`, which a portal would answer by opening its own support channel.

// "Add to Credit Balance" and "Modify" need nothing from the host: <ph-overview> opens the
// top-up dialog and the auto-renewal form's edit mode itself. A portal that wants its own flow
// would call preventDefault() on `ph-top-up-request` or `ph-auto-renewal-request` here.

// The host's own reaction to a chosen WhatsApp account (a real portal would open its page).
byId('accounts-list').addEventListener('ph-whatsapp-account-select', (event) => {
  const { account } = event.detail;
  byId('accounts-selected').textContent = `Selected: ${account.name} (${account.phoneNumber}).`;
});

// The demo's mailbox: the one-time code the hub e-mailed to confirm an invitation. A real
// owner reads it in their own inbox.
users.addEventListener('ph-invite-code-sent', (event) => {
  const { sentTo } = event.detail;
  void latestCode(server, settings.role, memory).then((code) => {
    mailbox.textContent = code
      ? `Demo mailbox (${sentTo}): your one-time code is ${code}.`
      : `Demo mailbox (${sentTo}): no code arrived.`;
  });
});
users.addEventListener('ph-user-change', (event) => {
  mailbox.textContent = '';
  // The signed-in user changed their own role: the top bar says the new one.
  if (event.detail.change === 'role') void showAccount();
});

// The top bar's account switcher (shown when the user belongs to several partner accounts):
// every element re-scopes by itself; the portal's own top bar names the new account.
switcher.addEventListener('ph-account-switch', () => void showAccount());

// The whole hub mirrors its tab in the address (`#hub/billing`), and a link to one opens it.
hub.addEventListener('ph-tab-change', (event) => {
  history.replaceState(null, '', `#hub/${event.detail.tab}`);
});
function openHubTab(): void {
  const [page, tab] = location.hash.replace(/^#/, '').split('/');
  if (page === 'hub' && tab) hub.tab = tab;
}
window.addEventListener('hashchange', openHubTab);
openHubTab();

// ── start ─────────────────────────────────────────────────────────────────────────────────

for (const name of SETTING_NAMES) field(name).value = settings[name];
applyTheme();
applyLocale();
startRouter(byId('main'));

const server: ServerUsers | undefined = await probeServer();
const httpOption = field('source').querySelector<HTMLOptionElement>('option[value="http"]');
if (httpOption && !server) {
  httpOption.disabled = true;
  httpOption.textContent = 'HTTP · reference server (not running)';
}
if (server && !server.member) {
  const memberOption = field('role').querySelector<HTMLOptionElement>('option[value="member"]');
  if (memberOption) memberOption.disabled = true;
}
connect();
