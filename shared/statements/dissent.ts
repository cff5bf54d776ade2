import type { EntityOf } from '../schema/collections';

type Position = EntityOf<'positions'>;

export interface DissentEntry {
  deputyId: string;
  issueId: string;
  stance: 'oppose' | 'abstain';
  reasons: string;
}

/**
 * The dissent annex of a statement: the reasons of deputies who oppose or abstain on the
 * statement's issues, one entry per deputy and issue, in a stable order (issue, then deputy).
 */
export function dissentEntries(positions: readonly Position[], issueIds: readonly string[]): DissentEntry[] {
  const issues = new Set(issueIds);
  return positions
    .filter((position) => issues.has(position.issueId) && (position.stance === 'oppose' || position.stance === 'abstain'))
    .map((position) => ({
      deputyId: position.deputyId,
      issueId: position.issueId,
      stance: position.stance as 'oppose' | 'abstain',
      reasons: position.reasons.trim(),
    }))
    .sort((a, b) => issueIds.indexOf(a.issueId) - issueIds.indexOf(b.issueId) || a.deputyId.localeCompare(b.deputyId));
}
