import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AdapterError } from '../src/adapter/errors.js';
import { createMemoryAdapter } from '../src/adapter/memory/index.js';
import '../src/widgets/whatsapp-accounts/define.js';
import type { WhatsAppAccountRowAction } from '../src/widgets/whatsapp-accounts/whatsapp-accounts.types.js';
import { argTypes, defaultArgs, effectiveArgs, withProvider, withoutProvider } from './support.js';
import type { StoryArgs } from './support.js';

interface AccountsArgs extends StoryArgs {
  /** How many accounts the memory adapter seeds (2,000 by default). */
  accounts: number;
  query: string;
  status: string;
  rowActions: WhatsAppAccountRowAction[];
}

const accounts = (args: AccountsArgs) =>
  html`<ph-whatsapp-accounts
    query=${args.query}
    status=${args.status}
    .rowActions=${args.rowActions}
  ></ph-whatsapp-accounts>`;

/** The list under a provider whose memory adapter seeds `args.accounts` accounts. */
const render = (args: AccountsArgs) =>
  withProvider(args, accounts(args), () => {
    const { scenario, role } = effectiveArgs(args);
    return createMemoryAdapter({ scenario, role, whatsAppAccounts: args.accounts });
  });

const meta: Meta<AccountsArgs> = {
  title: 'Accounts/WhatsApp accounts',
  component: 'ph-whatsapp-accounts',
  args: { ...defaultArgs, accounts: 2_000, query: '', status: '', rowActions: [] },
  argTypes: {
    ...argTypes,
    accounts: { control: 'select', options: [40, 300, 2_000, 10_000, 100_000] },
    status: {
      control: 'select',
      options: ['', 'connected', 'pending_review', 'flagged', 'restricted', 'disconnected'],
    },
  },
  render,
};
export default meta;

type Story = StoryObj<AccountsArgs>;

/**
 * Stories that render rows run axe from the Accessibility panel on request, not after every
 * render: axe takes 8–13 s over the ~1,800 elements of a few hundred rows (longer on a busy
 * machine). The list's own tests check it with axe in every state.
 */
const manualAxe = { a11y: { manual: true } };

/** 2,000 accounts: the virtualized grid, newest first; sort by name, date or status. */
export const Ready: Story = {
  globals: manualAxe,
};

/** 100,000 accounts: the same grid, under 100 row elements in the DOM at any position. */
export const HundredThousand: Story = {
  globals: manualAxe,
  args: { accounts: 100_000 },
};

/**
 * A hub that does not report quality ratings or messaging limits: the column is left out (the
 * memory adapter's accounts carry both; this one drops them).
 */
export const WithoutQuality: Story = {
  globals: manualAxe,
  render: (args) =>
    withProvider(args, accounts(args), () => {
      const { scenario, role } = effectiveArgs(args);
      const base = createMemoryAdapter({ scenario, role, whatsAppAccounts: args.accounts });
      const list = base.listWhatsAppAccounts.bind(base);
      base.listWhatsAppAccounts = async (query, options) => {
        const page = await list(query, options);
        return {
          ...page,
          items: page.items.map(({ quality: _q, messagingLimit: _l, ...rest }) => rest),
        };
      };
      return base;
    }),
};

/** 120 accounts: a plain table (every row in the DOM) under a few hundred rows. */
export const PlainTable: Story = { globals: manualAxe, args: { accounts: 120 } };

/** A search sent to the adapter: only the matching accounts. */
export const Searched: Story = {
  globals: manualAxe,
  args: { query: 'gmbh' },
};

/** The status filter: only the flagged numbers. */
export const FilteredByStatus: Story = {
  globals: manualAxe,
  args: { status: 'flagged' },
};

/** A search that matches nothing: the toolbar stays, so the search can be changed. */
export const NoMatch: Story = { args: { query: 'no such client' } };

/** The host's own action on every row ("Manage"), reported with the account. */
export const WithRowActions: Story = {
  globals: manualAxe,
  args: { rowActions: [{ id: 'manage', label: 'Manage' }] },
};

/** A brand-new partner without WhatsApp accounts yet. */
export const Empty: Story = { args: { scenario: 'empty' } };

/** Loading (a slow hub). */
export const Loading: Story = { args: { scenario: 'slow' } };

/** The hub cannot be reached: an error with a retry. */
export const Error: Story = { args: { scenario: 'failing' } };

/** The hub refuses the read for this user. */
export const Forbidden: Story = {
  render: (args) =>
    withProvider(args, accounts(args), (adapter) => {
      adapter.failNext('listWhatsAppAccounts', new AdapterError('forbidden', 'No access.'), {
        times: 1000,
      });
    }),
};

/** Without a provider or an adapter: the element says where it belongs. */
export const Unavailable: Story = {
  render: (args) => withoutProvider(args, accounts(args)),
};

/** A client-paid account lists its clients' numbers too (240 of them: a plain table). */
export const ClientPaid: Story = {
  globals: manualAxe,
  args: { scenario: 'client-paid' },
};

/** In German. */
export const German: Story = {
  globals: manualAxe,
  args: { locale: 'de' },
};

/** At 390 px: each row becomes a card. */
export const Phone: Story = {
  globals: manualAxe,
  render: (args) => html`<div class="ph-story-narrow">${render(args)}</div>`,
};

/** At 800 px (a tablet, a side panel), in German with a row action: three lines a row. */
export const Tablet: Story = {
  globals: manualAxe,
  args: { locale: 'de', rowActions: [{ id: 'manage', label: 'Verwalten' }] },
  render: (args) => html`<div class="ph-story-medium">${render(args)}</div>`,
};
