/**
 * Escape with two overlays (or an overlay and an inline mode) open closes the top one only, in every pairing the
 * list allows on its own and with the elements it composes: the dismiss stack of src/internal/overlay/.
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/billing-profile-form/billing-profile-form.js';
import '../../../src/components/tag-editor/tag-editor.js';
import type { BillingProfileForm } from '../../../src/components/billing-profile-form/billing-profile-form.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import type { TagEditor } from '../../../src/components/tag-editor/tag-editor.js';
import { IDS } from '../../../src/testing/index.js';
import { click, deepActiveElement, expectFocused, press, tabTo, typeInto } from '../../support/browser/input.js';
import { waitFor, waitUntil } from '../../support/browser/wait.js';
import { button as formButton, control, discardQuestion, loaded, memoryAdapter } from '../billing-profile-form/form-harness.js';
import { filterInput, waitForTags } from '../tag-editor/editor-harness.js';
import { button, cellText, clickCheckbox, columnsMenu, dataRows, mountList, openColumnsMenu, shadow } from './list-harness.js';

const views = (list: CustomerList) => shadow(list).querySelector<HTMLElement>('[part=views-menu]')!;
const tagPopover = (list: CustomerList) => shadow(list).querySelector<HTMLElement>('[part=tag-popover]')!;
const isOpen = (popover: HTMLElement | null) => popover?.matches(':popover-open') === true;

async function selectRow(list: CustomerList, id: string): Promise<void> {
  await clickCheckbox(list, dataRows(list).find((row) => cellText(row, 'id') === id)!);
}

async function openTagEditor(list: CustomerList): Promise<TagEditor> {
  await selectRow(list, IDS.lodz);
  await click(button(list, 'Manage tags')!);
  const editor = await waitUntil(() => shadow(list).querySelector('tag-editor'), 'the editor opened').then(() => shadow(list).querySelector<TagEditor>('tag-editor')!);
  await waitForTags(editor);
  await waitUntil(() => deepActiveElement() === filterInput(editor), 'focus is in the editor\'s filter box');
  return editor;
}

describe('<customer-list> Escape closes the topmost overlay only', () => {
  it('Views menu + its rename field: the first Escape ends the rename, the second closes the menu', async () => {
    const list = await mountList();
    await click(shadow(list).querySelector('[data-command=views]')!);
    await waitUntil(() => isOpen(views(list)), 'the Views menu opened');
    await typeInto(views(list).querySelector<HTMLInputElement>('[data-role=view-name]')!, 'Mine');
    await press('Enter');
    await list.updateComplete;
    await click(views(list).querySelector('[data-action=rename]')!);
    const field = await waitUntil(() => views(list).querySelector('[data-role=rename]')).then(() => views(list).querySelector<HTMLInputElement>('[data-role=rename]')!);
    expectFocused(field, 'the rename field has focus');
    await press('Escape');
    await waitUntil(() => !views(list).querySelector('[data-role=rename]'), 'the rename ended');
    expect(isOpen(views(list)), 'the menu stays open').to.equal(true);
    expectFocused(views(list).querySelector('[data-action=rename]'), 'focus is back on Rename');
    await press('Escape');
    await waitUntil(() => !isOpen(views(list)), 'the second Escape closed the menu');
    expectFocused(shadow(list).querySelector('[data-command=views]'), 'focus is back on Views');
  });

  it('Columns menu + a toolbar drop-down being browsed: Escape puts the drop-down back, the menu stays; the next Escape closes it', async () => {
    const list = await mountList();
    await openColumnsMenu(list);
    const relationship = shadow(list).querySelector<HTMLSelectElement>('[part=filters] select')!;
    const applied = relationship.value;
    await tabTo(relationship, { backwards: true });
    await press('ArrowDown');
    expect(relationship.value, 'ArrowDown shows another option').to.not.equal(applied);
    await press('Escape');
    expect(relationship.value, 'Escape put back the option in effect').to.equal(applied);
    expect(isOpen(columnsMenu(list)), 'the menu stays open').to.equal(true);
    await press('Escape');
    await waitUntil(() => !isOpen(columnsMenu(list)), 'the next Escape closed the menu');
    expectFocused(relationship, 'focus stays on the drop-down, outside the menu');
    expect(list.relationshipFilter, 'nothing was applied').to.equal(applied);
  });

  it('Manage tags popover + Columns menu: Escape closes the Columns menu only', async () => {
    const list = await mountList();
    await openTagEditor(list);
    await openColumnsMenu(list);
    expect(isOpen(tagPopover(list)), 'the tag popover is still open').to.equal(true);
    await press('Escape');
    await waitUntil(() => !isOpen(columnsMenu(list)), 'Escape closed the Columns menu');
    expect(isOpen(tagPopover(list)), 'the tag popover stays open').to.equal(true);
    expectFocused(shadow(list).querySelector('[data-command=columns]'), 'focus is back on Columns');
  });

  it('Manage tags popover + text in the editor\'s filter box: the first Escape clears the text, the second closes the popover', async () => {
    const list = await mountList();
    const editor = await openTagEditor(list);
    await typeInto(filterInput(editor), 'zz');
    await press('Escape');
    await waitUntil(() => filterInput(editor).value === '', 'the first Escape cleared the filter box');
    expect(isOpen(tagPopover(list)), 'the popover stays open').to.equal(true);
    await press('Escape');
    await waitUntil(() => !isOpen(tagPopover(list)), 'the second Escape closed the popover');
    expectFocused(button(list, 'Manage tags'), 'focus is back on Manage tags');
  });

  it('billing side panel + the form\'s "Discard your changes?": Escape backs out of the question, the panel stays', async () => {
    const list = await mountList({ adapter: memoryAdapter() });
    await selectRow(list, IDS.lodz);
    await click(button(list, 'Billing information')!);
    // The panel loads on the command's first use: it is drawn once loaded.
    const panel = await waitFor(() => shadow(list).querySelector<HTMLDialogElement>('[part=billing-panel]'), 'the panel was drawn');
    await waitUntil(() => panel.open && panel.querySelector('billing-profile-form'), 'the panel opened');
    const form = panel.querySelector<BillingProfileForm>('billing-profile-form')!;
    await loaded(form);
    const firstName = control(form, 'firstName');
    await typeInto(firstName, 'Ania');
    await press('Escape');
    await waitUntil(() => discardQuestion(form), 'Escape with edits asks first');
    expectFocused(formButton(form, 'Keep editing'));
    await press('Escape');
    await waitUntil(() => !discardQuestion(form), 'Escape backed out of the question');
    expect(panel.open, 'the panel stays open').to.equal(true);
    expectFocused(firstName, 'focus is back in the field being edited');
  });
});
