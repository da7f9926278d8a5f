/**
 * The memory adapter: the embedded default for the demo, Storybook and tests.
 */
export { createMemoryAdapter } from './memory-adapter.js';
export type {
  AdapterCall,
  AdapterMethod,
  CollectedCard,
  FailNextOptions,
  MemoryAdapter,
  MemoryAdapterOptions,
  MemoryClock,
  MemoryLatency,
  SentMail,
} from './types.js';
export { DEFAULT_NOW, SCENARIOS } from './seed.js';
export type { MemoryScenario } from './seed.js';
export { CARD_FEE_BASIS_POINTS } from './billing.js';
