import { z } from 'zod';
import { IdSchema } from '../schema/common';
import { IssueCategorySchema, IssueStatusSchema } from '../schema/entities';
import { recordOutputSchema } from './record-output';

// Lean channels of the issues and positions screens. The issue list of a large alliance
// (10,000 issues) needs a few columns of every issue, not whole records; the positions area needs a
// deputy's positions, or those awaiting confirmation, with the title of each issue beside them.

/** One row of the issue list, as the renderer uses it (decoded from IssueColumns). */
export interface IssueSummary {
  id: string;
  title: string;
  category: z.infer<typeof IssueCategorySchema>;
  districtIds: string[];
  status: z.infer<typeof IssueStatusSchema>;
  hearingDate?: string;
  voteDate?: string;
  tags: string[];
  principleIds: string[];
  /** How many deputies have a position on the issue. */
  positions: number;
}

/**
 * Every issue's list columns, column by column: one array per column, lists of ids joined by
 * spaces (ids never contain one), tags as indexes into `tagNames`. A large alliance's 10,000 issues
 * cross IPC as a dozen arrays of plain values — far less to copy than 10,000 objects, let alone
 * whole records (see tests/bench/ui-bench.ts).
 */
export const IssueColumnsSchema = z.object({
  ids: z.array(z.string()),
  titles: z.array(z.string()),
  categories: z.array(IssueCategorySchema),
  statuses: z.array(IssueStatusSchema),
  districtIds: z.array(z.string()),
  /** '' where the issue has no such date. */
  hearingDates: z.array(z.string()),
  voteDates: z.array(z.string()),
  principleIds: z.array(z.string()),
  tagNames: z.array(z.string()),
  tags: z.array(z.string()),
  positions: z.array(z.number()),
});
export type IssueColumns = z.infer<typeof IssueColumnsSchema>;

const split = (text: string): string[] => (text === '' ? [] : text.split(' '));

export function encodeIssueColumns(summaries: readonly IssueSummary[]): IssueColumns {
  const tagIndex = new Map<string, number>();
  const tagOf = (tag: string) => {
    let index = tagIndex.get(tag);
    if (index === undefined) tagIndex.set(tag, (index = tagIndex.size));
    return index;
  };
  return {
    ids: summaries.map((s) => s.id),
    titles: summaries.map((s) => s.title),
    categories: summaries.map((s) => s.category),
    statuses: summaries.map((s) => s.status),
    districtIds: summaries.map((s) => s.districtIds.join(' ')),
    hearingDates: summaries.map((s) => s.hearingDate ?? ''),
    voteDates: summaries.map((s) => s.voteDate ?? ''),
    principleIds: summaries.map((s) => s.principleIds.join(' ')),
    tags: summaries.map((s) => s.tags.map(tagOf).join(' ')),
    tagNames: [...tagIndex.keys()],
    positions: summaries.map((s) => s.positions),
  };
}

export function decodeIssueColumns(columns: IssueColumns): IssueSummary[] {
  return columns.ids.map((id, i) => ({
    id,
    title: columns.titles[i]!,
    category: columns.categories[i]!,
    districtIds: split(columns.districtIds[i]!),
    status: columns.statuses[i]!,
    ...(columns.hearingDates[i] ? { hearingDate: columns.hearingDates[i] } : {}),
    ...(columns.voteDates[i] ? { voteDate: columns.voteDates[i] } : {}),
    tags: split(columns.tags[i]!).map((index) => columns.tagNames[Number(index)]!),
    principleIds: split(columns.principleIds[i]!),
    positions: columns.positions[i]!,
  }));
}

const IssueBriefSchema = z.object({ id: z.string(), title: z.string(), status: IssueStatusSchema, category: IssueCategorySchema });

export const issuesContract = {
  'issues:summaries': { input: z.void(), output: IssueColumnsSchema },
  /** Positions, unconfirmed first, then the most recently changed; with the issue each is on. */
  'stances:list': {
    input: z.object({
      deputyId: IdSchema.optional(),
      unconfirmedOnly: z.boolean().default(false),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(2_000).default(200),
    }),
    output: z.object({
      items: z.array(z.object({ position: recordOutputSchema('positions'), issue: IssueBriefSchema.nullable() })),
      /** Positions that match, before offset and limit. */
      total: z.number(),
      /** Of those, how many await the deputy's confirmation. */
      unconfirmed: z.number(),
    }),
  },
} as const;
