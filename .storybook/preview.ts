/// <reference types="vite/client" />
// Every story runs against the memory adapter (see stories/); docs and controls come from the
// Custom Elements Manifest that `npm run analyze` writes (the storybook scripts run it first).
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import { toolbar } from '../stories/support.js';
import './preview.css';

const keep = { value: 'story', title: 'As the story says' };

// A glob, not an import, so a checkout without the generated manifest still type-checks and runs.
const manifests = import.meta.glob<{ default: object }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  // Toolbar switches that apply to every story: the story's own choice unless one is picked.
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [keep, 'en', 'de', 'es', 'pt-BR'],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Host page theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [keep, 'light', 'dark', 'brand'],
        dynamicTitle: true,
      },
    },
    role: {
      description: "The signed-in user's role",
      toolbar: {
        title: 'Role',
        icon: 'user',
        items: [keep, 'owner', 'member'],
        dynamicTitle: true,
      },
    },
    scenario: {
      description: 'Memory adapter scenario',
      toolbar: {
        title: 'Scenario',
        icon: 'database',
        items: [
          keep,
          ...[
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
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'story', theme: 'story', role: 'story', scenario: 'story' },
  decorators: [
    (story, context) => {
      for (const key of ['locale', 'theme', 'role', 'scenario'] as const) {
        toolbar[key] = context.globals[key] as string | undefined;
      }
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true, matchers: { color: /(background|color)$/i, date: /Date$/i } },
    docs: { toc: true },
    // The accessibility panel runs axe on every story (WCAG 2.0–2.2 A/AA, as the tests do).
    a11y: {
      options: {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    },
  },
};

export default preview;
