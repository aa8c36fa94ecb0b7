/**
 * The steps after the catalog (products, review, submitted) are a later part of <new-order-dialog> (issue 27, its
 * 20 000 B budget; test/node/dialog-first-load.test.ts checks they are not in its first load): they load through
 * LazyPart, fetched while the catalog step shows. A chunk that cannot be fetched draws the shared failure view
 * under the step's heading, focus stays on that heading, and Retry recovers. This page loads the chunk for the
 * first time, so the tests see the real load.
 */
import { expect } from '@open-wc/testing';
import { laterStepsChunk } from '../../../src/components/new-order-dialog/new-order-dialog.component.js';
import { stubChunk } from '../../support/browser/chunk-stub.js';
import { click, expectFocusNotLost, expectFocusOn } from '../../support/browser/input.js';
import { waitUntil } from '../../support/browser/wait.js';
import {
  addToOrder, button, CONTOSO10, catalogButton, catalogsLoaded, chooseCatalog, clickButton, heading, JOURNEY_TIMEOUT, laterStepsDrawn, mountDialog, settle, shadow,
  stepHeading, text,
} from './dialog-harness.js';

const chunk = stubChunk(laterStepsChunk);
const BASIC = 'Microsoft 365 Business Basic';

describe('<new-order-dialog> loads the steps after the catalog on demand', function () {
  this.timeout(JOURNEY_TIMEOUT);

  it('loads nothing of them while closed, fetches them once the catalog step shows, and draws every later step', async () => {
    const dialog = await mountDialog();
    expect(chunk.loads, 'a closed dialog loads nothing later').to.equal(0);
    await dialog.show({ customer: CONTOSO10 });
    await catalogsLoaded(dialog);
    await waitUntil(() => chunk.loads > 0, 'the catalog step fetches the later steps');
    await chooseCatalog(dialog, 'Online Services');
    expect(heading(dialog)).to.equal('Products');
    await addToOrder(dialog, BASIC, '25');
    await clickButton(dialog, 'Review order');
    expect(heading(dialog)).to.equal('Review');
    expect(shadow(dialog).querySelector('[data-action=submit]')!.textContent!.trim()).to.equal('Submit order');
    expect(chunk.loads, 'loaded once').to.equal(1);
  });

  it('a chunk that fails to load draws the failure view under the step heading, focus stays there, and Retry draws the step', async () => {
    chunk.failWith = new TypeError('Failed to fetch dynamically imported module');
    const dialog = await mountDialog();
    await dialog.show({ customer: CONTOSO10 });
    await catalogsLoaded(dialog);
    expect(text(dialog), 'a failed fetch ahead of need shows nothing').to.not.include('could not be loaded');
    await click(catalogButton(dialog, 'Online Services'));
    await settle(dialog);
    await waitUntil(() => text(dialog).includes('This step could not be loaded.'), 'the failure view is drawn');
    expect(heading(dialog)).to.equal('Products');
    expectFocusOn(stepHeading(dialog), 'the step that failed to load');
    chunk.failWith = undefined;
    await click(button(dialog, 'Retry')!);
    await laterStepsDrawn(dialog);
    await waitUntil(() => shadow(dialog).querySelector('[part=product-search]'), 'the products step is drawn after Retry');
    expectFocusNotLost('Retry');
    expect(shadow(dialog).activeElement, 'focus stays in the dialog').to.not.equal(null);
    await addToOrder(dialog, BASIC, '25');
    expect(text(dialog)).to.include('In this order: 1');
  });
});
