/**
 * What IBM Equal Access reports that was reviewed and is not a defect, each with why. The engine flags a
 * "potential" violation where it cannot decide; each one here was checked by hand. A violation is listed only
 * where the engine contradicts the ARIA specification, with the clause. equal-access.test.ts fails on any
 * violation or potential violation not matched here, and on an entry that no longer matches anything (remove it).
 *
 * An entry matches a result by level, rule, reason, the tree the flagged element is in (the shadow host's tag)
 * and a CSS selector the flagged element matches.
 */
export interface ReviewedFinding {
  level: 'potential violation' | 'violation';
  rule: string;
  reason: string;
  /** The shadow host whose tree holds the flagged element. */
  tree: string;
  selector: string;
  why: string;
}

export const REVIEWED: readonly ReviewedFinding[] = [
  {
    level: 'potential violation',
    rule: 'input_label_visible',
    reason: 'potential_no_label',
    tree: 'customer-list',
    selector: '[role=grid] input[type=checkbox][part=checkbox]',
    why:
      'The selection checkboxes of the grid: a row\'s box is named "Select <company name>" and the company name is drawn in the ' +
      'same row, so the name holds what is seen (2.5.3); the header box "Select all N matching customers" heads the selection ' +
      'column. The rule skips controls in <table> cells for exactly this reason (their row and column headers label them) ' +
      'but does not recognise role=grid. A <label> per row would repeat the company name 1 000 times in the page.',
  },
  {
    level: 'potential violation',
    rule: 'aria_keyboard_handler_exists',
    reason: 'potential_no_keyboard_access',
    tree: 'customer-list',
    selector: '[role=grid]',
    why:
      'Verified: the grid is one Tab stop moved with the arrow keys, Home/End, Page Up/Down and Ctrl+Home/End, Space ' +
      'toggles a row and Enter opens its link (test/components/customer-list/keyboard.test.ts presses each). The engine ' +
      'looks only for onkeydown/onkeypress attributes; listeners added in script are invisible to it.',
  },
  {
    level: 'potential violation',
    rule: 'aria_keyboard_handler_exists',
    reason: 'potential_no_keyboard_access',
    tree: 'activity-log',
    selector: '[role=grid]',
    why:
      'As for the customer list: the activity log\'s grid is one Tab stop moved with the same keys ' +
      '(test/components/activity-log/activity-log.test.ts moves through 10 000 records with the keyboard). The engine ' +
      'looks only for onkeydown/onkeypress attributes.',
  },
  {
    level: 'potential violation',
    rule: 'widget_tabbable_exists',
    reason: 'fail_no_tabbable',
    tree: 'tag-editor',
    selector: '[part=list] > [role=checkbox][tabindex="-1"]',
    why:
      'The tag checklist is one Tab stop (roving tabindex): the current tag has tabindex=0, the others -1, and Up/Down, ' +
      'Home/End move between them, Space toggles (test/components/tag-editor/checklist.test.ts). The engine accepts a roving ' +
      'tabindex only inside composite roles (listbox, grid, tree, menu…), none of which holds tri-state (mixed) checkboxes; ' +
      'making every tag a Tab stop would put 50 tags between the filter and Save.',
  },
  {
    level: 'potential violation',
    rule: 'aria_descendant_valid',
    reason: 'potential_child_implicit_role',
    tree: 'new-order-dialog',
    selector: 'button[part=catalog]',
    why:
      'A catalog button shows the catalog\'s name in <strong> above its description. A button\'s content is presentational, ' +
      'so the strong\'s role is dropped: that is intended, the bold is only visual, and the button\'s name is its whole text.',
  },
  {
    level: 'violation',
    rule: 'element_tabbable_role_valid',
    reason: 'fail_invalid_role',
    tree: 'activity-log',
    selector: '[role=grid] [role=columnheader]',
    why:
      'An engine error: WAI-ARIA 1.2 makes columnheader a subclass of gridcell, a widget role, and the APG grid pattern ' +
      'puts the one Tab stop on header cells; the engine\'s role table calls columnheader "structure" (it fixed the same ' +
      'error for role=row in IBMa/equal-access#1193). The log\'s Tab stop starts on the Date header, which sorts, as the ' +
      'list\'s does on its header row.',
  },
  {
    level: 'violation',
    rule: 'aria_attribute_valid',
    reason: 'Fail_invalid_role_attr',
    tree: 'customer-list',
    selector: '[role=grid] [role=separator].resize-handle',
    why:
      'An engine error: WAI-ARIA 1.2 gives a focusable separator (a widget, "if the separator is focusable") ' +
      'aria-valuenow, -min, -max and -text, and the APG window splitter pattern uses exactly these. The column resize ' +
      'handles are focusable: a header\'s handle is the next Tab stop after that header when the header holds the grid\'s ' +
      'Tab stop (tabindex=0), and tabindex=-1 otherwise; the engine flags the focusable ones it finds outside the Tab order.',
  },
];
