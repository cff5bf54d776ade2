import type { EntityOf } from '../schema/collections';

export type Stance = EntityOf<'positions'>['stance'];

/**
 * The three sides a stance counts for. "Support with amendments" is support; "undecided" is no
 * stance at all (it counts among those who gave none, never as an abstention).
 */
export type Side = 'for' | 'against' | 'abstain';

export function sideOf(stance: Stance): Side | undefined {
  switch (stance) {
    case 'support':
    case 'support_amended':
      return 'for';
    case 'oppose':
      return 'against';
    case 'abstain':
      return 'abstain';
    case 'undecided':
      return undefined;
  }
}

export interface StanceCounts {
  support: number;
  support_amended: number;
  abstain: number;
  oppose: number;
  undecided: number;
}

export const emptyCounts = (): StanceCounts => ({ support: 0, support_amended: 0, abstain: 0, oppose: 0, undecided: 0 });

export interface SideCounts {
  for: number;
  against: number;
  abstain: number;
}

export function sides(counts: StanceCounts): SideCounts {
  return { for: counts.support + counts.support_amended, against: counts.oppose, abstain: counts.abstain };
}

/** Agreement of one stance with another, as PublicWhip scores a vote against a policy: 1, ½ or 0. */
export function stanceAgreement(a: Stance, b: Stance): number | undefined {
  const x = sideOf(a);
  const y = sideOf(b);
  if (x === undefined || y === undefined) return undefined;
  if (x === y) return 1;
  if (x === 'abstain' || y === 'abstain') return 0.5;
  return 0;
}
