import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Plan } from '../src/adapter/schemas.js';
import '../src/widgets/partner-plan/define.js';
import type { PhPartnerPlan } from '../src/widgets/partner-plan/partner-plan.js';
import { argTypes, defaultArgs, until, withProvider } from './support.js';
import type { StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Billing/Partner plan',
  component: 'ph-partner-plan',
  args: defaultArgs,
  argTypes,
  render: (args) => withProvider(args, html`<ph-partner-plan></ph-partner-plan>`),
};
export default meta;

type Story = StoryObj<StoryArgs>;

const button = (el: PhPartnerPlan | null, label: string) =>
  Array.from(el?.shadowRoot?.querySelectorAll('button') ?? []).find(
    (b) => b.textContent?.trim() === label,
  );

/** On Basic, Premium on offer; cancelling is blocked by active channels and unpaid invoices. */
export const Ready: Story = {};

/** Premium on a client-paid account: Basic is a downgrade, through support. */
export const Downgrade: Story = { args: { scenario: 'client-paid' } };

/** A new partner: nothing blocks a cancellation. */
export const Cancellable: Story = { args: { scenario: 'empty' } };

/** The upgrade confirmation with the prorated amount for the rest of the period. */
export const Upgrading: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<PhPartnerPlan>('ph-partner-plan');
    await until(() => !!button(el, 'Upgrade to Premium'));
    button(el, 'Upgrade to Premium')!.click();
  },
};

/** The cancellation confirmation, naming the plan and the day it ends. */
export const Cancelling: Story = {
  args: { scenario: 'empty' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<PhPartnerPlan>('ph-partner-plan');
    await until(() => !!button(el, 'Cancel the Basic plan'));
    button(el, 'Cancel the Basic plan')!.click();
  },
};

/** The hub offers no plans (empty). */
export const Empty: Story = {
  render: (args) =>
    withProvider(args, html`<ph-partner-plan></ph-partner-plan>`, (adapter) => {
      const getPlan = adapter.getPlan.bind(adapter);
      adapter.getPlan = async (options) => ({ ...(await getPlan(options)), available: [] }) as Plan;
    }),
};

/** Loading (a slow hub). */
export const Loading: Story = { args: { scenario: 'slow' } };

/** The hub cannot be reached: an error with a retry. */
export const Error: Story = { args: { scenario: 'failing' } };

/** A member: only owners see and change the plan. */
export const Forbidden: Story = { args: { role: 'member' } };

/** A hub without plan management (the adapter has no `getPlan`). */
export const Unavailable: Story = {
  render: (args) =>
    withProvider(args, html`<ph-partner-plan></ph-partner-plan>`, (adapter) => {
      (adapter as { getPlan?: unknown }).getPlan = undefined;
    }),
};

/** German. */
export const German: Story = { args: { locale: 'de' } };

/** On a dark page. */
export const Dark: Story = { args: { theme: 'dark' } };
