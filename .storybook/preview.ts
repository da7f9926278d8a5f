/// <reference types="vite/client" />
// Every story runs against the memory adapter (see stories/); docs and controls come from the
// Custom Elements Manifest that `npm run analyze` writes (the storybook scripts run it first).
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import './preview.css';

// A glob, not an import, so a checkout without the generated manifest still type-checks and runs.
const manifests = import.meta.glob<{ default: object }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true, matchers: { color: /(background|color)$/i, date: /Date$/i } },
    docs: { toc: true },
  },
};

export default preview;
