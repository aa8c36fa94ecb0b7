/** The page around a story in light or dark: its own colors, and the scheme the elements follow. */
import { styleMap } from 'lit/directives/style-map.js';

export function themeStyle(theme: string) {
  const dark = theme === 'dark';
  return styleMap({
    colorScheme: dark ? 'dark' : 'light',
    '--customer-list-color-scheme': dark ? 'dark' : 'light',
    background: dark ? '#1b1a19' : '#ffffff',
    color: dark ? '#f3f2f1' : 'inherit',
    padding: '1rem',
  });
}
