/**
 * The list's menus and overlays load on their command's first use (overlays/lazy-opener.ts): a chunk that cannot
 * be fetched draws the shared failure view under the command, focus on its Retry; Retry loads it again; a click
 * while it loads is not dropped, and the part opens with focus where it always goes once it arrives. The chunks
 * are held and failed for real, in the network, by the MSW service worker. test/node/first-load.test.ts proves
 * they are not in the first load.
 *
 * Each chunk loads once per page, so each test here goes through failure, Retry, loading and arrival of one part.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse, passthrough } from 'msw';
import { startMockWorker, worker } from '../../../mocks/browser.js';
import { IDS } from '../../../src/testing/index.js';
import { click, deepActiveElement, expectFocused, press } from '../../support/browser/input.js';
import { waitFor, waitUntil } from '../../support/browser/wait.js';
import { button, cellText, clickCheckbox, columnsCommand, columnsMenu, dataRows, mountList, shadow } from './list-harness.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';

/** A module's requests in the network: failed while `failing`, held until `release()` while `holding`. */
class Chunk {
  failing = true;
  holding = false;
  requests = 0;
  private release = () => {};
  private held = Promise.resolve();

  constructor(pattern: RegExp) {
    worker.use(
      http.get(pattern, async () => {
        this.requests++;
        if (this.failing) return HttpResponse.error();
        if (this.holding) await this.held;
        return passthrough();
      }),
    );
  }

  hold(): void {
    this.failing = false;
    this.holding = true;
    this.held = new Promise((resolve) => (this.release = resolve));
  }

  let(): void {
    this.holding = false;
    this.release();
  }
}

const failureView = (list: CustomerList, command: string) => shadow(list).querySelector<HTMLElement>(`.load-failure-popover[data-for=${command}]`);
const retry = (view: HTMLElement) => [...view.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent!.trim() === 'Retry')!;

before(async () => {
  await startMockWorker();
});
after(() => {
  worker.resetHandlers();
});

describe('<customer-list> menus and overlays load on first use', () => {
  it('Columns: a failed chunk draws the failure view with Retry; Escape closes it; a click while the menu loads opens it once it arrives', async () => {
    const chunk = new Chunk(/\/columns-menu\.(js|ts)/);
    const list = await mountList();
    expect(chunk.requests, 'nothing is fetched before the agent reaches the command').to.equal(0);

    await click(columnsCommand(list));
    const view = await waitFor(() => failureView(list, 'columns')?.matches(':popover-open') && failureView(list, 'columns'), 'the failure view opened');
    expect(view.textContent).to.contain('Columns could not be opened.');
    expect(view.querySelector('[role=alert]'), 'announced').to.not.equal(null);
    await waitUntil(() => deepActiveElement() === retry(view), 'focus is on Retry');
    expect(columnsMenu(list), 'no menu drawn').to.equal(null);

    // Retry while the chunk is held: the view goes, focus back on the command, which is busy.
    chunk.hold();
    await click(retry(view));
    await waitUntil(() => columnsCommand(list).getAttribute('aria-busy') === 'true', 'the command is busy');
    expect(failureView(list, 'columns'), 'the failure view is gone').to.equal(null);
    expectFocused(columnsCommand(list), 'focus is back on Columns');
    expect(columnsMenu(list), 'no menu yet').to.equal(null);

    chunk.let();
    await waitUntil(() => columnsMenu(list)?.matches(':popover-open') === true, 'the menu opened once it arrived');
    await waitUntil(() => deepActiveElement() === columnsMenu(list).querySelector('.column-choice[data-column-id=id] [data-action=show]'), 'focus on the first column one can hide, as always');
    expect(columnsCommand(list).hasAttribute('aria-busy'), 'no longer busy').to.equal(false);
    expect(columnsCommand(list).getAttribute('aria-expanded')).to.equal('true');

    // From now on the browser opens and closes it at once.
    await press('Escape');
    await waitUntil(() => !columnsMenu(list).matches(':popover-open'), 'Escape closed the menu');
    expectFocused(columnsCommand(list), 'focus is back on Columns');
    await click(columnsCommand(list));
    await list.updateComplete;
    expect(columnsMenu(list).matches(':popover-open'), 'opened at once').to.equal(true);
  });

  it('Billing information: a failed chunk draws the failure view, Escape closes it, and a click while the panel loads opens it once it arrives', async () => {
    const chunk = new Chunk(/\/billing-panel\.(js|ts)/);
    const list = await mountList();
    await clickCheckbox(list, dataRows(list).find((row) => cellText(row, 'id') === IDS.lodz)!);
    const command = button(list, 'Billing information')!;

    await click(command);
    const view = await waitFor(() => failureView(list, 'billing')?.matches(':popover-open') && failureView(list, 'billing'), 'the failure view opened');
    expect(view.textContent).to.contain('Billing information could not be opened.');
    await waitUntil(() => deepActiveElement() === retry(view), 'focus is on Retry');
    // Focus going back to the command fetches nothing (no prefetch after a failure; a fetch then, still failing,
    // could take the next click's load down with it): the next request is the click's.
    const requests = chunk.requests;
    await press('Escape');
    await waitUntil(() => !view.matches(':popover-open'), 'Escape closed the failure view');
    expectFocused(command, 'focus is back on Billing information');

    // The agent clicks again while the chunk is held: busy, then the panel opens once the chunk arrives.
    chunk.hold();
    await click(command);
    await waitUntil(() => command.getAttribute('aria-busy') === 'true', 'the command is busy');
    expect(failureView(list, 'billing'), 'the failure view is gone').to.equal(null);
    expect(shadow(list).querySelector('dialog.billing-panel'), 'no panel yet').to.equal(null);
    expectFocused(command, 'focus stays on the command while it loads');

    chunk.let();
    const panel = await waitFor(() => shadow(list).querySelector<HTMLDialogElement>('dialog.billing-panel[open]'), 'the panel opened once it arrived');
    await waitUntil(() => deepActiveElement() === panel.querySelector('h2'), 'focus on the panel title, as always');
    expect(panel.querySelector('billing-profile-form')).to.not.equal(null);
    expect(command.hasAttribute('aria-busy'), 'no longer busy').to.equal(false);
    expect(chunk.requests - requests, 'one request, the click\'s').to.equal(1);
    await press('Escape');
    await waitUntil(() => !panel.open, 'Escape closed the panel');
  });
});
