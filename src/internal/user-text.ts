/**
 * User values (company names, domains, tags) as the elements draw them. Direction embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) reorder what is drawn: "Acme \u202Egnp.exe" shows as "Acme exe.png".
 * Each such character is drawn as a small visible marker instead ("RLO", its name in a tooltip), so the value
 * reads in its true order; the element holding a value isolates it (dir="auto"), so nothing runs past it.
 */
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';

const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const DIRECTION_CONTROLS = /([\u202A-\u202E\u2066-\u2069])/;

const NAMES: Record<string, [abbreviation: string, name: string]> = {
  '\u202A': ['LRE', 'left-to-right embedding'],
  '\u202B': ['RLE', 'right-to-left embedding'],
  '\u202C': ['PDF', 'pop directional formatting'],
  '\u202D': ['LRO', 'left-to-right override'],
  '\u202E': ['RLO', 'right-to-left override'],
  '\u2066': ['LRI', 'left-to-right isolate'],
  '\u2067': ['RLI', 'right-to-left isolate'],
  '\u2068': ['FSI', 'first strong isolate'],
  '\u2069': ['PDI', 'pop directional isolate'],
};

function describeControl(control: string): { abbreviation: string; description: string } {
  const [abbreviation, name] = NAMES[control]!;
  const code = `U+${control.charCodeAt(0).toString(16).toUpperCase()}`;
  return { abbreviation, description: msg(str`Hidden direction character ${code} (${name}): it would reorder this text, so it is shown instead.`) };
}

/** The value as text for a tooltip or a sentence: each direction character written as ⟦RLO⟧. */
export function revealDirectionControls(text: string): string {
  if (!DIRECTION_CONTROL.test(text)) return text;
  return text.replace(new RegExp(DIRECTION_CONTROLS.source, 'g'), (control) => `⟦${NAMES[control]![0]}⟧`);
}

/** The value for a template: the string itself (the common case, no cost), or text with visible markers. */
export function userText(text: string): string | TemplateResult {
  if (!DIRECTION_CONTROL.test(text)) return text;
  const parts = text.split(DIRECTION_CONTROLS);
  return html`${parts.map((part, index) => {
    if (index % 2 === 0) return part;
    const { abbreviation, description } = describeControl(part);
    return html`<abbr class="direction-control" title=${description}>${abbreviation}</abbr>`;
  })}`;
}
