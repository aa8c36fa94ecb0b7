/** What the list says when a change of the view does more than the agent can see at a glance. */
import { msg, str } from '@lit/localize';
import { getLocale } from '../../../localization/localization.js';
import { columnLabel, formatNumber, searchFieldLabel } from '../../../localization/labels.js';
import type { DroppedViewPart } from '../../../model/view-state.js';

/**
 * A selection of all matching customers is the query itself (Gmail's "select all conversations that match"),
 * so a new search or filters, typed or from a saved view, cannot keep it: this says it was cleared, and why.
 * Rows picked one by one are kept instead, and the selection bar counts those the new query hides.
 */
export function droppedSelectionSentence(count: number): string {
  return msg(str`The search or filters changed, so the selection of all ${formatNumber(count)} matching customers was cleared.`);
}

/**
 * A view (saved, from the URL, from storage or the host) named parts the data source cannot show: they were
 * left out, and this names them, so the agent does not take the list for what the view described.
 */
export function droppedViewPartsSentence(dropped: readonly DroppedViewPart[]): string {
  const parts = dropped.map((part) => {
    switch (part.part) {
      case 'sort':
        return msg(str`the sort by ${columnLabel(part.column)}`);
      case 'search':
        return msg(str`the search by ${searchFieldLabel(part.field)}`);
      case 'tags':
        return msg('the tag filter');
      case 'relationship':
        return msg('the relationship filter');
    }
  });
  const list = new Intl.ListFormat(getLocale(), { type: 'conjunction' }).format(parts);
  return msg(str`This data source cannot show all of this view, so it was applied without ${list}.`);
}
