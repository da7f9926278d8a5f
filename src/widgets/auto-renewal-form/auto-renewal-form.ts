import type { AdapterUse } from '../../adapter/contract.js';
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdapterError } from '../../adapter/errors.js';
import { toAdapterError } from '../../adapter/errors.js';
import type {
  AutoRenewal,
  AutoRenewalRecommendation,
  AutoRenewalUpdate,
  DailyUsage,
  Money,
} from '../../adapter/schemas.js';
import { icon } from '../../base/icons.js';
import { PhBillingElement } from '../../base/billing-element.js';
import type { ViewState } from '../../base/element.js';
import { ResourceController } from '../../base/resource-controller.js';
import { createIdempotencyKey } from '../../client/client.js';
import { previousMonth } from '../../domain/dates.js';
import { recommendAutoRenewal, simulateAutoRenewal } from '../../domain/index.js';
import type { AutoRenewalSimulation } from '../../domain/index.js';
import { add, compare, max, money } from '../../money/index.js';
import type { PhMoneyInput } from '../money-input/money-input.js';
import type { MoneyInputDetail } from '../money-input/money-input.types.js';
import { styles } from './auto-renewal-form.styles.js';
import './auto-renewal-form.types.js';

/** The values being edited. `null`: the field is empty or unreadable. */
interface Draft {
  enabled: boolean;
  threshold: Money | null;
  amount: Money | null;
}

/** A problem listed in the error summary, linked to the field it is about (if any). */
interface Problem {
  field: 'enabled' | 'threshold' | 'amount' | null;
  message: string;
}

/** The smallest amount above zero: one minor unit. */
function oneUnit(currency: string): Money {
  return money(1, currency);
}

/**
 * Auto-renewal (auto-recharge) of one balance currency: shows whether it is on, the threshold
 * and the top-up amount, and lets an owner change them.
 *
 * Edit mode ("Modify", or `edit()`): ON ("Yes, I want automatic recharge") or OFF ("No, I want
 * to manually add funds"), then the threshold and the top-up amount as locale-aware money
 * inputs, checked against the hub's limits. When OFF the two amounts stay visible and editable
 * (they are kept for when auto-renewal is turned on again) but are not required: an emptied
 * field keeps the saved amount.
 *
 * - A warning, not an error, when the top-up amount is not higher than the threshold (it
 *   causes repeated charges under continuous usage); saving stays possible.
 * - The adviser: recommended settings from the previous calendar month's usage (the hub's
 *   own recommendation when the adapter gives one, otherwise the domain rule), based on the
 *   month's daily average or, when usage fluctuated, its last 15 days; one action applies
 *   them. Below it, what the settings being typed would have done over that month: how many
 *   top-ups and how much charged. The replay starts from the balance right after a top-up
 *   (threshold + top-up amount), so it does not depend on today's balance.
 * - Save sends one idempotency key per logical save: a retry of the same values reuses it, a
 *   change of values makes a new one. While saving, the button is disabled and busy; a
 *   failure keeps every value and says why (the hub's field errors on the fields, the rest in
 *   the summary); success returns to the view, announces "Auto-renewal saved" and fires
 *   `ph-auto-renewal-change`. Cancel returns to the view without changes.
 * - Members, and anyone the hub refuses with `forbidden`, see the settings read-only with the
 *   reason; client-paid accounts see "not available for this billing mode".
 *
 * @summary Auto-renewal settings: view, modify with validation, recommendation and simulation.
 *
 * @slot empty - Shown when the hub has no auto-renewal settings (no balance yet).
 *
 * @event {AutoRenewalChangeDetail} ph-auto-renewal-change - The settings were saved; the
 *   detail is the settings as the hub saved them.
 *
 * @csspart card - The card around everything.
 * @csspart settings - The list of current settings in view mode.
 * @csspart button - Every button.
 * @csspart error-summary - The summary of problems shown after a failed save.
 * @csspart warning - The warning that the top-up amount is not above the threshold.
 * @csspart adviser - The recommendation and the simulation of last month.
 * @csspart state - The loading, error, empty, forbidden and unavailable panels.
 */
export class PhAutoRenewalForm extends PhBillingElement {
  static override styles = [...PhBillingElement.styles, styles];

  /** The adapter methods this element reads and writes through (the README's table). */
  static override adapterUse: AdapterUse = {
    reads: ['getSession', 'getAutoRenewal', 'getBalances', 'listDailyUsage'],
    writes: ['updateAutoRenewal'],
  };

  private readonly settingsList = new ResourceController(this, {
    name: 'autoRenewal',
    enabled: () => this.partnerPaid,
  });

  private readonly balances = new ResourceController(this, {
    name: 'balances',
    enabled: () => this.partnerPaid,
  });

  /** The previous month's usage, read only while editing (for the adviser). */
  private readonly usage = new ResourceController(this, {
    name: 'dailyUsage',
    params: () => this.usageRange ?? {},
    enabled: () => this.editing && this.usageRange !== undefined,
  });

  /**
   * The balance currency whose auto-renewal is shown (ISO 4217). Default: the first
   * currency the hub has settings for.
   */
  @property() currency?: string;

  @state() private editing = false;
  @state() private draft: Draft = { enabled: false, threshold: null, amount: null };
  @state() private saving = false;
  @state() private problems: Problem[] = [];
  /** The summary's heading: after a refused check, or after the hub refused the save. */
  @state() private summaryTitle = '';
  @state() private fieldErrors: { threshold: string; amount: string } = {
    threshold: '',
    amount: '',
  };
  @state() private announcement = '';
  /** Set when the hub refused a save with `forbidden`: the view becomes read-only. */
  @state() private refusal = '';

  /** The key of the last failed save and the values it carried, reused on a retry. */
  private attempt: { key: string; payload: string } | undefined;
  private focusSummary = false;
  private focusAfterRender: 'first' | 'modify' | null = null;

  /** The settings shown: of `currency`, else the first. */
  private get settings(): AutoRenewal | undefined {
    const list = this.settingsList.value;
    if (!list) return undefined;
    return this.currency ? list.find((s) => s.currency === this.currency) : list[0];
  }

  /** The previous calendar month relative to the balance's last update (or now). */
  private get usageRange(): { from: string; to: string } | undefined {
    const settings = this.settings;
    if (!settings) return undefined;
    if (this.balances.value === undefined && this.balances.state.status !== 'error') {
      return undefined;
    }
    const balance = this.balances.value?.find((b) => b.money.currency === settings.currency);
    return previousMonth(balance ? new Date(balance.updatedAt) : new Date());
  }

  private get view(): ViewState {
    return this.billingViewState([this.settingsList], () => !this.settings);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusSummary) {
      this.focusSummary = false;
      this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
    }
    if (this.focusAfterRender === 'first') {
      this.renderRoot.querySelector<HTMLInputElement>('input[name="enabled"]:checked')?.focus();
    } else if (this.focusAfterRender === 'modify') {
      this.renderRoot.querySelector<HTMLButtonElement>('button.modify')?.focus();
    }
    this.focusAfterRender = null;
  }

  private handleEnabled(event: Event): void {
    const enabled = (event.target as HTMLInputElement).value === 'on';
    this.draft = { ...this.draft, enabled };
  }

  private handleAmount(field: 'threshold' | 'amount', event: CustomEvent<MoneyInputDetail>): void {
    this.draft = { ...this.draft, [field]: event.detail.value };
  }

  private handleApplyRecommendation(recommendation: { threshold: Money; amount: Money }): void {
    this.draft = {
      ...this.draft,
      threshold: recommendation.threshold,
      amount: recommendation.amount,
    };
    this.fieldErrors = { threshold: '', amount: '' };
  }

  private handleCancel(): void {
    this.editing = false;
    this.resetForm();
    this.focusAfterRender = 'modify';
  }

  private handleSummaryLink(event: Event, field: Problem['field']): void {
    event.preventDefault();
    if (field === 'enabled') {
      this.renderRoot.querySelector<HTMLInputElement>('input[name="enabled"]:checked')?.focus();
    } else if (field) {
      this.input(field)?.focus();
    }
  }

  private async handleSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const settings = this.settings;
    const client = this.hubClient;
    if (this.saving || !settings || !client) return;

    const problems = this.checkFields();
    if (problems.length > 0) {
      this.showProblems(msg('Check these fields before saving:'), problems);
      return;
    }
    const update: AutoRenewalUpdate = {
      currency: settings.currency,
      enabled: this.draft.enabled,
      threshold: this.draft.threshold ?? settings.threshold,
      amount: this.draft.amount ?? settings.amount,
    };
    const payload = JSON.stringify(update);
    if (this.attempt?.payload !== payload) {
      this.attempt = { key: createIdempotencyKey(), payload };
    }
    const { key } = this.attempt;
    this.saving = true;
    this.problems = [];
    this.fieldErrors = { threshold: '', amount: '' };
    try {
      const saved = await client.updateAutoRenewal(update, { idempotencyKey: key });
      this.attempt = undefined;
      this.editing = false;
      this.resetForm();
      this.announcement = msg('Auto-renewal saved');
      this.focusAfterRender = 'modify';
      this.emit('ph-auto-renewal-change', saved);
    } catch (error) {
      this.handleSaveError(toAdapterError(error));
    } finally {
      this.saving = false;
    }
  }

  private handleSaveError(error: AdapterError): void {
    if (error.code === 'forbidden') {
      this.attempt = undefined;
      this.editing = false;
      this.resetForm();
      this.refusal = msg(
        'The hub did not allow this change for your role. Ask an owner of this partner account.',
      );
      return;
    }
    const { threshold = '', amount = '', ...others } = error.fieldErrors;
    this.fieldErrors = { threshold, amount };
    const problems: Problem[] = [];
    if (threshold) problems.push({ field: 'threshold', message: threshold });
    if (amount) problems.push({ field: 'amount', message: amount });
    for (const [name, message] of Object.entries(others)) {
      problems.push({ field: name === 'enabled' ? 'enabled' : null, message });
    }
    if (problems.length === 0) problems.push({ field: null, message: this.describeError(error) });
    this.showProblems(msg('Auto-renewal was not saved.'), problems);
  }

  /** Opens edit mode with the current settings (an owner, once the settings are loaded). */
  edit(): void {
    if (this.view.kind !== 'ready' || !this.canEdit || this.editing) return;
    this.startEditing();
  }

  /** Re-reads the settings. */
  async refresh(): Promise<void> {
    await Promise.all([this.session.refresh(), this.settingsList.refresh()]);
  }

  private get canEdit(): boolean {
    return this.isOwner && !this.refusal;
  }

  private startEditing(): void {
    const settings = this.settings;
    if (!settings) return;
    this.draft = {
      enabled: settings.enabled,
      threshold: settings.threshold,
      amount: settings.amount,
    };
    this.announcement = '';
    this.editing = true;
    this.focusAfterRender = 'first';
  }

  private resetForm(): void {
    this.problems = [];
    this.summaryTitle = '';
    this.fieldErrors = { threshold: '', amount: '' };
    this.attempt = undefined;
  }

  private showProblems(title: string, problems: Problem[]): void {
    this.summaryTitle = title;
    this.problems = problems;
    this.focusSummary = true;
  }

  private input(field: 'threshold' | 'amount'): PhMoneyInput | null {
    return this.renderRoot.querySelector<PhMoneyInput>(`ph-money-input[data-field="${field}"]`);
  }

  /** Touches both fields and lists what is wrong with them (in the fields' own words). */
  private checkFields(): Problem[] {
    const problems: Problem[] = [];
    for (const field of ['threshold', 'amount'] as const) {
      const input = this.input(field);
      if (!input) continue;
      input.markTouched();
      if (!input.checkValidity()) {
        problems.push({ field, message: `${input.label}: ${input.validationMessage}` });
      }
    }
    return problems;
  }

  /** The recommendation: the hub's own, else the domain rule over last month's usage. */
  private recommendation(
    settings: AutoRenewal,
    days: readonly DailyUsage[] | undefined,
  ): Pick<AutoRenewalRecommendation, 'threshold' | 'amount' | 'basis'> | null | undefined {
    if (settings.recommendation) return settings.recommendation;
    const range = this.usageRange;
    if (!days || !range) return undefined;
    return recommendAutoRenewal(days, settings.currency, { ...range, limits: settings.limits });
  }

  private simulation(days: readonly DailyUsage[]): AutoRenewalSimulation | null {
    const { threshold, amount } = this.draft;
    if (!threshold || !amount || threshold.amount <= 0 || amount.amount <= 0) return null;
    if (threshold.currency !== amount.currency) return null;
    return simulateAutoRenewal(add(threshold, amount), days, {
      enabled: true,
      threshold,
      amount,
    });
  }

  private renderCheckIcon(): TemplateResult {
    return icon(this.settings?.enabled ? 'check' : 'minus');
  }

  private renderView(settings: AutoRenewal): TemplateResult {
    const reason = this.refusal
      ? this.refusal
      : this.isOwner
        ? ''
        : msg('Only owners of this partner account can change auto-renewal.');
    return html`<div class="mode" data-mode="view">
      <dl class="settings" part="settings">
        <dt>${msg('Status')}</dt>
        <dd>
          <span class="status" data-enabled=${String(settings.enabled)}
            >${this.renderCheckIcon()}${settings.enabled ? msg('On') : msg('Off')}</span
          >
        </dd>
        <dt>${msg('Threshold')}</dt>
        <dd>${this.formatMoney(settings.threshold)}</dd>
        <dt>${msg('Top-up amount')}</dt>
        <dd>${this.formatMoney(settings.amount)}</dd>
      </dl>
      <p class="muted">
        ${
          settings.enabled
            ? msg(
                str`When the balance falls to ${this.formatMoney(settings.threshold)}, ${this.formatMoney(settings.amount)} is added and charged to your saved payment method.`,
              )
            : msg(
                'Top-ups are up to you. Emergency top-ups may still apply if the balance drops below zero.',
              )
        }
      </p>
      ${
        reason
          ? html`<p class="readonly-reason">${reason}</p>`
          : html`<div class="actions">
              <button
                type="button"
                class="modify"
                part="button"
                aria-label=${msg('Modify auto-renewal')}
                @click=${() => this.startEditing()}
              >
                ${msg('Modify')}
              </button>
            </div>`
      }
    </div>`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (this.problems.length === 0) return nothing;
    return html`<div
      class="summary"
      part="error-summary"
      role="alert"
      tabindex="-1"
      aria-labelledby="summary-title"
    >
      <h3 id="summary-title">${this.summaryTitle}</h3>
      <ul>
        ${this.problems.map((p) =>
          p.field
            ? html`<li>
                <a href="#${p.field}" @click=${(e: Event) => this.handleSummaryLink(e, p.field)}
                  >${p.message}</a
                >
              </li>`
            : html`<li>${p.message}</li>`,
        )}
      </ul>
    </div>`;
  }

  private renderWarning(): TemplateResult | typeof nothing {
    const { enabled, threshold, amount } = this.draft;
    if (!enabled || !threshold || !amount || threshold.currency !== amount.currency) {
      return nothing;
    }
    if (compare(amount, threshold) > 0) return nothing;
    return html`<div class="warning" part="warning">
      <p>
        <strong>${msg('The top-up amount is not higher than the threshold.')}</strong>
        ${msg(
          'Under continuous usage each top-up leaves the balance at or barely above the threshold, so top-ups repeat and your payment method is charged again and again. You can still save.',
        )}
      </p>
    </div>`;
  }

  private renderAdviser(settings: AutoRenewal): TemplateResult {
    const days = this.usage.value;
    const usageFailed = this.usage.state.status === 'error' && !days;
    const recommendation = this.recommendation(settings, days);
    let advice: TemplateResult;
    if (recommendation === undefined) {
      advice = usageFailed
        ? html`<p class="muted">
            ${msg('Last month’s usage could not be loaded, so there is no recommendation.')}
          </p>`
        : html`<p class="muted" aria-busy="true">${msg('Looking at last month’s usage…')}</p>`;
    } else if (recommendation === null) {
      advice = html`<p class="muted">
        ${msg('There was no usage last month, so there is no recommendation yet.')}
      </p>`;
    } else {
      advice = html`<p class="recommended">
          ${msg(
            str`Threshold ${this.formatMoney(recommendation.threshold)}, top-up amount ${this.formatMoney(recommendation.amount)}.`,
          )}
        </p>
        <p class="basis muted">
          ${
            recommendation.basis === 'last_15_days'
              ? msg('Based on the last 15 days of last month, because usage fluctuated.')
              : msg('Based on last month’s average daily usage.')
          }
        </p>
        <button
          type="button"
          part="button"
          class="apply"
          ?disabled=${this.saving}
          @click=${() => this.handleApplyRecommendation(recommendation)}
        >
          ${msg('Apply recommendation')}
        </button>`;
    }
    return html`<section class="adviser" part="adviser" aria-labelledby="adviser-title">
      <h3 id="adviser-title">${msg('Recommended from last month’s usage')}</h3>
      ${advice} ${this.renderSimulation(days, usageFailed)}
    </section>`;
  }

  private renderSimulation(
    days: readonly DailyUsage[] | undefined,
    usageFailed: boolean,
  ): TemplateResult | typeof nothing {
    if (!this.draft.enabled || usageFailed) return nothing;
    if (!days) return nothing;
    const result = this.simulation(days);
    if (!result) {
      return html`<p class="simulation muted">
        ${msg('Enter a threshold and a top-up amount to see what they would have done last month.')}
      </p>`;
    }
    const charged = this.formatMoney(result.charged);
    const total = result.topUps + result.emergencyTopUps;
    const summary =
      total === 0
        ? msg('With these settings last month: no top-ups, nothing charged.')
        : total === 1
          ? msg(str`With these settings last month: 1 top-up, ${charged} charged.`)
          : msg(str`With these settings last month: ${total} top-ups, ${charged} charged.`);
    const emergency =
      result.emergencyTopUps === 0
        ? nothing
        : html` ${
            result.emergencyTopUps === 1
              ? msg('One of them was an emergency top-up: the balance fell below zero.')
              : msg(
                  str`${result.emergencyTopUps} of them were emergency top-ups: the balance fell below zero.`,
                )
          }`;
    return html`<p class="simulation">${summary}${emergency}</p>
      <p class="assumption muted">
        ${msg('Replayed from the balance right after a top-up: threshold plus top-up amount.')}
      </p>`;
  }

  private renderEdit(settings: AutoRenewal): TemplateResult {
    const { limits } = settings;
    const { enabled } = this.draft;
    const range = (low: Money, high: Money) =>
      msg(str`Between ${this.formatMoney(low)} and ${this.formatMoney(high)}.`);
    const thresholdMin = max(limits.minThreshold, oneUnit(settings.currency));
    const amountMin = max(limits.minAmount, oneUnit(settings.currency));
    return html`<form class="mode" data-mode="edit" novalidate @submit=${this.handleSubmit}>
      ${this.renderSummary()}
      <fieldset id="enabled" ?disabled=${this.saving}>
        <legend>${msg('Automatic recharge')}</legend>
        <label class="choice">
          <input
            type="radio"
            name="enabled"
            value="on"
            .checked=${enabled}
            @change=${this.handleEnabled}
          />
          ${msg('Yes, I want automatic recharge')}
        </label>
        <label class="choice">
          <input
            type="radio"
            name="enabled"
            value="off"
            .checked=${!enabled}
            @change=${this.handleEnabled}
          />
          ${msg('No, I want to manually add funds')}
        </label>
      </fieldset>
      ${
        enabled
          ? nothing
          : html`<p class="note muted">
              ${msg(
                'Auto-renewal is off: these amounts are kept for when you turn it on. Emergency top-ups may still apply if the balance drops below zero.',
              )}
            </p>`
      }
      <div class="amounts">
        <ph-money-input
          id="threshold"
          data-field="threshold"
          name="threshold"
          currency=${settings.currency}
          label=${msg('Threshold')}
          description=${`${msg('A top-up is triggered when the balance falls to this amount.')} ${range(limits.minThreshold, limits.maxThreshold)}`}
          .value=${this.draft.threshold}
          .min=${thresholdMin}
          .max=${limits.maxThreshold}
          .error=${this.fieldErrors.threshold}
          ?required=${enabled}
          ?disabled=${this.saving}
          @ph-money-input=${(e: CustomEvent<MoneyInputDetail>) => this.handleAmount('threshold', e)}
        ></ph-money-input>
        <ph-money-input
          id="amount"
          data-field="amount"
          name="amount"
          currency=${settings.currency}
          label=${msg('Top-up amount')}
          description=${`${msg('Added to the balance and charged to your saved payment method each time.')} ${range(limits.minAmount, limits.maxAmount)}`}
          .value=${this.draft.amount}
          .min=${amountMin}
          .max=${limits.maxAmount}
          .error=${this.fieldErrors.amount}
          ?required=${enabled}
          ?disabled=${this.saving}
          @ph-money-input=${(e: CustomEvent<MoneyInputDetail>) => this.handleAmount('amount', e)}
        ></ph-money-input>
      </div>
      <div class="warning-region" aria-live="polite">${this.renderWarning()}</div>
      ${this.renderAdviser(settings)}
      <div class="actions">
        <button
          type="submit"
          class="primary"
          part="button"
          ?disabled=${this.saving}
          aria-busy=${this.saving ? 'true' : 'false'}
        >
          ${this.saving ? msg('Saving…') : msg('Save')}
        </button>
        <button type="button" part="button" ?disabled=${this.saving} @click=${this.handleCancel}>
          ${msg('Cancel')}
        </button>
      </div>
    </form>`;
  }

  protected override render() {
    const view = this.view;
    const settings = this.settings;
    const multi = (this.settingsList.value?.length ?? 0) > 1;
    const title =
      multi && settings ? msg(str`Auto-renewal (${settings.currency})`) : msg('Auto-renewal');
    let body: TemplateResult | typeof nothing;
    if (view.kind !== 'ready' || !settings) {
      body = this.renderState(view, {
        error: msg('Couldn’t load the auto-renewal settings.'),
        forbidden: msg('You don’t have access to the auto-renewal settings.'),
        empty: msg('No auto-renewal settings yet.'),
      });
    } else if (this.editing && this.canEdit) {
      body = this.renderEdit(settings);
    } else {
      body = this.renderView(settings);
    }
    return html`<article class="card" part="card" aria-labelledby="title">
      <h2 id="title">${title}</h2>
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </article>`;
  }
}
