/** Registers <export-button>. `ExportButton.define('other-name')` registers it under another name. */
import { ExportButton } from './export-button.component.js';

export const EXPORT_BUTTON_TAG = 'export-button';

ExportButton.define();

declare global {
  interface HTMLElementTagNameMap {
    'export-button': ExportButton;
  }
}

export { ExportButton };
export * from './export-button.events.js';
