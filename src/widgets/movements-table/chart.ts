/**
 * Geometry of the movements bar chart: paired bars (funds added, usage) per month on a shared
 * scale with "nice" gridlines. Pure: the element draws it as SVG. Coordinates are SVG user
 * units, drawn one to one as CSS pixels (never scaled down), so labels keep their size; the
 * chart reflows to the width it is given instead: columns when the months fit side by side,
 * otherwise one row per month (the 390 px phone). Amounts stay `Money`.
 */
import { niceStep } from '../../domain/index.js';
import { money } from '../../money/index.js';
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

// Columns: the amounts' labels on the left, months below, bars grow up.
const LEFT = 76;
const RIGHT = 12;
const TOP = 12;
const PLOT_HEIGHT = 180;
const BOTTOM = 40;
const GROUP_WIDTH = 48;
/** Narrower than this per month, the months' labels would collide: switch to rows. */
const MIN_GROUP_WIDTH = 44;

// Rows: the months' labels on the left, the amounts' labels above, bars grow right.
const ROW_LEFT = 64;
const ROW_RIGHT = 24;
const ROW_TOP = 24;
const ROW_HEIGHT = 36;
const ROW_BOTTOM = 8;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The layout of `rows` (oldest first, one currency) in `width` units (default: as wide as
 * the months need). Both orientations are one layout along a month axis (where the groups
 * sit) and a value axis (where bars grow), mapped to x and y at the end. Negative amounts,
 * which the hub does not send for funds added or usage, are drawn as empty bars; the table
 * shows them exactly.
 */
export function chartLayout(
  rows: readonly MovementRow[],
  currency: string,
  width?: number,
): ChartLayout {
  const months = Math.max(1, rows.length);
  const natural = LEFT + months * GROUP_WIDTH + RIGHT;
  const available = Math.min(natural, Math.floor(width ?? natural));
  const columns = (available - LEFT - RIGHT) / months >= MIN_GROUP_WIDTH;
  // Month axis: where the first group starts and how much room each has.
  const start = columns ? LEFT : ROW_TOP;
  const band = columns ? (available - LEFT - RIGHT) / months : ROW_HEIGHT;
  const end = start + months * band;
  // Value axis: where zero is, how long the axis is, and which way bars grow.
  const zeroAt = columns ? TOP + PLOT_HEIGHT : ROW_LEFT;
  const length = columns ? PLOT_HEIGHT : Math.max(1, available - ROW_LEFT - ROW_RIGHT);
  const grow = columns ? -1 : 1;
  // A bar is a third of the band, the gap between the pair a twelfth.
  const bar = round(band / 3);
  const gap = round(band / 12);

  // A scale with "nice" gridlines: at most 5 in columns, one per ~80 units in rows; the top
  // one is the first at or above the highest bar.
  const highest = Math.max(0, ...rows.flatMap((r) => [r.fundsAdded.amount, r.usage.amount]));
  const step = niceStep(money(highest, currency)).amount;
  const maxTicks = columns ? 5 : Math.max(2, Math.floor(length / 80));
  const tickStep = step * Math.ceil(Math.max(1, Math.ceil(highest / step)) / maxTicks);
  const top = Math.max(tickStep, Math.ceil(highest / tickStep) * tickStep);
  const at = (amount: number) => round(zeroAt + grow * (Math.max(0, amount) / top) * length);

  /** A point from (month axis, value axis) coordinates. */
  const point = (m: number, v: number) => (columns ? { x: m, y: v } : { x: v, y: m });
  const rect = (m: number, value: Money): ChartBar => {
    const tip = at(value.amount);
    const from = point(round(m), Math.min(tip, zeroAt));
    const size = point(bar, Math.abs(tip - zeroAt));
    return { x: from.x, y: from.y, width: size.x, height: size.y, value };
  };

  const groups = rows.map((row, i): ChartGroup => {
    const first = start + i * band + (band - 2 * bar - gap) / 2;
    return {
      period: row.period,
      label: {
        ...point(round(start + (i + 0.5) * band), columns ? zeroAt + 16 : ROW_LEFT - 8),
        anchor: columns ? 'middle' : 'end',
      },
      funds: rect(first, row.fundsAdded),
      usage: rect(first + bar + gap, row.usage),
    };
  });
  const ticks: ChartTick[] = [];
  for (let value = 0; value <= top; value += tickStep) {
    const v = at(value);
    const a = point(start, v);
    const b = point(round(end), v);
    ticks.push({
      value: money(value, currency),
      line: { x1: a.x, y1: a.y, x2: b.x, y2: b.y },
      label: { ...point(columns ? LEFT - 8 : ROW_TOP - 10, v), anchor: columns ? 'end' : 'middle' },
    });
  }
  return {
    orientation: columns ? 'columns' : 'rows',
    width: columns ? round(end + RIGHT) : available,
    height: columns ? zeroAt + BOTTOM : round(end) + ROW_BOTTOM,
    // The zero line lies on the first gridline.
    axis: ticks[0]!.line,
    groups,
    ticks,
  };
}
