/**
 * Deterministic randomness for the memory adapter's seeded data: the same seed always builds the
 * same world, in every browser and in Node. Never `Math.random`.
 */

/** A stream of numbers in [0, 1) (mulberry32). */
export type Random = () => number;

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A number in [0, 1) that depends only on its inputs (a stateless hash), so a value for
 * "hour 493 021 of seed 7" is the same however time was advanced to reach it.
 */
export function hashUnit(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    // Mix both 32-bit halves so large numbers (hour indexes, day numbers) all count.
    for (const word of [part | 0, Math.floor(part / 4294967296) | 0]) {
      h = Math.imul(h ^ word, 0x01000193);
      h ^= h >>> 13;
      h = Math.imul(h, 0x5bd1e995);
      h ^= h >>> 15;
    }
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** An integer in [min, max], both included. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** One key of `weights`, chosen with probability proportional to its weight. */
export function weighted<K extends string>(
  random: Random,
  weights: Readonly<Record<K, number>>,
): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [key, w] of entries) {
    r -= w;
    if (r < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

/** `length` random decimal digits (the first never 0 unless `allowLeadingZero`). */
export function digits(random: Random, length: number, allowLeadingZero = false): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out += String(
      i === 0 && !allowLeadingZero ? intBetween(random, 1, 9) : intBetween(random, 0, 9),
    );
  }
  return out;
}
