import type { EntityOf } from '../../../../../shared/schema/collections';

export type Stance = EntityOf<'positions'>['stance'];
export type Verdict = EntityOf<'positions'>['principleChecks'][number]['verdict'];
export type Provenance = EntityOf<'positions'>['provenance'];
export type OnBehalfChannel = Exclude<Provenance['channel'], 'self'>;

/** Stances from "for" to "against", then "undecided": the order of every list, radio group and shortcut (1–5). */
export const STANCES: readonly Stance[] = ['support', 'support_amended', 'abstain', 'oppose', 'undecided'];
export const VERDICTS: readonly Verdict[] = ['upholds', 'tension', 'not_relevant'];
export const ON_BEHALF_CHANNELS: readonly OnBehalfChannel[] = ['phone', 'meeting', 'message'];

export function stanceRank(stance: Stance): number {
  return STANCES.indexOf(stance);
}
