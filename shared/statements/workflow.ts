import type { EntityOf } from '../schema/collections';

export type StatementStatus = EntityOf<'statements'>['status'];
type PrincipleCheck = EntityOf<'statements'>['review'][number];

/**
 * The life of a joint statement: draft → review → open for signature → published, or withdrawn at
 * any point before publication and after it (a published text can be retracted, never edited back
 * into a draft); a withdrawn statement can be taken up again as a draft. Going back from review or
 * from open to the previous step is allowed so that a text can be reworked.
 */
const TRANSITIONS = {
  draft: ['review', 'withdrawn'],
  review: ['draft', 'open', 'withdrawn'],
  open: ['review', 'published', 'withdrawn'],
  published: ['withdrawn'],
  withdrawn: ['draft'],
} as const satisfies Record<StatementStatus, readonly StatementStatus[]>;

/**
 * The statuses each status may move to, as types: the status bar words each move with a key
 * `statements.move.<from>.<to>` (renderer/src/screens/statements/moveText.ts), checked against these.
 */
export type TransitionTargets = { [From in StatementStatus]: (typeof TRANSITIONS)[From][number] };

export function allowedTransitions(from: StatementStatus): readonly StatementStatus[] {
  return TRANSITIONS[from];
}

export type TransitionProblem = 'not_allowed' | 'review_incomplete' | 'no_version';

/** Why a move is refused, or null when it may go ahead. */
export function transitionProblem(
  from: StatementStatus,
  to: StatementStatus,
  context: { review: readonly PrincipleCheck[]; principleIds: readonly string[]; hasVersion: boolean },
): TransitionProblem | null {
  if (!allowedTransitions(from).includes(to)) return 'not_allowed';
  if (to === 'open') {
    if (!context.hasVersion) return 'no_version';
    if (reviewGaps(context.review, context.principleIds).length > 0) return 'review_incomplete';
  }
  return null;
}

export type ReviewGap = { principleId: string; problem: 'missing' | 'note_required' };

/**
 * The principle review must be complete before a statement opens for signature: every principle
 * has a verdict, and every "in tension" verdict has a note that says why.
 */
export function reviewGaps(review: readonly PrincipleCheck[], principleIds: readonly string[]): ReviewGap[] {
  const byPrinciple = new Map(review.map((check) => [check.principleId, check]));
  const gaps: ReviewGap[] = [];
  for (const principleId of principleIds) {
    const check = byPrinciple.get(principleId);
    if (!check) gaps.push({ principleId, problem: 'missing' });
    else if (check.verdict === 'tension' && check.note.trim() === '') gaps.push({ principleId, problem: 'note_required' });
  }
  return gaps;
}
