/**
 * <activity-log> with hostile values in records and in their expanded details: markup stays text, formulas are
 * shown as recorded, 10 000-character values stay inside the grid (wrapped or clipped, the whole value readable),
 * direction overrides are drawn as markers and reorder nothing, and old/new values that are not JSON objects
 * render as plain text.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import type { ActivityLog } from '../../../src/components/activity-log/activity-log.js';
import type { ActivityRecord } from '../../../src/model/activity.js';
import { generateDataset } from '../../../mocks/data/index.js';
import { drawnAt } from '../../support/browser/drawn.js';
import { click, deepActiveElement, describe as describeElement, isFullyVisible, press } from '../../support/browser/input.js';
import { ActivityAdapter, cellText, dataRows, disclosure, mountLog, record, shadow, DRAWN_DETAILS } from './log-harness.js';

const LONG = `${'Long '.repeat(1999)}Corp.`;
const LONG_WORD = 'W'.repeat(10_000);
const MARKUP = '<img src=x onerror="window.__activityPwned=1">';

/**
 * Expands a row by clicking its disclosure button, and returns its details once drawn and measured. The row is
 * found again by its `aria-rowindex` once it is in view: the windowed grid draws rows by position, so after a
 * scroll the element held before may draw another row (a huge hostile row above pushes the next one out of view).
 */
async function expand(log: ActivityLog, row: HTMLElement): Promise<HTMLElement> {
  const rowIndex = row.getAttribute('aria-rowindex');
  const current = () => dataRows(log).find((each) => each.getAttribute('aria-rowindex') === rowIndex);
  row.scrollIntoView({ block: 'nearest' });
  await waitUntil(() => current() && isFullyVisible(disclosure(current()!)), `row ${rowIndex} is drawn in view`, { timeout: 20_000 });
  await log.updateComplete;
  await click(disclosure(current()!));
  await log.updateComplete;
  await waitUntil(() => current()?.querySelector(DRAWN_DETAILS), 'the details are drawn', { timeout: 20_000 });
  // Their code may have arrived after the row expanded: the rows under it move down once it is measured again.
  const next = () => dataRows(log).find((each) => each.getAttribute('aria-rowindex') === String(Number(rowIndex) + 1));
  await waitUntil(() => !next() || next()!.getBoundingClientRect().top >= current()!.getBoundingClientRect().bottom - 1, 'the rows under the details moved down');
  await log.updateComplete;
  return current()!.querySelector<HTMLElement>('[part=details]')!;
}

/** The details' "What changed" lines as [field, before, after] texts. */
function changes(details: HTMLElement): string[][] {
  return [...details.querySelectorAll('.changes tbody tr')].map((line) => [...line.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));
}

/** Fails unless `inner`'s box lies within `outer`'s on the inline axis. */
function expectInside(inner: Element, outer: Element, what: string): void {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  expect(a.left >= b.left - 1 && a.right <= b.right + 1, `${what}: ${describeElement(inner)} spans ${a.left.toFixed(0)}–${a.right.toFixed(0)}, outside ${b.left.toFixed(0)}–${b.right.toFixed(0)}`).to.equal(true);
}

describe('<activity-log> hostile values', () => {
  afterEach(() => delete (window as { __activityPwned?: number }).__activityPwned);

  it('keeps markup as text in the rows and the expanded details, creating no element', async () => {
    const hostile = record(1, 1, {
      customerName: MARKUP,
      userPrincipalName: `${MARKUP}@partner.example`,
      operationType: '<script>window.__activityPwned=1</script>',
      resourceType: '<svg onload="window.__activityPwned=1">',
      resourceOldValue: JSON.stringify({ [MARKUP]: 'old', companyName: '<b>bold</b>' }),
      resourceNewValue: JSON.stringify({ [MARKUP]: MARKUP, companyName: '"><svg onload="window.__activityPwned=1">' }),
      customizedData: [{ key: MARKUP, value: '<iframe src="javascript:window.__activityPwned=1">' }],
      originalCorrelationId: '<a href="javascript:window.__activityPwned=1">corr</a>',
    });
    const log = await mountLog(new ActivityAdapter([hostile, record(2, 2)]));
    const row = dataRows(log)[0]!;
    expect(cellText(row, 'customerName')).to.equal(MARKUP);
    expect(cellText(row, 'operationType')).to.equal('<script>window.__activityPwned=1</script>');
    const details = await expand(log, row);
    expect(changes(details)).to.deep.equal([
      [MARKUP, 'old', MARKUP],
      ['companyName', '<b>bold</b>', '"><svg onload="window.__activityPwned=1">'],
    ]);
    expect(details.textContent).to.contain('<iframe src="javascript:window.__activityPwned=1">').and.to.contain('<a href="javascript:window.__activityPwned=1">corr</a>').and.to.contain('<svg onload="window.__activityPwned=1">');
    expect(shadow(log).querySelector('.body img, .body script, .body svg, .body iframe, .body b, .body a'), 'no element made from a value').to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __activityPwned?: number }).__activityPwned, 'no handler ran').to.equal(undefined);
  });

  it('shows formulas exactly as recorded, inert', async () => {
    const formula = '=HYPERLINK("http://evil.example","click")';
    const log = await mountLog(new ActivityAdapter([record(1, 1, { customerName: formula, resourceOldValue: JSON.stringify({ city: '+1' }), resourceNewValue: JSON.stringify({ city: formula }), customizedData: [{ key: '@SUM(A1)', value: '-2+3' }] })]));
    const row = dataRows(log)[0]!;
    expect(cellText(row, 'customerName')).to.equal(formula);
    const details = await expand(log, row);
    expect(changes(details)).to.deep.equal([['city', '+1', formula]]);
    expect(details.querySelector('.facts')!.textContent).to.contain('@SUM(A1)').and.to.contain('-2+3');
  });

  it('keeps a 10 000-character name to its row, clipped, with the whole name in its tooltip', async () => {
    const log = await mountLog(new ActivityAdapter([record(1, 1, { customerName: LONG, userPrincipalName: `${LONG_WORD}@partner.example` }), record(2, 2)]));
    const viewport = shadow(log).querySelector<HTMLElement>('[part=viewport]')!;
    const [row, next] = dataRows(log);
    const name = row!.querySelector<HTMLElement>('.cell.customerName .clip')!;
    expect(name.title).to.equal(LONG);
    expect(name.textContent).to.equal(LONG);
    expect(name.scrollWidth, 'the name is clipped').to.be.above(name.clientWidth);
    expect(row!.getBoundingClientRect().height, 'the row keeps its height').to.be.below(41);
    expect(next!.getBoundingClientRect().top, 'the next row is where rows go').to.be.at.least(row!.getBoundingClientRect().bottom - 1);
    const agent = row!.querySelector<HTMLElement>('.cell.userPrincipalName .clip')!;
    expect(agent.title).to.equal(`${LONG_WORD}@partner.example`);
    expectInside(name.closest('.cell')!, row!, 'the name cell');
    expect(row!.getBoundingClientRect().width, 'the row is as wide as the grid').to.be.at.most(viewport.scrollWidth + 1);
  });

  it('wraps or clips 10 000-character values in the details inside the grid\'s width, each readable in full', async () => {
    const hostile = record(1, 1, {
      customerName: LONG,
      resourceOldValue: JSON.stringify({ companyName: 'Short Ltd', [LONG_WORD]: 'a' }),
      resourceNewValue: JSON.stringify({ companyName: LONG, [LONG_WORD]: LONG_WORD }),
      customizedData: [{ key: LONG_WORD, value: LONG }, { key: 'OrderId', value: 'order-1' }],
      originalCorrelationId: LONG_WORD,
    });
    const log = await mountLog(new ActivityAdapter([hostile, record(2, 2)]));
    const viewport = shadow(log).querySelector<HTMLElement>('[part=viewport]')!;
    const widthBefore = viewport.scrollWidth;
    const [row, next] = dataRows(log);
    const details = await expand(log, row!);
    await waitUntil(() => next!.getBoundingClientRect().top >= row!.getBoundingClientRect().bottom - 1, 'the next row moved below the details', { timeout: 20_000 });
    expect(viewport.scrollWidth, 'expanding does not widen the grid').to.be.at.most(widthBefore + 1);
    expect(details.scrollWidth, 'nothing in the details runs past its edge').to.be.at.most(details.clientWidth + 1);
    expectInside(details, row!, 'the details');
    const boxes = [...details.querySelectorAll<HTMLElement>('.changes th, .changes td, .facts dt, .facts dd')];
    expect(boxes.length).to.be.above(8);
    for (const box of boxes) expectInside(box, details, 'a details cell');
    const lineHeight = parseFloat(getComputedStyle(details).lineHeight);
    const texts = [LONG, LONG_WORD];
    for (const shown of details.querySelectorAll<HTMLElement>('[title]')) {
      if (!texts.includes(shown.title)) continue;
      expect(shown.getBoundingClientRect().height, `${describeElement(shown)} is clipped to a few lines`).to.be.at.most(3 * lineHeight + 2);
      expect(shown.textContent, 'the text is all there for screen readers and copying').to.equal(shown.title);
    }
    const titled = [...details.querySelectorAll<HTMLElement>('[title]')].map((element) => element.title);
    expect(titled.filter((title) => title === LONG_WORD).length, 'the long field name, its new value, the long key and the correlation id each have a tooltip').to.be.at.least(4);
    expect(titled.filter((title) => title === LONG).length, 'the long new name and the long customized value have a tooltip').to.be.at.least(2);
    expect(details.getBoundingClientRect().height, 'the details stay short: each value a few lines').to.be.below(20 * lineHeight);
  });

  it('draws a diff taller than the grid in the grid, the next record below it and reached by keyboard', async () => {
    const fields = (value: string) => JSON.stringify(Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`field${index}`, `${value} ${index}`])));
    const records = [record(1, 1, { resourceOldValue: fields('before'), resourceNewValue: fields('after') }), ...Array.from({ length: 30 }, (_, index) => record(index + 2, index + 2))];
    const log = await mountLog(new ActivityAdapter(records), { height: '400px' });
    const viewport = shadow(log).querySelector<HTMLElement>('[part=viewport]')!;
    const first = dataRows(log)[0]!;
    const details = await expand(log, first);
    expect(details.getBoundingClientRect().height, 'taller than the grid').to.be.above(viewport.clientHeight);
    expect(details.querySelectorAll('.changes tbody tr')).to.have.length(40);
    await press('ArrowDown');
    await log.updateComplete;
    await waitUntil(() => deepActiveElement()?.closest('[aria-rowindex="3"]'), 'focus on the second record', { timeout: 20_000 });
    const second = deepActiveElement()!.closest<HTMLElement>('[role=row]')!;
    expect(second.getBoundingClientRect().top, 'the second record is below the details').to.be.at.least(details.getBoundingClientRect().bottom - 1);
    expect(isFullyVisible(deepActiveElement()!, viewport), 'and scrolled into view').to.equal(true);
  });

  it('draws direction overrides as markers, reordering nothing around them', async () => {
    const spoof = 'Acme \u202Egnp.exe';
    const hostile = record(1, 1, {
      customerName: spoof,
      userPrincipalName: 'ann\u202Eexample.partner@moc',
      operationType: 'sync\u202Edetcennoc',
      resourceType: 'res\u202Eecruos',
      resourceOldValue: JSON.stringify({ 'file\u202Etxt.exe': 'report \u202Egnp.exe', note: 'plain before' }),
      resourceNewValue: JSON.stringify({ 'file\u202Etxt.exe': 'invoice \u2067fdp.exe', note: 'plain after' }),
      customizedData: [{ key: 'Key\u202Edeliamc', value: 'value \u202Ecba' }],
      originalCorrelationId: 'corr-\u202E1234',
    });
    const log = await mountLog(new ActivityAdapter([hostile, record(2, 2)]));
    const row = dataRows(log)[0]!;
    const name = row.querySelector<HTMLElement>('.cell.customerName .clip')!;
    expect(name.querySelector('.direction-control')!.textContent).to.equal('RLO');
    expect(name.title).to.equal('Acme ⟦RLO⟧gnp.exe');
    expect(drawnAt(name, 'gnp') < drawnAt(name, 'exe'), '"gnp" before "exe", as recorded').to.equal(true);
    expect(drawnAt(row, 'Acme') < drawnAt(row, 'sync') && drawnAt(row, 'sync') < drawnAt(row, 'ann'), 'the cells around it keep their order').to.equal(true);
    const action = row.querySelector<HTMLElement>('.cell.operationType .clip')!;
    expect([action.querySelector('.direction-control')?.textContent, action.title]).to.deep.equal(['RLO', 'sync⟦RLO⟧detcennoc']);
    expect(drawnAt(action, 'sync') < drawnAt(action, 'detc'), 'an action the library does not know reads as sent').to.equal(true);
    const agent = row.querySelector<HTMLElement>('.cell.userPrincipalName .clip')!;
    expect(drawnAt(agent, 'ann') < drawnAt(agent, 'example'), 'an override in an agent\'s name reorders nothing').to.equal(true);

    const details = await expand(log, row);
    expect(details.textContent!.match(/[\u202A-\u202E\u2066-\u2069]/), 'no direction control is drawn as such').to.equal(null);
    expect([...details.querySelectorAll('.direction-control')].map((marker) => marker.textContent)).to.have.members(['RLO', 'RLO', 'RLO', 'RLI', 'RLO', 'RLO', 'RLO']);
    const [fileLine, noteLine] = [...details.querySelectorAll<HTMLElement>('.changes tbody tr')];
    expect(drawnAt(fileLine!, 'file') < drawnAt(fileLine!, 'txt'), 'a field name reads as recorded').to.equal(true);
    expect(drawnAt(fileLine!, 'report') < drawnAt(fileLine!, 'gnp'), 'a before value reads as recorded').to.equal(true);
    expect(drawnAt(fileLine!, 'invoice') < drawnAt(fileLine!, 'fdp'), 'an isolate reads as recorded').to.equal(true);
    expect(drawnAt(fileLine!, 'report') < drawnAt(fileLine!, 'invoice'), 'before stays before after').to.equal(true);
    expect(drawnAt(noteLine!, 'plain before') < drawnAt(noteLine!, 'plain after'), 'the next line is not reordered').to.equal(true);
    const facts = details.querySelector<HTMLElement>('.facts')!;
    expect(drawnAt(facts, 'Key') < drawnAt(facts, 'deliamc')).to.equal(true);
    expect(drawnAt(facts, 'value') < drawnAt(facts, 'cba')).to.equal(true);
    expect(drawnAt(facts, 'corr-') < drawnAt(facts, '1234'), 'the correlation id reads as recorded').to.equal(true);
    expect(drawnAt(facts, 'res') < drawnAt(facts, 'ecruos'), 'a resource the library does not know reads as sent').to.equal(true);
  });

  it('renders old and new values that are not JSON objects as plain text, never throwing', async () => {
    const cases: [string | undefined, string | undefined, string[][]][] = [
      ['{"city": "Kraków"', '{"city": "Łódź"}', [['Value', '{"city": "Kraków"', '(none)'], ['city', '(none)', 'Łódź']]],
      ['[1, 2]', '[1, 3]', [['Value', '[1,2]', '[1,3]']]],
      ['null', '42', [['Value', 'null', '42']]],
      ['"just text"', 'true', [['Value', 'just text', 'true']]],
      ['', 'not json at all <b>', [['Value', '', 'not json at all <b>']]],
      [undefined, '{', [['Value', '(none)', '{']]],
      ['{"a": {"b": [1, {"c": null}]}}', '{"a": {"b": "flat"}}', [['a.b', '[1,{"c":null}]', 'flat']]],
      ['{"__proto__": {"polluted": 1}, "constructor": "x"}', '{"constructor": {"prototype": 1}}', [['__proto__.polluted', '1', '(none)'], ['constructor', 'x', '(none)'], ['constructor.prototype', '(none)', '1']]],
      ['['.repeat(5000), ']'.repeat(5000), [['Value', '['.repeat(5000), ']'.repeat(5000)]]],
    ];
    const records: ActivityRecord[] = cases.map(([before, after], index) => {
      const item = record(index, index + 1, { resourceNewValue: after });
      if (before === undefined) delete item.resourceOldValue;
      else item.resourceOldValue = before;
      return item;
    });
    const log = await mountLog(new ActivityAdapter(records), { height: '900px' });
    for (const [index, [, , expected]] of cases.entries()) {
      const row = dataRows(log)[index]!;
      const details = await expand(log, row);
      expect(changes(details).map((line) => line.map((text) => text.slice(0, 5000))), `case ${index}`).to.deep.equal(expected);
      expect(shadow(log).querySelector('.body b') === null && Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted') === false).to.equal(true);
    }
    expect(({} as { polluted?: number }).polluted, 'nothing reached Object.prototype').to.equal(undefined);
  });

  it('shows a generated hostile history without an element made from its values', async () => {
    const { activity } = generateDataset({ rows: 40, seed: 2, hostile: true, activityRecords: 120 });
    const hostileAgent = (item: ActivityRecord) => item.userPrincipalName.startsWith('<img') || item.userPrincipalName.startsWith('=HYPERLINK');
    // The hostile agents' records first, dated within the default period, so they are in view.
    const ordered = [...activity.filter(hostileAgent), ...activity.filter((item) => !hostileAgent(item))];
    const records = ordered.map((item, index) => ({ ...item, operationDate: new Date(Date.now() - (index + 1) * 3_600_000).toISOString() }));
    const log = await mountLog(new ActivityAdapter(records), { height: '900px' });
    for (const row of dataRows(log).slice(0, 6)) await expand(log, row);
    expect(shadow(log).querySelector('.body img, .body script, .body svg, .body iframe'), 'no element made from a value').to.equal(null);
    const agents = dataRows(log).map((row) => cellText(row, 'userPrincipalName'));
    expect(agents.some((agent) => agent.startsWith('<img')) && agents.some((agent) => agent.startsWith('=HYPERLINK')), 'the hostile agents are in view, as text').to.equal(true);
  });
});
