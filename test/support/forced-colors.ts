import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Runs the tests of the enclosing `describe` with `forced-colors: active` emulated (Windows High
 * Contrast; see forced-colors-plugin.mjs), and switches it off after each.
 */
export function emulateForcedColors(): void {
  beforeEach(() => executeServerCommand('ph-forced-colors', { active: true }));
  afterEach(() => executeServerCommand('ph-forced-colors', { active: false }));
}

/** A system colour (`GrayText`, `Highlight`, `CanvasText`…) as this browser resolves it now. */
export function systemColor(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
