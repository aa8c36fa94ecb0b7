/** The filter box of <tag-editor>, which also creates tags: drawn from its controller, which takes its input and keys. */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { FilterBox } from './filter-box.js';

/**
 * Labelled by visible text (its accessible name, 2.5.3), as the placeholder goes once the agent types.
 * `invalid`: the notice it is described by is an error; `busy`: a create runs (the box stays enabled meanwhile,
 * as disabling it would drop focus to <body>).
 *
 * `.value` needs no `live()`: every input event copies the box's value into `filter.text` before the next render,
 * so what Lit last drew is always what the box holds, and a cleared text (Escape, a create) always differs from it.
 */
export function renderFilterBox(filter: FilterBox, invalid: boolean, busy: boolean): TemplateResult {
  return html`<label class="filter-label" for="filter-input">${msg('Filter or create tags')}</label>
    <input
      id="filter-input"
      class="filter filter-input"
      part="filter-input"
      type="text"
      role="searchbox"
      aria-describedby="notice"
      aria-invalid=${invalid ? 'true' : 'false'}
      placeholder=${msg('Filter, or type a new tag and press Enter')}
      dir="auto"
      spellcheck="false"
      autocomplete="off"
      .value=${filter.text}
      aria-busy=${busy ? 'true' : 'false'}
      @input=${filter.handleInput}
      @keydown=${filter.handleKeydown}
    />`;
}
