/** Mounting a <new-order-dialog> and driving it as an agent does. */
import { buttonNamed, clickButtonNamed, mountElement, readText, shadowOf, untilDrawn } from '../../support/browser/element-harness.js';
import '../../../src/components/new-order-dialog/new-order-dialog.js';
import type { NewOrderDialog } from '../../../src/components/new-order-dialog/new-order-dialog.js';
import type { CreateOrderOptions, CustomerAdapter } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { Order, OrderRequest } from '../../../src/model/catalog.js';
import type { CustomerRow } from '../../../src/model/customer.js';
import { contractFixture, IDS } from '../../../src/testing/index.js';
import { settle } from '../../support/browser/element.js';
import { choose, click, expectFocusOn, paste, press, typeInto } from '../../support/browser/input.js';

/**
 * Mocha's limit for one test of the order flow: a journey of dozens of real clicks and key presses (and up to
 * four axe runs) takes about 10 s on a loaded 2-core machine, so the 10 s default fails it on time alone. Waits
 * inside a test still poll for their condition; this only bounds a test that hangs.
 */
export const JOURNEY_TIMEOUT = 30_000;

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

/** A closed dialog on the page, for a test that opens it itself (from a trigger, or with a customer ID). */
export async function mountDialog(adapter: CustomerAdapter = new OrderRecordingAdapter(contractFixture()), customerId?: string): Promise<NewOrderDialog> {
  return mountElement<NewOrderDialog>('new-order-dialog', { adapter, attributes: customerId === undefined ? { country: 'US' } : { 'customer-id': customerId } });
}

export async function openDialog(customer: CustomerRow = CONTOSO10, adapter: CustomerAdapter = new OrderRecordingAdapter(contractFixture())): Promise<NewOrderDialog> {
  const dialog = await mountDialog(adapter);
  await dialog.show({ customer });
  await catalogsLoaded(dialog);
  return dialog;
}

export const shadow: (dialog: NewOrderDialog) => ShadowRoot = shadowOf;

export async function catalogsLoaded(dialog: NewOrderDialog): Promise<void> {
  await untilDrawn(dialog, () => !shadow(dialog).textContent?.includes('Loading products…'), 'catalogs did not load');
}

export function catalogButton(dialog: NewOrderDialog, name: string): HTMLButtonElement {
  const button = [...shadow(dialog).querySelectorAll<HTMLButtonElement>('[part=catalog]')].find((candidate) => candidate.querySelector('strong')?.textContent === name);
  if (!button) throw new Error(`no catalog ${name}`);
  return button;
}

export const button: (dialog: NewOrderDialog, label: string) => HTMLButtonElement | undefined = buttonNamed;

export function heading(dialog: NewOrderDialog): string {
  return shadow(dialog).querySelector('.step-heading')?.textContent?.trim() ?? '';
}

export function text(dialog: NewOrderDialog): string {
  const body = shadow(dialog).querySelector<HTMLElement>('.body');
  return body ? readText(body) : '';
}


export function stepHeading(dialog: NewOrderDialog): HTMLElement {
  return shadow(dialog).querySelector<HTMLElement>('.step-heading')!;
}

export function cartHeading(dialog: NewOrderDialog): HTMLElement {
  return shadow(dialog).querySelector<HTMLElement>('.cart-heading')!;
}

/** Clicks a button of the dialog by its label (its aria-label, else its text) with the mouse, then waits for the render. */
export async function clickButton(dialog: NewOrderDialog, label: string): Promise<void> {
  await clickButtonNamed(dialog, label, settle);
  await laterStepsDrawn(dialog);
}

/** The steps after the catalog load on first use (LazyPart): waits until the step shown is drawn, not its busy line. */
export async function laterStepsDrawn(dialog: NewOrderDialog): Promise<void> {
  await untilDrawn(dialog, () => !shadow(dialog).querySelector('.step-loading'), 'the step did not load');
}

export async function chooseCatalog(dialog: NewOrderDialog, name: string): Promise<void> {
  await click(catalogButton(dialog, name));
  await settle(dialog);
  await laterStepsDrawn(dialog);
}

export function productRadio(dialog: NewOrderDialog, title: string): HTMLInputElement {
  const label = [...shadow(dialog).querySelectorAll<HTMLLabelElement>('.product')].find((candidate) => candidate.querySelector('strong')?.textContent === title);
  if (!label) throw new Error(`no product ${title}`);
  return label.querySelector('input')!;
}

/** Clicks a product's radio button and, when given, types a quantity over the one shown; does not add it. */
export async function pickProduct(dialog: NewOrderDialog, title: string, quantity?: string): Promise<void> {
  const radio = productRadio(dialog, title);
  await click(radio);
  await settle(dialog);
  if (!radio.checked) throw new Error(`clicking ${title} left its radio button unchecked`);
  if (quantity !== undefined) await typeIn(dialog, pickQuantity(dialog), quantity);
}

export function pickQuantity(dialog: NewOrderDialog): HTMLInputElement {
  return shadow(dialog).querySelector<HTMLInputElement>('.fields .quantity')!;
}

/** Clicks into a text box of the dialog, replaces what it holds by typing `text` with the keyboard, and waits for the render. */
export async function typeIn(dialog: NewOrderDialog, input: HTMLInputElement, text: string): Promise<void> {
  await typeInto(input, text);
  await settle(dialog);
}

/**
 * Clicks into a text box of the dialog, selects what it holds and pastes `text` over it: one input event, so a
 * debounced search runs once for it, however slowly a loaded machine would deliver typed keys.
 */
export async function pasteIn(dialog: NewOrderDialog, input: HTMLInputElement, text: string): Promise<void> {
  await click(input);
  if (input.value) await press('ControlOrMeta+a');
  await paste(text);
  await settle(dialog);
}

/** Picks a product, types its quantity and clicks Add to order. */
export async function addToOrder(dialog: NewOrderDialog, title: string, quantity: string): Promise<void> {
  await pickProduct(dialog, title, quantity);
  await clickButton(dialog, 'Add to order');
}

/** The drop-down list whose label shows `label` (the label's own text, not its options'). */
export function selectIn(root: ParentNode, label: string): HTMLSelectElement {
  const found = [...root.querySelectorAll('select')].find((select) => {
    const text = [...(select.labels?.[0]?.childNodes ?? [])].filter((node) => node !== select && (node instanceof Text || node instanceof Element)).map((node) => node.textContent).join('');
    return text.trim() === label;
  });
  if (!found) throw new Error(`no select ${label}`);
  return found;
}

/** The text of the option a select shows. */
export function shownOption(select: HTMLSelectElement): string {
  return select.selectedOptions[0]?.textContent?.trim() ?? '';
}

/** Chooses an option of a select of the dialog as a person does, then waits for the render. */
export async function chooseIn(dialog: NewOrderDialog, select: HTMLSelectElement, value: string): Promise<void> {
  await choose(select, value);
  await settle(dialog);
}

export { expectFocusOn, settle };
