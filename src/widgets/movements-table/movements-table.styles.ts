import { css } from 'lit';

export const styles = css`
  :host {
    --_funds: var(--ph-chart-funds-color, var(--_accent));
    --_usage: var(--ph-chart-usage-color, var(--_info));
  }

  .card {
    display: grid;
    gap: calc(var(--_space) * 4);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 3);
  }

  .export {
    margin-inline-start: auto;
  }

  .sections {
    display: grid;
    gap: calc(var(--_space) * 6);
  }

  .table-wrap {
    overflow-x: auto;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  .table-block,
  .chart {
    display: grid;
    gap: calc(var(--_space) * 2);
    min-width: 0;
  }

  .caption,
  figcaption {
    font-weight: 600;
  }

  th,
  td {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-bottom: 1px solid var(--_border);
    text-align: start;
    white-space: nowrap;
  }

  tbody th {
    font-weight: 500;
  }

  .num {
    text-align: end;
  }

  thead th {
    padding: 0;
    vertical-align: bottom;
  }

  button.sort {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1);
    width: 100%;
    min-height: 2.25rem;
    border: 0;
    border-radius: 0;
    background: transparent;
    font-weight: 600;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
  }

  .num button.sort {
    justify-content: flex-end;
  }

  .sort-icon {
    width: 1em;
    height: 1em;
    flex: none;
  }

  [aria-sort='none'] .sort-icon {
    opacity: 0.55;
  }

  tfoot th,
  tfoot td {
    font-weight: 650;
    border-top: 2px solid var(--_border);
    border-bottom: 0;
  }

  td.negative {
    color: var(--_danger);
  }

  .chart {
    margin: 0;
  }

  /* Drawn one to one: the layout reflows to the measured width, so labels keep 12 px. */
  .plot svg {
    display: block;
    max-width: 100%;
    height: auto;
  }

  .grid {
    stroke: var(--_border);
  }

  .axis {
    stroke: var(--_muted);
  }

  .tick,
  .label {
    fill: var(--_muted);
    font-size: 12px;
    font-family: var(--_font);
    dominant-baseline: middle;
  }

  .bar.funds {
    fill: var(--_funds);
  }

  .bar.usage {
    stroke: var(--_usage);
    stroke-width: 1.5;
  }

  .usage-ground {
    fill: var(--_surface);
  }

  .usage-line {
    stroke: var(--_usage);
    stroke-width: 3;
  }

  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 4);
  }

  .legend li {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }

  .swatch {
    width: 1em;
    height: 1em;
    overflow: visible;
  }

  /* Forced colours (Windows High Contrast): system colours only; the hatch tells usage apart. */
  @media (forced-colors: active) {
    .chart svg {
      forced-color-adjust: none;
    }

    .bar.funds {
      fill: CanvasText;
    }

    .bar.usage,
    .usage-line,
    .axis {
      stroke: CanvasText;
    }

    .usage-ground {
      fill: Canvas;
    }

    .grid {
      stroke: GrayText;
    }

    .tick,
    .label {
      fill: CanvasText;
    }
  }
`;
