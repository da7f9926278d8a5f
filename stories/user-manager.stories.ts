import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AdapterError } from '../src/adapter/errors.js';
import '../src/widgets/user-manager/define.js';
import type { PhUserManager } from '../src/widgets/user-manager/user-manager.js';
import { argTypes, defaultArgs, until, withProvider } from './support.js';
import type { StoryArgs } from './support.js';

const render = (args: StoryArgs) =>
  withProvider(args, html`<ph-user-manager></ph-user-manager>`, undefined, { inviteCodes: true });

const meta: Meta<StoryArgs> = {
  title: 'Team/User manager',
  component: 'ph-user-manager',
  args: defaultArgs,
  argTypes,
  render,
};
export default meta;

type Story = StoryObj<StoryArgs>;

/** An owner: the users, their roles and invitations, and the invitation form. */
export const Ready: Story = {};

/** A member: the same list, read-only, with no owner-only control. */
export const Member: Story = { args: { role: 'member' } };

/** A new partner: the owner is the only user so far. */
export const Empty: Story = { args: { scenario: 'empty' } };

/** Loading (a slow hub). */
export const Loading: Story = { args: { scenario: 'slow' } };

/** The hub cannot be reached: an error with a retry. */
export const Error: Story = { args: { scenario: 'failing' } };

/** A hub that shows its users to owners only, seen by someone it refuses. */
export const Forbidden: Story = {
  render: (args) =>
    withProvider(args, html`<ph-user-manager></ph-user-manager>`, (adapter) => {
      adapter.listUsers = () => Promise.reject(new AdapterError('forbidden', 'Owners only.'));
    }),
};

/** A hub without a user list. */
export const Unavailable: Story = {
  render: (args) =>
    withProvider(args, html`<ph-user-manager></ph-user-manager>`, undefined, {
      capabilities: { listUsers: false },
    }),
};

/** A hub that removes users only through support: "contact support to remove a user". */
export const RemovalThroughSupport: Story = {
  render: (args) =>
    withProvider(args, html`<ph-user-manager></ph-user-manager>`, undefined, {
      capabilities: { removeUser: false },
    }),
};

/** Confirming an invitation with the one-time code e-mailed to the inviting owner. */
export const OneTimeCode: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<PhUserManager>('ph-user-manager')!;
    await until(() => !!el.shadowRoot?.querySelector('[name="email"]'));
    const field = el.shadowRoot!.querySelector<HTMLElement>('[name="email"]')!;
    const input = field.shadowRoot!.querySelector('input')!;
    input.value = 'nina.kowalski@acme-messaging.example';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** German. */
export const German: Story = { args: { locale: 'de' } };

/** On a dark page. */
export const Dark: Story = { args: { theme: 'dark' } };
