/**
 * The one canonical text of a value, for cache keys and fingerprints: JSON with object keys
 * sorted and `undefined` members left out (so `{a, b}` and `{b, a}` read alike; `undefined`
 * elsewhere reads `null`, as in JSON), and a Blob (an uploaded file) as its type and size.
 *
 * Used by the client's cache keys, the elements' idempotency fingerprints (one key per
 * payload), the reference server's request fingerprints and the conformance kit's messages.
 * No DOM needed (a Blob is checked only where the runtime has one).
 */
export function canonical(value: unknown): string {
  if (typeof Blob !== 'undefined' && value instanceof Blob) {
    return `Blob(${value.type}, ${value.size})`;
  }
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}
