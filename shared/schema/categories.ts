import { IssueCategorySchema } from './entities';

/** Issue categories in the order of principle 3 (shared/data/default-principles.ts), "other" last: the schema lists them so. */
export const ISSUE_CATEGORIES_ORDER = IssueCategorySchema.options;
