/** <billing-profile-form> in a host form: the shared form-association suite, with how an agent edits its fields. */
import { expect, fixture, html } from '@open-wc/testing';
import type { BillingProfileForm } from '../../../src/components/billing-profile-form/billing-profile-form.js';
import { IDS } from '../../../src/testing/index.js';
import { describeFormAssociated } from '../../support/browser/form-associated-suite.js';
import { click, press, type, typeInto } from '../../support/browser/input.js';
import { button, control, edit, loaded, memoryAdapter, settle } from './form-harness.js';

const LOADED_EMAIL = 'anna.nowak@lodz.example';

/** The entries the suite compares: two of the `billing.<field>` entries the form submits. */
function entries(host: HTMLFormElement) {
  const data = new FormData(host);
  return { city: data.get('billing.defaultAddress.city'), email: data.get('billing.email') };
}

describeFormAssociated<BillingProfileForm>({
  tag: 'billing-profile-form',
  name: 'billing',
  // It always starts from the loaded profile: `preset` changes nothing.
  async mountInForm() {
    const form = await fixture<HTMLFormElement>(html`<form>
      <fieldset><billing-profile-form name="billing" hide-actions .adapter=${memoryAdapter()} customer-id=${IDS.lodz}></billing-profile-form></fieldset>
      <button type="reset">Reset</button>
    </form>`);
    const element = form.querySelector<BillingProfileForm>('billing-profile-form')!;
    await loaded(element);
    return { form, element };
  },
  entries,
  settle,
  submit: {
    async fill() {},
    expected: { city: 'Łódź', email: LOADED_EMAIL },
    drawn(form) {
      expect(button(form, 'Save') === undefined, 'hide-actions: the host form has the buttons').to.equal(true);
    },
  },
  change: {
    async edit(form, changes) {
      await typeInto(control(form, 'lastName'), 'No');
      expect(form.value!.lastName, 'each keystroke updates the value').to.equal('No');
      expect(changes(), 'no change until the edit is committed').to.equal(0);
      await press('Tab');
    },
    after(form) {
      expect(control(form, 'lastName').value).to.equal('No');
    },
  },
  reset: {
    initial: { city: 'Łódź', email: LOADED_EMAIL },
    edit: (form) => edit(form, 'email', 'ok@lodz.example'),
    edited: { city: 'Łódź', email: 'ok@lodz.example' },
    after(form) {
      expect(control(form, 'email').value).to.equal(LOADED_EMAIL);
    },
  },
  disabled: {
    async tryEdit(form) {
      await click(control(form, 'email'));
      await type('x');
      await form.updateComplete;
    },
    unchanged(form) {
      expect(control(form, 'email').matches(':disabled'), 'its fields are disabled with the fieldset').to.equal(true);
      expect(control(form, 'email').value).to.equal(LOADED_EMAIL);
    },
  },
  validity: {
    invalidate: (form) => edit(form, 'email', 'broken'),
    message: 'Email: Enter an email address like name@example.com.',
    fix: (form) => edit(form, 'email', 'ok@lodz.example'),
    valid(_form, host) {
      expect(new FormData(host).get('billing.email')).to.equal('ok@lodz.example');
    },
  },
  restore: {
    // What the form gives setFormValue as its state: the draft as JSON, here the loaded profile with two fields changed.
    state: (form) => JSON.stringify({ ...form.value!, firstName: 'Restored', defaultAddress: { ...form.value!.defaultAddress, city: 'Gdańsk' } }),
    restored(form) {
      expect([control(form, 'firstName').value, control(form, 'defaultAddress.city').value]).to.deep.equal(['Restored', 'Gdańsk']);
      expect(form.dirty).to.equal(true);
      form.formStateRestoreCallback('not json');
      expect(control(form, 'firstName').value).to.equal('Restored');
    },
  },
});
