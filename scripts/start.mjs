// `npm start`: installs what is missing, then serves the demo portal (demo/index.html) with
// Vite's dev server on 127.0.0.1 (5173, or the next free port), compiling src/ on the fly.
// Ctrl-C or SIGTERM stops it cleanly.
import { join } from 'node:path';
import { ensureDependencies, root, runScript } from './ensure.mjs';

await runScript(async () => {
  ensureDependencies();
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: false,
    root: join(root, 'demo'),
    logLevel: 'warn',
    clearScreen: false,
    server: {
      host: '127.0.0.1',
      port: Number(process.env.PORT) || 5173,
      strictPort: false,
      open: false,
      fs: { allow: [root] },
    },
  });
  await server.listen();

  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
  console.log(`Partner Hub demo portal: ${url}`);
  console.log('Press Ctrl-C to stop.');

  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
