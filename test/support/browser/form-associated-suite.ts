/**
 * What a form-associated element owes the `<form>` around it, checked the same way for every element built on
 * `src/internal/form-associated-element.ts` (`<tag-editor>`, `<billing-profile-form>`): its value in FormData
 * under its `name`, its `form`, `change` on a real edit only, `form.reset()` restoring, a disabled `<fieldset>`
 * disabling it, validity and `reportValidity()`, and the browser's state restore.
 *
 * The suite holds the steps and the checks every such element shares; the element's subject says how a person
 * edits it and what its value looks like, and may check what is its own (drawn checkbox states, a field's text).
 */
import { expect } from '@open-wc/testing';
import { click } from './input.js';

/** The part of a form-associated element the suite reads: what a native control offers a form. */
export interface FormAssociatedControl extends HTMLElement {
  readonly updateComplete: Promise<unknown>;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formStateRestoreCallback(state: File | string | FormData | null, reason: 'restore' | 'autocomplete'): void;
}

/** The element in its host form, loaded: `<form><fieldset>element</fieldset><button type="reset"></form>`. */
export interface InForm<T> {
  form: HTMLFormElement;
  element: T;
}

export interface FormAssociatedSubject<T extends FormAssociatedControl> {
  /** The tag, for the suite's title. */
  tag: string;
  /** The name the element is given: it submits entries named `name`, or `name.<field>` for several fields. */
  name: string;
  /**
   * Mounts the element, named `name`, inside a `<fieldset>` of a `<form>` that has a `<button type="reset">`,
   * and waits until it has loaded. `preset`: the element starts from a value of its own (a default value).
   */
  mountInForm(preset: boolean): Promise<InForm<T>>;
  /** What FormData holds for the element: the entries that stand for its value. */
  entries(form: HTMLFormElement): unknown;
  /** Waits for what an action started (adapter calls, then the render). */
  settle(element: T): Promise<void>;

  submit: {
    /** Edits with real input to the value `expected` stands for (may do nothing when the loaded value is it). */
    fill(element: T): Promise<void>;
    expected: unknown;
    /** Checks of the element's own once filled (drawn state, its value property). */
    drawn?(element: T, form: HTMLFormElement): void;
  };

  change: {
    /** Changes the value from a script, which fires no `change` (as on native controls); optional. */
    setByScript?(element: T): Promise<void>;
    /** A real edit, committed as the element commits one; `changes()` counts the `change` events so far. */
    edit(element: T, changes: () => number): Promise<void>;
    /** Checks of the element's own after the edit. */
    after?(element: T): void;
  };

  reset: {
    /** Entries before any edit (from a `preset` mount). */
    initial: unknown;
    /** A real edit away from the starting value, then what FormData holds after it. */
    edit(element: T): Promise<void>;
    edited: unknown;
    /** Checks of the element's own before the edit and after the reset. */
    before?(element: T): void;
    after?(element: T): void;
  };

  disabled: {
    /** Tries to edit with real input (a `preset` mount, its fieldset disabled). */
    tryEdit(element: T): Promise<void>;
    /** Checks that the attempt changed nothing drawn. */
    unchanged(element: T): void;
  };

  validity: {
    /** Makes the value invalid (real input, or a property a page sets, e.g. `required`). */
    invalidate(element: T): Promise<void>;
    message: string;
    /** Checks of the element's own while invalid (which ValidityState flag). */
    invalid?(element: T): void;
    /** Makes it valid again with real input. */
    fix(element: T): Promise<void>;
    /** Checks of the element's own once valid again. */
    valid?(element: T, form: HTMLFormElement): void;
  };

  restore: {
    /** A state the browser would hand back (what the element gave `setFormValue` as its state). */
    state(element: T): File | string | FormData;
    /** Checks the element took the restored value. */
    restored(element: T): void;
  };
}

/** Registers the shared form-association tests for one element. */
export function describeFormAssociated<T extends FormAssociatedControl>(subject: FormAssociatedSubject<T>): void {
  describe(`<${subject.tag}> as a form control`, () => {
    it('submits its value under its name, and names its form', async () => {
      const { form, element } = await subject.mountInForm(false);
      await subject.submit.fill(element);
      expect(subject.entries(form)).to.deep.equal(subject.submit.expected);
      expect(element.form === form, 'its form property is the host form').to.equal(true);
      subject.submit.drawn?.(element, form);
    });

    it('fires change on a real edit, not when a script sets the value', async () => {
      const { element } = await subject.mountInForm(false);
      let changes = 0;
      element.addEventListener('change', () => changes++);
      if (subject.change.setByScript) {
        await subject.change.setByScript(element);
        expect(changes, 'a value set by a script fires no change').to.equal(0);
      }
      await subject.change.edit(element, () => changes);
      expect(changes).to.equal(1);
      subject.change.after?.(element);
    });

    it('goes back to its starting value when the form resets', async () => {
      const { form, element } = await subject.mountInForm(true);
      expect(subject.entries(form)).to.deep.equal(subject.reset.initial);
      subject.reset.before?.(element);
      await subject.reset.edit(element);
      expect(subject.entries(form)).to.deep.equal(subject.reset.edited);
      await click(form.querySelector('button[type=reset]')!);
      await subject.settle(element);
      expect(subject.entries(form)).to.deep.equal(subject.reset.initial);
      subject.reset.after?.(element);
    });

    it('submits nothing and takes no input inside a disabled fieldset', async () => {
      const { form, element } = await subject.mountInForm(true);
      form.querySelector('fieldset')!.disabled = true;
      await element.updateComplete;
      await subject.disabled.tryEdit(element);
      subject.disabled.unchanged(element);
      // Its entries are `name` (a list of values) or `name.field` (one per field): none may be submitted.
      const own = [...new FormData(form).keys()].filter((key) => key === subject.name || key.startsWith(`${subject.name}.`));
      expect(own).to.deep.equal([]);
    });

    it('reports validity: invalid with a message, then valid again', async () => {
      const { form, element } = await subject.mountInForm(false);
      expect(form.checkValidity(), 'valid as loaded').to.equal(true);
      await subject.validity.invalidate(element);
      expect(form.checkValidity()).to.equal(false);
      expect(element.validity.valid).to.equal(false);
      expect(element.checkValidity()).to.equal(false);
      expect(element.reportValidity()).to.equal(false);
      expect(element.validationMessage).to.equal(subject.validity.message);
      subject.validity.invalid?.(element);
      await subject.validity.fix(element);
      expect(form.checkValidity()).to.equal(true);
      expect(element.reportValidity()).to.equal(true);
      expect(element.validationMessage).to.equal('');
      subject.validity.valid?.(element, form);
    });

    it('takes back the value the browser restores (back navigation, autofill)', async () => {
      const { element } = await subject.mountInForm(false);
      element.formStateRestoreCallback(subject.restore.state(element), 'restore');
      await subject.settle(element);
      subject.restore.restored(element);
    });
  });
}
