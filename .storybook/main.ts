// Written by hand: the storybook CLI's init tries to fetch a version the registry lacks.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Telemetry off, or the build waits on the network (closed CI networks).
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Quiet builds: Storybook's own preview bundle is large by nature and its file list is noise;
  // the library's size is measured by `npm run bench`.
  viteFinal: (config) => ({
    ...config,
    logLevel: 'warn',
    build: { ...config.build, chunkSizeWarningLimit: 4096, reportCompressedSize: false },
  }),
};

export default config;
