import type { EntityOf } from '../schema/collections';

type Verdict = EntityOf<'positions'>['principleChecks'][number]['verdict'];

export interface PrincipleTally {
  upholds: number;
  tension: number;
  not_relevant: number;
}

export interface PrinciplesSummary {
  /** Per principle id: totals, and the same split by issue category. */
  byPrinciple: Map<string, { total: PrincipleTally; byCategory: Map<string, PrincipleTally> }>;
  /** Positions that carry at least one principle check (what the figures rest on). */
  positionsChecked: number;
}

/** How often each principle is upheld or in tension across positions, overall and by category. */
export function principlesSummary(
  positions: Iterable<{ issueId: string; principleChecks: readonly { principleId: string; verdict: Verdict }[] }>,
  categoryOf: ReadonlyMap<string, string>,
): PrinciplesSummary {
  const byPrinciple: PrinciplesSummary['byPrinciple'] = new Map();
  let positionsChecked = 0;
  for (const position of positions) {
    if (position.principleChecks.length === 0) continue;
    positionsChecked += 1;
    const category = categoryOf.get(position.issueId) ?? 'other';
    for (const { principleId, verdict } of position.principleChecks) {
      let entry = byPrinciple.get(principleId);
      if (!entry) byPrinciple.set(principleId, (entry = { total: emptyTally(), byCategory: new Map() }));
      entry.total[verdict] += 1;
      let perCategory = entry.byCategory.get(category);
      if (!perCategory) entry.byCategory.set(category, (perCategory = emptyTally()));
      perCategory[verdict] += 1;
    }
  }
  return { byPrinciple, positionsChecked };
}

const emptyTally = (): PrincipleTally => ({ upholds: 0, tension: 0, not_relevant: 0 });
