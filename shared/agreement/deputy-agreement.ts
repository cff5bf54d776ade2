import { stanceAgreement, type Stance } from './stances';

/** Plain-language bands for a deputy's agreement with the alliance line, after TheyWorkForYou. */
export type AgreementBand =
  | 'almost_always_agrees'
  | 'generally_agrees'
  | 'mixed'
  | 'generally_differs'
  | 'almost_always_differs'
  | 'too_few';

/** Fewer common issues than this and a share says too little to be put in words. */
export const MIN_ISSUES_FOR_BAND = 3;

export function bandOf(share: number | null, issues: number): AgreementBand {
  if (share === null || issues < MIN_ISSUES_FOR_BAND) return 'too_few';
  if (share >= 0.9) return 'almost_always_agrees';
  if (share >= 0.7) return 'generally_agrees';
  if (share > 0.3) return 'mixed';
  if (share > 0.1) return 'generally_differs';
  return 'almost_always_differs';
}

export interface LineAgreement {
  /** Mean score over the issues both have a stance on: same side 1, one abstains ½, opposite 0. */
  share: number | null;
  /** Issues with both an alliance line and a stance of the deputy (undecided does not count). */
  issues: number;
  agreed: number;
  partly: number;
  differed: number;
  band: AgreementBand;
}

/**
 * A deputy's agreement with the alliance line, in the spirit of PublicWhip's policy agreement:
 * over the issues where the alliance adopted a line and the deputy took a stance, the mean of 1 for
 * the same side, ½ where one of the two abstains, and 0 for the opposite side.
 */
export function lineAgreement(pairs: readonly { deputy: Stance; line: Stance }[]): LineAgreement {
  let sum = 0;
  let issues = 0;
  let agreed = 0;
  let partly = 0;
  let differed = 0;
  for (const { deputy, line } of pairs) {
    const score = stanceAgreement(deputy, line);
    if (score === undefined) continue;
    issues += 1;
    sum += score;
    if (score === 1) agreed += 1;
    else if (score === 0) differed += 1;
    else partly += 1;
  }
  const share = issues === 0 ? null : sum / issues;
  return { share, issues, agreed, partly, differed, band: bandOf(share, issues) };
}
