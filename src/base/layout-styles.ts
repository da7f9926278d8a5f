import { css } from 'lit';
import type { CSSResult } from 'lit';

/**
 * Makes a sheet, marked free of side effects: a bundler then drops the sheets no element of the
 * page adds (it cannot tell that lit's `css` has none, and would keep every sheet here).
 */
/* @__NO_SIDE_EFFECTS__ */
function sheet(make: () => CSSResult): CSSResult {
  return make();
}

/**
 * A row of buttons (`class="actions"`): side by side, wrapping onto the next line on a narrow
 * screen. A widget adds the sheet before its own styles, which may add spacing around the row.
 */
export const actionStyles = sheet(
  () => css`
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 2);
    }
  `,
);

/** A change that was refused or could not be made (`renderRefusal()`): the error icon, then why. */
export const refusalStyles = sheet(
  () => css`
    .refusal {
      display: flex;
      align-items: flex-start;
      gap: var(--_space);
      color: var(--_danger);
      font-weight: 500;
    }
  `,
);

/** A small outlined label beside a name ("Default", "Your plan", "Invited"): `class="badge"`. */
export const badgeStyles = sheet(
  () => css`
    .badge {
      padding: 0 calc(var(--_space) * 1.5);
      border: 1px solid currentColor;
      border-radius: calc(var(--_radius) * 0.5);
      font-size: 0.8125em;
      font-weight: 600;
      color: var(--_accent);
      white-space: nowrap;
    }
  `,
);

/** A card (`class="card"`) as a column of parts; its heading takes focus without a ring. */
export const cardStyles = sheet(
  () => css`
    .card {
      display: grid;
      gap: calc(var(--_space) * 4);
      min-width: 0;
    }

    h2:focus {
      outline: none;
    }
  `,
);

/**
 * The "contact support" path (`supportPath()`): a link, or a button that reads as one, in the
 * accent colour, at least 24 px high (WCAG 2.5.8) and wrapping with its sentence.
 */
export const supportStyles = sheet(
  () => css`
    .support {
      color: var(--_accent);
      min-height: 24px;
    }

    button.support {
      background: none;
      border: none;
      padding: 0;
      text-decoration: underline;
      text-align: start;
    }
  `,
);
