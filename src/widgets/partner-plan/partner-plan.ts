import { msg, str } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { Money, Plan, PlanChangeQuote, PlanOption } from '../../adapter/schemas.js';
import { PhDataElement } from '../../base/data-element.js';
import { drawIcon, errorShape, warningShape } from '../../base/icons.js';
import { MutationController } from '../../base/mutation-controller.js';
import { QuoteController } from '../../base/quote-controller.js';
import { ResourceController } from '../../base/resource-controller.js';
import { supportPath } from '../../base/support-path.js';
import {
  cancellationEffectiveAt,
  lastActiveDay,
  planChangeKind,
  prorate,
} from '../../domain/index.js';
import type { PhDialog } from '../dialog/dialog.js';
import { formatDay, formatDayRange } from '../../base/format-date.js';
import { describeRefusal, renderRefusal } from '../../base/refusal.js';
import { dialogButtons } from '../../base/dialog-buttons.js';
import '../../client/results/plan.js';
import { styles } from './partner-plan.styles.js';
import './partner-plan.types.js';
import { blockerSentence, priceLabel } from './words.js';
import { formatMoney } from '../../money/format.js';

/** A change the person is looking at: the plan, and whether it costs more or less. */
interface Change {
  option: PlanOption;
  kind: 'upgrade' | 'downgrade';
}

/**
 * The partner plan: the current plan with its price, billing period and next invoice date, and
 * the plans the hub offers. An upgrade takes effect at once: the prorated amount for the rest of
 * the period (the adapter's `quotePlanChange`, else the domain rule) is shown before the person
 * confirms, and the invoice it issues appears in every invoice list under the same provider. A
 * downgrade goes through support and starts with the next billing cycle. Cancelling (where the
 * hub allows it) lists what still blocks it — channel subscriptions still active, invoices
 * still unpaid, each named — and the day the plan would end (the end of the following calendar
 * month), then asks for a confirmation naming the plan. Owners only.
 *
 * @summary The partner plan: upgrade with proration, downgrade via support, cancellation.
 *
 * @slot empty - Shown when the hub offers no plans here.
 *
 * @event {PlanChangeDetail} ph-plan-change - The plan was changed, or its cancellation started.
 * @event {PlanSupportRequestDetail} ph-plan-support-request - The person asked to move to a
 *   cheaper plan and the hub gives no support URL. Cancelable: cancel it when the host opens
 *   its own support path (otherwise the element says to contact support).
 *
 * @csspart card - The card around everything.
 * @csspart plan - Each plan on offer.
 * @csspart button - Every button.
 * @csspart support - The "contact support" link or button of a downgrade.
 * @csspart dialog - The native `<dialog>` of the change and cancellation confirmations (its backdrop: `::part(dialog)::backdrop`).
 * @csspart title - The heading of the change and cancellation confirmations.
 * @csspart state - The loading, error, empty, forbidden and unavailable panels.
 * @adapter-reads getSession getPlan quotePlanChange
 * @adapter-writes changePlan cancelPlan
 * @adapter-optional quotePlanChange cancelPlan
 */
export class PhPartnerPlan extends PhDataElement {
  static override styles = [...PhDataElement.styles, ...styles];

  static override properties: PropertyDeclarations = {
    change: { state: true },
    supportAsked: { state: true },
    blockedNotice: { state: true },
  };

  /** Only owners see and change the plan. */
  protected override get ownerOnly(): boolean {
    return true;
  }

  /** The plan the change confirmation is about. */
  private change: Change | undefined;
  /** The plan whose support request no host handled: the element says what to do. */
  private supportAsked: string | undefined;
  /** Said after a click on a blocked "Cancel the plan". */
  private blockedNotice = false;

  readonly #plan = new ResourceController(this, {
    name: 'plan',
    enabled: () => this.isOwner,
  });

  readonly #quote = new QuoteController<string, PlanChangeQuote>(this, {
    task: (planId, options) => this.hubClient!.quotePlanChange(planId, options),
    args: () =>
      this.change && this.hubClient?.can('quotePlanChange') ? this.change.option.id : null,
    debounce: 0,
  });

  readonly #changing = new MutationController<Change, Plan>(this, {
    task: (change, context) => this.hubClient!.changePlan(change.option.id, context),
    fingerprint: (change) => change.option.id,
    onComplete: (plan, change) => {
      const name = change.option.name;
      const invoiced = change.kind === 'upgrade' ? this.#prorated(change) : undefined;
      this.announce(
        invoiced && invoiced.amount > 0
          ? msg(str`You are now on ${name}. ${formatMoney(invoiced, this.locale)} was invoiced.`)
          : msg(str`Your plan is now ${name}.`),
      );
      this.emit('ph-plan-change', {
        change: 'changed',
        plan,
        ...(invoiced ? { invoiced } : {}),
      });
      void this.focusAfterUpdate('h2');
    },
  });

  readonly #cancelling = new MutationController<string, Plan>(this, {
    task: (_planId, context) => this.hubClient!.cancelPlan(context),
    onComplete: (plan, planId) => {
      const name = this.#optionOf(plan, planId)?.name ?? planId;
      const end = this.#endDate(plan);
      this.announce(msg(str`The ${name} plan is cancelled. It ends on ${end}.`));
      this.emit('ph-plan-change', { change: 'cancelled', plan });
      void this.focusAfterUpdate('h2');
    },
  });

  // ── derived values ─────────────────────────────────────────────────────────────────────

  #optionOf(plan: Plan, planId: string): PlanOption | undefined {
    return plan.available.find((o) => o.id === planId);
  }

  /** The hub's clock (`asOf`), else this browser's. */
  #now(plan: Plan): Date {
    return plan.asOf ? new Date(plan.asOf) : new Date();
  }

  /** The prorated amount of an upgrade: the adapter's quote, else the domain rule. */
  #prorated(change: Change): Money | undefined {
    const plan = this.#plan.value;
    if (this.hubClient?.can('quotePlanChange')) {
      const quote = this.#quote.value;
      return quote?.planId === change.option.id ? quote.prorated : undefined;
    }
    const current = plan && this.#optionOf(plan, plan.current.planId);
    if (!plan || !current) return undefined;
    return prorate({
      currentPrice: current.price,
      newPrice: change.option.price,
      periodStart: plan.current.periodStart,
      periodEnd: plan.current.periodEnd,
      at: this.#now(plan).toISOString(),
    }).amount;
  }

  /** The last day the plan runs if cancelled (or being cancelled), for display. */
  #endDate(plan: Plan): string {
    const effective = plan.cancel.effectiveAt
      ? new Date(plan.cancel.effectiveAt)
      : cancellationEffectiveAt(this.#now(plan));
    return formatDay(lastActiveDay(effective), this.locale);
  }

  // ── handlers ───────────────────────────────────────────────────────────────────────────

  /** Opens the change or the cancellation confirmation: whether the person confirmed. */
  async #confirm(kind: 'change' | 'cancel'): Promise<boolean> {
    const dialog = this.renderRoot.querySelector<PhDialog>(`ph-dialog.${kind}`)!;
    return (await dialog.ask()) === kind;
  }

  async #handleChange(option: PlanOption, kind: Change['kind']): Promise<void> {
    if (this.#changing.inFlight) return;
    this.change = { option, kind };
    await this.updateComplete;
    if (await this.#confirm('change')) void this.#changing.run(this.change);
  }

  #handleSupport(option: PlanOption): void {
    const handled = !this.emit(
      'ph-plan-support-request',
      { planId: option.id },
      { cancelable: true },
    );
    this.supportAsked = handled ? undefined : option.id;
  }

  async #handleCancel(plan: Plan): Promise<void> {
    if (this.#cancelling.inFlight) return;
    if (!plan.cancel.allowed) {
      this.blockedNotice = true;
      return;
    }
    if (await this.#confirm('cancel')) void this.#cancelling.run(plan.current.planId);
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────

  #renderCurrent(plan: Plan, current: PlanOption | undefined): TemplateResult {
    const start = new Date(plan.current.periodStart);
    const end = new Date(plan.current.periodEnd);
    const range = formatDayRange(start, lastActiveDay(end), this.locale);
    const status = plan.current.status;
    const ends = this.#endDate(plan);
    const lastPeriod =
      status === 'cancelling' &&
      plan.cancel.effectiveAt !== null &&
      Date.parse(plan.cancel.effectiveAt) <= end.getTime();
    const row = (label: string, value: string, cls?: string) =>
      html`<div>
        <dt>${label}</dt>
        <dd class=${cls ?? nothing}>${value}</dd>
      </div>`;
    return html`<dl class="current">
        ${row(msg('Plan'), current?.name ?? plan.current.planId, 'plan-name')}
        ${current ? row(msg('Price'), priceLabel(current, this.locale)) : nothing}
        ${row(msg('Billing period'), range)}
        ${status === 'cancelled' || lastPeriod ? nothing : row(msg('Next invoice'), formatDay(end, this.locale))}
      </dl>
      ${
        status === 'active'
          ? nothing
          : html`<p class="notice" data-status=${status}>
              ${drawIcon(status === 'cancelling' ? warningShape() : errorShape())}
              ${
                status === 'cancelling'
                  ? msg(str`This plan is cancelled and stays active until ${ends}.`)
                  : msg('This plan has ended. Contact support to start a new one.')
              }
            </p>`
      }`;
  }

  #renderSupportPath(plan: Plan, option: PlanOption): TemplateResult {
    const label = msg(str`Contact support to move to ${option.name}`);
    const path = supportPath({
      url: plan.supportUrl,
      label,
      onRequest: () => this.#handleSupport(option),
    });
    return html`${path}
    ${
      this.supportAsked === option.id
        ? html`<p class="muted" role="status">
            ${msg(str`Ask your Partner Hub support team to move you to ${option.name}.`)}
          </p>`
        : nothing
    }`;
  }

  #renderOptionAction(plan: Plan, current: PlanOption | undefined, option: PlanOption) {
    if (option.id === plan.current.planId) {
      return html`<span class="badge">${msg('Your plan')}</span>`;
    }
    if (!current || plan.current.status !== 'active') return nothing;
    let kind: ReturnType<typeof planChangeKind>;
    try {
      kind = planChangeKind(current, option);
    } catch {
      return nothing; // another currency: not comparable here
    }
    if (kind !== 'upgrade' && kind !== 'downgrade') return nothing;
    const busy = this.#changing.inFlight;
    const upgrade = kind === 'upgrade';
    const change = html`<button
      type="button"
      part="button"
      class=${upgrade ? 'primary' : nothing}
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => !busy && void this.#handleChange(option, kind)}
    >
      ${upgrade ? msg(str`Upgrade to ${option.name}`) : msg(str`Move to ${option.name}`)}
    </button>`;
    if (upgrade)
      return html`<p class="muted">${msg('An upgrade takes effect at once.')}</p>
        ${change}`;
    const next = formatDay(plan.current.periodEnd, this.locale);
    return html`<p class="muted">
        ${msg(str`A move to ${option.name} starts with the next billing cycle, on ${next}.`)}
      </p>
      ${plan.downgrade === 'self_service' ? change : this.#renderSupportPath(plan, option)}`;
  }

  #renderOption(plan: Plan, current: PlanOption | undefined, option: PlanOption) {
    const mine = option.id === plan.current.planId;
    return html`<li class="plan ${mine ? 'mine' : ''}" part="plan" data-plan=${option.id}>
      <div class="head">
        <h4>${option.name}</h4>
        <span class="price">${priceLabel(option, this.locale)}</span>
      </div>
      ${
        option.features.length
          ? html`<ul class="features">
              ${option.features.map((f) => html`<li>${f}</li>`)}
            </ul>`
          : nothing
      }
      <div class="actions">${this.#renderOptionAction(plan, current, option)}</div>
    </li>`;
  }

  #renderCancel(plan: Plan, current: PlanOption | undefined): TemplateResult | typeof nothing {
    if (!this.hubClient?.can('cancelPlan') || plan.current.status !== 'active') return nothing;
    const blockers = plan.cancel.blockers ?? [];
    const blocked = !plan.cancel.allowed;
    const name = current?.name ?? plan.current.planId;
    const ends = this.#endDate(plan);
    const busy = this.#cancelling.inFlight;
    return html`<section class="cancel" aria-labelledby="cancel-heading">
      <h3 id="cancel-heading">${msg('Cancel the plan')}</h3>
      <p>
        ${msg(
          str`Cancelled today, the ${name} plan stays active until ${ends}, the end of next month, and then ends.`,
        )}
      </p>
      ${
        blocked
          ? html`<div id="blockers" class="blockers">
              <p>
                ${
                  blockers.length
                    ? msg('The plan can be cancelled once these are settled:')
                    : msg('The hub does not allow cancelling this plan here. Contact support.')
                }
              </p>
              ${
                blockers.length
                  ? html`<ul>
                      ${blockers.map(
                        (b) =>
                          html`<li data-blocker=${b.kind}>
                            ${drawIcon(errorShape())}
                            <span>${blockerSentence(b, this.locale)}</span>
                          </li>`,
                      )}
                    </ul>`
                  : nothing
              }
            </div>`
          : nothing
      }
      <div class="actions">
        <button
          type="button"
          part="button"
          data-cancel
          aria-disabled=${blocked || busy ? 'true' : 'false'}
          aria-describedby=${blocked ? 'blockers' : nothing}
          @click=${() => void this.#handleCancel(plan)}
        >
          ${msg(str`Cancel the ${name} plan`)}
        </button>
      </div>
      ${
        blocked && this.blockedNotice
          ? renderRefusal(msg('Settle everything listed above before cancelling.'))
          : nothing
      }
      <ph-dialog
        class="cancel"
        exportparts="dialog, title"
        label=${msg(str`Cancel the ${name} plan?`)}
      >
        <p>${msg(str`The ${name} plan stays active until ${ends} and then ends.`)}</p>
        ${
          plan.cancel.conditions.length
            ? html`<ul class="conditions">
                ${plan.cancel.conditions.map((c) => html`<li>${c}</li>`)}
              </ul>`
            : nothing
        }
        ${dialogButtons(
          { label: msg(str`Keep the ${name} plan`), close: '' },
          { label: msg(str`Cancel the ${name} plan`), close: 'cancel' },
        )}
      </ph-dialog>
    </section>`;
  }

  #renderChangeDialog(plan: Plan): TemplateResult {
    const change = this.change;
    const name = change?.option.name ?? '';
    const down = change?.kind === 'downgrade';
    const amount = change && !down ? this.#prorated(change) : undefined;
    const due = amount && formatMoney(amount, this.locale);
    let body: TemplateResult | typeof nothing;
    if (!change) {
      body = nothing; // nothing asked yet: the dialog waits, closed
    } else if (down) {
      const next = formatDay(plan.current.periodEnd, this.locale);
      body = html`<p>
        ${msg(str`Your plan becomes ${name} on ${next}, with the next billing cycle. Nothing is charged now.`)}
      </p>`;
    } else if (this.#quote.status === 'error' && this.#quote.error) {
      body = html`${renderRefusal(
          html`${msg('The prorated amount could not be worked out.')}
          ${this.describeError(this.#quote.error)}`,
        )}
        <button type="button" part="button" @click=${() => this.#quote.retry()}>
          ${msg('Try again')}
        </button>`;
    } else if (!due) {
      body = html`<p aria-busy="true">${msg('Working out the prorated amount…')}</p>`;
    } else {
      const periodEnd = formatDay(lastActiveDay(new Date(plan.current.periodEnd)), this.locale);
      const price = priceLabel(change.option, this.locale);
      body = html`<p>
          ${msg(str`The upgrade takes effect at once. You are invoiced now for the rest of this billing period, until ${periodEnd}:`)}
        </p>
        <p class="amount" data-prorated>${due}</p>
        <p class="muted">${msg(str`After that, ${name} costs ${price}.`)}</p>`;
    }
    return html`<ph-dialog
      class="change"
      exportparts="dialog, title"
      label=${down ? msg(str`Move to ${name}?`) : msg(str`Upgrade to ${name}?`)}
    >
      ${body}
      ${dialogButtons(
        { label: msg('Keep my plan'), close: '' },
        {
          label: down
            ? msg(str`Move to ${name}`)
            : due
              ? msg(str`Upgrade for ${due}`)
              : msg(str`Upgrade to ${name}`),
          close: 'change',
          disabled: !down && !due,
        },
      )}
    </ph-dialog>`;
  }

  /** Why the last change or cancellation failed (a failure is kept only while it stands). */
  #renderMutationError(): TemplateResult | typeof nothing {
    const changeFailure = this.#changing.failure;
    const failure = changeFailure ?? this.#cancelling.failure;
    if (!failure) return nothing;
    // The outcome of a change not confirmed is not known: never said to be "not changed".
    if (failure.kind === 'unknown') {
      return renderRefusal(
        msg('The hub did not confirm the change. Reload the page to see whether it was made.'),
      );
    }
    const what = changeFailure
      ? msg('The plan was not changed.')
      : msg('The plan was not cancelled.');
    const why = describeRefusal(failure, msg('Only owners can change the partner plan.'), (error) =>
      this.describeError(error),
    );
    return renderRefusal(`${what} ${why}`);
  }

  #renderReady(plan: Plan): TemplateResult {
    const current = this.#optionOf(plan, plan.current.planId);
    return html`${this.#renderCurrent(plan, current)} ${this.#renderMutationError()}
      <section aria-labelledby="plans-heading">
        <h3 id="plans-heading">${msg('Plans')}</h3>
        <ul class="plans">
          ${plan.available.map((option) => this.#renderOption(plan, current, option))}
        </ul>
      </section>
      ${this.#renderCancel(plan, current)} ${this.#renderChangeDialog(plan)}`;
  }

  protected override render() {
    const view = this.dataViewState([this.#plan], () => !this.#plan.value?.available.length);
    const words = {
      error: msg('Couldn’t load your partner plan.'),
      forbidden: msg('Only owners of this partner account can see and change its plan.'),
      empty: msg('The hub offers no plans here yet.'),
      unavailable: msg('This hub does not offer plan management here.'),
    };
    const plan = this.#plan.value;
    return html`<section class="card" part="card" aria-labelledby="heading">
      <h2 id="heading" tabindex="-1">${msg('Partner plan')}</h2>
      ${view.kind === 'ready' && plan ? this.#renderReady(plan) : this.renderState(view, words)}
    </section>`;
  }
}
