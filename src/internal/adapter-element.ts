/**
 * What every element of this library has: a data adapter (its own `adapter` property, or one provided for
 * the subtree through `customerAdapterContext`) and the signed-in agent's role.
 */
import { consume } from '@lit/context';
import { LitElement, type CSSResultGroup, type CSSResultOrNative } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customerAdapterContext } from '../adapter/context.js';
import type { AgentRole, CustomerAdapter } from '../adapter/customer-adapter.js';
import { recordRegistration } from './registry.js';
import { baseStyles, commandStyles, controlStyles } from './shared-styles.js';
import { tokenStyles } from './tokens.js';

/**
 * The sheets every element starts with, in this order: the palette, the base (host reset, focus ring, hidden
 * text), command buttons (one disabled look among them) and text boxes. An element's `static styles` follow.
 */
const sharedStyles: CSSResultGroup = [tokenStyles, baseStyles, commandStyles, controlStyles];

/**
 * @cssprop [--customer-list-color-scheme=light dark] - `light`, `dark`, or `light dark` (the user's preference).
 *   Every element's colors obey it; themes/light.css and themes/dark.css set it.
 */
export class AdapterElement extends LitElement {
  /** The tag the element registers under unless told otherwise. */
  static readonly defaultTag: string = '';

  /**
   * Registers the element under `name` (default: its own tag, e.g. `customer-list`), for hosts whose page
   * already uses that name. A class can be registered once, so another name gets a subclass. Safe to call twice.
   *
   * @example
   * import { CustomerList } from 'customer-list-elements';
   * CustomerList.define('acme-customer-list');
   */
  static define(name: string = this.defaultTag): void {
    const registeredAs = customElements.getName(this);
    defineElement(name, registeredAs && registeredAs !== name ? class extends this {} : this);
    recordRegistration(this.defaultTag, name);
  }

  /**
   * Prepends the shared sheets to the element's own `static styles`, so each element declares only its own look
   * and none can drop or reorder the palette (Lit calls this once per class, when it finalizes).
   */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([sharedStyles, styles ?? []]);
  }

  /** The data adapter. Wins over one provided through `customerAdapterContext`. */
  @property({ attribute: false }) adapter?: CustomerAdapter;

  /**
   * The signed-in agent's role: `admin-agent` or `sales-agent`. Commands the role may not use are not
   * offered. Defaults to the least privileged, `sales-agent`; the adapter enforces roles too.
   */
  @property({ attribute: 'agent-role', reflect: true }) agentRole: AgentRole = 'sales-agent';

  @consume({ context: customerAdapterContext, subscribe: true })
  @state()
  protected contextAdapter?: CustomerAdapter;

  /** The adapter in use: the property, else the context's. */
  protected get activeAdapter(): CustomerAdapter | undefined {
    return this.adapter ?? this.contextAdapter;
  }

  protected get isAdmin(): boolean {
    return this.agentRole === 'admin-agent';
  }
}

/**
 * Registers an element class under a tag, warning instead of throwing when the tag is taken (a second bundle
 * or version on the page), so one page can load the library twice without breaking.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (existing === constructor) return;
  if (existing) {
    // Once per copy of the library, not once per element: a second bundle would otherwise warn five times.
    if (!warnedAboutSecondCopy) {
      warnedAboutSecondCopy = true;
      console.warn(`customer-list-elements: <${name}> (and maybe other elements of this library) is already defined by another script, perhaps another copy or version of the library; keeping the first definitions.`);
    }
    return;
  }
  customElements.define(name, constructor);
}

let warnedAboutSecondCopy = false;
