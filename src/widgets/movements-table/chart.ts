/**
 * Geometry of the movements bar chart: paired bars (funds added, usage) per month on a shared
 * scale with "nice" gridlines. Pure: the element draws it as SVG. Coordinates are SVG user
 * units, drawn one to one as CSS pixels (never scaled down), so labels keep their size; the
 * chart reflows to the width it is given instead: columns when the months fit side by side,
 * otherwise one row per month (the 390 px phone). Amounts stay `Money`.
 */
import { niceStep, roundUpToNiceStep } from '../../domain/index.js';
import { max, money, zero } from '../../money/index.js';
import type { Money } from '../../money/index.js';
import type { MovementRow } from './model.js';

export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
  value: Money;
}

export interface ChartLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a text goes: its anchor point and alignment. */
export interface ChartText {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface ChartGroup {
  period: string;
  /** Where the month's label goes. */
  label: ChartText;
  funds: ChartBar;
  usage: ChartBar;
}

export interface ChartTick {
  value: Money;
  line: ChartLine;
  label: ChartText;
}

export interface ChartLayout {
  /** `columns`: months side by side, bars grow up; `rows`: one row per month, bars grow right. */
  orientation: 'columns' | 'rows';
  width: number;
  height: number;
  /** The zero line. */
  axis: ChartLine;
  groups: ChartGroup[];
  ticks: ChartTick[];
}

// Columns: the amounts' labels on the left, months below.
const LEFT = 76;
const RIGHT = 12;
const TOP = 12;
const PLOT_HEIGHT = 180;
const BOTTOM = 40;
const GROUP_WIDTH = 48;
/** Narrower than this per month, the months' labels would collide: switch to rows. */
const MIN_GROUP_WIDTH = 44;
const BAR_SHARE = 16 / GROUP_WIDTH;
const GAP_SHARE = 4 / GROUP_WIDTH;

// Rows: the months' labels on the left, the amounts' labels above.
const ROW_LEFT = 64;
const ROW_RIGHT = 24;
const ROW_TOP = 24;
const ROW_HEIGHT = 36;
const ROW_BAR = 12;
const ROW_GAP = 3;
const ROW_BOTTOM = 8;

const round = (n: number) => Math.round(n * 10) / 10;

/** The scale's top and its gridline values, at most `maxTicks` above zero. */
function scaleOf(rows: readonly MovementRow[], currency: string, maxTicks: number) {
  const none = zero(currency);
  const highest = rows.reduce((m, r) => max(m, max(r.fundsAdded, r.usage)), none);
  const ceiling = roundUpToNiceStep(highest);
  const step = niceStep(highest).amount;
  const count = Math.max(1, Math.ceil(ceiling.amount / step));
  const tickStep = step * Math.ceil(count / maxTicks);
  const top = Math.max(tickStep, Math.ceil(ceiling.amount / tickStep) * tickStep);
  const values: number[] = [];
  for (let value = 0; value <= top; value += tickStep) values.push(value);
  return { top, values };
}

/**
 * The layout of `rows` (oldest first, one currency) in `width` units (default: as wide as
 * the months need). Negative amounts, which the hub does not send for funds added or usage,
 * are drawn as empty bars; the table shows them exactly.
 */
export function chartLayout(
  rows: readonly MovementRow[],
  currency: string,
  width?: number,
): ChartLayout {
  const months = Math.max(1, rows.length);
  const natural = LEFT + months * GROUP_WIDTH + RIGHT;
  const available = width === undefined ? natural : Math.min(natural, Math.floor(width));
  const groupWidth = (available - LEFT - RIGHT) / months;
  return groupWidth >= MIN_GROUP_WIDTH
    ? columnsLayout(rows, currency, groupWidth)
    : rowsLayout(rows, currency, available);
}

function columnsLayout(
  rows: readonly MovementRow[],
  currency: string,
  groupWidth: number,
): ChartLayout {
  const { top, values } = scaleOf(rows, currency, 5);
  const bottom = TOP + PLOT_HEIGHT;
  const barWidth = round(groupWidth * BAR_SHARE);
  const gap = round(groupWidth * GAP_SHARE);
  const scale = (amount: number) => (Math.max(0, amount) / top) * PLOT_HEIGHT;
  const bar = (x: number, value: Money): ChartBar => {
    const height = round(scale(value.amount));
    return { x: round(x), y: round(bottom - height), width: barWidth, height, value };
  };
  const width = round(LEFT + Math.max(1, rows.length) * groupWidth + RIGHT);
  const right = width - RIGHT;
  const groups = rows.map((row, i): ChartGroup => {
    const start = LEFT + i * groupWidth + (groupWidth - 2 * barWidth - gap) / 2;
    return {
      period: row.period,
      label: { x: round(LEFT + i * groupWidth + groupWidth / 2), y: bottom + 16, anchor: 'middle' },
      funds: bar(start, row.fundsAdded),
      usage: bar(start + barWidth + gap, row.usage),
    };
  });
  const ticks = values.map((value): ChartTick => {
    const y = round(bottom - scale(value));
    return {
      value: money(value, currency),
      line: { x1: LEFT, x2: right, y1: y, y2: y },
      label: { x: LEFT - 8, y, anchor: 'end' },
    };
  });
  return {
    orientation: 'columns',
    width,
    height: bottom + BOTTOM,
    axis: { x1: LEFT, x2: right, y1: bottom, y2: bottom },
    groups,
    ticks,
  };
}

function rowsLayout(rows: readonly MovementRow[], currency: string, width: number): ChartLayout {
  const plotWidth = Math.max(1, width - ROW_LEFT - ROW_RIGHT);
  // About 80 units per gridline label ("€12.5K"), at least two lines.
  const { top, values } = scaleOf(rows, currency, Math.max(2, Math.floor(plotWidth / 80)));
  const scale = (amount: number) => (Math.max(0, amount) / top) * plotWidth;
  const bottom = ROW_TOP + Math.max(1, rows.length) * ROW_HEIGHT;
  const bar = (y: number, value: Money): ChartBar => ({
    x: ROW_LEFT,
    y: round(y),
    width: round(scale(value.amount)),
    height: ROW_BAR,
    value,
  });
  const groups = rows.map((row, i): ChartGroup => {
    const start = ROW_TOP + i * ROW_HEIGHT + (ROW_HEIGHT - 2 * ROW_BAR - ROW_GAP) / 2;
    return {
      period: row.period,
      label: {
        x: ROW_LEFT - 8,
        y: round(ROW_TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2),
        anchor: 'end',
      },
      funds: bar(start, row.fundsAdded),
      usage: bar(start + ROW_BAR + ROW_GAP, row.usage),
    };
  });
  const ticks = values.map((value): ChartTick => {
    const x = round(ROW_LEFT + scale(value));
    return {
      value: money(value, currency),
      line: { x1: x, x2: x, y1: ROW_TOP, y2: bottom },
      label: { x, y: ROW_TOP - 10, anchor: 'middle' },
    };
  });
  return {
    orientation: 'rows',
    width,
    height: bottom + ROW_BOTTOM,
    axis: { x1: ROW_LEFT, x2: ROW_LEFT, y1: ROW_TOP, y2: bottom },
    groups,
    ticks,
  };
}
