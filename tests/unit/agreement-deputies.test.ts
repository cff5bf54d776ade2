import { describe, expect, it } from 'vitest';
import { allianceOverview, commonGround } from '../../shared/agreement/alliance-overview';
import { findBlocs } from '../../shared/agreement/blocs';
import { bandOf, lineAgreement } from '../../shared/agreement/deputy-agreement';
import { PairwiseAgreement, type PositionInput } from '../../shared/agreement/pairwise';
import { principlesSummary } from '../../shared/agreement/principles-summary';

describe('agreement with the alliance line', () => {
  it('scores same side 1, an abstention ½, the opposite side 0, by hand', () => {
    const result = lineAgreement([
      { deputy: 'support', line: 'support_amended' }, // 1
      { deputy: 'oppose', line: 'support' }, // 0
      { deputy: 'abstain', line: 'oppose' }, // ½
      { deputy: 'undecided', line: 'support' }, // not counted
    ]);
    expect(result).toMatchObject({ issues: 3, agreed: 1, partly: 1, differed: 1, band: 'mixed' });
    expect(result.share).toBeCloseTo(0.5, 10);
  });

  it('says "too few" rather than a band for fewer than three issues, and null without any', () => {
    expect(lineAgreement([{ deputy: 'support', line: 'support' }])).toMatchObject({ share: 1, issues: 1, band: 'too_few' });
    expect(lineAgreement([])).toMatchObject({ share: null, issues: 0, band: 'too_few' });
  });

  it('puts shares in plain-language bands', () => {
    expect(bandOf(0.95, 10)).toBe('almost_always_agrees');
    expect(bandOf(0.75, 10)).toBe('generally_agrees');
    expect(bandOf(0.5, 10)).toBe('mixed');
    expect(bandOf(0.2, 10)).toBe('generally_differs');
    expect(bandOf(0.05, 10)).toBe('almost_always_differs');
  });
});

const p = (issueId: string, deputyId: string, stance: PositionInput['stance']): PositionInput => ({ issueId, deputyId, stance });

describe('deputy × deputy agreement', () => {
  it('computes pair shares over common issues by hand', () => {
    const pairwise = new PairwiseAgreement(
      ['a', 'b', 'c'],
      [p('i1', 'a', 'support'), p('i1', 'b', 'support'), p('i2', 'a', 'support'), p('i2', 'b', 'abstain'), p('i3', 'a', 'oppose'), p('i3', 'b', 'support'), p('i4', 'c', 'support')],
    );
    expect(pairwise.between('a', 'b')).toEqual({ share: 0.5, issues: 3 });
    expect(pairwise.between('b', 'a')).toEqual({ share: 0.5, issues: 3 });
  });

  it('says nothing for deputies without a common issue', () => {
    const pairwise = new PairwiseAgreement(['a', 'c'], [p('i1', 'a', 'support'), p('i4', 'c', 'support')]);
    expect(pairwise.between('a', 'c')).toEqual({ share: null, issues: 0 });
    expect(pairwise.between('a', 'unknown')).toEqual({ share: null, issues: 0 });
  });

  it('finds blocs of deputies who tend to agree, with their counts', () => {
    const positions: PositionInput[] = [];
    for (let i = 0; i < 6; i += 1) {
      const issue = `i${i}`;
      for (const deputy of ['a1', 'a2', 'a3']) positions.push(p(issue, deputy, 'support'));
      for (const deputy of ['b1', 'b2']) positions.push(p(issue, deputy, 'oppose'));
      positions.push(p(issue, 'loner', i % 2 ? 'support' : 'oppose'));
    }
    const blocs = findBlocs(new PairwiseAgreement(['a1', 'a2', 'a3', 'b1', 'b2', 'loner'], positions));
    expect(blocs.map((bloc) => bloc.deputyIds)).toEqual([
      ['a1', 'a2', 'a3'],
      ['b1', 'b2'],
    ]);
    expect(blocs[0]).toMatchObject({ cohesion: 1, pairIssues: 18 });
  });
});

describe('alliance overview, common ground and divergence', () => {
  it('computes figures for every issue and sorts issues into common ground and divergence', () => {
    const districtOf = new Map([
      ['a', 'D1'],
      ['b', 'D1'],
      ['c', 'D2'],
      ['d', 'D3'],
    ]);
    const positions = [
      ...['a', 'b', 'c', 'd'].map((deputy) => p('united', deputy, 'support')),
      p('split', 'a', 'support'),
      p('split', 'b', 'oppose'),
      p('split', 'c', 'abstain'),
      p('thin', 'a', 'support'),
    ];
    const figures = allianceOverview({ issueIds: ['united', 'split', 'thin', 'silent'], positions, districtOf });
    expect(figures.map((figure) => [figure.issueId, figure.withStance, figure.withoutStance])).toEqual([
      ['united', 4, 0],
      ['split', 3, 1],
      ['thin', 1, 3],
      ['silent', 0, 4],
    ]);
    const { common, divergent } = commonGround(figures);
    expect(common.map((figure) => figure.issueId)).toEqual(['united']);
    expect(divergent.map((figure) => figure.issueId)).toEqual(['split']);
  });
});

describe('principles summary', () => {
  it('counts verdicts per principle, overall and by category', () => {
    const summary = principlesSummary(
      [
        { issueId: 'i1', principleChecks: [{ principleId: 'p1', verdict: 'upholds' }, { principleId: 'p2', verdict: 'tension' }] },
        { issueId: 'i2', principleChecks: [{ principleId: 'p1', verdict: 'tension' }] },
        { issueId: 'i2', principleChecks: [] },
      ],
      new Map([
        ['i1', 'transport'],
        ['i2', 'housing'],
      ]),
    );
    expect(summary.positionsChecked).toBe(2);
    expect(summary.byPrinciple.get('p1')!.total).toEqual({ upholds: 1, tension: 1, not_relevant: 0 });
    expect(summary.byPrinciple.get('p1')!.byCategory.get('housing')).toEqual({ upholds: 0, tension: 1, not_relevant: 0 });
  });
});
