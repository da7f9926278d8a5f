/**
 * Geometry of the movements bar chart: paired bars (funds added, usage) per month on a shared
 * scale with "nice" gridlines. Pure: the element draws it as SVG. Coordinates are SVG user
 * units (plain numbers); amounts stay `Money`.
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

export interface ChartGroup {
  period: string;
  /** Centre of the pair, where the month label goes. */
  center: number;
  funds: ChartBar;
  usage: ChartBar;
}

export interface ChartTick {
  value: Money;
  y: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  groups: ChartGroup[];
  ticks: ChartTick[];
}

const LEFT = 76;
const RIGHT = 12;
const TOP = 12;
const PLOT_HEIGHT = 180;
const BOTTOM = 40;
const GROUP_WIDTH = 48;
const BAR_WIDTH = 16;
const BAR_GAP = 4;
/** At most this many gridlines above zero. */
const MAX_TICKS = 5;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The layout of `rows` (oldest first, one currency). Negative amounts, which the hub does not
 * send for funds added or usage, are drawn as empty bars; the table shows them exactly.
 */
export function chartLayout(rows: readonly MovementRow[], currency: string): ChartLayout {
  const none = zero(currency);
  const highest = rows.reduce((m, r) => max(m, max(r.fundsAdded, r.usage)), none);
  const ceiling = roundUpToNiceStep(highest);
  const step = niceStep(highest).amount;
  const count = Math.max(1, Math.ceil(ceiling.amount / step));
  const tickStep = step * Math.ceil(count / MAX_TICKS);
  const top = Math.max(tickStep, Math.ceil(ceiling.amount / tickStep) * tickStep);
  const bottom = TOP + PLOT_HEIGHT;
  const scale = (amount: number) => (Math.max(0, amount) / top) * PLOT_HEIGHT;

  const bar = (x: number, value: Money): ChartBar => {
    const height = round(scale(value.amount));
    return { x, y: round(bottom - height), width: BAR_WIDTH, height, value };
  };

  const groups = rows.map((row, i): ChartGroup => {
    const start = LEFT + i * GROUP_WIDTH + (GROUP_WIDTH - 2 * BAR_WIDTH - BAR_GAP) / 2;
    return {
      period: row.period,
      center: LEFT + i * GROUP_WIDTH + GROUP_WIDTH / 2,
      funds: bar(start, row.fundsAdded),
      usage: bar(start + BAR_WIDTH + BAR_GAP, row.usage),
    };
  });

  const ticks: ChartTick[] = [];
  for (let value = 0; value <= top; value += tickStep) {
    ticks.push({ value: money(value, currency), y: round(bottom - scale(value)) });
  }

  const width = LEFT + Math.max(1, rows.length) * GROUP_WIDTH + RIGHT;
  return {
    width,
    height: bottom + BOTTOM,
    plot: { left: LEFT, top: TOP, right: width - RIGHT, bottom },
    groups,
    ticks,
  };
}
