// What the toolkit tests need from src/ besides the server bundle: the http adapter (the
// browser's side of the wire, and the AdapterError it throws), the memory adapter (a host backend) and the conformance suite.
// scripts/build-server.mjs bundles this file as .cache/server/kit.mjs.
export { AdapterError, createHttpAdapter, createMemoryAdapter } from '../../src/adapter/index.js';
export { runAdapterConformance } from '../../src/testing/index.js';
// The toolkit itself again, so its tests use one copy of AdapterError with the adapters above.
export * from '../../src/server/index.js';
export { toNodeListener, hardenNodeServer } from '../../src/server/node.js';
