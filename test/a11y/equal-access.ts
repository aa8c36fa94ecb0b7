/**
 * IBM Equal Access (the `accessibility-checker-engine` package), the second engine beside axe, run offline: the
 * test server serves the installed engine from node_modules and the page loads it as a classic script, which
 * defines `ace`. Its DOM walker enters open shadow roots by itself, so checking a host checks everything it draws.
 */
import { insideOf } from './contrast.js';

/** The part of an engine result the tests read (node_modules/accessibility-checker-engine/v4/api/IRule.d.ts). */
export interface EngineIssue {
  ruleId: string;
  reasonId?: string | number;
  /** [policy, confidence]: VIOLATION|RECOMMENDATION|INFORMATION, PASS|FAIL|POTENTIAL|MANUAL. */
  value: [string, string];
  node: Node;
  message: string;
  snippet: string;
  path: Record<string, string>;
}

interface Ace {
  Checker: new () => { check(node: Node, guidelines: string[]): Promise<{ results: EngineIssue[] }> };
}

declare global {
  interface Window {
    ace?: Ace;
  }
}

const ENGINE = '/node_modules/accessibility-checker-engine/ace.js';

async function engine(): Promise<Ace> {
  if (!window.ace) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = ENGINE;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`could not load ${ENGINE}: is accessibility-checker-engine installed?`));
      document.head.append(script);
    });
  }
  return window.ace!;
}

export interface Findings {
  violations: EngineIssue[];
  potential: EngineIssue[];
  /** Every result about `root`, passes included: proof that the rules ran on it. */
  results: number;
}

/**
 * Checks `root` with the IBM_Accessibility guideline and returns what it reports about `root` and what it draws:
 * violations (FAIL) and potential violations (POTENTIAL). Rules about the page itself (its title, its skip link)
 * judge the test page, not the element, and are left out.
 */
export async function checkWithEqualAccess(root: Element): Promise<Findings> {
  const ace = await engine();
  const report = await new ace.Checker().check(root, ['IBM_Accessibility']);
  const about = report.results.filter((issue) => insideOf(root, issue.node));
  const mine = about.filter((issue) => issue.value[0] === 'VIOLATION');
  return {
    violations: mine.filter((issue) => issue.value[1] === 'FAIL'),
    potential: mine.filter((issue) => issue.value[1] === 'POTENTIAL'),
    results: about.length,
  };
}

/** The shadow host (or `document`) whose tree holds `node`: where a reviewed finding's selector applies. */
export function treeOf(node: Node): string {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host.localName : 'document';
}

export function describeIssue(issue: EngineIssue): string {
  return `${issue.ruleId} (${String(issue.reasonId)}) in <${treeOf(issue.node)}>: ${issue.message} — ${issue.snippet.slice(0, 200)}`;
}
