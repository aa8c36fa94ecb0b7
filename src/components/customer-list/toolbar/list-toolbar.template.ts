/**
 * Search, filters and the command bar above the grid. A plain template function over the state it needs,
 * so the element's file stays about the grid.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { registeredTag } from '../../../internal/registry.js';
import { formatNumber, relationshipLabel, searchFieldLabel } from '../../../localization/labels.js';
import { KNOWN_RELATIONSHIPS } from '../../../model/customer.js';
import { MAX_SEARCH_LENGTH, SEARCH_FIELDS, type SearchField } from '../../../model/query.js';
import { tagKey } from '../../../model/tags.js';
import type { CustomerAdapter } from '../../../adapter/customer-adapter.js';
import type { DeliberateSelect } from '../../../controllers/deliberate-select.js';
import { revealDirectionControls, userText } from '../../../internal/user-text.js';
import { COLUMNS_MENU_ID, VIEWS_MENU_ID } from '../view/menu-ids.js';
import type { ToolbarReasons } from '../view/list-capabilities.js';

export interface ToolbarContext {
  adapter: CustomerAdapter | undefined;
  agentRole: string;
  searchField: SearchField;
  searchDraft: string;
  /** The text in the box is longer than any value it could match: it is not searched. */
  searchTooLong: boolean;
  tagFilter: readonly string[];
  relationshipFilter: string;
  resellerFilter: { id: string; name: string } | undefined;
  partnerTags: readonly string[];
  /** Why controls the source cannot serve are not offered: disabled, with the reason as their description. */
  reasons: ToolbarReasons;
  isAdmin: boolean;
  selectedCount: number;
  newOrderReady: boolean;
  /** Whether the Columns menu is open. */
  columnsOpen: boolean;
  /** Whether the Views menu is open. */
  viewsOpen: boolean;
  /** The commands whose part is loading (overlays/lazy-opener.ts): drawn busy. */
  busy: readonly string[];
  /** Whether the Manage tags popover is open; undefined when the page has no <tag-editor>. */
  manageTagsOpen: boolean | undefined;
  onSearchField(field: SearchField): void;
  onSearchInput(text: string): void;
  onSearchCommit(): void;
  /** The Tag filter's choice: adds a tag filter once the agent chooses a tag, not while browsing the options. */
  tagSelect: DeliberateSelect;
  /** `chip` is the button that was used: focus moves to its neighbour once it is gone. */
  onRemoveTag(tag: string, chip: HTMLElement): void;
  /** The Relationship filter's choice: applied once the agent chooses, not while browsing the options. */
  relationshipSelect: DeliberateSelect;
  onRemoveReseller(chip: HTMLElement): void;
  onNewOrder(): void;
  onBilling(): void;
  onActivity(): void;
  onManageTags(): void;
  onExport(): void;
  /** A menu's command was used: before the menu is loaded, it opens once loaded. */
  onOpenMenu(name: 'columns' | 'views'): void;
  /** The pointer is over a command, or focus on it: what it opens starts loading. */
  onPrefetch(command: string): void;
}

export function renderToolbar(context: ToolbarContext): TemplateResult {
  return html`<div part="toolbar" class="toolbar">
    ${renderSearch(context)} ${renderFilters(context)} ${renderCommands(context)}
  </div>`;
}

/**
 * Why a control is not offered, as the description it points to (aria-describedby may name `hidden` text) and
 * its tooltip: a disabled control still says why when a screen reader or the pointer reaches it.
 */
function reasonText(id: string, reason: string | undefined): TemplateResult | typeof nothing {
  return reason ? html`<span id=${id} hidden>${reason}</span>` : nothing;
}

function renderSearch(context: ToolbarContext): TemplateResult {
  const placeholder = context.searchField === 'id' ? msg('Exact Microsoft ID') : msg('Starts with…');
  const fieldReasons = Object.values(context.reasons.searchFields).join(' ');
  return html`<div class="search" role="search">
    <label class="field">
      <span id="search-field-label">${msg('Search by')}</span>
      <select
        part="search-field-select"
        aria-labelledby="search-field-label"
        aria-describedby=${fieldReasons ? 'search-field-reason' : nothing}
        title=${fieldReasons || nothing}
        .value=${live(context.searchField)}
        @change=${(event: Event) => context.onSearchField((event.target as HTMLSelectElement).value as SearchField)}
      >
        ${SEARCH_FIELDS.map((field) => html`<option value=${field} ?selected=${field === context.searchField} ?disabled=${context.reasons.searchFields[field] !== undefined}>${searchFieldLabel(field)}</option>`)}
      </select>
      ${reasonText('search-field-reason', fieldReasons)}
    </label>
    <span class="search-box">
      <label class="field" for="search-input">${msg('Search customers')}</label>
      <input
        id="search-input"
        part="search-input"
        type="search"
        dir="auto"
        aria-invalid=${context.searchTooLong ? 'true' : 'false'}
        aria-describedby="search-problem"
        placeholder=${placeholder}
        spellcheck="false"
        autocomplete="off"
        .value=${live(context.searchDraft)}
        @input=${(event: Event) => context.onSearchInput((event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && context.onSearchCommit()}
      />
      <span id="search-problem" part="search-error" class="search-error" role="alert">${context.searchTooLong
        ? msg(str`At most ${formatNumber(MAX_SEARCH_LENGTH)} characters: no company name or domain is longer. The list still shows the last search.`)
        : nothing}</span>
    </span>
  </div>`;
}

function renderFilters(context: ToolbarContext): TemplateResult {
  const chosen = new Set(context.tagFilter.map(tagKey));
  const available = context.partnerTags.filter((tag) => !chosen.has(tagKey(tag)));
  // A filter in effect stays changeable (back to all) even once the source is known not to serve it.
  const relationshipReason = context.relationshipFilter ? undefined : context.reasons.relationshipFilter;
  const tagReason = context.reasons.tagFilter;
  return html`<div part="filters" class="filters">
    <label class="field">
      <span id="relationship-label">${msg('Relationship')}</span>
      <select
        aria-labelledby="relationship-label"
        aria-describedby=${relationshipReason ? 'relationship-reason' : nothing}
        title=${relationshipReason ?? nothing}
        ?disabled=${relationshipReason !== undefined}
        .value=${live(context.relationshipFilter)}
        @keydown=${context.relationshipSelect.handleKeydown}
        @change=${context.relationshipSelect.handleChange}
        @focusout=${context.relationshipSelect.handleFocusOut}
        @pointerdown=${context.relationshipSelect.handlePointerDown}
      >
        <option value="" ?selected=${!context.relationshipFilter}>${msg('All relationships')}</option>
        ${KNOWN_RELATIONSHIPS.map((relationship) => html`<option value=${relationship} ?selected=${relationship === context.relationshipFilter}>${relationshipLabel(relationship)}</option>`)}
      </select>
      ${reasonText('relationship-reason', relationshipReason)}
    </label>
    <label class="field">
      <span id="tag-filter-label">${msg('Tag')}</span>
      <select
        data-filter="tag"
        aria-labelledby="tag-filter-label"
        aria-describedby=${tagReason ? 'tag-filter-reason' : nothing}
        title=${tagReason ?? nothing}
        .value=${live('')}
        ?disabled=${tagReason !== undefined || available.length === 0}
        @keydown=${context.tagSelect.handleKeydown}
        @change=${context.tagSelect.handleChange}
        @focusout=${context.tagSelect.handleFocusOut}
        @pointerdown=${context.tagSelect.handlePointerDown}
      >
        <option value="">${msg('Add a tag filter…')}</option>
        ${available.map((tag) => html`<option value=${tag}>${revealDirectionControls(tag)}</option>`)}
      </select>
      ${reasonText('tag-filter-reason', tagReason)}
    </label>
    ${context.tagFilter.map(
      (tag) => html`<button type="button" part="filter-chip" class="chip" aria-label=${msg(str`Remove tag filter ${tag}`)} @click=${(event: Event) => context.onRemoveTag(tag, event.currentTarget as HTMLElement)}><span dir="auto">${userText(tag)}</span> <span aria-hidden="true">✕</span></button>`,
    )}
    ${context.resellerFilter
      ? html`<button type="button" part="filter-chip" class="chip" aria-label=${msg(str`Remove reseller filter ${context.resellerFilter.name}`)} @click=${(event: Event) => context.onRemoveReseller(event.currentTarget as HTMLElement)}><span dir="auto">${userText(context.resellerFilter.name)}</span> <span aria-hidden="true">✕</span></button>`
      : nothing}
  </div>`;
}

/**
 * Commands the role may not use are not rendered at all; commands waiting for a selection stay focusable
 * (`aria-disabled`) and say why in their description, so keyboard and screen-reader users learn what to do.
 */
function renderCommands(context: ToolbarContext): TemplateResult {
  const orderHint = context.newOrderReady ? '' : msg('Select exactly one customer to place an order.');
  // A source without tags has none to manage: the command says so rather than opening an editor that fails.
  const tagsHint = context.reasons.tagFilter ?? (context.selectedCount > 0 ? '' : msg('Select one or more customers to manage their tags.'));
  const busy = (name: string) => context.busy.includes(name);
  const prefetch = (event: Event) => {
    const name = (event.target as Element).closest<HTMLElement>('[data-command]')?.dataset.command;
    if (name) context.onPrefetch(name);
  };
  return html`<div part="command-bar" class="command-bar" role="toolbar" aria-label=${msg('Commands')} @pointerover=${prefetch} @focusin=${prefetch}>
    ${command(msg('New order'), orderHint, context.onNewOrder, 'new-order', busy('new-order'))}
    ${command(msg('Billing information'), context.newOrderReady ? '' : msg('Select exactly one customer to edit its billing information.'), context.onBilling, 'billing', busy('billing'))}
    ${context.isAdmin ? command(msg('Activity'), context.newOrderReady ? '' : msg('Select exactly one customer to see its activity.'), context.onActivity, 'activity', busy('activity')) : nothing}
    ${context.isAdmin ? command(msg('Manage tags'), tagsHint, context.onManageTags, 'manage-tags', busy('manage-tags'), context.manageTagsOpen) : nothing}
    ${exportCommand(context, busy('export'))}
    ${menuCommand(msg('Columns'), 'columns', COLUMNS_MENU_ID, context.columnsOpen, busy('columns'), context.onOpenMenu)}
    ${menuCommand(msg('Views'), 'views', VIEWS_MENU_ID, context.viewsOpen, busy('views'), context.onOpenMenu)}
    <slot name="commands"></slot>
  </div>`;
}

/**
 * Export customers: the <export-button> element when the page has it (under the tag the page registered it
 * with, so this list imports nothing of it), else a plain command that fires `export-request` for the host.
 */
function exportCommand(context: ToolbarContext, busy: boolean): TemplateResult {
  const tag = registeredTag('export-button');
  if (tag) {
    const button = unsafeStatic(tag);
    return staticHtml`<${button} part="export" class="export" .adapter=${context.adapter} agent-role=${context.agentRole}></${button}>`;
  }
  return command(msg('Export customers'), '', context.onExport, 'export', busy);
}

/**
 * A command that opens a menu popover: once the menu is loaded the browser opens and closes it (`popovertarget`),
 * Escape included; before, the target is not there yet, and the click asks for the menu, which opens when it
 * arrives.
 */
function menuCommand(label: string, name: 'columns' | 'views', target: string, open: boolean, busy: boolean, onOpen: (name: 'columns' | 'views') => void): TemplateResult {
  return html`<button
    type="button"
    part="command"
    class="command"
    data-command=${name}
    popovertarget=${target}
    aria-haspopup="dialog"
    aria-expanded=${String(open)}
    aria-busy=${busy ? 'true' : nothing}
    @click=${() => onOpen(name)}
  >${label}</button>`;
}

/**
 * `expanded` is set for a command that opens a popover: whether it is open now. The reason a command waits is
 * its description through aria-describedby (aria-description is still a draft), from an element that is
 * `hidden`: a description may come from hidden text, which screen readers then do not read a second time.
 */
function command(label: string, disabledReason: string, onClick: () => void, name: string, busy: boolean, expanded?: boolean): TemplateResult {
  const reasonId = `${name}-reason`;
  return html`<button
      type="button"
      part="command"
      class="command"
      data-command=${name}
      aria-haspopup=${expanded === undefined ? nothing : 'dialog'}
      aria-expanded=${expanded === undefined ? nothing : String(expanded)}
      aria-disabled=${disabledReason ? 'true' : 'false'}
      aria-busy=${busy ? 'true' : nothing}
      title=${disabledReason || nothing}
      aria-describedby=${disabledReason ? reasonId : nothing}
      @click=${() => !disabledReason && onClick()}
    >${label}</button
    >${disabledReason ? html`<span id=${reasonId} hidden>${disabledReason}</span>` : nothing}`;
}
