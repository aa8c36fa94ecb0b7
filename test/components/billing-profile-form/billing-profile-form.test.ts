/** <billing-profile-form>: loading, validation, saving with the etag, conflicts, failures, form association. */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { RestAdapter } from '../../../src/adapter/rest/rest-adapter.js';
import type { BillingProfileForm } from '../../../src/components/billing-profile-form/billing-profile-form.js';
import type { BillingProfile } from '../../../src/model/billing.js';
import { mockApi, mockAuthHeaders, startMockWorker } from '../../../mocks/browser.js';
import { contractFixture, IDS } from '../../../src/testing/index.js';
import { nextEvent } from '../../support/browser/element.js';
import { click, expectFocusOn, hover, press, pressMouseOn, tabTo, typeInto, withoutLayoutShift } from '../../support/browser/input.js';
import { button, clickButton, comparisonDrawn, control, discardQuestion, edit, fieldMessage, loaded, memoryAdapter, mountForm, pasteInto, polishProfile, settle, text } from './form-harness.js';

describe('<billing-profile-form> loading and saving', () => {
  it('shows a loading state, then the profile in its fields', async () => {
    const adapter = new MemoryAdapter({ ...contractFixture(), billingProfile: polishProfile, latencyMs: 50 });
    const form = await fixture<BillingProfileForm>(html`<billing-profile-form .adapter=${adapter} customer-id=${IDS.lodz}></billing-profile-form>`);
    expect(form.shadowRoot!.textContent).to.include('Loading billing information…');
    await loaded(form);
    expect(control(form, 'companyName').value).to.equal('Zakłady Mięsne Łódź Sp. z o.o.');
    expect(control(form, 'defaultAddress.city').value).to.equal('Łódź');
    expect(control(form, 'defaultAddress.country').value).to.equal('PL');
    expect(form.dirty).to.equal(false);
  });

  it('names countries in the active language through Intl.DisplayNames', async () => {
    const form = await mountForm();
    const poland = [...control(form, 'defaultAddress.country').querySelectorAll('option')].find((option) => option.value === 'PL')!;
    expect(poland.textContent).to.equal('Poland');
  });

  it('saves with the etag, flags unsaved changes until then, and tells the page', async () => {
    const adapter = memoryAdapter();
    const form = await mountForm(adapter);
    await edit(form, 'companyName', 'Zakłady Mięsne Łódź S.A.');
    expect(form.dirty).to.equal(true);
    expect(text(form)).to.include('Unsaved changes');
    const saved = nextEvent(form, 'billing-profile-save');
    await clickButton(form, 'Save');
    const event = await saved;
    expect([event.customerId, event.profile.companyName]).to.deep.equal([IDS.lodz, 'Zakłady Mięsne Łódź S.A.']);
    expect(event.profile.etag).not.to.equal('"1"');
    expect((await adapter.getBillingProfile(IDS.lodz)).companyName).to.equal('Zakłady Mięsne Łódź S.A.');
    await settle(form);
    expect(form.dirty).to.equal(false);
    expect(text(form)).to.include('Billing information saved.');
    expect(text(form)).not.to.include('Unsaved changes');
    expect(control(form, 'companyName').value).to.equal('Zakłady Mięsne Łódź S.A.');
    expectFocusOn(button(form, 'Save'), 'focus stays on Save when the saved message appears');
  });

  it('says why it could not load, and retries', async () => {
    let fail = true;
    class Flaky extends MemoryAdapter {
      override async getBillingProfile(customerId: string, signal?: AbortSignal): Promise<BillingProfile> {
        if (fail) throw new AdapterError('network', 'The server could not be reached');
        return super.getBillingProfile(customerId, signal);
      }
    }
    const form = await mountForm(new Flaky({ ...contractFixture(), billingProfile: polishProfile }));
    expect(form.shadowRoot!.querySelector('[role=alert]')!.textContent).to.include('The server could not be reached');
    fail = false;
    await clickButton(form, 'Retry');
    await waitUntil(() => form.shadowRoot!.querySelector('form'), 'did not load after Retry', { timeout: 20_000 });
    expect(control(form, 'companyName').value).to.equal('Zakłady Mięsne Łódź Sp. z o.o.');
  });
});

describe('<billing-profile-form> validation', () => {
  const rules: [string, string, string, string][] = [
    ['a one-character company name', 'companyName', 'X', 'A company name needs more than one character.'],
    ['a company name of punctuation only', 'companyName', ' .,-! ', 'A company name needs letters or digits, not only spaces or punctuation.'],
    ['an empty company name', 'companyName', '   ', 'This field is required.'],
    ['a malformed email', 'email', 'anna@nowhere', 'Enter an email address like name@example.com.'],
    ['letters in a phone number', 'phoneNumber', '+48 call me', 'A phone number may contain only digits, spaces and + ( ) - .'],
    ['a missing city', 'defaultAddress.city', '', 'This field is required.'],
    ['a missing first address line', 'defaultAddress.addressLine1', '', 'This field is required.'],
    ['a missing postal code in Poland', 'defaultAddress.postalCode', '', 'This field is required.'],
    ['a company name over 100 characters', 'companyName', 'N'.repeat(101), 'At most 100 characters.'],
    ['a city over 50 characters', 'defaultAddress.city', 'Ł'.repeat(51), 'At most 50 characters.'],
  ];
  for (const [what, field, value, message] of rules) {
    it(`refuses ${what}, next to the field`, async () => {
      const form = await mountForm();
      await edit(form, field, value);
      expect(control(form, field).getAttribute('aria-invalid')).to.equal('true');
      expect(fieldMessage(form, field)).to.equal(message);
    });
  }

  it('asks for a state in the US but not in Poland, and a postal code in both', async () => {
    const form = await mountForm();
    expect(control(form, 'defaultAddress.state').getAttribute('aria-required')).to.equal('false');
    await edit(form, 'defaultAddress.country', 'US');
    expect(control(form, 'defaultAddress.state').getAttribute('aria-required')).to.equal('true');
    expect(control(form, 'defaultAddress.postalCode').getAttribute('aria-required')).to.equal('true');
    await edit(form, 'defaultAddress.country', 'IE');
    expect(control(form, 'defaultAddress.postalCode').getAttribute('aria-required')).to.equal('false');
  });

  it('does not save an invalid profile: it lists the fields to fix, each a link that focuses its field', async () => {
    const adapter = memoryAdapter();
    const form = await mountForm(adapter);
    await edit(form, 'email', 'nope');
    await edit(form, 'defaultAddress.city', '');
    await clickButton(form, 'Save');
    await settle(form);
    const summary = form.shadowRoot!.querySelector<HTMLElement>('[part=summary]')!;
    expectFocusOn(summary);
    expect([...summary.querySelectorAll('a')].map((link) => link.textContent)).to.deep.equal(['Email: Enter an email address like name@example.com.', 'City: This field is required.']);
    await click(summary.querySelectorAll('a')[1]!);
    expectFocusOn(control(form, 'defaultAddress.city'));
    await tabTo(summary.querySelectorAll('a')[0]!, { backwards: true });
    await press('Enter');
    expectFocusOn(control(form, 'email'), 'the link works from the keyboard too');
    expect((await adapter.getBillingProfile(IDS.lodz)).email).to.equal('anna.nowak@lodz.example');
  });

  it('validates on one click of Save right after a field was emptied: the summary shows', async () => {
    const adapter = memoryAdapter();
    const form = await mountForm(adapter);
    await typeInto(control(form, 'companyName'), '');
    // Focus is still in the emptied field: this click's mousedown is what blurs it.
    await click(button(form, 'Save')!);
    await waitUntil(() => form.shadowRoot!.querySelector('[part=summary]'), 'one click on Save showed no summary', { timeout: 20_000 });
    const summary = form.shadowRoot!.querySelector<HTMLElement>('[part=summary]')!;
    expect(summary.innerText).to.contain('Company name: This field is required.');
    expectFocusOn(summary, 'the summary takes focus');
    expect((await adapter.getBillingProfile(IDS.lodz)).companyName, 'nothing was saved').to.equal('Zakłady Mięsne Łódź Sp. z o.o.');
  });

  it('moves nothing under the pointer pressed on Save while the emptied field loses focus', async () => {
    const form = await mountForm();
    await typeInto(control(form, 'companyName'), '');
    const save = button(form, 'Save')!;
    // The pointer comes to rest on Save first (scrolling it into view), as a hand does before pressing.
    await hover(save);
    let release!: () => Promise<void>;
    await withoutLayoutShift([save], async () => {
      release = await pressMouseOn(save);
      await waitUntil(() => !control(form, 'companyName').matches(':focus'), 'pressing on Save did not take focus from the field', { timeout: 20_000 });
      await form.updateComplete;
    });
    await release();
    await waitUntil(() => form.shadowRoot!.querySelector('[part=summary]'), 'the press and release on Save showed no summary', { timeout: 20_000 });
    expect(fieldMessage(form, 'companyName'), 'the field says what is wrong once the click is done').to.equal('This field is required.');
  });

  it('shows a field\'s error as soon as focus leaves it with the keyboard', async () => {
    const form = await mountForm();
    await typeInto(control(form, 'companyName'), '');
    await press('Tab');
    await form.updateComplete;
    expect(fieldMessage(form, 'companyName')).to.equal('This field is required.');
  });

  it('keeps hostile values inert and whole: markup, 10 000 characters, a direction override', async () => {
    const form = await mountForm();
    const long = 'A'.repeat(10_000);
    await edit(form, 'companyName', '<img src=x onerror="window.__pwned=1">');
    await pasteInto(form, 'defaultAddress.addressLine2', long);
    await edit(form, 'firstName', '\u202Eevil');
    expect(form.shadowRoot!.querySelector('img') === null).to.equal(true);
    expect(control(form, 'defaultAddress.addressLine2').value).to.have.length(10_000);
    expect(fieldMessage(form, 'defaultAddress.addressLine2')).to.equal('At most 100 characters.');
    expect(form.value!.firstName).to.equal('\u202Eevil');
    expect((window as { __pwned?: number }).__pwned === undefined).to.equal(true);
  });
});

describe('<billing-profile-form> conflicts and failures', () => {
  it('merges a conflict: the other writer\'s fields are taken, the agent\'s edits kept, clashes shown side by side', async () => {
    const adapter = memoryAdapter();
    const form = await mountForm(adapter);
    await edit(form, 'companyName', 'Zakłady Łódź (agent)');
    await edit(form, 'defaultAddress.addressLine1', 'ul. Agenta 2');
    // A second writer saves between our load and our save.
    const current = await adapter.getBillingProfile(IDS.lodz);
    await adapter.updateBillingProfile(IDS.lodz, { ...current, email: 'billing@lodz.example', defaultAddress: { ...current.defaultAddress, addressLine1: 'ul. Drugiego 3' } });
    await clickButton(form, 'Save');
    await settle(form);
    const conflict = await comparisonDrawn(form);
    expectFocusOn(conflict);
    expect(conflict.textContent).to.include('Someone else saved this billing information while you were editing.');
    expect(conflict.querySelector('[data-updated]')!.textContent).to.include('Email');
    const rows = Object.fromEntries([...conflict.querySelectorAll('tbody tr')].map((row) => [row.getAttribute('data-field'), [row.querySelector('.mine')!.textContent, row.querySelector('.theirs')!.textContent]]));
    expect(rows).to.deep.equal({ 'defaultAddress.addressLine1': ['ul. Agenta 2', 'ul. Drugiego 3'] });
    expect(control(form, 'companyName').value, 'the agent\'s edit survives').to.equal('Zakłady Łódź (agent)');
    expect(control(form, 'email').value, 'the other writer\'s edit is taken').to.equal('billing@lodz.example');
    await clickButton(form, 'Use saved: Address line 1');
    await settle(form);
    expect(control(form, 'defaultAddress.addressLine1').value).to.equal('ul. Drugiego 3');
    expect(conflict.querySelectorAll('tbody tr'), 'nothing left to decide').to.have.length(0);
    expectFocusOn(conflict, 'focus goes to the comparison when its last row goes');
    const saved = nextEvent(form, 'billing-profile-save');
    await clickButton(form, 'Save');
    await saved;
    const stored = await adapter.getBillingProfile(IDS.lodz);
    expect([stored.companyName, stored.email, stored.defaultAddress.addressLine1]).to.deep.equal(['Zakłady Łódź (agent)', 'billing@lodz.example', 'ul. Drugiego 3']);
  });

  it('never undoes the other writer\'s fields when the agent saves again at once', async () => {
    const adapter = memoryAdapter();
    const form = await mountForm(adapter);
    await edit(form, 'email', 'agent@lodz.example');
    const current = await adapter.getBillingProfile(IDS.lodz);
    await adapter.updateBillingProfile(IDS.lodz, { ...current, phoneNumber: '+48 42 999 99 99', defaultAddress: { ...current.defaultAddress, addressLine1: 'ul. Nowa 9' } });
    await clickButton(form, 'Save');
    await settle(form);
    await comparisonDrawn(form);
    expect(form.shadowRoot!.querySelectorAll('[part=conflict] tbody tr').length, 'nothing clashes').to.equal(0);
    expect([control(form, 'phoneNumber').value, control(form, 'defaultAddress.addressLine1').value], 'the other writer\'s values are shown').to.deep.equal(['+48 42 999 99 99', 'ul. Nowa 9']);
    const saved = nextEvent(form, 'billing-profile-save');
    await clickButton(form, 'Save');
    await saved;
    const stored = await adapter.getBillingProfile(IDS.lodz);
    expect([stored.email, stored.phoneNumber, stored.defaultAddress.addressLine1]).to.deep.equal(['agent@lodz.example', '+48 42 999 99 99', 'ul. Nowa 9']);
  });

  it('keeps everything on a network failure and offers Retry', async () => {
    let failures = 1;
    class Flaky extends MemoryAdapter {
      override async updateBillingProfile(customerId: string, profile: BillingProfile, signal?: AbortSignal): Promise<BillingProfile> {
        if (failures-- > 0) throw new AdapterError('network', 'The server could not be reached (PUT …)', { reason: 'The server could not be reached' });
        return super.updateBillingProfile(customerId, profile, signal);
      }
    }
    const adapter = new Flaky({ ...contractFixture(), billingProfile: polishProfile });
    const form = await mountForm(adapter);
    await edit(form, 'defaultAddress.city', 'Kraków');
    await clickButton(form, 'Save');
    await settle(form);
    expect(form.shadowRoot!.querySelector('[role=alert]')!.textContent).to.include('Not saved; everything you typed is kept. The server could not be reached');
    expect(control(form, 'defaultAddress.city').value).to.equal('Kraków');
    const saved = nextEvent(form, 'billing-profile-save');
    await clickButton(form, 'Retry');
    await saved;
    await settle(form);
    expect((await adapter.getBillingProfile(IDS.lodz)).defaultAddress.city).to.equal('Kraków');
    expect(text(form)).to.include('Billing information saved.');
    expect(text(form)).not.to.include('Not saved');
    expectFocusOn(button(form, 'Save'), 'Retry went with its message: focus is on Save');
  });

  it('asks before discarding edits, and the page can refuse with billing-profile-discard', async () => {
    const form = await mountForm();
    await edit(form, 'firstName', 'Ania');
    await clickButton(form, 'Cancel');
    await settle(form);
    expect(discardQuestion(form)!.textContent).to.include('Discard your changes?');
    expectFocusOn(button(form, 'Keep editing'));
    const refuse = (event: Event) => event.preventDefault();
    form.addEventListener('billing-profile-discard', refuse);
    await clickButton(form, 'Discard');
    await settle(form);
    expect(control(form, 'firstName').value).to.equal('Ania');
    expect(discardQuestion(form) === null, 'the question is gone').to.equal(true);
    expectFocusOn(button(form, 'Cancel'), 'a refused discard gives focus back to Cancel');
    form.removeEventListener('billing-profile-discard', refuse);
    await clickButton(form, 'Cancel');
    await settle(form);
    const closed = nextEvent(form, 'billing-profile-close');
    await clickButton(form, 'Discard');
    expect((await closed).reason).to.equal('cancel');
    await settle(form);
    expect(control(form, 'firstName').value).to.equal('Anna');
    expect(text(form)).not.to.include('Unsaved changes');
    expectFocusOn(button(form, 'Cancel'), 'alone on the page, the form keeps focus on Cancel');
  });
});

/** A promise the test resolves (`open()`) when it lets a slow adapter answer. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('<billing-profile-form> focus when the focused control goes', () => {
  async function askToDiscard(form: BillingProfileForm): Promise<void> {
    await edit(form, 'firstName', 'Ania');
    await clickButton(form, 'Cancel');
    await settle(form);
    expectFocusOn(button(form, 'Keep editing'), 'the question takes focus');
  }

  it('Escape on "Discard your changes?" backs out and gives focus back to Cancel', async () => {
    const form = await mountForm();
    await askToDiscard(form);
    await press('Escape');
    await settle(form);
    expect(discardQuestion(form) === null, 'the question is gone').to.equal(true);
    expectFocusOn(button(form, 'Cancel'));
    expect([control(form, 'firstName').value, text(form).includes('Unsaved changes')]).to.deep.equal(['Ania', true]);
  });

  it('Keep editing, clicked or pressed, gives focus back to Cancel', async () => {
    const form = await mountForm();
    await askToDiscard(form);
    await clickButton(form, 'Keep editing');
    await settle(form);
    expect(discardQuestion(form) === null, 'the question is gone').to.equal(true);
    expectFocusOn(button(form, 'Cancel'));
    await press('Enter');
    await settle(form);
    expectFocusOn(button(form, 'Keep editing'), 'Enter on Cancel asks again');
    await press('Enter');
    await settle(form);
    expect(discardQuestion(form) === null, 'the question is gone').to.equal(true);
    expectFocusOn(button(form, 'Cancel'));
  });

  it('Retry after a failed save moves focus to Save, where it stays when the saved message comes', async () => {
    let failures = 1;
    const answer = gate();
    class Flaky extends MemoryAdapter {
      override async updateBillingProfile(customerId: string, profile: BillingProfile, signal?: AbortSignal): Promise<BillingProfile> {
        if (failures-- > 0) throw new AdapterError('server', 'The server failed to answer (HTTP 503)');
        await answer.opened;
        return super.updateBillingProfile(customerId, profile, signal);
      }
    }
    const form = await mountForm(new Flaky({ ...contractFixture(), billingProfile: polishProfile }));
    await edit(form, 'defaultAddress.city', 'Kraków');
    await clickButton(form, 'Save');
    await waitUntil(() => button(form, 'Retry'), 'no Retry after the failed save', { timeout: 20_000 });
    await tabTo(button(form, 'Retry')!, { backwards: true });
    await press('Enter');
    await form.updateComplete;
    expect(text(form)).to.include('Saving…');
    expectFocusOn(button(form, 'Save'), 'while saving');
    answer.open();
    await waitUntil(() => text(form).includes('Billing information saved.'), 'not saved after Retry', { timeout: 20_000 });
    expectFocusOn(button(form, 'Save'), 'once saved');
  });

  it('Retry after a failed load moves focus to the heading, which stays as the fields appear', async () => {
    let fail = true;
    const answer = gate();
    class Flaky extends MemoryAdapter {
      override async getBillingProfile(customerId: string, signal?: AbortSignal): Promise<BillingProfile> {
        if (fail) throw new AdapterError('network', 'The server could not be reached');
        await answer.opened;
        return super.getBillingProfile(customerId, signal);
      }
    }
    const form = await mountForm(new Flaky({ ...contractFixture(), billingProfile: polishProfile }));
    const heading = form.shadowRoot!.querySelector('[part=heading]');
    fail = false;
    await clickButton(form, 'Retry');
    expect(form.shadowRoot!.textContent).to.include('Loading billing information…');
    expectFocusOn(heading, 'while loading');
    answer.open();
    await loaded(form);
    expectFocusOn(heading, 'once loaded');
    await press('Tab');
    expectFocusOn(control(form, 'companyName'), 'the next Tab goes to the first field');
  });

  it('keeps focus in the form when the page swaps the data source under a focused Retry', async () => {
    class Down extends MemoryAdapter {
      override async getBillingProfile(): Promise<BillingProfile> {
        throw new AdapterError('network', 'The server could not be reached');
      }
    }
    const form = await mountForm(new Down({ ...contractFixture(), billingProfile: polishProfile }));
    await tabTo(button(form, 'Retry')!);
    form.adapter = memoryAdapter();
    await waitUntil(() => form.shadowRoot!.querySelector('form'), 'did not load from the new adapter', { timeout: 20_000 });
    expectFocusOn(form.shadowRoot!.querySelector('[part=heading]'));
  });

  async function conflictOnThreeFields() {
    const adapter = memoryAdapter();
    const form = await mountForm(adapter);
    await edit(form, 'companyName', 'Łódź (agent)');
    await edit(form, 'firstName', 'Agnieszka');
    await edit(form, 'defaultAddress.addressLine1', 'ul. Agenta 2');
    const current = await adapter.getBillingProfile(IDS.lodz);
    await adapter.updateBillingProfile(IDS.lodz, { ...current, companyName: 'Łódź (other)', firstName: 'Zofia', defaultAddress: { ...current.defaultAddress, addressLine1: 'ul. Drugiego 3' } });
    await clickButton(form, 'Save');
    await settle(form);
    const conflict = await comparisonDrawn(form);
    const fields = () => [...conflict.querySelectorAll('tbody tr')].map((row) => row.getAttribute('data-field'));
    expect(fields()).to.deep.equal(['companyName', 'firstName', 'defaultAddress.addressLine1']);
    return { form, conflict, fields };
  }

  it('Use saved moves focus to the next field still to decide, or back to the last one', async () => {
    const { form, conflict, fields } = await conflictOnThreeFields();
    await clickButton(form, 'Use saved: First name');
    await settle(form);
    expect([fields(), control(form, 'firstName').value]).to.deep.equal([['companyName', 'defaultAddress.addressLine1'], 'Zofia']);
    expectFocusOn(button(form, 'Use saved: Address line 1'));
    await press('Enter');
    await settle(form);
    expect(fields()).to.deep.equal(['companyName']);
    expectFocusOn(button(form, 'Use saved: Company name'));
    await press('Enter');
    await settle(form);
    expect(fields()).to.deep.equal([]);
    expectFocusOn(conflict, 'nothing left to decide: the comparison');
    expect(conflict.textContent).to.include('Nothing you typed was lost.');
  });

  it('Use every saved value moves focus to the comparison', async () => {
    const { form, conflict, fields } = await conflictOnThreeFields();
    await clickButton(form, 'Use every saved value');
    await settle(form);
    expect(fields()).to.deep.equal([]);
    expect([control(form, 'companyName').value, control(form, 'firstName').value, control(form, 'defaultAddress.addressLine1').value]).to.deep.equal(['Łódź (other)', 'Zofia', 'ul. Drugiego 3']);
    expectFocusOn(conflict);
  });
});

describe('<billing-profile-form> in a host form', () => {
  // What it owes the host form (fields under its name, change, reset, fieldset, validity, restore): form-associated.test.ts.
  it('submits the host form on Enter when it has no buttons of its own', async () => {
    let submitted = 0;
    const host = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => (event.preventDefault(), submitted++)}><billing-profile-form name="billing" hide-actions .adapter=${memoryAdapter()} customer-id=${IDS.lodz}></billing-profile-form></form>`);
    const form = host.querySelector<BillingProfileForm>('billing-profile-form')!;
    await loaded(form);
    await click(control(form, 'defaultAddress.city'));
    await press('Enter');
    expect(submitted).to.equal(1);
  });
});

describe('<billing-profile-form> over the mock REST API', () => {
  before(async () => {
    await startMockWorker();
  });

  beforeEach(() => mockApi.reset({ data: contractFixture() }));

  const rest = () => new RestAdapter({ headers: mockAuthHeaders('sales-agent'), retry: { retries: 0 } });

  it('loads, and saves with If-Match carrying the etag', async () => {
    const form = await mountForm(rest());
    await edit(form, 'companyName', 'Zakłady Mięsne Łódź S.A.');
    await edit(form, 'email', 'ap@lodz.example');
    await edit(form, 'defaultAddress.city', 'Łódź');
    await edit(form, 'defaultAddress.addressLine1', 'ul. Piotrkowska 1');
    await edit(form, 'defaultAddress.postalCode', '90-001');
    await edit(form, 'defaultAddress.country', 'PL');
    const loadedEtag = (await mockApi.as('admin-agent').getBillingProfile(IDS.lodz)).etag;
    const saved = nextEvent(form, 'billing-profile-save');
    await clickButton(form, 'Save');
    await saved;
    const put = mockApi.requests.find((request) => request.method === 'PUT')!;
    expect(put.headers['if-match']).to.equal(`"${loadedEtag}"`);
    expect(put.status).to.equal(200);
    const stored = await mockApi.as('admin-agent').getBillingProfile(IDS.lodz);
    expect(stored.companyName).to.equal('Zakłady Mięsne Łódź S.A.');
  });

  it('resolves a conflict made by a second writer over HTTP (412 with the current profile)', async () => {
    const form = await mountForm(rest());
    await edit(form, 'email', 'mine@lodz.example');
    await edit(form, 'defaultAddress.city', 'Łódź');
    await edit(form, 'defaultAddress.addressLine1', 'ul. Piotrkowska 1');
    await edit(form, 'defaultAddress.postalCode', '90-001');
    const store = mockApi.as('admin-agent');
    const current = await store.getBillingProfile(IDS.lodz);
    await store.updateBillingProfile(IDS.lodz, { ...current, email: 'theirs@lodz.example', defaultAddress: { ...current.defaultAddress, city: 'Łódź', addressLine1: 'ul. Inna 5', postalCode: '90-002' } });
    await clickButton(form, 'Save');
    await waitUntil(() => form.shadowRoot!.querySelector('[part=conflict]'), 'no conflict shown', { timeout: 20_000 });
    expect(mockApi.requests.filter((request) => request.method === 'PUT').map((request) => request.status)).to.deep.equal([412]);
    expect(control(form, 'email').value).to.equal('mine@lodz.example');
    const saved = nextEvent(form, 'billing-profile-save');
    await clickButton(form, 'Save');
    await saved;
    expect((await store.getBillingProfile(IDS.lodz)).email).to.equal('mine@lodz.example');
  });
});

// axe walks the whole shadow tree: on a loaded 2-core machine one run alone can take seconds, so each state is
// its own test, and the suite allows them more than the default 10 s.
describe('<billing-profile-form> accessibility (axe)', function () {
  this.timeout(30_000);

  it('has no violations loaded', async () => {
    const form = await mountForm();
    await expect(form).to.be.accessible();
  });

  it('has no violations with invalid fields and their summary', async () => {
    const form = await mountForm();
    await edit(form, 'email', 'bad');
    await clickButton(form, 'Save');
    await waitUntil(() => form.shadowRoot!.querySelector('[part=summary]'), 'no summary of the fields to fix', { timeout: 20_000 });
    await expect(form).to.be.accessible();
  });

  it('has no violations in a conflict', async () => {
    const adapter = memoryAdapter();
    const form = await mountForm(adapter);
    await edit(form, 'email', 'good@lodz.example');
    const current = await adapter.getBillingProfile(IDS.lodz);
    await adapter.updateBillingProfile(IDS.lodz, { ...current, firstName: 'Zofia' });
    await clickButton(form, 'Save');
    await waitUntil(() => form.shadowRoot!.querySelector('[part=conflict]'), 'the comparison did not show', { timeout: 20_000 });
    await comparisonDrawn(form);
    await expect(form).to.be.accessible();
  });
});

