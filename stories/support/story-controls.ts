/**
 * The controls a story adds to set itself up (the data, the language, the mock API's faults) are not the element's
 * API: every story file gives them one name, and this enhancer puts them in a group of their own with one
 * description each, below the element's properties and attributes read from custom-elements.json.
 */
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import manifest from '../../custom-elements.json';

export const STORY_SET_UP = 'Story set-up (not the element\u2019s API)';

/** Each story-only control, by the one name every story uses for it. */
export const STORY_CONTROLS: Readonly<Record<string, string>> = {
  adapter: 'Where the data comes from: `rest` is RestAdapter on the mock API (MSW, in this page), `memory` a MemoryAdapter.',
  rows: 'How many customers the seeded generator makes.',
  records: 'How many activity records the seeded generator makes.',
  seed: 'The generator\u2019s seed: the same seed gives the same data.',
  hostile: 'Mixes adversarial values into the data: HTML, CSV formulas, bidi overrides, 10 000-character names.',
  lang: 'The UI language (setLocale).',
  theme: 'The page\u2019s color scheme around the element.',
  dir: 'The page\u2019s direction around the element.',
  latencyMs: 'Fault: milliseconds added to every answer (the mock API\u2019s, or the MemoryAdapter\u2019s).',
  failWith: 'Fault: the HTTP status the mock API answers every customers request with (0: none).',
  throttle: 'Fault: how many requests the mock API answers with 429.',
  retryAfterSeconds: 'Fault: the Retry-After of those 429s, in seconds.',
  failLoad: 'Fault: the billing profile cannot be read.',
  failSave: 'Fault: saving fails.',
  failSubmit: 'Fault: submitting the order fails.',
  save: 'How the adapter answers a save: accepted, a conflicting newer save, or a failure.',
  behaviour: 'How the adapter answers: records, nothing yet, an error, throttling, or no listActivity at all.',
  scenario: 'The data and selection the story starts from.',
  step: 'The step the dialog is driven to before you take over.',
  drive: 'What the story does in the form before you take over.',
  customer: 'The customer whose billing profile is shown.',
  oneCustomer: 'Opens the log on one customer, as the list\u2019s Activity command does.',
  wholeRetention: 'Spreads the records over all 90 days of retention instead of the last 30.',
  searchText: 'Search text set on the element when the story starts.',
  chunk: 'Fault: the code of the story\u2019s part that loads on first use arrives as usual, stays loading, or cannot be fetched (503), through the mock worker (stories/support/lazy-chunks.ts).',
};

interface Declaration {
  tagName?: string;
  members?: { name: string }[];
  attributes?: { name: string; fieldName?: string }[];
}

/** Property and attribute names of an element, from the manifest. */
function apiOf(tagName: unknown): Set<string> {
  const declaration = (manifest as { modules: { declarations?: Declaration[] }[] }).modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === tagName);
  return new Set([...(declaration?.members ?? []).map((member) => member.name), ...(declaration?.attributes ?? []).flatMap((attribute) => [attribute.name, attribute.fieldName ?? ''])]);
}

/** Puts every control that is not the story's element's property or attribute into {@link STORY_SET_UP}, described. */
export const groupStoryControls: ArgTypesEnhancer = (context) => {
  const api = apiOf(context.component);
  return Object.fromEntries(
    Object.entries(context.argTypes).map(([name, argType]) => {
      if (api.has(name)) return [name, argType];
      const description = argType.description || STORY_CONTROLS[name] || '';
      return [name, { ...argType, description, table: { ...argType.table, category: STORY_SET_UP } }];
    }),
  );
};
