/**
 * Conventions every element follows through its base class, not by hand: AdapterElement prepends the shared
 * stylesheets (an element's `static styles` holds its own sheets only), and a disabled command looks the same
 * in every element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CSSResult, CSSResultGroup } from 'lit';
import '../../src/define.js';
import { ActivityLog, BillingProfileForm, CustomerList, ExportButton, NewOrderDialog, TagEditor } from '../../src/index.js';
import { baseStyles, commandStyles, controlStyles } from '../../src/internal/shared-styles.js';
import { tokenStyles } from '../../src/internal/tokens.js';

const ELEMENTS = { CustomerList, TagEditor, BillingProfileForm, NewOrderDialog, ExportButton, ActivityLog } as const;
const SHARED = [tokenStyles, baseStyles, commandStyles, controlStyles];

function flat(styles: CSSResultGroup | undefined): unknown[] {
  return styles === undefined ? [] : [styles].flat(Infinity as 1);
}

/** The look of a disabled command, as drawn. */
function disabledLook(button: Element): Record<string, string> {
  const style = getComputedStyle(button);
  return { opacity: style.opacity, cursor: style.cursor, borderStyle: style.borderTopStyle, color: style.color };
}

describe('element conventions', () => {
  it('every element starts with the shared sheets, once each, added by AdapterElement', () => {
    for (const [name, element] of Object.entries(ELEMENTS)) {
      const sheets = element.elementStyles as CSSResult[];
      expect(sheets.slice(0, SHARED.length), `${name} starts with the shared sheets in order`).to.deep.equal(SHARED);
      for (const shared of SHARED) expect(sheets.filter((sheet) => sheet === shared), `${name}: each shared sheet once`).to.have.length(1);
    }
  });

  it('no element lists a shared sheet in its own styles: the base class does', () => {
    for (const [name, element] of Object.entries(ELEMENTS)) {
      const own = flat(element.styles);
      expect(own.length, `${name} has styles of its own`).to.be.greaterThan(0);
      expect(SHARED.filter((shared) => own.includes(shared)), `${name} lists shared sheets itself`).to.deep.equal([]);
    }
  });

  it('draws a disabled command the same in the export button as in the shared sheet: no element overrides it', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <export-button></export-button>
      <billing-profile-form></billing-profile-form>
    </div>`);
    const exportButton = host.querySelector<ExportButton>('export-button')!;
    const form = host.querySelector<BillingProfileForm>('billing-profile-form')!;
    await Promise.all([exportButton.updateComplete, form.updateComplete]);
    // A plain disabled command in each shadow root, drawn by each element's own cascade.
    const probes = [exportButton, form].map((element) => {
      const probe = document.createElement('button');
      probe.className = 'command';
      probe.setAttribute('aria-disabled', 'true');
      probe.textContent = 'Probe';
      element.shadowRoot!.append(probe);
      return probe;
    });
    const exportOwn = exportButton.shadowRoot!.querySelector('[part=button]')!;
    exportOwn.setAttribute('aria-disabled', 'true');
    const [inExport, inForm] = probes.map(disabledLook);
    expect(disabledLook(exportOwn), 'the export button\'s own disabled button').to.deep.equal(inExport);
    expect(inExport).to.deep.equal(inForm);
    expect(inForm).to.include({ opacity: '1', cursor: 'not-allowed', borderStyle: 'dashed' });
  });
});
