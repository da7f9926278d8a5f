// Serves chosen test files under the strict Content-Security-Policy the kit promises to work in
// (DESIGN §3): no inline script, no inline style, no eval, Trusted Types enforced with only
// Lit's `lit-html` policy allowed.
//
// web-test-runner's runner page carries two inline scripts of its own (the runtime config and
// the console-log tracker), which that policy would block. This plugin runs after wtr has built
// the page: for a test file whose name matches, it moves each inline script into a same-origin
// module served from /__ph-csp__/<sha256>.js (same order, same code) and adds the CSP header to
// the page. Nothing else on the page changes, so the test sees exactly the policy a host would
// set, and any violation raises a `securitypolicyviolation` event the test can count.
import { createHash } from 'node:crypto';

export const strictCsp = [
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const prefix = '/__ph-csp__/';

/**
 * @param {{ files?: RegExp, policy?: string }} [options]
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function strictCspPlugin({ files = /\.csp\.test\.[jt]s$/, policy = strictCsp } = {}) {
  const scripts = new Map();

  function externalize(html) {
    return html.replace(/<script( type="module")?>([\s\S]*?)<\/script>/g, (_, type = '', code) => {
      const id = createHash('sha256').update(code).digest('hex').slice(0, 32);
      scripts.set(id, code);
      return `<script${type} src="${prefix}${id}.js"></script>`;
    });
  }

  return {
    name: 'ph-strict-csp',
    serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      const code = scripts.get(context.path.slice(prefix.length, -'.js'.length));
      return code === undefined ? undefined : { body: code, type: 'js' };
    },
    transform(context) {
      if (context.path !== '/' || !context.response.is('html')) return undefined;
      const body = String(context.body);
      const testFile = /"testFile":"([^"?]+)/.exec(body)?.[1];
      if (!testFile || !files.test(testFile)) return undefined;
      return { body: externalize(body), headers: { 'Content-Security-Policy': policy } };
    },
  };
}
