/** Mounting a <billing-profile-form> and editing it as an agent does. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/billing-profile-form/billing-profile-form.js';
import type { BillingProfileForm } from '../../../src/components/billing-profile-form/billing-profile-form.js';
import type { CustomerAdapter } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { BillingProfile } from '../../../src/model/billing.js';
import type { CustomerRow } from '../../../src/model/customer.js';
import { contractFixture, IDS } from '../../adapter/contract-fixture.js';
import { settle } from '../../support/element.js';

/** A complete, valid Polish profile. */
export function polishProfile(row: CustomerRow): BillingProfile {
  return {
    firstName: 'Anna',
    lastName: 'Nowak',
    email: 'anna.nowak@lodz.example',
    phoneNumber: '+48 42 123 45 67',
    culture: 'pl-PL',
    language: 'pl',
    companyName: row.companyName,
    defaultAddress: { country: 'PL', city: 'Łódź', addressLine1: 'ul. Piotrkowska 1', postalCode: '90-001', region: '', state: '' },
    etag: '"1"',
  };
}

export function memoryAdapter(): MemoryAdapter {
  return new MemoryAdapter({ ...contractFixture(), billingProfile: polishProfile });
}

export async function mountForm(adapter: CustomerAdapter = memoryAdapter(), customerId: string = IDS.lodz): Promise<BillingProfileForm> {
  const form = await fixture<BillingProfileForm>(html`<billing-profile-form .adapter=${adapter} customer-id=${customerId}></billing-profile-form>`);
  await loaded(form);
  return form;
}

export async function loaded(form: BillingProfileForm): Promise<void> {
  await waitUntil(() => form.shadowRoot!.querySelector('form, [role=alert]'), 'profile did not load', { timeout: 5000 });
  await form.updateComplete;
}

export function control(form: BillingProfileForm, name: string): HTMLInputElement {
  const found = form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

/** Types a value the way a user does: input event, then leaving the field. */
export async function edit(form: BillingProfileForm, name: string, value: string): Promise<void> {
  const input = control(form, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true, composed: true }));
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** The message a field's aria-describedby points to, or '' when none. */
export function fieldMessage(form: BillingProfileForm, name: string): string {
  const id = control(form, name).getAttribute('aria-describedby');
  return id ? (form.shadowRoot!.getElementById(id)?.textContent?.trim() ?? '') : '';
}

export function button(form: BillingProfileForm, label: string): HTMLButtonElement | undefined {
  return [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent?.trim()) === label);
}

export function text(form: BillingProfileForm): string {
  return (form.shadowRoot!.querySelector('form') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ') ?? '';
}

export { settle };
