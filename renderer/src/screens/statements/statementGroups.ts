import type { StatementStatus } from '../../../../shared/statements/workflow';
import { compareText, matchesQuery } from '../../lib/search';
import type { StatementSummary } from './data';

export type Grouping = 'status' | 'issue' | 'signer';
export const GROUPINGS: readonly Grouping[] = ['status', 'issue', 'signer'];
export const STATUS_ORDER: readonly StatementStatus[] = ['draft', 'review', 'open', 'published', 'withdrawn'];

export interface GroupItem {
  statement: StatementSummary;
  /** In the by-signer list: that deputy's signature on the statement. */
  signer?: StatementSummary['signers'][number];
}

export interface StatementGroup {
  key: string;
  /** A status, an issue id or a deputy id, by grouping; null for "no issue". */
  subject: string | null;
  title: string;
  items: GroupItem[];
}

interface Names {
  status: (status: StatementStatus) => string;
  issue: (id: string) => string;
  deputy: (id: string) => string;
  noIssue: string;
  locale: string;
}

const newestFirst = (a: GroupItem, b: GroupItem) => b.statement.updatedAt.localeCompare(a.statement.updatedAt);

/**
 * The statements matching `query` (title words, ё = е), grouped: by status in workflow order; by
 * issue (a statement on two issues is under both; those on none come last); or by signer (each
 * deputy with the statements they signed). Within a group, the most recently changed first.
 */
export function groupStatements(all: readonly StatementSummary[], grouping: Grouping, query: string, names: Names): StatementGroup[] {
  const statements = all.filter((statement) => matchesQuery(query, statement.title));
  const groups = new Map<string, StatementGroup>();
  const add = (key: string, subject: string | null, title: string, item: GroupItem) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, subject, title, items: [] }));
    group.items.push(item);
  };
  for (const statement of statements) {
    if (grouping === 'status') add(statement.status, statement.status, names.status(statement.status), { statement });
    else if (grouping === 'issue') {
      if (statement.issueIds.length === 0) add('none', null, names.noIssue, { statement });
      for (const issueId of statement.issueIds) add(`issue:${issueId}`, issueId, names.issue(issueId), { statement });
    } else {
      for (const signer of statement.signers) add(`deputy:${signer.deputyId}`, signer.deputyId, names.deputy(signer.deputyId), { statement, signer });
    }
  }
  const result = [...groups.values()];
  for (const group of result) group.items.sort(newestFirst);
  if (grouping === 'status') return STATUS_ORDER.flatMap((status) => result.filter((group) => group.subject === status));
  return result.sort((a, b) => Number(a.subject === null) - Number(b.subject === null) || compareText(a.title, b.title, names.locale));
}
