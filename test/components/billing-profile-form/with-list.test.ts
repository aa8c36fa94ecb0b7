/** <billing-profile-form> in <customer-list>'s side panel, in Polish, and saving the name the list shows. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/billing-profile-form/billing-profile-form.js';
import type { BillingProfileForm } from '../../../src/components/billing-profile-form/billing-profile-form.js';
import { setLocale } from '../../../src/localization/localization.js';
import { IDS } from '../../adapter/contract-fixture.js';
import { button as listButton, cellText, checkbox, dataRows, mountList } from '../customer-list/list-harness.js';
import { nextEvent } from '../../support/element.js';
import { button, control, edit, loaded, memoryAdapter, mountForm, settle } from './form-harness.js';

async function openPanel() {
  const adapter = memoryAdapter();
  const list = await mountList({ adapter });
  const row = dataRows(list).find((candidate) => cellText(candidate, 'id') === IDS.lodz)!;
  checkbox(row).click();
  await list.updateComplete;
  const command = listButton(list, 'Billing information')!;
  command.focus();
  command.click();
  const panel = list.shadowRoot!.querySelector<HTMLDialogElement>('[part=billing-panel]')!;
  await waitUntil(() => panel.open && panel.querySelector('billing-profile-form'), 'panel did not open');
  const form = panel.querySelector<BillingProfileForm>('billing-profile-form')!;
  await loaded(form);
  return { list, panel, form, command, adapter };
}

describe('<customer-list> Billing information with <billing-profile-form>', () => {
  it('opens the selected customer\'s profile in a side panel', async () => {
    const { panel, form } = await openPanel();
    expect(panel.matches(':modal')).to.equal(true);
    expect(form.customerId).to.equal(IDS.lodz);
    expect(panel.querySelector('h2')!.textContent).to.equal('Zakłady Mięsne Łódź Sp. z o.o.');
  });

  it('shows a saved company name in the list at once, closes, and gives focus back to the command', async () => {
    const { list, panel, form, command } = await openPanel();
    await edit(form, 'companyName', 'Łódź Meat Works');
    const saved = nextEvent(list, 'billing-profile-save');
    button(form, 'Save')!.click();
    await saved;
    await list.updateComplete;
    const row = dataRows(list).find((candidate) => cellText(candidate, 'id') === IDS.lodz)!;
    expect(cellText(row, 'companyName')).to.equal('Łódź Meat Works');
    expect(panel.open).to.equal(false);
    expect(list.shadowRoot!.activeElement === command, 'focus back on Billing information').to.equal(true);
  });

  it('updates the list when a form elsewhere on the page saves', async () => {
    const adapter = memoryAdapter();
    const list = await mountList({ adapter });
    const form = await mountForm(adapter);
    await edit(form, 'companyName', 'Renamed from another panel');
    button(form, 'Save')!.click();
    await nextEvent(form, 'billing-profile-save');
    await list.updateComplete;
    expect(dataRows(list).map((row) => cellText(row, 'companyName'))).to.include('Renamed from another panel');
  });

  it('asks before Escape throws edits away; a second Escape keeps editing', async () => {
    const { panel, form } = await openPanel();
    await edit(form, 'firstName', 'Ania');
    control(form, 'firstName').focus();
    await sendKeys({ press: 'Escape' });
    await settle(form);
    expect(panel.open).to.equal(true);
    expect(form.shadowRoot!.querySelector('[role=alertdialog]')!.textContent).to.include('Discard your changes?');
    await sendKeys({ press: 'Escape' });
    await settle(form);
    expect(form.shadowRoot!.querySelector('[role=alertdialog]') === null).to.equal(true);
    expect(control(form, 'firstName').value).to.equal('Ania');
    await sendKeys({ press: 'Escape' });
    await settle(form);
    button(form, 'Discard')!.click();
    await settle(form);
    expect(panel.open).to.equal(false);
  });

  it('closes at once on Escape without edits', async () => {
    const { panel } = await openPanel();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !panel.open, 'panel stayed open');
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
