/**
 * The hub's rules as pure functions: no DOM, no I/O, no clock (time is passed in). Shared by
 * the memory adapter, the reference server and the widgets. Money is always integer minor
 * units, through `src/money/`.
 */
export {
  BALANCE_STATES,
  FIRST_BALANCE_CURRENCY,
  balanceState,
  blockingLicenceInvoice,
  isMessagingPaused,
} from './balance.js';
export type { BalanceState, BalanceStateInfo, BlockingInvoiceFacts } from './balance.js';

export {
  applyUsage,
  emergencyTopUpAmount,
  settleBalance,
  shouldAutoRenew,
  shouldEmergencyTopUp,
} from './renewal.js';
export type {
  AutoRenewalRule,
  AutomaticTopUp,
  AutomaticTopUpKind,
  SettleOptions,
  UsageResult,
} from './renewal.js';

export { hubClock, hubNow, previousMonth } from './dates.js';

export { averageDailyUsage } from './usage.js';
export type { DailyUsage, DayRange } from './usage.js';

export { runwayForecast } from './forecast.js';
export type { RunwayForecast, RunwayOptions } from './forecast.js';

export {
  RECENT_DAYS,
  isFluctuatingUsage,
  niceStep,
  recommendAutoRenewal,
  roundUpToNiceStep,
  simulateAutoRenewal,
} from './recommendation.js';
export type {
  AutoRenewalLimits,
  AutoRenewalRecommendation,
  AutoRenewalSimulation,
  RecommendationBasis,
  RecommendationOptions,
} from './recommendation.js';

export { chargeFor, feeFor, feePercent } from './fees.js';

export { prorate } from './proration.js';
export type { Proration, ProrationInput } from './proration.js';

export { cancellationEffectiveAt, lastActiveDay, planChangeKind } from './plan.js';
export type { PlanChangeKind, PricedPlan } from './plan.js';

export {
  SOLUTION_ID_LENGTH,
  checkEmail,
  checkRedirectUrl,
  checkSolutionId,
  checkVatId,
  checkWebhookUrl,
  normalizeVatId,
} from './ids.js';
export type { EmailError, SolutionIdError, UrlError, VatIdError } from './ids.js';

export {
  cardExpiresAt,
  cardExpiryLabel,
  cardExpiryState,
  chooseCard,
  defaultCardOf,
  isCardExpired,
  methodExpiryState,
  methodRemovalRefusal,
} from './cards.js';
export type { CardExpiryState, CardFacts, MethodRemovalRefusal } from './cards.js';

export {
  TOP_UP_LIMIT_UNITS,
  TOP_UP_PRESET_UNITS,
  defaultTopUpLimits,
  topUpLimits,
  topUpPresets,
  withinTopUpLimits,
} from './top-up.js';
export type { TopUpLimits } from './top-up.js';

export { dailyUsageFrom, monthlyMovements } from './movements.js';
export type { LedgerEntry, LedgerEntryKind, MonthlyMovement, MovementRange } from './movements.js';

export {
  INVITE_CODE_ATTEMPTS,
  INVITE_CODE_LENGTH,
  INVITE_CODE_TTL_MS,
  isActiveOwner,
  isInviteCodeShape,
  isKnownEmail,
  isLastOwner,
  maskEmail,
  removalRefusal,
  roleChangeRefusal,
} from './users.js';
export type { UserChangeRefusal, UserFacts } from './users.js';

export { declaredPixels, logoRefusal, pixelBreach, pixelRefusal } from './image.js';
export type { LogoRules } from './image.js';
export type { PixelRules, PixelSize } from './image.js';
