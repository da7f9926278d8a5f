export interface AdapterUseRow {
  tag: string;
  reads: string[];
  writes: string[];
  optional: string[];
}

/** Every element of a Custom Elements Manifest with its declared `adapterUse`, sorted by tag. */
export function elementUses(manifest: unknown): AdapterUseRow[];

/** The README's markdown table of which element reads and writes which adapter method. */
export function renderTable(rows: AdapterUseRow[]): string;
