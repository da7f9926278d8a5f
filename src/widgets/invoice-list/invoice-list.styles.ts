import { css } from 'lit';
import { tableStyles } from '../../base/table-styles.js';

export const styles = [
  tableStyles,
  css`
    .card {
      display: grid;
      gap: calc(var(--_space) * 4);
    }

    .unpaid {
      font-weight: 600;
    }

    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 3);
    }

    .filters label {
      display: grid;
      gap: var(--_space);
      font-size: 0.875em;
      color: var(--_muted);
    }

    select {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_control-border);
      border-radius: var(--_radius);
      min-block-size: 2.5rem;
      padding-inline: calc(var(--_space) * 2);
    }

    select:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 1px;
    }

    tbody th {
      font-weight: 600;
      white-space: nowrap;
    }

    .amount {
      text-align: end;
      white-space: nowrap;
    }

    .status {
      display: inline-flex;
      align-items: center;
      gap: var(--_space);
      white-space: nowrap;
    }

    .status .icon {
      inline-size: 1.1em;
      block-size: 1.1em;
    }

    .status.paid {
      color: var(--_positive);
    }

    .status.unpaid,
    .status.overdue {
      color: var(--_danger);
    }

    .status.pending {
      color: var(--_info);
    }

    .status.void {
      color: var(--_muted);
    }

    .actions {
      min-inline-size: 9rem;
    }

    .actions button {
      margin-inline-end: var(--_space);
      margin-block-end: var(--_space);
    }

    .note {
      font-size: 0.875em;
      color: var(--_muted);
      max-inline-size: 22rem;
    }

    .note.blocking {
      color: var(--_danger);
    }

    .more {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 3);
    }

    @media (forced-colors: active) {
      .status,
      .note.blocking {
        color: CanvasText;
      }
    }
  `,
];
