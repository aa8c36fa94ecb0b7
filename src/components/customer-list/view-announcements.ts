/** What the list says when a change of the view does more than the agent can see at a glance. */
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../localization/labels.js';

/**
 * A selection of all matching customers is the query itself (Gmail's "select all conversations that match"),
 * so a new search or filters, typed or from a saved view, cannot keep it: this says it was cleared, and why.
 * Rows picked one by one are kept instead, and the selection bar counts those the new query hides.
 */
export function droppedSelectionSentence(count: number): string {
  return msg(str`The search or filters changed, so the selection of all ${formatNumber(count)} matching customers was cleared.`);
}
