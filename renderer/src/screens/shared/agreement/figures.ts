import type { TFunction } from 'i18next';
import type { Side, Stance } from '../../../../../shared/agreement/stances';

/** A 0..1 figure with two decimals, as the user's language writes it (0,72 / 0.72). */
export function formatIndex(value: number, language: string): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A share as a whole percentage (95 %), as the user's language writes it. */
export function formatPercent(share: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatCount(count: number, language: string): string {
  return new Intl.NumberFormat(language).format(count);
}

/** Stances in the order the distribution shows them: for, through abstaining, to against. */
export const STANCE_ORDER: readonly Stance[] = ['support', 'support_amended', 'abstain', 'oppose', 'undecided'];

export type StanceCountsLike = Record<Stance, number>;

/** The side's name in quotes, for sentences ("for the side «за»"). */
export function sideLabel(t: TFunction, side: Side): string {
  return t(`alliance.sides.${side}`);
}
