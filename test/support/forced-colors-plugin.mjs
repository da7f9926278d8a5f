// A web-test-runner command that emulates `forced-colors: active` (Windows High Contrast) in
// Chromium through CDP: `await executeServerCommand('ph-forced-colors', { active: true })`; and
// `prefers-reduced-motion: reduce` the same way: `executeServerCommand('ph-reduced-motion',
// { active: true })`. Each call sets only its own feature (the other is reset).
// @web/test-runner-commands' emulateMedia passes `forcedColors` to Playwright only, and
// puppeteer's emulateMediaFeatures refuses the feature, so this speaks CDP itself. One CDP
// session per page is kept: the emulation lasts as long as the session that set it.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function forcedColorsPlugin() {
  /** @type {WeakMap<object, Promise<any>>} */
  const sessions = new WeakMap();
  return {
    name: 'ph-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ph-forced-colors' && command !== 'ph-reduced-motion') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(
          `ph-forced-colors needs Chromium through puppeteer, not ${session.browser.type}.`,
        );
      }
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = page.createCDPSession();
        sessions.set(page, cdp);
      }
      const active = Boolean(payload && /** @type {{ active?: boolean }} */ (payload).active);
      await (
        await cdp
      ).send('Emulation.setEmulatedMedia', {
        features: [
          command === 'ph-forced-colors'
            ? { name: 'forced-colors', value: active ? 'active' : 'none' }
            : { name: 'prefers-reduced-motion', value: active ? 'reduce' : 'no-preference' },
        ],
      });
      return true;
    },
  };
}
