import type { Preview } from '@storybook/web-components-vite';
import { startMockWorker } from '../mocks/browser.js';

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
  },
  // Every story may talk to the mock REST API; the worker is served from staticDirs at /mockServiceWorker.js.
  loaders: [async () => ({ mockWorker: await startMockWorker() })],
};

export default preview;
