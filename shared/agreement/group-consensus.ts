import { sideOf, type Side, type Stance } from './stances';

export interface GroupedStance {
  stance: Stance;
  /** The groups the deputy belongs to for this measure: their district, or each of their groups. */
  groups: readonly string[];
}

export interface GroupConsensus {
  /** Geometric mean over groups of each group's smoothed share on the side; 0..1. */
  score: number;
  /** Groups with at least one stance; each counts once, whatever its size. */
  groups: number;
  /** Each group's count of stances and smoothed share, for "what does this rest on". */
  perGroup: { group: string; stances: number; onSide: number; share: number }[];
}

/**
 * Group-informed consensus, after Pol.is: for a side, each group's share on that side is smoothed
 * with a Laplace prior, p = (on side + 1) / (stances + 2) — so that a group of one or two counts for
 * less than a large group that agrees, and no group is ever certain — and the groups' shares are
 * combined by their geometric mean, so every group weighs the same and one large district cannot
 * carry the result alone. Pol.is multiplies the shares; the geometric mean keeps that ordering while
 * staying comparable across issues with different numbers of groups.
 */
export function groupConsensus(stances: readonly GroupedStance[], side: Side): GroupConsensus | null {
  const tally = new Map<string, { stances: number; onSide: number }>();
  for (const { stance, groups } of stances) {
    const stanceSide = sideOf(stance);
    if (stanceSide === undefined) continue;
    for (const group of groups) {
      const entry = tally.get(group) ?? { stances: 0, onSide: 0 };
      entry.stances += 1;
      if (stanceSide === side) entry.onSide += 1;
      tally.set(group, entry);
    }
  }
  if (tally.size === 0) return null;
  let logSum = 0;
  const perGroup: GroupConsensus['perGroup'] = [];
  for (const [group, { stances: count, onSide }] of tally) {
    const share = (onSide + 1) / (count + 2);
    logSum += Math.log(share);
    perGroup.push({ group, stances: count, onSide, share });
  }
  return { score: Math.exp(logSum / tally.size), groups: tally.size, perGroup };
}
