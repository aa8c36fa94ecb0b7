/**
 * An adapter element that is also a form control (`ElementInternals`): it submits a value with a host
 * `<form>`, is reset with it, is disabled by a disabled `<fieldset>`, and reports validity. Subclasses set
 * the value and validity through `this.internals` and implement reset and restore.
 */
import { property, state } from 'lit/decorators.js';
import { AdapterElement } from './adapter-element.js';

export abstract class FormAssociatedElement extends AdapterElement {
  /** Tells the browser the element is a form control (form-associated custom element). */
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

  /** The control's validity state, as on native controls (`valid` is false while a value is missing or invalid). */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Why the control is invalid, in the UI's language, or '' when it is valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the control takes part in form validation (false while disabled). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** True when the control is valid; otherwise fires `invalid` on it and returns false. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** As `checkValidity()`, and an invalid control also shows the browser its message. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Disabled by its own attribute or by a disabled fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** Called by the browser when an ancestor `<fieldset>` is disabled or enabled again. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The host form was reset: go back to the value the control started with. */
  abstract formResetCallback(): void;

  /** The browser restores the value after a navigation or autofill. */
  abstract formStateRestoreCallback(state: File | string | FormData | null, reason: 'restore' | 'autocomplete'): void;
}
