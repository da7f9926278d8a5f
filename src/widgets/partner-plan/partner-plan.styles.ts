import { css } from 'lit';
import {
  actionStyles,
  badgeStyles,
  cardStyles,
  refusalStyles,
  supportStyles,
} from '../../base/layout-styles.js';

const ownStyles = css`
  h4 {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }

  section {
    display: grid;
    gap: calc(var(--_space) * 3);
    min-width: 0;
  }

  /* A label or value longer than its column (a long German word under wider text spacing)
     breaks rather than run into the next one. */
  .current {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: calc(var(--_space) * 3);
    margin: 0;
    overflow-wrap: anywhere;
  }

  .current dt {
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .current dd {
    margin: 0;
    font-weight: 600;
  }

  .plans,
  .features,
  .blockers,
  .blockers ul,
  .conditions {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .plans {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: calc(var(--_space) * 3);
  }

  .plan {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .plan.mine {
    border-color: var(--_accent);
    border-width: 2px;
  }

  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }

  .price {
    font-weight: 600;
  }

  .features {
    gap: var(--_space);
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .features li::before {
    content: '✓ ';
    color: var(--_positive);
  }

  .conditions {
    padding-inline-start: calc(var(--_space) * 5);
    list-style: disc;
  }

  .plan .actions {
    display: grid;
    justify-items: start;
  }

  .notice,
  .blockers li {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    font-weight: 500;
  }

  .notice[data-status='cancelling'] {
    color: var(--_warning);
  }

  .notice[data-status='cancelled'],
  .blockers li {
    color: var(--_danger);
  }

  .cancel {
    padding-top: calc(var(--_space) * 4);
    border-top: 1px solid var(--_border);
    /* A plan name with no spaces breaks rather than run out of the card. */
    overflow-wrap: anywhere;
  }

  .amount {
    font-size: 1.5em;
    font-weight: 700;
  }
`;

/** The shared parts it draws (the card, a row of actions, badges, refusals), then its own look. */
export const styles = [
  cardStyles,
  actionStyles,
  badgeStyles,
  refusalStyles,
  supportStyles,
  ownStyles,
];
