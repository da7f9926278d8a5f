import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AdapterError } from '../src/adapter/errors.js';
import type { MemoryAdapter } from '../src/adapter/memory/index.js';
import type { AutoRenewal } from '../src/adapter/schemas.js';
import '../src/widgets/auto-renewal-form/define.js';
import type { PhAutoRenewalForm } from '../src/widgets/auto-renewal-form/define.js';
import '../src/widgets/balance-card/define.js';
import { argTypes, defaultArgs, until, withProvider } from './support.js';
import type { StoryArgs } from './support.js';

/** Opens edit mode once the settings are loaded, as "Modify" would. */
async function openEditor(canvas: HTMLElement): Promise<PhAutoRenewalForm> {
  await customElements.whenDefined('ph-auto-renewal-form');
  const form = canvas.querySelector<PhAutoRenewalForm>('ph-auto-renewal-form')!;
  await until(() => !!form.shadowRoot?.querySelector('[data-mode="view"]'));
  form.edit();
  await until(() => !!form.shadowRoot?.querySelector('form'));
  return form;
}

/** Types into one of the form's money inputs, the way a person would (input events). */
async function typeInto(form: PhAutoRenewalForm, field: string, text: string): Promise<void> {
  const moneyInput = form.shadowRoot!.querySelector(`ph-money-input[data-field="${field}"]`)!;
  await (moneyInput as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const input = moneyInput.shadowRoot!.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** Settings where the top-up amount is not above the threshold. */
function withLowAmount(adapter: MemoryAdapter): MemoryAdapter {
  return new Proxy(adapter, {
    get(target, property, receiver) {
      if (property === 'getAutoRenewal') {
        return async (): Promise<AutoRenewal[]> =>
          (await target.getAutoRenewal()).map((s) => ({
            ...s,
            threshold: { amount: 50_000, currency: s.currency },
            amount: { amount: 30_000, currency: s.currency },
          }));
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}

const formOnly = (args: StoryArgs) =>
  withProvider(args, html`<ph-auto-renewal-form></ph-auto-renewal-form>`);

const meta: Meta<StoryArgs> = {
  title: 'Overview/Auto-renewal form',
  component: 'ph-auto-renewal-form',
  args: defaultArgs,
  argTypes,
  render: formOnly,
};
export default meta;

type Story = StoryObj<StoryArgs>;

/** View mode: auto-renewal on, with its threshold and top-up amount, and "Modify". */
export const View: Story = {};

/** View mode with auto-renewal off. */
export const Off: Story = { args: { scenario: 'negative' } };

/** Edit mode: on/off, the two amounts, the recommendation and last month's simulation. */
export const Editing: Story = {
  play: async ({ canvasElement }) => {
    await openEditor(canvasElement);
  },
};

/** The top-up amount is not above the threshold: a warning that does not block saving. */
export const Warning: Story = {
  render: (args) =>
    withProvider(args, html`<ph-auto-renewal-form></ph-auto-renewal-form>`, withLowAmount),
  play: async ({ canvasElement }) => {
    await openEditor(canvasElement);
  },
};

/** A failed check: errors on the fields and a summary that takes focus. */
export const ErrorSummary: Story = {
  play: async ({ canvasElement }) => {
    const form = await openEditor(canvasElement);
    await typeInto(form, 'threshold', '1,005');
    await typeInto(form, 'amount', '99999999');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** The hub refuses the save: every value is kept and the reason shown; Save retries. */
export const FailingSave: Story = {
  render: (args) =>
    withProvider(args, html`<ph-auto-renewal-form></ph-auto-renewal-form>`, (adapter) => {
      adapter.failNext(
        'updateAutoRenewal',
        new AdapterError('unavailable', 'The hub is down for maintenance.'),
      );
    }),
  play: async ({ canvasElement }) => {
    const form = await openEditor(canvasElement);
    await typeInto(form, 'threshold', '150');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** Saving in progress on a slow hub: Save is busy and disabled. */
export const Saving: Story = {
  play: async ({ canvasElement }) => {
    const form = await openEditor(canvasElement);
    const provider = canvasElement.querySelector('ph-provider')!;
    (provider.adapter as MemoryAdapter).setLatency(24 * 60 * 60 * 1000);
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** Next to the balance card: saving updates the card's auto-renewal summary. */
export const WithBalanceCard: Story = {
  render: (args) =>
    withProvider(
      args,
      html`<ph-balance-card></ph-balance-card> <ph-auto-renewal-form></ph-auto-renewal-form>`,
    ),
};

/** The settings of one currency of several. */
export const MultiCurrency: Story = {
  args: { scenario: 'multi-currency' },
  render: (args) =>
    withProvider(args, html`<ph-auto-renewal-form currency="USD"></ph-auto-renewal-form>`),
};

/** A member sees the settings read-only, with the reason. */
export const Member: Story = { args: { role: 'member' } };

/** The hub refuses the read for this user. */
export const Forbidden: Story = {
  render: (args) =>
    withProvider(args, html`<ph-auto-renewal-form></ph-auto-renewal-form>`, (adapter) => {
      adapter.failNext('getAutoRenewal', new AdapterError('forbidden', 'Owners only.'), {
        times: 1000,
      });
    }),
};

/** A client-paid account: not available for this billing mode. */
export const ClientPaid: Story = { args: { scenario: 'client-paid' } };

/** A new partner without settings yet. */
export const Empty: Story = { args: { scenario: 'empty' } };

/** The hub cannot be reached: an error with a retry. */
export const Error: Story = { args: { scenario: 'failing' } };

/** Loading (a slow hub). */
export const Loading: Story = { args: { scenario: 'slow' } };

/** German, in edit mode. */
export const German: Story = {
  args: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await openEditor(canvasElement);
  },
};

/** Dark colour scheme, in edit mode. */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await openEditor(canvasElement);
  },
};
