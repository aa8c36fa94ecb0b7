/** Mounting a <billing-profile-form> and editing it as an agent does. */
import { buttonNamed, clickButtonNamed, mountElement, pasteFromClipboard, readText, shadowOf, untilDrawn } from '../../support/browser/element-harness.js';
import '../../../src/components/billing-profile-form/billing-profile-form.js';
import type { BillingProfileForm } from '../../../src/components/billing-profile-form/billing-profile-form.js';
import type { CustomerAdapter } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { BillingProfile } from '../../../src/model/billing.js';
import type { CustomerRow } from '../../../src/model/customer.js';
import { contractFixture, IDS } from '../../../src/testing/index.js';
import { settle } from '../../support/browser/element.js';
import { choose, click, press, typeInto } from '../../support/browser/input.js';

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
  const form = await mountElement<BillingProfileForm>('billing-profile-form', { adapter, attributes: { 'customer-id': customerId } });
  await loaded(form);
  return form;
}

export async function loaded(form: BillingProfileForm): Promise<void> {
  await untilDrawn(form, () => shadowOf(form).querySelector('form, [role=alert]'), 'profile did not load');
}

export function control(form: BillingProfileForm, name: string): HTMLInputElement {
  const found = shadowOf(form).querySelector<HTMLInputElement>(`[name="${name}"]`);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

/**
 * Edits a field the way an agent does: clicks into the text box, types over what it holds and leaves it with
 * Tab; the country is chosen from its list.
 */
export async function edit(form: BillingProfileForm, name: string, value: string): Promise<void> {
  const field = shadowOf(form).querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  if (!field) throw new Error(`no field ${name}`);
  if (field instanceof HTMLSelectElement) {
    await choose(field, value);
  } else {
    await typeInto(field, value);
    await press('Tab');
  }
  await form.updateComplete;
}

/**
 * Pastes text over a field's value with the keyboard (select all, then paste), as an agent brings in a long
 * value from elsewhere; typing 10 000 keys one by one would take longer than a test may. The clipboard is
 * filled first, as copying in another application would.
 */
export async function pasteInto(form: BillingProfileForm, name: string, value: string): Promise<void> {
  const field = control(form, name);
  await click(field);
  await press('ControlOrMeta+a');
  await pasteFromClipboard(value);
  await press('Tab');
  await form.updateComplete;
}

/** Clicks one of the form's buttons (by its accessible name) with the mouse and waits for the render. */
export async function clickButton(form: BillingProfileForm, label: string): Promise<void> {
  await clickButtonNamed(form, label);
}

/**
 * A conflicting save's comparison, drawn: what it says loads on first use (LazyPart), so this waits for the box
 * and for its busy line to go.
 */
export async function comparisonDrawn(form: BillingProfileForm): Promise<HTMLElement> {
  await untilDrawn(form, () => shadowOf(form).querySelector('[part=conflict]') && !shadowOf(form).querySelector('[part=conflict] [aria-busy=true]'), 'the comparison was not drawn');
  return shadowOf(form).querySelector<HTMLElement>('[part=conflict]')!;
}

/** The "Discard your changes?" question, or null. */
export function discardQuestion(form: BillingProfileForm): HTMLElement | null {
  return shadowOf(form).querySelector<HTMLElement>('[role=alertdialog]');
}

/** The message a field's aria-describedby points to, or '' when none. */
export function fieldMessage(form: BillingProfileForm, name: string): string {
  const id = control(form, name).getAttribute('aria-describedby');
  return id ? (shadowOf(form).getElementById(id)?.textContent?.trim() ?? '') : '';
}

export const button: (form: BillingProfileForm, label: string) => HTMLButtonElement | undefined = buttonNamed;

export function text(form: BillingProfileForm): string {
  const box = shadowOf(form).querySelector('form');
  return box ? readText(box) : '';
}

export { settle };
