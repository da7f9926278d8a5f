/** One choice of `<ph-radio-group>`. */
export interface RadioOption {
  /** What the form submits when this option is chosen. */
  value: string;
  /** What the person reads (a whole sentence is fine: "Yes, I want automatic recharge"). */
  label: string;
  /** A second line under the label. */
  description?: string;
  /** Shown but not choosable. */
  disabled?: boolean;
}
