/**
 * The pieces of <tag-editor>'s checklist: one tag's tri-state checkbox, and what shows when no tag is listed.
 * Templates over plain values; the element's list handles clicks, keys and focus for every item at once.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { isolate } from '../../internal/isolate.js';
import { userText } from '../../internal/user-text.js';
import { formatNumber } from '../../localization/labels.js';
import type { TagDraft } from '../../model/tag-draft.js';

export interface ItemFacts {
  /** 0 for the list's one Tab stop, else -1. */
  tabIndex: number;
  /** Clicks change nothing: the agent may not assign tags here, or the selection is being counted again. */
  readOnly: boolean;
  /** The counts belong to the selection shown: draw them, and what a save will change. */
  counted: boolean;
  /** A selection is edited (not a picker): each tag shows how many of it carry the tag. */
  editing: boolean;
}

/** One tag's checkbox: checked when every selected customer carries it, mixed when some do. */
export function renderTagItem(draft: TagDraft, tag: string, { tabIndex, readOnly, counted, editing }: ItemFacts): TemplateResult {
  const state = draft.state(tag);
  const changed = draft.changed(tag);
  return html`<div
    role="checkbox"
    part="tag"
    class="item"
    data-tag=${tag}
    aria-checked=${state === 'all' ? 'true' : state === 'mixed' ? 'mixed' : 'false'}
    aria-readonly=${readOnly ? 'true' : 'false'}
    tabindex=${tabIndex}
  >
    <span class="box" aria-hidden="true">${state === 'all' ? '✓' : state === 'mixed' ? '–' : ''}</span>
    <span class="name" dir="auto">${userText(tag)}</span>
    ${editing && counted ? html`<span part="count" class="count" dir="auto">${msg(str`${formatNumber(draft.count(tag))} of ${formatNumber(draft.of)}`)}</span>` : nothing}
    ${changed && counted ? html`<span class="change">${state === 'all' ? msg('will be added') : state === 'none' ? msg('will be removed') : msg('unchanged')}</span>` : nothing}
  </div>`;
}

/** No tag is listed: there are none yet, or none matches the filter text (which Enter then creates). */
export function renderNoTags(hasTags: boolean, filterText: string, canEdit: boolean): TemplateResult {
  if (!hasTags) {
    return html`<p part="message" class="message hint" role="status">${canEdit ? msg('No tags yet. Type a name and press Enter to create the first one.') : msg('No tags yet.')}</p>`;
  }
  return html`<p part="message" class="message hint" role="status">${canEdit
    ? msg(str`No tag matches “${isolate(filterText)}”. Press Enter to create it.`)
    : msg(str`No tag matches “${isolate(filterText)}”.`)}</p>`;
}
