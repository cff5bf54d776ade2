import type { TFunction } from 'i18next';
import type { IssueSummary } from '../../../../shared/ipc/issues-contract';
import type { Language } from '../../../../shared/schema/common';
import type { District } from '../../../../shared/schema/collections';
import type { TranslationKey } from '../../i18n/keys';
import { districtGroupKey, districtName } from '../../lib/districts';
import { compareText, normalizeForSearch } from '../../lib/search';

export type IssueStatus = IssueSummary['status'];
export type IssueCategory = IssueSummary['category'];
export const ISSUE_STATUSES: readonly IssueStatus[] = ['open', 'hearing', 'decided', 'closed'];

/** One row of the issue list, with every shown text ready and the search text normalized once. */
export interface IssueRow {
  id: string;
  summary: IssueSummary;
  title: string;
  category: string;
  districts: string;
  /** The okrug or region groups of the issue's districts (see lib/districts), for the okrug filter. */
  groupKeys: string[];
  status: string;
  /** Title and tags, lower case, ё as е. */
  haystack: string;
}

export interface IssueFilters {
  query: string;
  category: IssueCategory | null;
  groupKey: string | null;
  districtId: string | null;
  status: IssueStatus | null;
  tag: string | null;
  principleId: string | null;
}

export const NO_ISSUE_FILTERS: IssueFilters = { query: '', category: null, groupKey: null, districtId: null, status: null, tag: null, principleId: null };

export type IssueSortKey = 'title' | 'category' | 'districts' | 'status' | 'hearingDate' | 'voteDate' | 'positions';
export interface IssueSort {
  key: IssueSortKey;
  desc: boolean;
}

export function buildIssueRows(summaries: readonly IssueSummary[], districts: ReadonlyMap<string, District>, t: TFunction, language: Language): IssueRow[] {
  // Labels looked up once per value, not once per row: the list may hold 10,000 issues.
  const categories = new Map<string, string>();
  const statuses = new Map<string, string>();
  const label = (cache: Map<string, string>, key: TranslationKey) => {
    let text = cache.get(key);
    if (text === undefined) cache.set(key, (text = t(key)));
    return text;
  };
  return summaries.map((summary) => {
    const own = summary.districtIds.map((id) => districts.get(id)).filter((d): d is District => d !== undefined);
    return {
      id: summary.id,
      summary,
      title: summary.title,
      category: label(categories, `issues.categories.${summary.category}`),
      districts: own.map((d) => districtName(d, language)).join(', '),
      groupKeys: own.map(districtGroupKey),
      status: label(statuses, `issues.statuses.${summary.status}`),
      haystack: normalizeForSearch(`${summary.title} ${summary.tags.join(' ')}`),
    };
  });
}

/** Rows that pass every filter; keeps the order it is given, so a sorted list stays sorted. */
export function filterIssueRows(rows: readonly IssueRow[], filters: IssueFilters): IssueRow[] {
  const words = normalizeForSearch(filters.query).split(' ').filter(Boolean);
  return rows.filter(({ summary, groupKeys, haystack }) => {
    if (filters.category && summary.category !== filters.category) return false;
    if (filters.status && summary.status !== filters.status) return false;
    if (filters.districtId && !summary.districtIds.includes(filters.districtId)) return false;
    if (filters.groupKey && !groupKeys.includes(filters.groupKey)) return false;
    if (filters.tag && !summary.tags.includes(filters.tag)) return false;
    if (filters.principleId && !summary.principleIds.includes(filters.principleId)) return false;
    return words.every((word) => haystack.includes(word));
  });
}

export function hasIssueFilters(filters: IssueFilters): boolean {
  return filters.query.trim() !== '' || Object.entries(filters).some(([key, value]) => key !== 'query' && value !== null);
}

/** Empty values (no date) go last in either direction, as a reader expects. */
function compareOptional(a: string | undefined, b: string | undefined, desc: boolean): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return (a < b ? -1 : 1) * (desc ? -1 : 1);
}

export function sortIssueRows(rows: readonly IssueRow[], sort: IssueSort, language: Language): IssueRow[] {
  const sign = sort.desc ? -1 : 1;
  const byTitle = (a: IssueRow, b: IssueRow) => compareText(a.title, b.title, language);
  const compare: (a: IssueRow, b: IssueRow) => number = (() => {
    switch (sort.key) {
      case 'title':
        return (a, b) => sign * byTitle(a, b);
      case 'category':
      case 'districts': {
        const key = sort.key;
        return (a, b) => sign * compareText(a[key], b[key], language) || byTitle(a, b);
      }
      case 'status':
        return (a, b) => sign * (ISSUE_STATUSES.indexOf(a.summary.status) - ISSUE_STATUSES.indexOf(b.summary.status)) || byTitle(a, b);
      case 'positions':
        return (a, b) => sign * (a.summary.positions - b.summary.positions) || byTitle(a, b);
      case 'hearingDate':
      case 'voteDate': {
        const key = sort.key;
        return (a, b) => compareOptional(a.summary[key], b.summary[key], sort.desc) || byTitle(a, b);
      }
    }
  })();
  return [...rows].sort(compare);
}

/** Every tag used, alphabetical, for the tag filter. */
export function allTags(summaries: readonly IssueSummary[], language: Language): string[] {
  const tags = new Set<string>();
  for (const summary of summaries) for (const tag of summary.tags) tags.add(tag);
  return [...tags].sort((a, b) => compareText(a, b, language));
}
