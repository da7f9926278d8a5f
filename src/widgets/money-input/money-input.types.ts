import type { Money } from '../../adapter/schemas.js';

/** Detail of `ph-money-input` (every keystroke) and `ph-money-change` (on commit). */
export interface MoneyInputDetail {
  /** The amount the text reads as, or `null` when it is empty or cannot be read. */
  value: Money | null;
  /** The text as the person typed it. */
  text: string;
  /** Whether the field passes every check (readable, required, min, max, external error). */
  valid: boolean;
}

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-money-input': MoneyInputDetail;
    'ph-money-change': MoneyInputDetail;
  }
}
