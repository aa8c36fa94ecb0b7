/** Light and dark: the user's preference by default, a theme's choice when the page links one. */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CustomerList } from '../../src/components/customer-list/customer-list.js';
import type { TagEditor } from '../../src/components/tag-editor/tag-editor.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { contractFixture } from '../../src/testing/index.js';

/** The background the list paints, which comes from a light-dark() default. */
const background = (element: Element) => getComputedStyle(element.shadowRoot!.querySelector('[part=viewport]')!).backgroundColor;

async function mountThemed(style = '') {
  const adapter = new MemoryAdapter(contractFixture());
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}>
    <customer-list .adapter=${adapter}></customer-list>
    <tag-editor .adapter=${adapter}></tag-editor>
  </div>`);
  return { list: wrapper.querySelector<CustomerList>('customer-list')!, editor: wrapper.querySelector<TagEditor>('tag-editor')! };
}

describe('theming', () => {
  afterEach(async () => emulateMedia({ colorScheme: 'light' }));

  it('follows the user\'s prefers-color-scheme by default', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { list, editor } = await mountThemed();
    expect(getComputedStyle(list).colorScheme).to.equal('light dark');
    expect(background(list)).to.equal('rgb(31, 31, 31)');
    expect(getComputedStyle(editor).color).to.equal('rgb(240, 240, 240)');
    await emulateMedia({ colorScheme: 'light' });
    expect(background(list)).to.equal('rgb(255, 255, 255)');
  });

  it('takes the scheme a theme sets, whatever the user prefers', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { list } = await mountThemed('--customer-list-color-scheme: light');
    expect(getComputedStyle(list).colorScheme).to.equal('light');
    expect(background(list)).to.equal('rgb(255, 255, 255)');
  });

  it('reads every token a theme file sets, on any ancestor', async () => {
    const css = await (await fetch('/themes/dark.css')).text();
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    try {
      const { list } = await mountThemed();
      expect(getComputedStyle(list).colorScheme).to.equal('dark');
      expect(background(list)).to.equal('rgb(31, 31, 31)');
      const tokens = [...css.matchAll(/(--customer-list-[\w-]+):/g)].map((match) => match[1]);
      expect(tokens.length).to.be.greaterThan(8);
    } finally {
      style.remove();
    }
  });
});
