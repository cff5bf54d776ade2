import { allianceOverview, commonGround, type IssueFigures } from '../../../shared/agreement/alliance-overview';
import { findBlocs } from '../../../shared/agreement/blocs';
import { lineAgreement } from '../../../shared/agreement/deputy-agreement';
import { groupConsensus } from '../../../shared/agreement/group-consensus';
import { checkRule, issueAgreement, lineSide } from '../../../shared/agreement/issue-agreement';
import { PairwiseAgreement, type PositionInput } from '../../../shared/agreement/pairwise';
import { principlesSummary } from '../../../shared/agreement/principles-summary';
import type { Stance } from '../../../shared/agreement/stances';
import type { WorkspaceStore } from '../../store/workspace-store';

/** Which deputies and issues a figure covers; every filter is optional. */
export interface Scope {
  category?: string;
  districtId?: string;
  okrug?: string;
  groupId?: string;
}

interface DeputyFacts {
  id: string;
  districtId: string;
  groupIds: string[];
}

/**
 * Agreement figures (README.md, "How agreement is measured") read straight from the store's state. Deputies in scope
 * are the active deputies (of the district, okrug or group when filtered), so that "gave no stance"
 * counts everyone who could have.
 */
export class AgreementService {
  constructor(private readonly store: WorkspaceStore) {}

  private deputiesInScope(scope: Scope): DeputyFacts[] {
    const okrugOf = new Map<string, string | undefined>();
    this.store.forEachLive('districts', (id, fields) => okrugOf.set(id, fields.okrug as string | undefined));
    const deputies: DeputyFacts[] = [];
    this.store.forEachLive('deputies', (id, fields) => {
      if (fields.status !== 'active') return;
      const districtId = fields.districtId as string;
      const groupIds = fields.groupIds as string[];
      if (scope.districtId && districtId !== scope.districtId) return;
      if (scope.okrug && okrugOf.get(districtId) !== scope.okrug) return;
      if (scope.groupId && !groupIds.includes(scope.groupId)) return;
      deputies.push({ id, districtId, groupIds });
    });
    return deputies;
  }

  private issuesInScope(scope: Scope): string[] {
    const ids: string[] = [];
    const inScope = issueFilter(this.store, scope);
    this.store.forEachLive('issues', (id, fields) => {
      if (inScope(fields)) ids.push(id);
    });
    return ids;
  }

  private positions(): PositionInput[] {
    const positions: PositionInput[] = [];
    this.store.forEachLive('positions', (_, fields) =>
      positions.push({ issueId: fields.issueId as string, deputyId: fields.deputyId as string, stance: fields.stance as Stance }),
    );
    return positions;
  }

  /** The agreement panel of one issue. */
  issuePanel(issueId: string) {
    const deputies = this.deputiesInScope({});
    const byId = new Map(deputies.map((deputy) => [deputy.id, deputy]));
    const stances = this.store
      .byIndex('positions', 'issueId', issueId)
      .filter((position) => byId.has(position.deputyId))
      .map((position) => ({ deputyId: position.deputyId, stance: position.stance }));
    const agreement = issueAgreement(stances, deputies.length);
    const line = this.store.byIndex('allianceLines', 'issueId', issueId)[0];
    const side = (line && lineSide(line.stance)) ?? agreement.majoritySide;
    const grouped = (key: (deputy: DeputyFacts) => readonly string[]) =>
      side ? groupConsensus(stances.map((s) => ({ stance: s.stance, groups: key(byId.get(s.deputyId)!) })), side) : null;
    return {
      issueId,
      ...agreement,
      side,
      districtConsensus: grouped((deputy) => [deputy.districtId]),
      groupConsensus: grouped((deputy) => deputy.groupIds),
      line: line ?? null,
      rules: side ? (['unanimity', 'consent', 'two_thirds', 'majority'] as const).map((rule) => checkRule(rule, side, agreement.counts)) : [],
    };
  }

  /** Figures for every issue in scope, with the common-ground and divergence lists. */
  overview(scope: Scope = {}): { figures: IssueFigures[]; common: IssueFigures[]; divergent: IssueFigures[]; deputies: number } {
    const deputies = this.deputiesInScope(scope);
    const districtOf = new Map(deputies.map((deputy) => [deputy.id, deputy.districtId]));
    const figures = allianceOverview({ issueIds: this.issuesInScope(scope), positions: this.positions(), districtOf });
    return { figures, ...commonGround(figures), deputies: deputies.length };
  }

  /** Each deputy's agreement with the alliance line over the issues both have a stance on. */
  lineAgreements(scope: Scope = {}) {
    const lines = new Map<string, Stance>();
    this.store.forEachLive('allianceLines', (_, fields) => lines.set(fields.issueId as string, fields.stance as Stance));
    const pairs = new Map<string, { deputy: Stance; line: Stance }[]>();
    for (const position of this.positions()) {
      const line = lines.get(position.issueId);
      if (!line) continue;
      let list = pairs.get(position.deputyId);
      if (!list) pairs.set(position.deputyId, (list = []));
      list.push({ deputy: position.stance, line });
    }
    return this.deputiesInScope(scope).map((deputy) => ({ deputyId: deputy.id, ...lineAgreement(pairs.get(deputy.id) ?? []) }));
  }

  /**
   * Deputy × deputy agreement and the blocs found in it; each bloc says how many of its pairs
   * (those sharing enough issues) its cohesion rests on.
   */
  blocs(scope: Scope = {}, options?: { threshold?: number; minCommonIssues?: number }) {
    const pairwise = this.pairwise(scope);
    const minIssues = options?.minCommonIssues ?? 3;
    const blocs = findBlocs(pairwise, options).map((bloc) => ({ ...bloc, pairs: countPairs(pairwise, bloc.deputyIds, minIssues) }));
    return { pairwise, blocs };
  }

  /** Deputy × deputy agreement among the deputies in scope, over the issues in scope. */
  pairwise(scope: Scope = {}): PairwiseAgreement {
    const deputyIds = this.deputiesInScope(scope).map((deputy) => deputy.id);
    const issues = new Set(this.issuesInScope(scope));
    return new PairwiseAgreement(
      deputyIds,
      this.positions().filter((position) => issues.has(position.issueId)),
    );
  }

  /** Title and category of each issue named, for lists of figures. */
  issueLabels(issueIds: readonly string[]): Map<string, { title: string; category: string }> {
    const labels = new Map<string, { title: string; category: string }>();
    for (const id of issueIds) {
      const issue = this.store.get('issues', id);
      labels.set(id, { title: issue?.title ?? id, category: issue?.category ?? 'other' });
    }
    return labels;
  }

  principles() {
    const categoryOf = new Map<string, string>();
    this.store.forEachLive('issues', (id, fields) => categoryOf.set(id, fields.category as string));
    const positions: { issueId: string; principleChecks: { principleId: string; verdict: 'upholds' | 'tension' | 'not_relevant' }[] }[] = [];
    this.store.forEachLive('positions', (_, fields) => positions.push(fields as never));
    return principlesSummary(positions, categoryOf);
  }
}

/**
 * Which issues a scope covers: of the category; of the district; of a district in the okrug.
 * A group narrows the deputies, not the issues.
 */
export function issueFilter(store: WorkspaceStore, scope: Scope): (fields: Readonly<Record<string, unknown>>) => boolean {
  let okrugDistricts: Set<string> | undefined;
  if (scope.okrug) {
    okrugDistricts = new Set();
    store.forEachLive('districts', (id, fields) => {
      if (fields.okrug === scope.okrug) okrugDistricts!.add(id);
    });
  }
  return (fields) => {
    if (scope.category && fields.category !== scope.category) return false;
    const districtIds = fields.districtIds as string[];
    if (scope.districtId && !districtIds.includes(scope.districtId)) return false;
    if (okrugDistricts && !districtIds.some((id) => okrugDistricts!.has(id))) return false;
    return true;
  };
}

function countPairs(pairwise: PairwiseAgreement, deputyIds: readonly string[], minIssues: number): number {
  let pairs = 0;
  for (let x = 0; x < deputyIds.length; x += 1) {
    for (let y = x + 1; y < deputyIds.length; y += 1) {
      if (pairwise.between(deputyIds[x]!, deputyIds[y]!).issues >= minIssues) pairs += 1;
    }
  }
  return pairs;
}
