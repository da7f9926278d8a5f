import { css } from 'lit';

export const styles = css`
  :host {
    --_row-height: 3.5rem;
    --_list-height: var(--ph-accounts-height, 30rem);
    container-type: inline-size;
  }

  .card {
    display: grid;
    gap: calc(var(--_space) * 4);
    min-width: 0;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    align-items: end;
  }

  .field {
    display: grid;
    gap: var(--_space);
    flex: 1 1 14rem;
    min-width: 0;
  }

  .field.status {
    flex: 0 1 12rem;
  }

  input,
  select {
    font: inherit;
    min-height: 2.5rem;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_control-border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    width: 100%;
  }

  /*
   * Both views share the columns: name, phone, status, quality and limit (when the adapter
   * sends them), client, date, then the host's actions.
   */
  .cols {
    display: grid;
    grid-template-columns:
      minmax(0, 1.6fr) minmax(0, 1.7fr) minmax(0, 1.25fr) var(--_quality-track,) minmax(0, 1.4fr)
      minmax(0, 0.9fr) var(--_action-tracks,);
    align-items: center;
    column-gap: calc(var(--_space) * 3);
  }

  .with-quality {
    --_quality-track: minmax(0, 1.5fr);
  }

  .actions-1 {
    --_action-tracks: auto;
  }

  .actions-2 {
    --_action-tracks: auto auto;
  }

  .grid {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .head,
  thead th,
  .row:hover,
  tr:hover {
    background: var(--_surface-alt);
  }

  .head {
    border-bottom: 1px solid var(--_border);
    padding: 0 calc(var(--_space) * 3);
    min-height: 2.75rem;
  }

  /* Bold headers; the hidden copy of a row's button keeps the rows' weight, so its width. */
  .head > [data-col] {
    font-weight: 600;
  }

  .sizer {
    visibility: hidden;
  }

  .viewport {
    height: var(--_list-height);
  }

  .grid:focus {
    outline: none;
  }

  .grid:focus-visible {
    outline: 3px solid var(--_focus);
  }

  .body .row {
    height: var(--_row-height);
    padding: 0 calc(var(--_space) * 3);
    border-bottom: 1px solid var(--_border);
    cursor: pointer;
  }

  [role='gridcell'],
  td,
  th,
  .sub {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  [role='gridcell']:focus-visible {
    outline-offset: -3px;
  }

  .sub {
    display: block;
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .icon {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }

  .tone-positive {
    color: var(--_positive);
  }
  .tone-info {
    color: var(--_info);
  }
  .tone-warning {
    color: var(--_warning);
  }
  .tone-danger {
    color: var(--_danger);
  }
  .tone-muted {
    color: var(--_muted);
  }

  .phone,
  button.sort,
  span.status {
    display: inline-flex;
    gap: var(--_space);
    align-items: center;
  }

  .phone {
    font-variant-numeric: tabular-nums;
  }

  /* A row's status and quality (the toolbar's status field is a .field: a label above). */
  span.status {
    gap: calc(var(--_space) * 1.5);
  }

  /* The copy, sort and name buttons read as links and headers, not as boxes. */
  button.copy,
  button.sort,
  button.link {
    border: none;
    background: none;
    color: inherit;
    padding: var(--_space) 0;
    min-height: 2.5rem;
    font-weight: inherit;
  }

  button.copy,
  button.link {
    color: var(--_accent);
  }

  button.copy {
    padding-inline: var(--_space);
    font-size: 0.875em;
  }

  button.link {
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 2px;
  }

  .sort-icon {
    width: 1em;
    height: 1em;
  }

  .table-wrap {
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    width: 100%;
  }

  th,
  td {
    text-align: start;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-bottom: 1px solid var(--_border);
  }

  /* Wide: one line a row, where a long client's name may take a second. */
  @container (width > 90rem) {
    .row [data-col='client'] {
      white-space: normal;
    }
  }

  /*
   * Medium containers (a tablet, a side panel): one line would cut statuses, numbers and the
   * Copy button off, so each row is three lines of two columns, the host's actions beside them,
   * and the headers stand where their cells do. Every row is still the one height of this layout.
   */
  @container (48rem < width <= 90rem) {
    .card {
      --_row-height: 7.5rem;
    }
    .cols {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) var(--_action-tracks,);
    }
    :is(.row, .head) [data-col='quality'] {
      grid-area: 2 / 2;
    }
    :is(.row, .head) [data-col='createdAt'] {
      grid-area: 3 / 2;
    }
  }

  /*
   * Below wide: three lines of two columns, name and status first, the phone and the client
   * starting the next two; the host's actions beside the lines (the narrow layout below redraws
   * the rows as cards).
   */
  @container (width <= 90rem) {
    .row [data-cell]:not([data-col]),
    .head > :not([data-col]) {
      grid-row: 1 / 4;
    }
    .row {
      align-content: center;
    }
    :is(.row, .head) [data-col='name'] {
      grid-area: 1 / 1;
    }
    :is(.row, .head) [data-col='status'] {
      grid-area: 1 / 2;
    }
    :is(.row, .head) [data-col='phone'] {
      grid-area: 2 / 1;
    }
    :is(.row, .head) [data-col='client'] {
      grid-area: 3 / 1;
    }
  }

  /*
   * Narrow containers (a phone): each row becomes a card, a line a field in the order they are
   * read (and reached by the arrows), so that a long name, status or number (with its Copy
   * button) fits in any language: the name, the number, the status, the quality (when sent),
   * the client, the date, then the host's actions side by side. Every row is the one height of
   * this layout, with the lines it has counted in.
   */
  @container (width <= 48rem) {
    /* 10.5rem, and a line more for the quality (--_q) and for the host's actions (--_a). */
    .grid {
      --_row-height: calc(10.5rem + var(--_q, 0rem) + var(--_a, 0rem));
    }
    .with-quality {
      --_q: 1.75rem;
    }
    .actions-1,
    .actions-2 {
      --_a: 3rem;
    }
    .cols {
      grid-template-columns: auto auto minmax(0, 1fr);
      row-gap: var(--_space);
    }
    .row [data-col] {
      grid-area: auto / 1 / auto / -1;
    }
    .row [data-cell]:not([data-col]) {
      grid-row: auto;
    }
    .row [data-col='name'] {
      font-weight: 600;
    }
    .row .sub {
      display: none;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      padding-block: var(--_space);
    }
    .head [data-col='phone'],
    .head [data-col='quality'],
    .head [data-col='client'],
    .head .sizer {
      display: none;
    }
    .card {
      padding: calc(var(--_space) * 3);
    }
    table,
    thead,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    tr {
      border-bottom: 1px solid var(--_border);
      padding-block: calc(var(--_space) * 2);
    }
    td,
    tbody th {
      border: none;
      padding-block: 0;
      /* A plain table's rows may grow: long names and clients wrap instead of being cut. */
      white-space: normal;
      overflow-wrap: anywhere;
    }
  }
`;
