/**
 * How much a partner's clients spend per hour: template messages and calls, with a daily rhythm
 * (business hours in the account's time zone), quieter weekends and holidays, steady growth
 * and some noise. Purely a function of the hour, so simulated time gives the same deductions
 * however it is advanced (one day at once or hour by hour).
 */
import { hashUnit } from './random.js';

export const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export interface UsageProfile {
  currency: string;
  /** Mixed into the noise, so two profiles (or two seeds) differ. */
  seed: number;
  /** Day number (days since 1970-01-01, UTC) on which usage starts; nothing before it. */
  startDay: number;
  /** Weekday usage per day at `startDay`, in minor units. */
  dailyAtStart: number;
  /** Multiplicative growth per day (0.0019 ≈ doubling in a year). */
  growthPerDay: number;
  /** Share of the cost that is calls (the rest is template messages). */
  callShare: number;
  /** The account's offset from UTC in hours, for the daily rhythm. */
  utcOffsetHours: number;
}

/** Relative template-message volume per local hour (0–23). */
const TEMPLATE_CURVE = [
  0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.45, 0.9, 1.6, 2.1, 2.3, 2.2, 1.7, 1.8, 2.0, 2.0, 1.8, 1.5,
  1.25, 1.05, 0.85, 0.6, 0.4, 0.25,
];
/** Relative call volume per local hour: business hours only. */
const CALL_CURVE = [
  0, 0, 0, 0, 0, 0, 0, 0.2, 1.2, 2.0, 2.2, 2.0, 1.2, 1.6, 2.0, 2.0, 1.7, 1.1, 0.3, 0, 0, 0, 0, 0,
];
const TEMPLATE_TOTAL = TEMPLATE_CURVE.reduce((a, b) => a + b, 0);
const CALL_TOTAL = CALL_CURVE.reduce((a, b) => a + b, 0);
/** Sunday first, like `Date#getUTCDay`. */
const WEEKDAY_FACTOR = [0.35, 0.95, 1.0, 1.02, 1.0, 0.9, 0.45];
/** Month * 100 + day of the days on which usage drops (Christmas, New Year). */
const HOLIDAYS = new Set([1224, 1225, 1226, 1231, 101]);

/** Usage in one hour, split into template messages and calls (minor units). */
export interface HourUsage {
  templates: number;
  calls: number;
}

/** The usage of the hour that starts at `hourStart` (ms since the epoch, on a whole hour). */
export function hourUsage(profile: UsageProfile, hourStart: number): HourUsage {
  const local = new Date(hourStart + profile.utcOffsetHours * HOUR_MS);
  const day = Math.floor(local.getTime() / DAY_MS);
  if (day < profile.startDay) return { templates: 0, calls: 0 };
  const hour = local.getUTCHours();
  const monthDay = (local.getUTCMonth() + 1) * 100 + local.getUTCDate();
  const hourIndex = Math.floor(hourStart / HOUR_MS);

  const base = profile.dailyAtStart * Math.exp(profile.growthPerDay * (day - profile.startDay));
  const dayNoise = 0.85 + 0.3 * hashUnit(profile.seed, 1, day);
  // About one weekday in 25 carries a marketing campaign.
  const campaign = hashUnit(profile.seed, 2, day) < 0.04 ? 2.2 : 1;
  const holiday = HOLIDAYS.has(monthDay) ? 0.3 : 1;
  const dayTotal =
    base *
    WEEKDAY_FACTOR[local.getUTCDay()]! *
    dayNoise *
    (local.getUTCDay() % 6 === 0 ? 1 : campaign) *
    holiday;

  const hourNoise = 0.75 + 0.5 * hashUnit(profile.seed, 3, hourIndex);
  const templates =
    dayTotal * (1 - profile.callShare) * (TEMPLATE_CURVE[hour]! / TEMPLATE_TOTAL) * hourNoise;
  const calls = dayTotal * profile.callShare * (CALL_CURVE[hour]! / CALL_TOTAL) * hourNoise;
  return { templates: Math.round(templates), calls: Math.round(calls) };
}

/** The total usage (templates and calls) of the hour starting at `hourStart`. */
export function hourCost(profile: UsageProfile, hourStart: number): number {
  const { templates, calls } = hourUsage(profile, hourStart);
  return templates + calls;
}
