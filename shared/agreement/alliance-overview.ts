import { groupConsensus, type GroupConsensus } from './group-consensus';
import { issueAgreement, type IssueAgreement } from './issue-agreement';
import type { PositionInput } from './pairwise';
import type { Side } from './stances';

export interface IssueFigures extends IssueAgreement {
  issueId: string;
  /** Consensus across districts on the majority side (null without a majority side). */
  districtConsensus: GroupConsensus | null;
}

export interface OverviewInput {
  issueIds: readonly string[];
  positions: Iterable<PositionInput>;
  /** District of each deputy in scope (deputies outside the map are left out). */
  districtOf: ReadonlyMap<string, string>;
}

/**
 * Agreement figures for every issue at once: one pass to group the positions by issue, then the
 * per-issue measures. "In scope" for an issue means every deputy in the map, so that "gave no
 * stance" counts the whole alliance.
 */
export function allianceOverview({ issueIds, positions, districtOf }: OverviewInput): IssueFigures[] {
  const byIssue = new Map<string, PositionInput[]>();
  for (const position of positions) {
    if (!districtOf.has(position.deputyId)) continue;
    let list = byIssue.get(position.issueId);
    if (!list) byIssue.set(position.issueId, (list = []));
    list.push(position);
  }
  const inScope = districtOf.size;
  return issueIds.map((issueId) => {
    const stances = byIssue.get(issueId) ?? [];
    const agreement = issueAgreement(stances, inScope);
    return {
      issueId,
      ...agreement,
      districtConsensus: consensusOn(agreement.majoritySide, stances, districtOf),
    };
  });
}

function consensusOn(side: Side | null, stances: PositionInput[], districtOf: ReadonlyMap<string, string>) {
  if (side === null) return null;
  return groupConsensus(
    stances.map((position) => ({ stance: position.stance, groups: [districtOf.get(position.deputyId)!] })),
    side,
  );
}

export interface GroundOptions {
  /** Issues resting on fewer stances than this are neither common ground nor divergence. */
  minStances?: number;
}

/**
 * Common ground: issues with a clear majority side (agreement index ≥ 0.7) that holds across
 * districts (group-informed consensus ≥ 0.6). Divergence: issues that split the alliance
 * (agreement index < 0.4). Both need enough stances to say anything.
 */
export function commonGround(figures: readonly IssueFigures[], options: GroundOptions = {}) {
  const minStances = options.minStances ?? 3;
  const enough = figures.filter((figure) => figure.withStance >= minStances && figure.agreementIndex !== null);
  const common = enough
    .filter((figure) => figure.agreementIndex! >= 0.7 && (figure.districtConsensus?.score ?? 0) >= 0.6)
    .sort((a, b) => b.agreementIndex! - a.agreementIndex! || b.withStance - a.withStance);
  const divergent = enough
    .filter((figure) => figure.agreementIndex! < 0.4)
    .sort((a, b) => a.agreementIndex! - b.agreementIndex! || b.withStance - a.withStance);
  return { common, divergent };
}
