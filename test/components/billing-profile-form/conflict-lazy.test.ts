/**
 * A conflicting save's comparison is a later part of <billing-profile-form> (issue 27, its 20 000 B budget): it
 * loads through LazyPart when a save is sent, not with the form. A chunk that cannot be
 * fetched draws the shared failure view in the comparison's box, focus stays in the form, and Retry recovers.
 * This page loads the comparison's chunk for the first time, so the tests see the real load.
 */
import { expect } from '@open-wc/testing';
import { conflictViewChunk } from '../../../src/components/billing-profile-form/billing-profile-form.conflict.js';
import { IDS } from '../../../src/testing/index.js';
import { stubChunk } from '../../support/browser/chunk-stub.js';
import { click, deepActiveElement } from '../../support/browser/input.js';
import { waitUntil } from '../../support/browser/wait.js';
import { button, clickButton, comparisonDrawn, control, edit, memoryAdapter, mountForm, settle } from './form-harness.js';

const chunk = stubChunk(conflictViewChunk);

/** A form whose next Save meets a conflict on Address line 1. */
async function formAboutToConflict() {
  const adapter = memoryAdapter();
  const form = await mountForm(adapter);
  await edit(form, 'defaultAddress.addressLine1', 'ul. Agenta 2');
  const current = await adapter.getBillingProfile(IDS.lodz);
  await adapter.updateBillingProfile(IDS.lodz, { ...current, defaultAddress: { ...current.defaultAddress, addressLine1: 'ul. Drugiego 3' } });
  return form;
}

describe('<billing-profile-form> loads its conflict comparison on demand', () => {
  it('loads nothing of the comparison with the form, and draws it once a save conflicts', async () => {
    const form = await mountForm(memoryAdapter());
    await edit(form, 'companyName', 'Zakłady Łódź (agent)');
    expect(chunk.loads, 'editing loads nothing').to.equal(0);
    const conflicting = await formAboutToConflict();
    await clickButton(conflicting, 'Save');
    const conflict = await comparisonDrawn(conflicting);
    expect(chunk.loads, 'the save loaded it').to.be.greaterThan(0);
    expect(conflict.querySelector('tr[data-field="defaultAddress.addressLine1"] .theirs')!.textContent).to.equal('ul. Drugiego 3');
  });

  it('a chunk that fails to load draws the failure view in the box, and Retry draws the comparison', async () => {
    chunk.failWith = new TypeError('Failed to fetch dynamically imported module');
    const form = await formAboutToConflict();
    await clickButton(form, 'Save');
    await waitUntil(() => form.shadowRoot!.querySelector('[part=conflict] [role=alert] button'), 'the failure view is drawn', { timeout: 20_000 });
    const conflict = form.shadowRoot!.querySelector<HTMLElement>('[part=conflict]')!;
    expect(conflict.textContent).to.include('The differences could not be loaded.');
    expect(conflict.getClientRects().length, 'the box shows').to.be.greaterThan(0);
    expect(form.shadowRoot!.activeElement, 'focus is on the box, not lost').to.equal(conflict);
    chunk.failWith = undefined;
    await click(button(form, 'Retry')!);
    await comparisonDrawn(form);
    await settle(form);
    expect(conflict.querySelector('tr[data-field="defaultAddress.addressLine1"] .mine')!.textContent).to.equal('ul. Agenta 2');
    const focused = deepActiveElement();
    expect(focused, 'focus not lost to <body>').to.not.equal(document.body);
    expect(form.shadowRoot!.contains(focused), 'focus stays in the form').to.equal(true);
    expect(control(form, 'defaultAddress.addressLine1').value, 'nothing typed was lost').to.equal('ul. Agenta 2');
  });
});
