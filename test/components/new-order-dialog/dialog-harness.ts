/** Mounting a <new-order-dialog> and driving it as an agent does. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/new-order-dialog/new-order-dialog.js';
import type { NewOrderDialog } from '../../../src/components/new-order-dialog/new-order-dialog.js';
import type { CreateOrderOptions, CustomerAdapter } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { Order, OrderRequest } from '../../../src/model/catalog.js';
import type { CustomerRow } from '../../../src/model/customer.js';
import { contractFixture, IDS } from '../../adapter/contract-fixture.js';
import { settle } from '../../support/element.js';

export const CONTOSO10: CustomerRow = contractFixture().customers.find((row) => row.id === IDS.contoso10)!;
export const SAKURA: CustomerRow = contractFixture().customers.find((row) => row.id === IDS.sakura)!;

/** A MemoryAdapter that records createOrder calls and can be made to fail or wait. */
export class OrderRecordingAdapter extends MemoryAdapter {
  readonly orderCalls: { order: OrderRequest; options: CreateOrderOptions }[] = [];
  failures: unknown[] = [];
  gate: Promise<void> | undefined;

  override async createOrder(order: OrderRequest, signal?: AbortSignal, options: CreateOrderOptions = {}): Promise<Order> {
    this.orderCalls.push({ order: structuredClone(order), options });
    await this.gate;
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    return super.createOrder(order, signal, options);
  }
}

export async function openDialog(customer: CustomerRow = CONTOSO10, adapter: CustomerAdapter = new OrderRecordingAdapter(contractFixture())): Promise<NewOrderDialog> {
  const dialog = await fixture<NewOrderDialog>(html`<new-order-dialog .adapter=${adapter} country="US"></new-order-dialog>`);
  await dialog.show({ customer });
  await catalogsLoaded(dialog);
  return dialog;
}

export function shadow(dialog: NewOrderDialog): ShadowRoot {
  return dialog.shadowRoot!;
}

export async function catalogsLoaded(dialog: NewOrderDialog): Promise<void> {
  await waitUntil(() => !shadow(dialog).textContent?.includes('Loading products…'), 'catalogs did not load', { timeout: 5000 });
  await dialog.updateComplete;
}

export function catalogButton(dialog: NewOrderDialog, name: string): HTMLButtonElement {
  const button = [...shadow(dialog).querySelectorAll<HTMLButtonElement>('[part=catalog]')].find((candidate) => candidate.querySelector('strong')?.textContent === name);
  if (!button) throw new Error(`no catalog ${name}`);
  return button;
}

export function button(dialog: NewOrderDialog, label: string): HTMLButtonElement | undefined {
  return [...shadow(dialog).querySelectorAll<HTMLButtonElement>('button')].find((candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent?.trim()) === label);
}

export function heading(dialog: NewOrderDialog): string {
  return shadow(dialog).querySelector('.step-heading')?.textContent?.trim() ?? '';
}

export function text(dialog: NewOrderDialog): string {
  return (shadow(dialog).querySelector('.body') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ') ?? '';
}


export async function chooseCatalog(dialog: NewOrderDialog, name: string): Promise<void> {
  catalogButton(dialog, name).click();
  await settle(dialog);
}

/** Picks a product by title and sets the quantity; does not add it. */
export async function pickProduct(dialog: NewOrderDialog, title: string, quantity?: string): Promise<void> {
  const label = [...shadow(dialog).querySelectorAll<HTMLLabelElement>('.product')].find((candidate) => candidate.querySelector('strong')?.textContent === title);
  if (!label) throw new Error(`no product ${title}`);
  label.querySelector('input')!.click();
  await settle(dialog);
  if (quantity !== undefined) await typeInto(pickQuantity(dialog), quantity);
}

export function pickQuantity(dialog: NewOrderDialog): HTMLInputElement {
  return shadow(dialog).querySelector<HTMLInputElement>('.fields .quantity')!;
}

export async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  await settle(input.getRootNode() instanceof ShadowRoot ? ((input.getRootNode() as ShadowRoot).host as NewOrderDialog) : (input as never));
}

export async function addToOrder(dialog: NewOrderDialog, title: string, quantity: string): Promise<void> {
  await pickProduct(dialog, title, quantity);
  button(dialog, 'Add to order')!.click();
  await settle(dialog);
}

export function selectIn(root: ParentNode, label: string): HTMLSelectElement {
  const found = [...root.querySelectorAll('label')].find((candidate) => [...candidate.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())?.textContent!.trim() === label);
  if (!found) throw new Error(`no select ${label}`);
  return found.querySelector('select')!;
}

export async function choose(select: HTMLSelectElement, value: string, dialog: NewOrderDialog): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await settle(dialog);
}

export { settle };
