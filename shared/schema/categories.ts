import type { EntityOf } from './collections';

/** Issue categories in the order of principle 3 (DESIGN.md §2), "other" last. */
export const ISSUE_CATEGORIES_ORDER: readonly EntityOf<'issues'>['category'][] = [
  'construction',
  'housing',
  'healthcare',
  'education',
  'environment',
  'transport',
  'administration',
  'other',
];
