import { msg, str } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type {
  AutoRenewal,
  AutoRenewalRecommendation,
  DailyUsage,
  Money,
} from '../../adapter/schemas.js';
import { recommendAutoRenewal, simulateAutoRenewal } from '../../domain/index.js';
import { add, compare } from '../../money/index.js';

/**
 * The warning (never a block) when auto-renewal is on with a top-up amount not higher than
 * the threshold: under continuous usage the top-ups repeat. Shown in the view of saved
 * settings too; while `editing`, it adds that the settings can still be saved.
 */
export function renderRepeatWarning(
  values: { enabled: boolean; threshold: Money | null; amount: Money | null },
  editing: boolean,
): TemplateResult | typeof nothing {
  const { enabled, threshold, amount } = values;
  if (!enabled || !threshold || !amount || threshold.currency !== amount.currency) return nothing;
  if (compare(amount, threshold) > 0) return nothing;
  return html`<div class="warning" part="warning">
    <p>
      <strong>${msg('The top-up amount is not higher than the threshold.')}</strong>
      ${msg(
        'Under continuous usage each top-up leaves the balance at or barely above the threshold, so top-ups repeat and your payment method is charged again and again.',
      )}
      ${editing ? msg('You can still save.') : nothing}
    </p>
  </div>`;
}

type Recommendation = Pick<AutoRenewalRecommendation, 'threshold' | 'amount' | 'basis'>;

/** What the auto-renewal form's adviser panel is drawn from. */
export interface AdviserInput {
  settings: AutoRenewal;
  /** Last month's daily usage, once read. */
  days: readonly DailyUsage[] | undefined;
  usageFailed: boolean;
  /** Last month, `YYYY-MM-DD` bounds. */
  range: { from: string; to: string } | undefined;
  /** The values being typed. */
  draft: { enabled: boolean; threshold: Money | null; amount: Money | null };
  /** A save is in flight: "Apply" waits. */
  busy: boolean;
  format: (value: Money) => string;
  onApply: (recommendation: { threshold: Money; amount: Money }) => void;
}

/** The recommendation: the hub's own, else the domain rule over last month's usage. */
function recommend({ settings, days, range }: AdviserInput): Recommendation | null | undefined {
  if (settings.recommendation) return settings.recommendation;
  if (!days || !range) return undefined;
  return recommendAutoRenewal(days, settings.currency, { ...range, limits: settings.limits });
}

/**
 * The adviser of the auto-renewal form: the recommended settings from last month's usage with
 * one action to apply them, and what the values being typed would have done over that month
 * (replayed from the balance right after a top-up: threshold + top-up amount).
 */
export function renderAdviser(input: AdviserInput): TemplateResult {
  const { usageFailed, format } = input;
  const recommendation = recommend(input);
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
          str`Threshold ${format(recommendation.threshold)}, top-up amount ${format(recommendation.amount)}.`,
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
        ?disabled=${input.busy}
        @click=${() => input.onApply(recommendation)}
      >
        ${msg('Apply recommendation')}
      </button>`;
  }
  return html`<section class="adviser" part="adviser" aria-labelledby="adviser-title">
    <h3 id="adviser-title">${msg('Recommended from last month’s usage')}</h3>
    ${advice} ${renderSimulation(input)}
  </section>`;
}

function renderSimulation({ draft, days, usageFailed, format }: AdviserInput) {
  if (!draft.enabled || usageFailed || !days) return nothing;
  const { threshold, amount } = draft;
  if (
    !threshold ||
    !amount ||
    threshold.amount <= 0 ||
    amount.amount <= 0 ||
    threshold.currency !== amount.currency
  ) {
    return html`<p class="simulation muted">
      ${msg('Enter a threshold and a top-up amount to see what they would have done last month.')}
    </p>`;
  }
  const result = simulateAutoRenewal(add(threshold, amount), days, {
    enabled: true,
    threshold,
    amount,
  });
  const charged = format(result.charged);
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
