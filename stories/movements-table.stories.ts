import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AdapterError } from '../src/adapter/errors.js';
import '../src/widgets/movements-table/define.js';
import type {
  MovementsRange,
  MovementsView,
} from '../src/widgets/movements-table/movements-table.types.js';
import { argTypes, defaultArgs, withProvider } from './support.js';
import type { StoryArgs } from './support.js';

interface MovementsArgs extends StoryArgs {
  range: MovementsRange;
  view: MovementsView;
}

const movements = (args: MovementsArgs) =>
  html`<ph-movements-table range=${args.range} view=${args.view}></ph-movements-table>`;

const meta: Meta<MovementsArgs> = {
  title: 'Overview/Movements table',
  component: 'ph-movements-table',
  args: { ...defaultArgs, range: 'last-12', view: 'table' },
  argTypes: {
    ...argTypes,
    range: { control: 'inline-radio', options: ['last-6', 'last-12', 'all'] },
    view: { control: 'inline-radio', options: ['table', 'chart'] },
  },
  render: (args) => withProvider(args, movements(args)),
};
export default meta;

type Story = StoryObj<MovementsArgs>;

/** The last 12 months as a table, newest first, with totals. */
export const Table: Story = {};

/** The same months as paired bars: funds added (solid) and usage (hatched). */
export const Chart: Story = { args: { view: 'chart' } };

/** The last 6 months. */
export const LastSixMonths: Story = { args: { range: 'last-6' } };

/** The last 12 months. */
export const LastTwelveMonths: Story = { args: { range: 'last-12' } };

/** The whole history (14 seeded months). */
export const All: Story = { args: { range: 'all' } };

/** The whole history as a chart. */
export const AllAsChart: Story = { args: { range: 'all', view: 'chart' } };

/** Balances in two currencies: one table per currency, never summed across them. */
export const MultiCurrency: Story = { args: { scenario: 'multi-currency' } };

/** Two currencies as charts. */
export const MultiCurrencyChart: Story = { args: { scenario: 'multi-currency', view: 'chart' } };

/** A brand-new partner without movements yet. */
export const Empty: Story = { args: { scenario: 'empty' } };

/** Loading (a slow hub). */
export const Loading: Story = { args: { scenario: 'slow' } };

/** The hub cannot be reached: an error with a retry. */
export const Error: Story = { args: { scenario: 'failing' } };

/** The hub refuses the read for this user. */
export const Forbidden: Story = {
  render: (args) =>
    withProvider(args, movements(args), (adapter) => {
      adapter.failNext('listMovements', new AdapterError('forbidden', 'Owners only.'), {
        times: 1000,
      });
    }),
};

/** A client-paid account: movements are not available for this billing mode. */
export const ClientPaid: Story = { args: { scenario: 'client-paid' } };

/** A member reads the movements too. */
export const Member: Story = { args: { role: 'member' } };

/** German month names and money. */
export const German: Story = { args: { locale: 'de' } };

/** German, as a chart. */
export const GermanChart: Story = { args: { locale: 'de', view: 'chart' } };

/** Dark colour scheme, from the host page. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Dark, as a chart. */
export const DarkChart: Story = { args: { theme: 'dark', view: 'chart' } };
