/** <billing-profile-form> in <customer-list>'s side panel, in Polish, and saving the name the list shows. */
import { expect, fixture, html } from '@open-wc/testing';
import { waitFor, waitUntil } from '../../support/browser/wait.js';
import '../../../src/components/billing-profile-form/billing-profile-form.js';
import type { BillingProfileForm } from '../../../src/components/billing-profile-form/billing-profile-form.js';
import { setLocale } from '../../../src/localization/localization.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { contractFixture, IDS } from '../../../src/testing/index.js';
import { button as listButton, cellText, clickCheckbox, dataRows, mountList, selectedRows } from '../customer-list/list-harness.js';
import { nextEvent } from '../../support/browser/element.js';
import { click, expectFocusOn, press, tabTo, type, typeInto } from '../../support/browser/input.js';
import { button, clickButton, control, discardQuestion, edit, loaded, memoryAdapter, mountForm, polishProfile, settle } from './form-harness.js';

/** Selects Łódź's row and opens Billing information with the mouse, as an agent does. */
async function openPanel() {
  const adapter = memoryAdapter();
  const list = await mountList({ adapter });
  const row = dataRows(list).find((candidate) => cellText(candidate, 'id') === IDS.lodz)!;
  await clickCheckbox(list, row);
  expect(selectedRows(list).length === 1 && selectedRows(list)[0] === row, 'only the clicked row is selected').to.equal(true);
  const command = listButton(list, 'Billing information')!;
  await click(command);
  // The panel loads on the command's first use: it is drawn once loaded.
  const panel = await waitFor(() => list.shadowRoot!.querySelector<HTMLDialogElement>('[part=billing-panel]'), 'the panel was drawn');
  await waitUntil(() => panel.open && panel.querySelector('billing-profile-form'), 'panel did not open', { timeout: 20_000 });
  const form = panel.querySelector<BillingProfileForm>('billing-profile-form')!;
  await loaded(form);
  const close = [...panel.querySelectorAll<HTMLButtonElement>('header button')].find((candidate) => candidate.textContent?.trim() === 'Close')!;
  return { list, panel, form, command, close, adapter };
}

describe('<customer-list> Billing information with <billing-profile-form>', () => {
  it('opens the selected customer\'s profile in a side panel', async () => {
    const { panel, form } = await openPanel();
    expect(panel.matches(':modal')).to.equal(true);
    expect(form.customerId).to.equal(IDS.lodz);
    expect(panel.querySelector('h2')!.textContent).to.equal('Zakłady Mięsne Łódź Sp. z o.o.');
    expectFocusOn(panel.querySelector('h2'), 'focus starts on the panel\'s title');
    expect(control(form, 'companyName').value).to.equal('Zakłady Mięsne Łódź Sp. z o.o.');
  });

  it('shows a saved company name in the list at once, closes, and gives focus back to the command', async () => {
    const { list, panel, form, command } = await openPanel();
    await edit(form, 'companyName', 'Łódź Meat Works');
    const saved = nextEvent(list, 'billing-profile-save');
    await clickButton(form, 'Save');
    await saved;
    await list.updateComplete;
    const row = dataRows(list).find((candidate) => cellText(candidate, 'id') === IDS.lodz)!;
    expect(cellText(row, 'companyName')).to.equal('Łódź Meat Works');
    expect(panel.open).to.equal(false);
    expectFocusOn(command, 'focus back on Billing information');
  });

  it('shows a save from a form elsewhere on the page when the host passes it on with applyBillingProfile()', async () => {
    const adapter = memoryAdapter();
    const list = await mountList({ adapter });
    const form = await mountForm(adapter);
    // The host wires its own form to the list: the list no longer listens to the whole document.
    form.addEventListener('billing-profile-save', (event) => list.applyBillingProfile(event.customerId, event.profile));
    await edit(form, 'companyName', 'Renamed from another panel');
    const saved = nextEvent(form, 'billing-profile-save');
    await clickButton(form, 'Save');
    await saved;
    await list.updateComplete;
    expect(dataRows(list).map((row) => cellText(row, 'companyName'))).to.include('Renamed from another panel');
  });

  it('updates only the list whose panel saved: a second list on another adapter keeps its name (regression: a document-wide listener renamed rows in every list)', async () => {
    const { list, form } = await openPanel();
    const other = await mountList({ adapter: memoryAdapter() });
    await edit(form, 'companyName', 'Saved in the first list');
    const saved = nextEvent(form, 'billing-profile-save');
    await clickButton(form, 'Save');
    await saved;
    await list.updateComplete;
    await other.updateComplete;
    expect(dataRows(list).map((row) => cellText(row, 'companyName'))).to.include('Saved in the first list');
    expect(dataRows(other).map((row) => cellText(row, 'companyName'))).to.not.include('Saved in the first list');
  });

  it('asks before Escape throws edits away; a second Escape keeps editing, focus back in the field being edited', async () => {
    const { panel, form } = await openPanel();
    const firstName = control(form, 'firstName');
    await typeInto(firstName, 'Ania');
    await press('Escape');
    await settle(form);
    expect(panel.open).to.equal(true);
    expect(discardQuestion(form)!.textContent).to.include('Discard your changes?');
    expectFocusOn(button(form, 'Keep editing'));
    await press('Escape');
    await settle(form);
    expect(panel.open, 'the second Escape does not close the panel').to.equal(true);
    expect(discardQuestion(form) === null, 'nor ask again').to.equal(true);
    expect(firstName.value).to.equal('Ania');
    expectFocusOn(firstName, 'focus is back in the field being edited');
    await press('Escape');
    await settle(form);
    expectFocusOn(button(form, 'Keep editing'));
    await clickButton(form, 'Keep editing');
    await settle(form);
    expect(discardQuestion(form) === null, 'the question is gone').to.equal(true);
    expectFocusOn(firstName, 'Keep editing does the same');
    await type('s');
    expect(firstName.value, 'typing goes on where it stopped').to.equal('Anias');
  });

  it('gives focus back to the panel\'s Close button when its question is answered with Keep editing or Escape', async () => {
    const { panel, form, close } = await openPanel();
    await edit(form, 'defaultAddress.city', 'Kraków');
    await click(close);
    await settle(form);
    expectFocusOn(button(form, 'Keep editing'));
    await press('Enter');
    await settle(form);
    expect([panel.open, discardQuestion(form) === null], 'the panel stays open, the question goes').to.deep.equal([true, true]);
    expectFocusOn(close);
    await press('Enter');
    await settle(form);
    expectFocusOn(button(form, 'Keep editing'), 'Enter on Close asks again');
    await press('Escape');
    await settle(form);
    expect([panel.open, discardQuestion(form) === null], 'the panel stays open, the question goes').to.deep.equal([true, true]);
    expectFocusOn(close);
    expect(control(form, 'defaultAddress.city').value).to.equal('Kraków');
  });

  it('Discard closes the panel and gives focus back to Billing information', async () => {
    const { list, panel, form, command, adapter } = await openPanel();
    await typeInto(control(form, 'companyName'), 'Never saved');
    await press('Escape');
    await settle(form);
    await tabTo(button(form, 'Discard')!);
    const discarded = nextEvent(form, 'billing-profile-discard');
    await press('Enter');
    await discarded;
    await list.updateComplete;
    expect(panel.open).to.equal(false);
    expectFocusOn(command);
    expect((await adapter.getBillingProfile(IDS.lodz)).companyName).to.equal('Zakłady Mięsne Łódź Sp. z o.o.');
    const row = dataRows(list).find((candidate) => cellText(candidate, 'id') === IDS.lodz)!;
    expect(cellText(row, 'companyName')).to.equal('Zakłady Mięsne Łódź Sp. z o.o.');
  });

  it('closes at once on Escape without edits, focus back on the command', async () => {
    const { panel, command } = await openPanel();
    await press('Escape');
    await waitUntil(() => !panel.open, 'panel stayed open', { timeout: 20_000 });
    expectFocusOn(command);
  });
});

describe('<customer-list> Billing information on a slow network', () => {
  it('keeps what the agent types while a save runs, and stays open with it (regression: the panel closed and the phone number was gone)', async () => {
    const { list, panel, form, adapter } = await openPanel();
    let answer!: () => void;
    const gate = new Promise<void>((resolve) => (answer = resolve));
    const update = adapter.updateBillingProfile.bind(adapter);
    adapter.updateBillingProfile = async (...args) => {
      await gate;
      return update(...args);
    };
    await edit(form, 'defaultAddress.city', 'Kraków');
    await clickButton(form, 'Save');
    await edit(form, 'phoneNumber', '+48 12 555 01 00');
    answer();
    await waitUntil(() => form.shadowRoot!.textContent!.includes('Billing information saved.'), 'the save is answered', { timeout: 20_000 });
    await settle(form);
    expect(panel.open, 'the panel stays open over the edits typed meanwhile').to.equal(true);
    expect(control(form, 'phoneNumber').value).to.equal('+48 12 555 01 00');
    expect(form.dirty).to.equal(true);
    expect(form.shadowRoot!.textContent).to.contain('is not saved yet');
    expect((await adapter.getBillingProfile(IDS.lodz)).defaultAddress.city, 'what was sent is saved').to.equal('Kraków');
    const saved = nextEvent(form, 'billing-profile-save');
    await clickButton(form, 'Save');
    await saved;
    await waitUntil(() => !panel.open, 'the panel closes once everything is saved', { timeout: 20_000 });
    expect((await adapter.getBillingProfile(IDS.lodz)).phoneNumber).to.equal('+48 12 555 01 00');
    expect(list.isConnected).to.equal(true);
  });

  it('keeps the panel title to a few lines for a 10 000-character name, the whole name in its tooltip (regression: a 6 244 px title)', async () => {
    const long = `${'Long '.repeat(1999)}Corp.`;
    const data = contractFixture();
    data.customers = data.customers.map((row) => (row.id === IDS.lodz ? { ...row, companyName: long } : row));
    const list = await mountList({ adapter: new MemoryAdapter({ ...data, billingProfile: polishProfile }) });
    await clickCheckbox(list, dataRows(list).find((candidate) => cellText(candidate, 'id') === IDS.lodz)!);
    await click(listButton(list, 'Billing information')!);
    // The panel loads on the command's first use: it is drawn once loaded.
    const panel = await waitFor(() => list.shadowRoot!.querySelector<HTMLDialogElement>('[part=billing-panel]'), 'the panel was drawn');
    await waitUntil(() => panel.open && panel.querySelector('billing-profile-form'), 'panel did not open', { timeout: 20_000 });
    const form = panel.querySelector<BillingProfileForm>('billing-profile-form')!;
    await loaded(form);
    const title = panel.querySelector<HTMLElement>('h2')!;
    expect(title.getBoundingClientRect().height).to.be.below(100);
    expect(title.title).to.equal(long);
    expect(form.getBoundingClientRect().top, 'the form starts on screen').to.be.below(innerHeight);
  });
});

describe('<billing-profile-form> in Polish', () => {
  afterEach(async () => setLocale('en'));

  it('speaks Polish, country names included', async () => {
    await setLocale('pl');
    const form = await fixture<BillingProfileForm>(html`<billing-profile-form .adapter=${memoryAdapter()} customer-id=${IDS.lodz}></billing-profile-form>`);
    await loaded(form);
    expect(form.shadowRoot!.querySelector('label[for=field-companyName]')!.textContent).to.include('Nazwa firmy');
    const poland = [...control(form, 'defaultAddress.country').querySelectorAll('option')].find((option) => option.value === 'PL')!;
    expect(poland.textContent).to.equal('Polska');
    await edit(form, 'email', 'zły');
    expect(form.shadowRoot!.querySelector('#field-email-error')!.textContent).to.equal('Wpisz adres e-mail w postaci nazwa@example.com.');
  });
});
