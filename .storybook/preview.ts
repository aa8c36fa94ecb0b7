import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import { startMockWorker } from '../mocks/browser.js';
import { setLocale } from '../src/localization/localization.js';
import manifest from '../custom-elements.json';
import { groupStoryControls } from '../stories/support/story-controls.js';

// Every element's docs page lists its properties, attributes, events, slots, parts and CSS properties.
setCustomElementsManifest(manifest);

/**
 * The toolbar's language, theme, direction and agent role, applied to every story. "As the story says" leaves
 * the story's own args alone; any other choice overrides them.
 */
const withToolbar: Decorator = (story, context) => {
  const { locale, theme, dir, role } = context.globals as Record<string, string | undefined>;
  const args = { ...context.args };
  if (theme) args.theme = theme;
  if (dir) args.dir = dir;
  if (role) args.agentRole = role;
  if (locale) {
    args.lang = locale;
    void setLocale(locale as 'en' | 'pl');
  }
  return html`<div dir=${dir || 'ltr'} style=${theme ? `color-scheme: ${theme}; --customer-list-color-scheme: ${theme}` : ''}>${story({ ...context, args })}</div>`;
};

type Icon = NonNullable<NonNullable<NonNullable<Preview['globalTypes']>[string]['toolbar']>['icon']>;

const choice = (description: string, icon: Icon, items: { value: string; title: string }[]) => ({
  description,
  toolbar: { icon, items: [{ value: '', title: 'As the story says' }, ...items], dynamicTitle: true },
});

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // Violations fail the story in the Accessibility panel, not only warn.
    a11y: { test: 'error' },
  },
  globalTypes: {
    locale: choice('Language', 'globe', [{ value: 'en', title: 'English' }, { value: 'pl', title: 'Polski' }]),
    theme: choice('Theme', 'mirror', [{ value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }]),
    dir: choice('Direction', 'transfer', [{ value: 'ltr', title: 'Left to right' }, { value: 'rtl', title: 'Right to left' }]),
    role: choice('Agent role', 'user', [{ value: 'admin-agent', title: 'Admin agent' }, { value: 'sales-agent', title: 'Sales agent' }]),
  },
  initialGlobals: { locale: '', theme: '', dir: '', role: '' },
  decorators: [withToolbar],
  // Story-only controls (data, language, faults) in a group of their own, apart from the element's API.
  argTypesEnhancers: [groupStoryControls],
  // Every story may talk to the mock REST API; the worker is served from staticDirs at /mockServiceWorker.js.
  loaders: [async () => ({ mockWorker: await startMockWorker() })],
};

export default preview;
