/** One choice of `<ph-select>`. */
export interface SelectOption {
  /** What the form submits when this option is chosen. */
  value: string;
  /** What the person reads. */
  label: string;
  /** Shown but not choosable. */
  disabled?: boolean;
}
