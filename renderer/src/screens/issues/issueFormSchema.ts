import type { FieldErrors, Resolver } from 'react-hook-form';
import { z } from 'zod';
import { IssueSchema, SourceSchema } from '../../../../shared/schema/entities';
import type { EntityOf, Issue } from '../../../../shared/schema/collections';
import { blankToUndefined, schemaResolver } from '../../forms/schemaResolver';
import type { IssueCategory, IssueStatus } from './issueRows';

export type IssueData = EntityOf<'issues'>;

export interface IssueValues {
  title: string;
  category: IssueCategory | null;
  districtIds: string[];
  description: string;
  status: IssueStatus;
  hearingDate: string;
  voteDate: string;
  sources: { kind: 'link' | 'document'; ref: string; title: string }[];
  /** Tags as typed: separated by commas. */
  tags: string;
  principleIds: string[];
}

/**
 * The shared schema, plus: a link is an http(s) address (nothing else opens). Checked on each source,
 * so that it is reported together with the other fields' problems, not only once they are fixed.
 */
export const IssueFormSchema = IssueSchema.extend({
  sources: z
    .array(
      SourceSchema.superRefine((source, ctx) => {
        if (source.kind === 'link' && !isHttpUrl(source.ref)) ctx.addIssue({ code: 'custom', path: ['ref'], message: 'issues.errors.httpLink' });
      }),
    )
    .max(100)
    .default([]),
});

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function splitTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  return [...new Set(tags)];
}

export function toIssueInput(values: IssueValues) {
  return {
    ...values,
    category: values.category ?? undefined,
    title: values.title,
    hearingDate: blankToUndefined(values.hearingDate),
    voteDate: blankToUndefined(values.voteDate),
    sources: values.sources.map((source) => ({ kind: source.kind, ref: source.ref.trim(), title: source.title.trim() })),
    tags: splitTags(values.tags),
  };
}

export function issueDefaults(issue: Issue | undefined, preset: Partial<IssueValues> = {}): IssueValues {
  return {
    title: issue?.title ?? '',
    category: issue?.category ?? null,
    districtIds: issue?.districtIds ?? [],
    description: issue?.description ?? '',
    status: issue?.status ?? 'open',
    hearingDate: issue?.hearingDate ?? '',
    voteDate: issue?.voteDate ?? '',
    sources: issue?.sources.map((source) => ({ kind: source.kind, ref: source.ref, title: source.title })) ?? [],
    tags: issue?.tags.join(', ') ?? '',
    principleIds: issue?.principleIds ?? [],
    ...preset,
  };
}

/** Fields a stored issue may lack; emptying one clears it on save. */
export const OPTIONAL_ISSUE_FIELDS = ['hearingDate', 'voteDate'] as const;

/**
 * The schema resolver, with a problem in one tag said once on the tags field (the form has one
 * text field for all the tags, not one per tag).
 */
export const issueResolver: Resolver<IssueValues, unknown, IssueData> = async (values, context, options) => {
  const result = await schemaResolver(IssueFormSchema, toIssueInput)(values, context, options);
  const errors = result.errors as FieldErrors<IssueValues>;
  if (errors.tags) {
    return { values: {}, errors: { ...errors, tags: { type: 'custom', message: 'issues.errors.tag' } } as FieldErrors<IssueValues> };
  }
  return result;
};
