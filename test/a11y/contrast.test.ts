/**
 * Contrast as drawn, in light and dark, for every element in each state the axe tests cover: text and
 * placeholders 4.5:1 on their backgrounds, what identifies a control 3:1 against what is around it, and every
 * focus ring 3:1 against the colors next to it, reached by pressing Tab as a keyboard user does (so
 * `:focus-visible` applies). How each color is found: contrast.ts.
 */
import { expect } from '@open-wc/testing';
import { controlContrast, failures, focusRingsByTab, placeholderContrast, textContrast } from './contrast.js';
import { dressPage, SCENARIOS, type Page } from './states.js';

const PAGES: Page[] = ['light', 'dark'];

for (const page of PAGES) {
  describe(`contrast and focus rings, ${page}`, function () {
    this.timeout(60_000);

    for (const scenario of SCENARIOS) {
      it(`${scenario.name}: text, placeholders, controls and focus rings`, async () => {
        const undo = await dressPage(page);
        const found: string[] = [];
        let measured = 0;
        try {
          await scenario.run(async (step, root) => {
            const drawn = [...textContrast(root), ...placeholderContrast(root), ...controlContrast(root)];
            const rings = await focusRingsByTab(root);
            expect(rings.stops, `${step}: focus stops reached by Tab`).to.be.greaterThan(0);
            measured += drawn.length + rings.measures.length;
            found.push(...[...failures([...drawn, ...rings.measures]), ...rings.problems].map((problem) => `${step}: ${problem}`));
          });
        } finally {
          await undo();
        }
        expect(measured, 'colors measured').to.be.greaterThan(0);
        expect(found).to.deep.equal([]);
      });
    }
  });
}
