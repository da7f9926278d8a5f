/**
 * Shared story plumbing: every story renders its element under a `<ph-provider>` fed by the
 * memory adapter in a named scenario (a fresh adapter per render, so stories never leak state).
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { ArgTypes } from '@storybook/web-components-vite';
import { createMemoryAdapter } from '../src/adapter/memory/index.js';
import type { MemoryAdapter, MemoryAdapterOptions } from '../src/adapter/memory/index.js';
import '../src/base/define-provider.js';

export interface StoryArgs {
  scenario: NonNullable<MemoryAdapterOptions['scenario']>;
  role: 'owner' | 'member';
  locale: string;
  theme: 'light' | 'dark' | 'brand';
}

/**
 * The toolbar's choices (locale, theme, role, scenario), set by the decorator in
 * .storybook/preview.ts before each render. `story` (the default) keeps what the story says;
 * any other value overrides it for every story.
 */
export const toolbar: Partial<Record<keyof StoryArgs, string>> = {};

/** The story's args with the toolbar's overrides applied. */
export function effectiveArgs(args: StoryArgs): StoryArgs {
  const picked = (key: keyof StoryArgs) => {
    const value = toolbar[key];
    return value && value !== 'story' ? value : args[key];
  };
  return {
    scenario: picked('scenario') as StoryArgs['scenario'],
    role: picked('role') as StoryArgs['role'],
    locale: picked('locale') as string,
    theme: picked('theme') as StoryArgs['theme'],
  };
}

export const defaultArgs: StoryArgs = {
  scenario: 'positive',
  role: 'owner',
  locale: 'en',
  theme: 'light',
};

export const argTypes: ArgTypes<StoryArgs> = {
  scenario: {
    control: 'select',
    options: [
      'positive',
      'low',
      'zero',
      'negative',
      'multi-currency',
      'licence-unpaid',
      'client-paid',
      'empty',
      'failing',
      'slow',
    ],
  },
  role: { control: 'inline-radio', options: ['owner', 'member'] },
  locale: { control: 'select', options: ['en', 'de', 'es', 'pt-BR'] },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'brand'] },
};

/**
 * Renders `content` under a provider; `prepare` may adjust the adapter first, `options` are
 * more of the memory adapter's options (`inviteCodes`, `capabilities`…).
 */
export function withProvider(
  args: StoryArgs,
  content: TemplateResult,
  prepare?: (adapter: MemoryAdapter) => MemoryAdapter | void,
  options: Omit<MemoryAdapterOptions, 'scenario' | 'role'> = {},
): TemplateResult {
  const { scenario, role, locale, theme } = effectiveArgs(args);
  const created = createMemoryAdapter({ ...options, scenario, role });
  const adapter = prepare?.(created) ?? created;
  return html`<div class="ph-story" data-theme=${theme}>
    <ph-provider .adapter=${adapter} locale=${locale}>${content}</ph-provider>
  </div>`;
}

/**
 * Renders `content` with no provider and no adapter (the unavailable state), in the story's
 * theme and language, the toolbar's when one is picked.
 */
export function withoutProvider(args: StoryArgs, content: TemplateResult): TemplateResult {
  const { locale, theme } = effectiveArgs(args);
  return html`<div class="ph-story" data-theme=${theme} lang=${locale}>${content}</div>`;
}

/** Waits in a play function until `predicate` holds (15 s at most). */
export async function until(predicate: () => boolean, timeout = 15_000): Promise<void> {
  const deadline = performance.now() + timeout;
  while (!predicate()) {
    if (performance.now() > deadline) throw new globalThis.Error('The story did not get there.');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
