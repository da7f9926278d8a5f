/**
 * The adapter layer: the contract a host implements, its error type, the entity schemas,
 * validation at the seam, the role table, and the embedded memory adapter.
 */
export * from './contract.js';
export * from './errors.js';
export * from './schemas.js';
export * from './validate.js';
export * from './permissions.js';
export * from './memory/index.js';
