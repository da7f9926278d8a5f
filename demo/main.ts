// The demo portal: a host page that registers every element and feeds the provider with the
// memory adapter. `npm start` serves it.
import '../src/index.js';
import { createMemoryAdapter } from '../src/adapter/memory/index.js';

const provider = document.querySelector('ph-provider');
if (provider) provider.adapter = createMemoryAdapter();
