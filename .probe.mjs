import { tempDataDir, startPortal } from './test/e2e/support.mjs';
const data = tempDataDir();
const demo = await startPortal(data.dir);
const r = await fetch(`${demo.apiBase}/payment-methods`, { headers: { 'X-Demo-User': 'usr_lena' } });
console.log(demo.url, r.status, (await r.text()).slice(0, 600));
await demo.close?.(); data.remove(); process.exit(0);
