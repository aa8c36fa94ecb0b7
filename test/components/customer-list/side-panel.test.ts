/** <customer-list>'s modal side panels: Tab and Shift+Tab stay inside them, wrapping at the edges. */
import { expect } from '@open-wc/testing';
import { waitFor, waitUntil } from '../../support/browser/wait.js';
import '../../../src/components/billing-profile-form/billing-profile-form.js';
import '../../../src/components/activity-log/activity-log.js';
import type { BillingProfileForm } from '../../../src/components/billing-profile-form/billing-profile-form.js';
import { contractFixture, IDS } from '../../../src/testing/index.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { click, expectFocusNotLost, expectFocusOn, press, tabTo } from '../../support/browser/input.js';
import { loaded } from '../billing-profile-form/form-harness.js';
import { button as listButton, cellText, clickCheckbox, dataRows, mountList } from './list-harness.js';

/** Selects Łódź's row and opens a side panel from the toolbar command with the mouse, as an agent does. */
async function openPanel(command: 'Billing information' | 'Activity', part: 'billing-panel' | 'activity-panel', data = contractFixture()) {
  const list = await mountList({ adapter: new MemoryAdapter(data) });
  const row = dataRows(list).find((candidate) => cellText(candidate, 'id') === IDS.lodz)!;
  await clickCheckbox(list, row);
  await click(listButton(list, command)!);
  // The panel loads on its command's first use: it is drawn once loaded.
  const panel = await waitFor(() => list.shadowRoot!.querySelector<HTMLDialogElement>(`[part=${part}]`), 'panel was not drawn');
  await waitUntil(() => panel.open && panel.querySelector('header button'), 'panel did not open', { timeout: 20_000 });
  const close = [...panel.querySelectorAll<HTMLButtonElement>('header button')].find((candidate) => candidate.textContent?.trim() === 'Close')!;
  return { list, panel, close };
}

describe('<customer-list> side panels keep Tab inside', function () {
  // A list, a form and a log drawn and driven with real keys: about 10 s on a loaded 2-core machine.
  this.timeout(30_000);
  it('wraps Shift+Tab from Close to the billing form\'s last control, and Tab from it back to Close (regression: Tab went to <body>)', async () => {
    const { panel, close } = await openPanel('Billing information', 'billing-panel');
    const form = panel.querySelector<BillingProfileForm>('billing-profile-form')!;
    await loaded(form);
    const save = [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent?.trim() === 'Save')!;
    await tabTo(close);
    await press('Shift+Tab');
    expectFocusOn(save, 'Shift+Tab on Close, the panel\'s first control');
    await press('Tab');
    expectFocusOn(close, 'Tab on Save, the panel\'s last control');
    await press('Shift+Tab');
    await press('Shift+Tab');
    expectFocusNotLost('Shift+Tab inside the form');
    expect(form.shadowRoot!.activeElement?.textContent?.trim(), 'the browser\'s own order inside the panel').to.equal('Cancel');
  });

  it('wraps Tab in the activity panel too, both ways, onto the log\'s controls (regression: Tab went to <body>)', async () => {
    const { panel, close } = await openPanel('Activity', 'activity-panel');
    const log = panel.querySelector('activity-log')!;
    await waitUntil(() => log.shadowRoot?.querySelector('button, a[href], input, select'), 'the log did not draw', { timeout: 20_000 });
    await tabTo(close);
    await press('Shift+Tab');
    expectFocusNotLost('Shift+Tab on Close');
    expect(log.shadowRoot!.activeElement !== null, 'Shift+Tab on Close goes to the log\'s last control').to.equal(true);
    await press('Tab');
    expectFocusOn(close, 'Tab on the panel\'s last control');
  });

  it('keeps a 10 000-character company name to three lines in the panel\'s heading, the whole name in its tooltip, Close on screen', async () => {
    const data = contractFixture();
    const name = `${'Long '.repeat(1999)}Corp.`;
    data.customers.find((customer) => customer.id === IDS.lodz)!.companyName = name;
    const { panel, close } = await openPanel('Activity', 'activity-panel', data);
    const heading = panel.querySelector<HTMLElement>('h2')!;
    const lineHeight = parseFloat(getComputedStyle(heading).lineHeight);
    expect(heading.getBoundingClientRect().height, 'three lines at most').to.be.at.most(3 * lineHeight + 2);
    expect(heading.title).to.contain(name);
    expect(close.getBoundingClientRect().bottom, 'Close stays on screen').to.be.below(innerHeight);
  });
});
