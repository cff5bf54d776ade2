import type { Stance } from '../../shared/agreement/stances';
import type { WorkspaceStore } from '../store/workspace-store';
import type { Scope } from './agreement-service';

const CODE: Record<Stance, string> = { support: 's', support_amended: 'a', abstain: 'b', oppose: 'o', undecided: 'u' };

/**
 * Deputies × issues of stances, one letter per cell, a page of issues at a time: deputies in scope
 * by name, issues with the most stances first (the ones the alliance has said most about).
 */
export function stanceMatrix(store: WorkspaceStore, scope: Scope, issueOffset: number, issueLimit: number) {
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
  deputies.sort((a, b) => a.name.localeCompare(b.name, 'ru'));
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
  store.forEachLive('issues', (id, fields) => {
    if (scope.category && fields.category !== scope.category) return;
    if (scope.districtId && !(fields.districtIds as string[]).includes(scope.districtId)) return;
    if (stancesByIssue.has(id)) issueIds.push(id);
  });
  issueIds.sort((a, b) => stancesByIssue.get(b)!.length - stancesByIssue.get(a)!.length || (a < b ? -1 : 1));
  const page = issueIds.slice(issueOffset, issueOffset + issueLimit);
  const cells = new Array<string>(deputies.length * page.length).fill('.');
  page.forEach((issueId, column) => {
    for (const { row: r, code } of stancesByIssue.get(issueId)!) cells[r * page.length + column] = code;
  });
  return { deputyIds: deputies.map((deputy) => deputy.id), issueIds: page, issueTotal: issueIds.length, cells: cells.join('') };
}
