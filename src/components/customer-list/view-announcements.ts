/** What the list says when applying a view changes more than the agent can see at a glance. */
import { msg, str } from '@lit/localize';
import { isolate } from '../../internal/isolate.js';
import { formatNumber } from '../../localization/labels.js';
import type { SelectionController } from '../../controllers/selection-controller.js';
import type { CustomerRow } from '../../model/customer.js';

/** Names listed before the rest is counted. */
const NAMED = 3;

/**
 * A view with other search or filters starts a new selection (a selection belongs to one query): this says
 * which customers were selected before, by name for the first few loaded ones.
 */
export function droppedSelectionSentence(count: number, loadedNames: readonly string[], allMatching: boolean): string {
  if (allMatching) return msg(str`The view has other search or filters, so the selection of all ${formatNumber(count)} matching customers was cleared.`);
  const named = loadedNames.slice(0, NAMED).map(isolate).join(', ');
  const rest = count - Math.min(NAMED, loadedNames.length);
  if (!named) return msg(str`The view has other search or filters, so the selection of ${formatNumber(count)} customers was cleared.`);
  return rest > 0
    ? msg(str`The view has other search or filters, so the selection of ${formatNumber(count)} customers was cleared: ${named} and ${formatNumber(rest)} more.`)
    : msg(str`The view has other search or filters, so the selection of ${formatNumber(count)} customers was cleared: ${named}.`);
}

/** What a change of search or filters is about to drop from a selection, said in a sentence; undefined if nothing. */
export function droppedSelection(selection: SelectionController, loaded: readonly CustomerRow[]): string | undefined {
  const count = selection.count;
  if (count === 0) return undefined;
  const names = loaded.filter((row) => selection.isSelected(row)).map((row) => row.companyName);
  return droppedSelectionSentence(count, names, selection.allMatching);
}
