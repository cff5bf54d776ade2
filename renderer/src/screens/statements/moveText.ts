import type { TFunction } from 'i18next';
import type { StatementStatus, TransitionTargets } from '../../../../shared/statements/workflow';

type MoveWords = { [From in StatementStatus]: (to: TransitionTargets[From]) => string };

/**
 * One function per status, so each one's `to` is narrowed to the moves shared/statements/workflow.ts
 * allows from it: a move the workflow gains without words in the dictionaries fails typecheck.
 */
function moveWords(t: TFunction): MoveWords {
  return {
    draft: (to) => t(`statements.move.draft.${to}`),
    review: (to) => t(`statements.move.review.${to}`),
    open: (to) => t(`statements.move.open.${to}`),
    published: (to) => t(`statements.move.published.${to}`),
    withdrawn: (to) => t(`statements.move.withdrawn.${to}`),
  };
}

/** A move's button text, e.g. «Открыть для подписей» for review → open. */
export function moveText<From extends StatementStatus>(t: TFunction, from: From, to: TransitionTargets[From]): string {
  return moveWords(t)[from](to);
}
