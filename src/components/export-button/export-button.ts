/** Registers <export-button>. Import `ExportButton` from the package root to register under another name. */
import { defineElement } from '../../internal/adapter-element.js';
import { ExportButton } from './export-button.component.js';

export const EXPORT_BUTTON_TAG = 'export-button';

defineElement(EXPORT_BUTTON_TAG, ExportButton);

declare global {
  interface HTMLElementTagNameMap {
    'export-button': ExportButton;
  }
}

export { ExportButton };
export * from './export-button.events.js';
