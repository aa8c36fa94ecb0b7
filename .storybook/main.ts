import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // Docs pages built from custom-elements.json; axe on every story (the Accessibility panel).
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } } },
  // Serves the MSW worker at /mockServiceWorker.js for stories that run on the mock API.
  staticDirs: ['../public'],
  // Offline machines: without this Storybook waits on an unreachable telemetry host.
  core: { disableTelemetry: true },
};

export default config;
