import { sideOf, type Stance } from './stances';

export interface PositionInput {
  issueId: string;
  deputyId: string;
  stance: Stance;
}

/**
 * Deputy × deputy agreement: for each pair, the mean over the issues both took a stance on of
 * 1 (same side), ½ (one abstains) or 0 (opposite sides), with the number of such issues.
 * Stored as flat n×n arrays (symmetric); computed issue by issue, so the cost grows with the
 * positions per issue squared, not with the number of deputies squared times issues.
 */
export class PairwiseAgreement {
  readonly index: ReadonlyMap<string, number>;
  private readonly sums: Float64Array;
  private readonly counts: Uint32Array;

  constructor(
    readonly deputyIds: readonly string[],
    positions: Iterable<PositionInput>,
  ) {
    const n = deputyIds.length;
    this.index = new Map(deputyIds.map((id, i) => [id, i]));
    this.sums = new Float64Array(n * n);
    this.counts = new Uint32Array(n * n);
    const byIssue = new Map<string, { deputy: number; side: number }[]>();
    for (const position of positions) {
      const deputy = this.index.get(position.deputyId);
      const side = sideOf(position.stance);
      if (deputy === undefined || side === undefined) continue;
      let list = byIssue.get(position.issueId);
      if (!list) byIssue.set(position.issueId, (list = []));
      list.push({ deputy, side: side === 'for' ? 1 : side === 'against' ? -1 : 0 });
    }
    for (const list of byIssue.values()) {
      for (let i = 0; i < list.length; i += 1) {
        const a = list[i]!;
        for (let j = i + 1; j < list.length; j += 1) {
          const b = list[j]!;
          if (a.deputy === b.deputy) continue;
          const score = a.side === b.side ? 1 : a.side === 0 || b.side === 0 ? 0.5 : 0;
          this.add(a.deputy, b.deputy, score);
          this.add(b.deputy, a.deputy, score);
        }
      }
    }
  }

  private add(a: number, b: number, score: number): void {
    const cell = a * this.deputyIds.length + b;
    this.sums[cell]! += score;
    this.counts[cell]! += 1;
  }

  /** Agreement of two deputies: share (null without a common issue) and the common issues. */
  between(a: string, b: string): { share: number | null; issues: number } {
    const i = this.index.get(a);
    const j = this.index.get(b);
    if (i === undefined || j === undefined) return { share: null, issues: 0 };
    const cell = i * this.deputyIds.length + j;
    const issues = this.counts[cell]!;
    return { share: issues === 0 ? null : this.sums[cell]! / issues, issues };
  }

  /** Raw access by index, for clustering. */
  cell(i: number, j: number): { sum: number; issues: number } {
    const cell = i * this.deputyIds.length + j;
    return { sum: this.sums[cell]!, issues: this.counts[cell]! };
  }
}
