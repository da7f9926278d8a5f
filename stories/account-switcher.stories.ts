import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AdapterError } from '../src/adapter/errors.js';
import '../src/widgets/account-switcher/define.js';
import type { PhAccountSwitcher } from '../src/widgets/account-switcher/account-switcher.js';
import { argTypes, defaultArgs, until, withProvider } from './support.js';
import type { StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Team/Account switcher',
  component: 'ph-account-switcher',
  args: defaultArgs,
  argTypes,
  render: (args) => withProvider(args, html`<ph-account-switcher></ph-account-switcher>`),
};
export default meta;

type Story = StoryObj<StoryArgs>;

/** Lena belongs to two partner accounts: the button names the one open now. */
export const Ready: Story = {};

/** The list of accounts, opened. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<PhAccountSwitcher>('ph-account-switcher')!;
    await until(() => !!el.shadowRoot?.querySelector('.toggle'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
  },
};

/** One partner account only: nothing to switch to, so nothing is shown. */
export const Empty: Story = { args: { scenario: 'empty' } };

/** Loading (a slow hub). */
export const Loading: Story = { args: { scenario: 'slow' } };

/** The list could not be read: an error with a retry. */
export const Error: Story = {
  render: (args) =>
    withProvider(args, html`<ph-account-switcher></ph-account-switcher>`, (adapter) => {
      adapter.failNext('listPartnerAccounts', new AdapterError('unavailable', 'Down.'), {
        times: 100,
      });
    }),
};

/** A hub that does not show this user the list. */
export const Forbidden: Story = {
  render: (args) =>
    withProvider(args, html`<ph-account-switcher></ph-account-switcher>`, (adapter) => {
      adapter.listPartnerAccounts = () => Promise.reject(new AdapterError('forbidden', 'No.'));
    }),
};

/** A hub that cannot switch accounts. */
export const Unavailable: Story = {
  render: (args) =>
    withProvider(args, html`<ph-account-switcher></ph-account-switcher>`, undefined, {
      capabilities: { switchPartnerAccount: false },
    }),
};

/** German. */
export const German: Story = { args: { locale: 'de' } };

/** On a dark page. */
export const Dark: Story = { args: { theme: 'dark' } };
