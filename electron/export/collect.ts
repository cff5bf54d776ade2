import type { ExportData, ExportTarget } from '../../shared/export/input';
import type { AllianceLine, Issue, Position } from '../../shared/schema/collections';
import type { WorkspaceStore } from '../store/workspace-store';

/** What an export reads from a workspace (the store, or anything shaped like it in tests). */
export type ExportReader = Pick<WorkspaceStore, 'get' | 'list' | 'byIndex'> & { manifest: { name: string } };

/**
 * Reads the records a target needs, through the store's indexes: one district's summary on the
 * moscow profile reads its deputies' stances and their issues, not all 150,000 positions.
 */
export function collectExportData(store: ExportReader, target: ExportTarget): ExportData {
  const base = {
    allianceName: store.manifest.name,
    principles: store.list('principles').items,
    districts: store.list('districts').items,
    groups: store.list('groups').items,
    deputies: store.list('deputies').items,
    statements: [],
    statementVersions: [],
    signatures: [],
  };
  switch (target.kind) {
    case 'alliance':
      return { ...base, issues: store.list('issues').items, positions: store.list('positions').items, allianceLines: store.list('allianceLines').items };
    case 'issue':
      return { ...base, ...aroundIssues(store, [target.id]) };
    case 'deputy':
      return { ...base, ...aroundDeputies(store, [target.id], []) };
    case 'district': {
      const members = base.deputies.filter((deputy) => deputy.districtId === target.id).map((deputy) => deputy.id);
      const local = store.list('issues').items.filter((issue) => issue.districtIds.includes(target.id));
      return { ...base, ...aroundDeputies(store, members, local) };
    }
    case 'group': {
      const members = base.deputies.filter((deputy) => deputy.groupIds.includes(target.id)).map((deputy) => deputy.id);
      return { ...base, ...aroundDeputies(store, members, []) };
    }
    case 'statement': {
      const statement = store.get('statements', target.id);
      return {
        ...base,
        ...aroundIssues(store, statement?.issueIds ?? []),
        statements: statement ? [statement] : [],
        statementVersions: store.byIndex('statementVersions', 'statementId', target.id),
        signatures: store.byIndex('signatures', 'statementId', target.id),
      };
    }
  }
}

/** Issues by id with all their stances and lines. */
function aroundIssues(store: ExportReader, issueIds: readonly string[]) {
  const issues: Issue[] = [];
  const positions: Position[] = [];
  const allianceLines: AllianceLine[] = [];
  for (const id of new Set(issueIds)) {
    const issue = store.get('issues', id);
    if (!issue) continue;
    issues.push(issue);
    positions.push(...store.byIndex('positions', 'issueId', id));
    allianceLines.push(...store.byIndex('allianceLines', 'issueId', id));
  }
  return { issues, positions, allianceLines };
}

/** The deputies' stances, the issues those are on (plus any given), and those issues' lines. */
function aroundDeputies(store: ExportReader, deputyIds: readonly string[], extraIssues: readonly Issue[]) {
  const positions = deputyIds.flatMap((id) => store.byIndex('positions', 'deputyId', id));
  const issues = new Map(extraIssues.map((issue) => [issue.id, issue]));
  for (const position of positions) {
    if (issues.has(position.issueId)) continue;
    const issue = store.get('issues', position.issueId);
    if (issue) issues.set(issue.id, issue);
  }
  const allianceLines = [...issues.keys()].flatMap((id) => store.byIndex('allianceLines', 'issueId', id));
  return { issues: [...issues.values()], positions, allianceLines };
}
