/**
 * One palette (src/internal/tokens.ts) for every element: no element stylesheet names a color, every element
 * resolves the same border, muted and accent colors, the theme files hold the same values, and an element's own
 * token still wins for that element alone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/browser/wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import type { CSSResult } from 'lit';
import '../../src/define.js';
import { BillingProfileForm, CustomerList, ExportButton, NewOrderDialog, TagEditor } from '../../src/index.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { tokenStyles } from '../../src/internal/tokens.js';
import { contractFixture } from '../../src/testing/index.js';

const ELEMENTS = {
  'customer-list': CustomerList,
  'tag-editor': TagEditor,
  'billing-profile-form': BillingProfileForm,
  'new-order-dialog': NewOrderDialog,
  'export-button': ExportButton,
} as const;
type Tag = keyof typeof ELEMENTS;
const TAGS = Object.keys(ELEMENTS) as Tag[];

/** Every way CSS can spell a color literally (keywords like `transparent` and `currentColor` are not a palette). */
const COLOR_LITERAL =
  /#[0-9a-f]{3,8}\b|\b(?:light-dark|rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\(|(?<![\w-])(?:white|black|gr[ae]y|silver|red|green|blue|yellow|orange|purple|pink|navy|teal)(?![\w-])/gi;

interface Default {
  token: string;
  light: string;
  dark: string;
}

/** The palette's public tokens and their defaults, read from the one stylesheet that defines them. */
function paletteDefaults(): Map<string, Default> {
  const defaults = new Map<string, Default>();
  const pattern = /--_p-([\w-]+): var\((--customer-list-[\w-]+),(?: var\(--customer-list-[\w-]+,)? light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)\)/gi;
  for (const [, name, token, light, dark] of tokenStyles.cssText.matchAll(pattern)) defaults.set(name!, { token: token!, light: light!, dark: dark! });
  return defaults;
}

/** `--customer-list-*` → value, from a theme file. */
async function themeValues(scheme: 'light' | 'dark'): Promise<Map<string, string>> {
  const css = await (await fetch(`/themes/${scheme}.css`)).text();
  return new Map([...css.matchAll(/(--customer-list-[\w-]+):\s*([^;]+);/g)].map(([, token, value]) => [token!, value!.trim()]));
}

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The color a private token of an element resolves to, where the element draws (its scheme, its tokens). */
function resolve(element: Element, token: string): string {
  const probe = document.createElement('i');
  probe.style.color = `var(${token}, rgb(1, 1, 1))`;
  element.shadowRoot!.append(probe);
  try {
    return getComputedStyle(probe).color;
  } finally {
    probe.remove();
  }
}

/** Which private tokens each element draws with, and the palette entry each one defaults to. */
const USES: Record<Tag, Record<string, string>> = {
  'customer-list': { '--_border': 'border', '--_control-border': 'control-border', '--_muted': 'muted', '--_accent': 'accent', '--_text': 'text', '--_background': 'background', '--_error': 'error', '--_hover': 'hover' },
  'tag-editor': { '--_border': 'border', '--_control-border': 'control-border', '--_muted': 'muted', '--_accent': 'accent', '--_text': 'text', '--_background': 'background', '--_error': 'error', '--_hover': 'hover' },
  'billing-profile-form': { '--_border': 'border', '--_control-border': 'control-border', '--_muted': 'muted', '--_accent': 'accent', '--_background': 'background', '--_error': 'error' },
  'new-order-dialog': { '--_border': 'border', '--_control-border': 'control-border', '--_muted': 'muted', '--_accent': 'accent', '--_text': 'text', '--_background': 'background', '--_error': 'error' },
  'export-button': { '--_control-border': 'control-border', '--_accent': 'accent', '--_background': 'background', '--_error': 'error' },
};

async function mountAll(style = ''): Promise<Record<Tag, HTMLElement>> {
  const adapter = new MemoryAdapter(contractFixture());
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}>
    <customer-list .adapter=${adapter}></customer-list>
    <tag-editor .adapter=${adapter} agent-role="admin-agent"></tag-editor>
    <billing-profile-form .adapter=${adapter}></billing-profile-form>
    <new-order-dialog .adapter=${adapter}></new-order-dialog>
    <export-button .adapter=${adapter}></export-button>
  </div>`);
  return Object.fromEntries(TAGS.map((tag): [Tag, HTMLElement] => [tag, wrapper.querySelector<HTMLElement>(tag)!])) as Record<Tag, HTMLElement>;
}

/** For each element, each private token it uses → the color it resolves to. */
function resolvedTokens(elements: Record<Tag, HTMLElement>): Record<Tag, Record<string, string>> {
  return Object.fromEntries(
    TAGS.map((tag) => [tag, Object.fromEntries(Object.keys(USES[tag]).map((token) => [token, resolve(elements[tag], token)]))]),
  ) as Record<Tag, Record<string, string>>;
}

/** What every element should resolve when the palette entries hold `colors` (palette name → color). */
function expected(colors: (name: string) => string): Record<Tag, Record<string, string>> {
  return Object.fromEntries(
    TAGS.map((tag) => [tag, Object.fromEntries(Object.entries(USES[tag]).map(([token, name]) => [token, colors(name)]))]),
  ) as Record<Tag, Record<string, string>>;
}

async function linkTheme(css: string): Promise<HTMLStyleElement> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

describe('design tokens', () => {
  afterEach(async () => emulateMedia({ colorScheme: 'light' }));

  it('no element stylesheet names a color: each lists the token module first and reads only tokens', () => {
    for (const tag of TAGS) {
      const sheets = ELEMENTS[tag].elementStyles as CSSResult[];
      expect(sheets[0] === tokenStyles, `${tag} lists internal/tokens.ts first`).to.equal(true);
      const literals = sheets.slice(1).flatMap((sheet) => sheet.cssText.match(COLOR_LITERAL) ?? []);
      expect(literals, `color literals in ${tag}'s own styles`).to.deep.equal([]);
    }
    expect(tokenStyles.cssText.match(COLOR_LITERAL)?.length ?? 0, 'the token module is where the colors are').to.be.greaterThan(20);
  });

  it('every element resolves the same palette by default, light and dark', async () => {
    const defaults = paletteDefaults();
    expect([...defaults.keys()]).to.include.members(['text', 'muted', 'background', 'border', 'control-border', 'accent', 'error', 'hover']);
    const elements = await mountAll();
    await emulateMedia({ colorScheme: 'light' });
    expect(resolvedTokens(elements)).to.deep.equal(expected((name) => rgb(defaults.get(name)!.light)));
    await emulateMedia({ colorScheme: 'dark' });
    expect(resolvedTokens(elements)).to.deep.equal(expected((name) => rgb(defaults.get(name)!.dark)));
  });

  it('a page that sets --customer-list-color-scheme gets that scheme\'s palette in every element', async () => {
    const defaults = paletteDefaults();
    await emulateMedia({ colorScheme: 'light' });
    const elements = await mountAll('--customer-list-color-scheme: dark');
    expect(resolvedTokens(elements)).to.deep.equal(expected((name) => rgb(defaults.get(name)!.dark)));
  });

  it('draws with the tokens: the list\'s and the editor\'s frames share one border, every control one control border', async () => {
    const defaults = paletteDefaults();
    const { 'customer-list': list, 'tag-editor': editor, 'export-button': exporter } = await mountAll();
    await waitUntil(() => editor.shadowRoot!.querySelector('.list'), 'the tags did not load', { timeout: 20_000 });
    const drawn = (element: Element, selector: string) => getComputedStyle(element.shadowRoot!.querySelector(selector)!).borderTopColor;
    expect(drawn(list, '[part=viewport]')).to.equal(rgb(defaults.get('border')!.light));
    expect(drawn(editor, '.list')).to.equal(rgb(defaults.get('border')!.light));
    expect(drawn(list, 'input[type=search]')).to.equal(rgb(defaults.get('control-border')!.light));
    expect(drawn(list, '.command')).to.equal(rgb(defaults.get('control-border')!.light));
    expect(drawn(editor, '[part=filter-input]')).to.equal(rgb(defaults.get('control-border')!.light));
    expect(drawn(exporter, '[part=button]')).to.equal(rgb(defaults.get('control-border')!.light));
  });

  it('modal backdrops come from the tokens too', async () => {
    const { 'new-order-dialog': dialog } = await mountAll();
    expect(getComputedStyle(dialog.shadowRoot!.querySelector('dialog')!, '::backdrop').backgroundColor).to.equal('rgba(0, 0, 0, 0.4)');
  });

  it('the theme files hold exactly the default palette', async () => {
    const defaults = [...paletteDefaults().values()];
    for (const scheme of ['light', 'dark'] as const) {
      const theme = await themeValues(scheme);
      expect(theme.get('--customer-list-color-scheme'), scheme).to.equal(scheme);
      theme.delete('--customer-list-color-scheme');
      const palette = new Map(defaults.map((entry) => [entry.token, entry[scheme]]));
      expect(Object.fromEntries(theme), `themes/${scheme}.css`).to.deep.equal(Object.fromEntries(palette));
    }
  });

  it('themes/dark.css turns every element dark whatever the user prefers', async () => {
    const defaults = paletteDefaults();
    await emulateMedia({ colorScheme: 'light' });
    const style = await linkTheme(await (await fetch('/themes/dark.css')).text());
    try {
      const elements = await mountAll();
      expect(resolvedTokens(elements)).to.deep.equal(expected((name) => rgb(defaults.get(name)!.dark)));
    } finally {
      style.remove();
    }
  });

  it('every token a theme sets reaches every element that draws with it', async () => {
    // The dark theme with each value made unique, so each token is seen to be read (not the scheme's default).
    const tokens = [...(await themeValues('dark')).keys()].filter((token) => token !== '--customer-list-color-scheme');
    const unique = new Map(tokens.map((token, index) => [token, `rgb(${10 + index}, ${20 + index}, ${30 + index})`]));
    const style = await linkTheme(`:root { ${[...unique].map(([token, value]) => `${token}: ${value};`).join(' ')} }`);
    try {
      const byName = new Map([...paletteDefaults()].map(([name, entry]) => [name, unique.get(entry.token)!]));
      const elements = await mountAll();
      expect(resolvedTokens(elements)).to.deep.equal(expected((name) => byName.get(name)!));
    } finally {
      style.remove();
    }
  });

  it('an element\'s own token wins over the palette, for that element only', async () => {
    const defaults = paletteDefaults();
    const own = 'rgb(1, 2, 3)';
    const elements = await mountAll(
      `--tag-editor-border-color: ${own}; --new-order-dialog-accent-color: ${own}; --billing-profile-form-muted-color: ${own}; ` +
        `--export-button-border-color: ${own}; --billing-profile-form-error-color: ${own}`,
    );
    const want = expected((name) => rgb(defaults.get(name)!.light));
    want['tag-editor']['--_border'] = own;
    want['tag-editor']['--_control-border'] = own;
    want['new-order-dialog']['--_accent'] = own;
    want['billing-profile-form']['--_muted'] = own;
    want['billing-profile-form']['--_error'] = own;
    want['export-button']['--_control-border'] = own;
    expect(resolvedTokens(elements)).to.deep.equal(want);
  });

  it('a page that sets only --customer-list-border-color gets it on controls too, as before', async () => {
    const elements = await mountAll('--customer-list-border-color: rgb(4, 5, 6)');
    for (const tag of TAGS) expect(resolve(elements[tag], '--_control-border'), tag).to.equal('rgb(4, 5, 6)');
  });
});
