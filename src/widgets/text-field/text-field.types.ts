/** The checks `<ph-text-field format=…>` applies (see `src/base/validators.ts`). */
export type TextFieldFormat = 'email' | 'https-url' | 'redirect-url' | 'vat-id' | 'solution-id';
