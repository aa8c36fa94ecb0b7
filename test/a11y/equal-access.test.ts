/**
 * IBM Equal Access beside axe: every element in each state the axe tests cover, on a light page, a dark one and
 * a Polish right-to-left one, has no violation in axe, and everything IBM reports is a reviewed entry of
 * ibm-reviewed.ts (potential violations judged by hand; one violation where the engine contradicts WAI-ARIA). For IBM the test page stands in for a host page: it has a title and puts the
 * element in its main landmark, which is the page's to provide, not the element's (axe runs as the element tests
 * run it, on the bare test page, where a role=main wrapper would make it take headers in dialogs for banners).
 */
import { expect } from '@open-wc/testing';
import { drawnParent } from './contrast.js';
import { checkWithEqualAccess, describeIssue, treeOf, type EngineIssue } from './equal-access.js';
import { REVIEWED, type ReviewedFinding } from './ibm-reviewed.js';
import { dressPage, SCENARIOS, type Page } from './states.js';

const PAGES: Page[] = ['light', 'dark', 'Polish, right to left'];
const used = new Set<ReviewedFinding>();

function reviewed(issue: EngineIssue, level: ReviewedFinding['level']): ReviewedFinding | undefined {
  const entry = REVIEWED.find(
    (candidate) =>
      candidate.level === level &&
      candidate.rule === issue.ruleId &&
      candidate.reason === String(issue.reasonId) &&
      candidate.tree === treeOf(issue.node) &&
      issue.node instanceof Element &&
      issue.node.matches(candidate.selector),
  );
  if (entry) used.add(entry);
  return entry;
}

/** Makes the top-level container the element was mounted in the host page's main landmark; returns the undo. */
function inMainLandmark(root: Element): () => void {
  let top = root;
  for (let parent = drawnParent(root); parent && parent !== document.body; parent = drawnParent(parent)) top = parent;
  top.setAttribute('role', 'main');
  return () => top.removeAttribute('role');
}

before(() => (document.title = 'Customers'));

for (const page of PAGES) {
  describe(`IBM Equal Access, ${page}`, function () {
    this.timeout(60_000);

    for (const scenario of SCENARIOS) {
      it(`${scenario.name}: no violations in either engine, no potential violation left unreviewed`, async () => {
        const undo = await dressPage(page);
        const violations: string[] = [];
        const potential: string[] = [];
        try {
          await scenario.run(async (step, root) => {
            await expect(root, `${step}: axe`).to.be.accessible();
            const leaveMain = inMainLandmark(root);
            const findings = await checkWithEqualAccess(root).finally(leaveMain);
            expect(findings.results, `${step}: results the engine gave`).to.be.greaterThan(20);
            violations.push(...findings.violations.filter((issue) => !reviewed(issue, 'violation')).map((issue) => `${step}: ${describeIssue(issue)}`));
            potential.push(...findings.potential.filter((issue) => !reviewed(issue, 'potential violation')).map((issue) => `${step}: ${describeIssue(issue)}`));
          });
        } finally {
          await undo();
        }
        expect(violations, 'violations not in ibm-reviewed.ts').to.deep.equal([]);
        expect(potential, 'potential violations not in ibm-reviewed.ts').to.deep.equal([]);
      });
    }
  });
}

describe('IBM Equal Access, the reviewed list', () => {
  it('has no entry that nothing matched any more (remove it)', () => {
    expect(REVIEWED.filter((entry) => !used.has(entry)).map((entry) => `${entry.level}: ${entry.rule} (${entry.reason}) in <${entry.tree}> ${entry.selector}`)).to.deep.equal([]);
  });
});
