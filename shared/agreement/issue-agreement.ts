import type { EntityOf } from '../schema/collections';
import { emptyCounts, sideOf, sides, type Side, type Stance, type StanceCounts } from './stances';

export type DecisionRule = EntityOf<'allianceLines'>['rule'];

export interface StanceInput {
  deputyId: string;
  stance: Stance;
}

export interface IssueAgreement {
  counts: StanceCounts;
  /** Deputies in scope who took a stance (support, amendments, abstain or oppose). */
  withStance: number;
  /** Deputies in scope with no position, or "undecided". */
  withoutStance: number;
  /**
   * Agreement index of Hix, Noury and Roland (2005), used for the European Parliament:
   * AI = (max(F, A, Ab) − ½·(F + A + Ab − max)) / (F + A + Ab), from 0 (an even three-way split)
   * to 1 (everyone on one side). Null when nobody took a stance.
   */
  agreementIndex: number | null;
  /** The side most deputies took; null when nobody took one or on a tie. */
  majoritySide: Side | null;
}

/** The stance distribution and agreement index of one issue among the deputies in scope. */
export function issueAgreement(stances: readonly StanceInput[], deputiesInScope: number): IssueAgreement {
  const counts = emptyCounts();
  for (const { stance } of stances) counts[stance] += 1;
  const side = sides(counts);
  const withStance = side.for + side.against + side.abstain;
  const ranked = (Object.entries(side) as [Side, number][]).sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  return {
    counts,
    withStance,
    withoutStance: Math.max(0, deputiesInScope - withStance),
    agreementIndex: withStance === 0 ? null : (top![1] - 0.5 * (withStance - top![1])) / withStance,
    majoritySide: withStance === 0 || top![1] === second![1] ? null : top![0],
  };
}

export interface RuleCheck {
  rule: DecisionRule;
  side: Side;
  met: boolean;
  /** Deputies on the side, and the number the rule needs (or objections allowed, for consent). */
  onSide: number;
  needed: number;
  objections: number;
}

/**
 * Whether a decision rule is met for a side, counting deputies who took a stance:
 * unanimity — all of them on the side; consent — at least one on the side and nobody on the other
 * (abstaining is standing aside, not objecting); two-thirds — at least ⅔ on the side;
 * majority — more than half on the side.
 */
export function checkRule(rule: DecisionRule, side: Side, counts: StanceCounts): RuleCheck {
  const tally = sides(counts);
  const total = tally.for + tally.against + tally.abstain;
  const onSide = tally[side];
  const objections = side === 'for' ? tally.against : side === 'against' ? tally.for : 0;
  const needed = {
    unanimity: total,
    consent: 1,
    two_thirds: Math.ceil((2 * total) / 3),
    majority: Math.floor(total / 2) + 1,
  }[rule];
  const met = total > 0 && onSide >= needed && (rule !== 'consent' || objections === 0);
  return { rule, side, met, onSide, needed, objections };
}

/** The side an adopted stance stands for (an "undecided" line would stand for none). */
export function lineSide(stance: Stance): Side | undefined {
  return sideOf(stance);
}
