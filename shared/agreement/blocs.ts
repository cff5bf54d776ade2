import type { PairwiseAgreement } from './pairwise';

export interface Bloc {
  deputyIds: string[];
  /** Mean agreement over the pairs inside the bloc that share issues, and how many issues those pairs share. */
  cohesion: number;
  pairIssues: number;
}

export interface BlocOptions {
  /** Pairs must agree at least this much on average to join (0..1). */
  threshold?: number;
  /** Pairs with fewer common issues than this say nothing about each other. */
  minCommonIssues?: number;
}

/**
 * Blocs of deputies who tend to agree: average-linkage agglomerative clustering on the pairwise
 * agreement. Two clusters merge while the mean agreement of all their cross pairs (those with
 * enough common issues) is at least the threshold; the result does not depend on input order
 * beyond ties, which are broken by the lower index. Deputies who join nobody are left out.
 */
export function findBlocs(pairwise: PairwiseAgreement, options: BlocOptions = {}): Bloc[] {
  const threshold = options.threshold ?? 0.75;
  const minIssues = options.minCommonIssues ?? 3;
  const n = pairwise.deputyIds.length;
  // Link sums between clusters: agreement sum and count of qualifying pairs.
  const linkSum = new Float64Array(n * n);
  const linkCount = new Uint32Array(n * n);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      if (i === j) continue;
      const { sum, issues } = pairwise.cell(i, j);
      if (issues >= minIssues) {
        linkSum[i * n + j] = sum / issues;
        linkCount[i * n + j] = 1;
      }
    }
  }
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best = -1;
    let bestA = -1;
    let bestB = -1;
    for (let a = 0; a < n; a += 1) {
      if (!members[a]) continue;
      for (let b = a + 1; b < n; b += 1) {
        if (!members[b]) continue;
        const count = linkCount[a * n + b]!;
        if (count === 0) continue;
        const mean = linkSum[a * n + b]! / count;
        if (mean > best) {
          best = mean;
          bestA = a;
          bestB = b;
        }
      }
    }
    if (best < threshold || bestA === -1) break;
    // Merge b into a: links to every other cluster add up.
    for (let c = 0; c < n; c += 1) {
      if (!members[c] || c === bestA || c === bestB) continue;
      linkSum[bestA * n + c]! += linkSum[bestB * n + c]!;
      linkCount[bestA * n + c]! += linkCount[bestB * n + c]!;
      linkSum[c * n + bestA] = linkSum[bestA * n + c]!;
      linkCount[c * n + bestA] = linkCount[bestA * n + c]!;
    }
    members[bestA] = [...members[bestA]!, ...members[bestB]!];
    members[bestB] = null;
  }
  return members
    .filter((group): group is number[] => group !== null && group.length > 1)
    .map((group) => describeBloc(pairwise, group, minIssues))
    .sort((a, b) => b.deputyIds.length - a.deputyIds.length || b.cohesion - a.cohesion);
}

function describeBloc(pairwise: PairwiseAgreement, group: number[], minIssues: number): Bloc {
  let total = 0;
  let pairs = 0;
  let pairIssues = 0;
  for (let x = 0; x < group.length; x += 1) {
    for (let y = x + 1; y < group.length; y += 1) {
      const { sum, issues } = pairwise.cell(group[x]!, group[y]!);
      if (issues < minIssues) continue;
      total += sum / issues;
      pairs += 1;
      pairIssues += issues;
    }
  }
  return {
    deputyIds: group.map((i) => pairwise.deputyIds[i]!).sort(),
    cohesion: pairs === 0 ? 0 : total / pairs,
    pairIssues,
  };
}
