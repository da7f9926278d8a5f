// A web-test-runner command that emulates `forced-colors: active` (Windows High Contrast) in
// Chromium through CDP: `await executeServerCommand('ph-forced-colors', { active: true })`.
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
      if (command !== 'ph-forced-colors') return undefined;
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
        features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
