/**
 * An adapter element that is also a form control (`ElementInternals`): it submits a value with a host
 * `<form>`, is reset with it, is disabled by a disabled `<fieldset>`, and reports validity. Subclasses set
 * the value and validity through `this.internals` and implement reset and restore.
 */
import { property, state } from 'lit/decorators.js';
import { AdapterElement } from './adapter-element.js';

export abstract class FormAssociatedElement extends AdapterElement {
  static readonly formAssociated = true;

  /** Name under which the value is submitted with a form. */
  @property({ reflect: true }) name = '';

  /** Disables the control; it then takes no input and submits nothing. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Set when an ancestor `<fieldset disabled>` disables the control. */
  @state() protected formDisabled = false;

  protected readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The form the control belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Disabled by its own attribute or by a disabled fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The host form was reset: go back to the value the control started with. */
  abstract formResetCallback(): void;

  /** The browser restores the value after a navigation or autofill. */
  abstract formStateRestoreCallback(state: File | string | FormData | null, reason: 'restore' | 'autocomplete'): void;
}
