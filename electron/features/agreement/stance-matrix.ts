import type { Stance } from '../../../shared/agreement/stances';
import type { CollectionName } from '../../../shared/schema/collections';
import type { WorkspaceStore } from '../../store/workspace-store';
import { issueFilter, type Scope } from './agreement-service';

const CODE: Record<Stance, string> = { support: 's', support_amended: 'a', abstain: 'b', oppose: 'o', undecided: 'u' };
const byName = new Intl.Collator('ru');

/** What every page of one scope's matrix is cut from. */
interface Prepared {
  deputies: { id: string; name: string }[];
  /** Issues in scope with at least one stance, the most stances first. */
  issueIds: string[];
  stancesByIssue: Map<string, { row: number; code: string }[]>;
}

/** The collections a matrix is read from: a change to any of them makes a prepared matrix stale. */
const SOURCES: ReadonlySet<CollectionName> = new Set(['positions', 'issues', 'deputies', 'districts']);
const MAX_SCOPES = 8;
const prepared = new WeakMap<WorkspaceStore, Map<string, Prepared>>();

/**
 * The prepared matrix of a scope, kept until the store changes, so that paging through 10,000
 * issues costs the cut of one page rather than a pass over 150,000 positions.
 */
function preparedFor(store: WorkspaceStore, scope: Scope): Prepared {
  let byScope = prepared.get(store);
  if (!byScope) {
    const cache = new Map<string, Prepared>();
    prepared.set(store, cache);
    store.subscribe((change) => {
      if (SOURCES.has(change.collection)) cache.clear();
    });
    byScope = cache;
  }
  const key = JSON.stringify([scope.category, scope.districtId, scope.okrug, scope.groupId]);
  let entry = byScope.get(key);
  if (!entry) {
    if (byScope.size >= MAX_SCOPES) byScope.clear();
    entry = prepare(store, scope);
    byScope.set(key, entry);
  }
  return entry;
}

function prepare(store: WorkspaceStore, scope: Scope): Prepared {
  const deputies: { id: string; name: string }[] = [];
  const okrugOf = new Map<string, unknown>();
  store.forEachLive('districts', (id, fields) => okrugOf.set(id, fields.okrug));
  store.forEachLive('deputies', (id, fields) => {
    if (fields.status !== 'active') return;
    if (scope.districtId && fields.districtId !== scope.districtId) return;
    if (scope.okrug && okrugOf.get(fields.districtId as string) !== scope.okrug) return;
    if (scope.groupId && !(fields.groupIds as string[]).includes(scope.groupId)) return;
    deputies.push({ id, name: fields.name as string });
  });
  deputies.sort((a, b) => byName.compare(a.name, b.name));
  const row = new Map(deputies.map((deputy, i) => [deputy.id, i]));
  const stancesByIssue = new Map<string, { row: number; code: string }[]>();
  store.forEachLive('positions', (_, fields) => {
    const at = row.get(fields.deputyId as string);
    if (at === undefined) return;
    let list = stancesByIssue.get(fields.issueId as string);
    if (!list) stancesByIssue.set(fields.issueId as string, (list = []));
    list.push({ row: at, code: CODE[fields.stance as Stance] });
  });
  const issueIds: string[] = [];
  const inScope = issueFilter(store, scope);
  store.forEachLive('issues', (id, fields) => {
    if (stancesByIssue.has(id) && inScope(fields)) issueIds.push(id);
  });
  issueIds.sort((a, b) => stancesByIssue.get(b)!.length - stancesByIssue.get(a)!.length || (a < b ? -1 : 1));
  return { deputies, issueIds, stancesByIssue };
}

/**
 * Deputies × issues of stances, one letter per cell, a page of issues at a time: deputies in scope
 * by name, issues with the most stances first (the ones the alliance has said most about).
 */
export function stanceMatrix(store: WorkspaceStore, scope: Scope, issueOffset: number, issueLimit: number) {
  const { deputies, issueIds, stancesByIssue } = preparedFor(store, scope);
  const page = issueIds.slice(issueOffset, issueOffset + issueLimit);
  const cells = new Array<string>(deputies.length * page.length).fill('.');
  page.forEach((issueId, column) => {
    for (const { row: r, code } of stancesByIssue.get(issueId)!) cells[r * page.length + column] = code;
  });
  return {
    deputyIds: deputies.map((deputy) => deputy.id),
    deputyNames: deputies.map((deputy) => deputy.name),
    issueIds: page,
    issueTitles: page.map((issueId) => store.get('issues', issueId)?.title ?? issueId),
    issueTotal: issueIds.length,
    cells: cells.join(''),
  };
}
