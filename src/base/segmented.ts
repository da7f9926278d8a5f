import { css, html } from 'lit';
import type { TemplateResult } from 'lit';

/** What `segmentedButtons` draws: one choice among a few, like a range or a view. */
export interface SegmentedButtons<T extends string> {
  /** The group's accessible name ("Range"). */
  label: string;
  options: readonly T[];
  current: T;
  /** The visible words of an option. */
  text: (option: T) => string;
  /** Called with the option chosen (also when it is the current one). */
  select: (option: T) => void;
}

/**
 * A row of toggle buttons of which one is pressed (`aria-pressed`), in a labelled group: the
 * 6 / 12 / all switch of the movements table, the interval of a plan, the filter of a list.
 * Add `segmentedStyles` to the widget's styles.
 */
export function segmentedButtons<T extends string>(group: SegmentedButtons<T>): TemplateResult {
  return html`<div class="segmented" role="group" aria-label=${group.label}>
    ${group.options.map(
      (option) =>
        html`<button
          type="button"
          part="button"
          data-value=${option}
          aria-pressed=${option === group.current ? 'true' : 'false'}
          @click=${() => group.select(option)}
        >
          ${group.text(option)}
        </button>`,
    )}
  </div>`;
}

/**
 * Styles of `segmentedButtons`. The pressed button differs by colour and weight and, in
 * forced-colors mode, by the system's selected-item colours (not by weight alone).
 */
export const segmentedStyles = css`
  .segmented {
    display: inline-flex;
    flex-wrap: wrap;
  }

  .segmented button {
    border-radius: 0;
    margin-inline-start: -1px;
  }

  .segmented button:first-child {
    margin-inline-start: 0;
    border-start-start-radius: calc(var(--_radius) * 0.75);
    border-end-start-radius: calc(var(--_radius) * 0.75);
  }

  .segmented button:last-child {
    border-start-end-radius: calc(var(--_radius) * 0.75);
    border-end-end-radius: calc(var(--_radius) * 0.75);
  }

  .segmented button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    position: relative;
  }

  @media (forced-colors: active) {
    .segmented button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: SelectedItem;
      color: SelectedItemText;
      border-color: SelectedItem;
    }
  }
`;
