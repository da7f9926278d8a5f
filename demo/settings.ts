/**
 * The demo toolbar's choices, kept in localStorage so a reload keeps them.
 */
export type DataSource = 'http' | 'memory' | 'dialog360';
export type DemoLocale = 'en' | 'de' | 'es' | 'pt-BR';
export type DemoRole = 'owner' | 'member';
export type Theme = 'light' | 'dark';

export interface DemoSettings {
  source: DataSource;
  locale: DemoLocale;
  role: DemoRole;
  theme: Theme;
}

const KEY = 'acme-demo-settings';

const choices = {
  source: ['http', 'memory', 'dialog360'],
  locale: ['en', 'de', 'es', 'pt-BR'],
  role: ['owner', 'member'],
  theme: ['light', 'dark'],
} as const satisfies Record<keyof DemoSettings, readonly string[]>;

export const SETTING_NAMES = Object.keys(choices) as Array<keyof DemoSettings>;

/** Whether `value` is one of the choices of setting `name`. */
export function isChoice<K extends keyof DemoSettings>(
  name: K,
  value: unknown,
): value is DemoSettings[K] {
  return (choices[name] as readonly unknown[]).includes(value);
}

function defaults(): DemoSettings {
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return { source: 'http', locale: 'en', role: 'owner', theme: dark ? 'dark' : 'light' };
}

/** The saved settings, each falling back to its default when missing or unknown. */
export function loadSettings(): DemoSettings {
  const settings = defaults();
  let saved: Record<string, unknown> = {};
  try {
    saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
  } catch {
    // Storage blocked or the value is not JSON: the defaults stand.
  }
  for (const name of SETTING_NAMES) {
    const value = saved[name];
    if (isChoice(name, value)) (settings as unknown as Record<string, unknown>)[name] = value;
  }
  return settings;
}

export function saveSettings(settings: DemoSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Private mode or storage full: the choice still applies to this page.
  }
}
