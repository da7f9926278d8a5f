import { msg, str } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { AutoRenewal, AutoRenewalUpdate, Money } from '../../adapter/schemas.js';
import { PhBillingElement } from '../../base/billing-element.js';
import type { ViewState } from '../../base/element.js';
import { EditRights } from '../../base/edit-rights.js';
import { FormController, renderSubmit, summaryStyles } from '../../base/form-controller.js';
import { checkShape, drawIcon, minusShape } from '../../base/icons.js';
import { MutationController } from '../../base/mutation-controller.js';
import { ResourceController } from '../../base/resource-controller.js';
import { previousMonth } from '../../domain/dates.js';
import { sessionClock } from '../../base/session-clock.js';
import { max, money } from '../../money/index.js';
import { renderAdviser, renderRepeatWarning } from './adviser.js';
import { rangeHint } from '../money-input/range-hint.js';
import { actionStyles } from '../../base/layout-styles.js';
import '../../client/results/auto-renewal.js';
import '../../client/results/daily-usage.js';
import { styles } from './auto-renewal-form.styles.js';
import './auto-renewal-form.types.js';
import { formatMoney } from '../../money/format.js';

/** The values being edited, by field name. An amount is `null` when empty or unreadable. */
interface Draft extends Record<string, unknown> {
  enabled: 'on' | 'off';
  threshold: Money | null;
  amount: Money | null;
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
 *   causes repeated charges under continuous usage); saving stays possible. Saved settings
 *   like that carry the warning in the view too.
 * - The adviser: recommended settings from the previous calendar month's usage (the hub's
 *   own recommendation when the adapter gives one, otherwise the domain rule), based on the
 *   month's daily average or, when usage fluctuated, its last 15 days; one action applies
 *   them. Below it, what the settings being typed would have done over that month: how many
 *   top-ups and how much charged. The replay starts from the balance right after a top-up
 *   (threshold + top-up amount), so it does not depend on today's balance.
 * - The form is a `FormController` over `<ph-radio-group>` and two `<ph-money-input>`s: a
 *   problem shows after the person leaves a changed field or tries to save, never mid-typing;
 *   Save touches every field and lists what is wrong in a summary that takes focus.
 * - Save is a `MutationController`: one idempotency key per logical save (a retry of the same
 *   values reuses it, changed values get a new one). While saving, the button is marked
 *   disabled and busy and keeps focus; a failure keeps every value and says why (the hub's
 *   field errors on the fields, the rest in the summary); success returns to the view,
 *   announces "Auto-renewal saved" and fires `ph-auto-renewal-change`. Cancel returns to the
 *   view without changes. "Apply recommendation" announces the two amounts it put in the
 *   fields.
 * - Members, and anyone the hub refuses with `forbidden`, see the settings read-only with the
 *   reason; client-paid accounts see "not available for this billing mode". A switch of
 *   partner account ends an edit in progress and the refusal: the new account's settings show.
 *
 * @summary Auto-renewal settings: view, modify with validation, recommendation and simulation.
 *
 * @slot empty - Shown when the hub has no auto-renewal settings (no balance yet).
 *
 * @event {AutoRenewalCancelDetail} ph-auto-renewal-cancel - Editing was cancelled. Cancelable:
 *   `preventDefault()` says the listener moves focus itself (else it goes to Modify).
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
 * @adapter-reads getSession getAutoRenewal listDailyUsage
 * @adapter-writes updateAutoRenewal
 */
export class PhAutoRenewalForm extends PhBillingElement {
  static override styles = [...PhBillingElement.styles, actionStyles, summaryStyles, styles];

  static override properties: PropertyDeclarations = {
    currency: {},
    committed: { state: true },
  };

  /** Owners edit, until the hub refuses; a switch of account ends the edit and the refusal. */
  readonly #rights = new EditRights(this, () => this.isOwner);

  readonly #settingsList = new ResourceController(this, {
    name: 'autoRenewal',
    enabled: () => this.partnerPaid,
  });

  /** The previous month's usage, read only while editing (for the adviser). */
  readonly #usage = new ResourceController(this, {
    name: 'dailyUsage',
    params: () => this.#usageRange ?? {},
    enabled: () => this.#rights.editing && this.#usageRange !== undefined,
  });

  readonly #form = new FormController<Draft>(this, {
    enabled: 'off',
    threshold: null,
    amount: null,
  });

  readonly #save = new MutationController<AutoRenewalUpdate, AutoRenewal>(this, {
    task: (update, { signal, idempotencyKey }) =>
      this.hubClient!.updateAutoRenewal(update, { signal, idempotencyKey }),
    onComplete: (saved) => {
      this.#rights.editing = false;
      this.announce(msg('Auto-renewal saved'));
      void this.focusAfterUpdate('button.modify');
      this.emit('ph-auto-renewal-change', saved);
    },
    onError: (failure) =>
      this.#rights.saveFailed(
        failure,
        this.#save,
        this.#form,
        msg('Auto-renewal was not saved.'),
        this.describeError(failure.error),
      ),
  });

  /**
   * The balance currency whose auto-renewal is shown (ISO 4217). Default: the first
   * currency the hub has settings for.
   */
  currency?: string;

  /** The values last committed (a field left, a choice made): the warning's, never half typed. */
  private committed: Draft | undefined;
  readonly #commit = () => (this.committed = this.#form.draft);

  /** The settings shown: of `currency`, else the first. */
  get #settings(): AutoRenewal | undefined {
    const list = this.#settingsList.value;
    if (!list) return undefined;
    return this.currency ? list.find((s) => s.currency === this.currency) : list[0];
  }

  /** The previous calendar month by the hub's clock (the session's), once the session is read. */
  get #usageRange(): { from: string; to: string } | undefined {
    if (!this.#settings || this.session.state.data === undefined) return undefined;
    return previousMonth(sessionClock(this.session.state));
  }

  get #view(): ViewState {
    return this.billingViewState([this.#settingsList], () => !this.#settings);
  }

  #handleApplyRecommendation(recommendation: { threshold: Money; amount: Money }): void {
    const { threshold, amount } = recommendation;
    this.#form.set({ threshold, amount });
    this.#commit();
    this.#form.clear();
    this.announce(
      msg(
        str`Recommendation applied: threshold ${formatMoney(threshold, this.locale)}, top-up amount ${formatMoney(amount, this.locale)}.`,
      ),
    );
  }

  #handleCancel(): void {
    this.#rights.editing = false;
    this.#save.reset();
    // A page that opened the edit from elsewhere (the balance card's Modify) takes focus back.
    const detail = { currency: this.#editing ?? '' };
    if (this.emit('ph-auto-renewal-cancel', detail, { cancelable: true })) {
      void this.focusAfterUpdate('button.modify');
    }
  }

  #handleSubmit(event: Event): void {
    event.preventDefault();
    const settings = this.#settings;
    if (this.#save.inFlight || !settings || !this.hubClient) return;
    if (!this.#form.check(msg('Check these fields before saving:'))) return;
    const { enabled, threshold, amount } = this.#form.draft;
    this.#form.clear();
    void this.#save.run({
      currency: settings.currency,
      enabled: enabled === 'on',
      threshold: threshold ?? settings.threshold,
      amount: amount ?? settings.amount,
    });
  }

  /** The currency being edited: another currency's Modify starts again from its settings. */
  #editing: string | undefined;

  /** Opens edit mode with the current settings (an owner, once the settings are loaded). */
  edit(): void {
    if (this.#view.kind !== 'ready' || !this.#rights.canEdit) return;
    if (!this.#rights.editing || this.#editing !== this.#settings?.currency) this.#startEditing();
  }

  /** Re-reads the settings. */
  async refresh(): Promise<void> {
    await Promise.all([this.session.refresh(), this.#settingsList.refresh()]);
  }

  #startEditing(): void {
    const settings = this.#settings;
    if (!settings) return;
    this.#form.start({
      enabled: settings.enabled ? 'on' : 'off',
      threshold: settings.threshold,
      amount: settings.amount,
    });
    this.#save.reset();
    this.#rights.editing = true;
    this.#editing = settings.currency;
    this.#commit();
    void this.focusAfterUpdate('ph-radio-group');
  }

  #renderView(settings: AutoRenewal): TemplateResult {
    return html`<div class="mode" data-mode="view">
      <dl class="settings" part="settings">
        <dt>${msg('Status')}</dt>
        <dd>
          <span class="status" data-enabled=${String(settings.enabled)}
            >${drawIcon(settings.enabled ? checkShape() : minusShape())}${settings.enabled ? msg('On') : msg('Off')}</span
          >
        </dd>
        <dt>${msg('Threshold')}</dt>
        <dd>${formatMoney(settings.threshold, this.locale)}</dd>
        <dt>${msg('Top-up amount')}</dt>
        <dd>${formatMoney(settings.amount, this.locale)}</dd>
      </dl>
      <p class="muted">
        ${
          settings.enabled
            ? msg(
                str`When the balance falls to ${formatMoney(settings.threshold, this.locale)}, ${formatMoney(settings.amount, this.locale)} is added and charged to your saved payment method.`,
              )
            : msg(
                'Top-ups are up to you. Emergency top-ups may still apply if the balance drops below zero.',
              )
        }
      </p>
      ${renderRepeatWarning(settings, false)}
      ${
        !this.#rights.canEdit
          ? this.#rights.renderReason(
              msg('Only owners of this partner account can change auto-renewal.'),
            )
          : html`<div class="actions">
              <button
                type="button"
                class="modify"
                part="button"
                aria-label=${msg('Modify auto-renewal')}
                @click=${() => this.#startEditing()}
              >
                ${msg('Modify')}
              </button>
            </div>`
      }
    </div>`;
  }

  #renderEdit(settings: AutoRenewal): TemplateResult {
    const { limits, currency } = settings;
    const { enabled, threshold, amount } = this.#form.draft;
    const saving = this.#save.inFlight;
    // Without the hub's limits: any positive amount, no range shown (the hub decides on save).
    const range = (low?: Money, high?: Money) => ` ${rangeHint(low, high, this.locale)}`.trimEnd();
    const unit = oneUnit(currency);
    const committed = this.committed ?? this.#form.draft;
    const warning = renderRepeatWarning(
      { ...committed, enabled: committed.enabled === 'on' },
      true,
    );
    return html`<form
      class="mode"
      data-mode="edit"
      novalidate
      @submit=${this.#handleSubmit}
      @change=${this.#commit}
    >
      ${this.#form.renderSummary()}
      <ph-radio-group
        name="enabled"
        label=${msg('Automatic recharge')}
        .options=${[
          { value: 'on', label: msg('Yes, I want automatic recharge') },
          { value: 'off', label: msg('No, I want to manually add funds') },
        ]}
        .value=${enabled}
        ?disabled=${saving}
      ></ph-radio-group>
      ${
        enabled === 'on'
          ? nothing
          : html`<p class="note muted">
              ${msg(
                'Auto-renewal is off: these amounts are kept for when you turn it on. Emergency top-ups may still apply if the balance drops below zero.',
              )}
            </p>`
      }
      <div class="amounts">
        <ph-money-input
          data-field="threshold"
          name="threshold"
          currency=${currency}
          label=${msg('Threshold')}
          description=${`${msg('A top-up is triggered when the balance falls to this amount.')}${range(limits?.minThreshold, limits?.maxThreshold)}`}
          .value=${threshold}
          .min=${limits ? max(limits.minThreshold, unit) : unit}
          .max=${limits?.maxThreshold}
          ?required=${enabled === 'on'}
          ?disabled=${saving}
        ></ph-money-input>
        <ph-money-input
          data-field="amount"
          name="amount"
          currency=${currency}
          label=${msg('Top-up amount')}
          description=${`${msg('Added to the balance and charged to your saved payment method each time.')}${range(limits?.minAmount, limits?.maxAmount)}`}
          .value=${amount}
          .min=${limits ? max(limits.minAmount, unit) : unit}
          .max=${limits?.maxAmount}
          ?required=${enabled === 'on'}
          ?disabled=${saving}
        ></ph-money-input>
      </div>
      <div class="warning-region" aria-live="polite">${warning}</div>
      ${renderAdviser({
        settings,
        days: this.#usage.value,
        usageFailed: this.#usage.state.status === 'error' && !this.#usage.value,
        range: this.#usageRange,
        draft: { enabled: enabled === 'on', threshold, amount },
        busy: saving,
        format: (value) => formatMoney(value, this.locale),
        onApply: (recommendation) => this.#handleApplyRecommendation(recommendation),
      })}
      <div class="actions">
        ${renderSubmit(saving, msg('Save'))}
        <button type="button" part="button" ?disabled=${saving} @click=${this.#handleCancel}>
          ${msg('Cancel')}
        </button>
      </div>
    </form>`;
  }

  protected override render() {
    const view = this.#view;
    const settings = this.#settings;
    const multi = (this.#settingsList.value?.length ?? 0) > 1;
    const title =
      multi && settings ? msg(str`Auto-renewal (${settings.currency})`) : msg('Auto-renewal');
    let body: TemplateResult | typeof nothing;
    if (view.kind !== 'ready' || !settings) {
      body = this.renderState(view, {
        error: msg('Couldn’t load the auto-renewal settings.'),
        forbidden: msg('You don’t have access to the auto-renewal settings.'),
        empty: msg('No auto-renewal settings yet.'),
      });
    } else if (this.#rights.editing) {
      body = this.#renderEdit(settings);
    } else {
      body = this.#renderView(settings);
    }
    return html`<article class="card" part="card" aria-labelledby="title">
      <h2 id="title">${title}</h2>
      ${body}
    </article>`;
  }
}
