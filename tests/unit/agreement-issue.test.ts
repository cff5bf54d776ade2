import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRule, issueAgreement, type StanceInput } from '../../shared/agreement/issue-agreement';
import { groupConsensus } from '../../shared/agreement/group-consensus';
import type { Stance } from '../../shared/agreement/stances';

const stances = (...list: Stance[]): StanceInput[] => list.map((stance, i) => ({ deputyId: `d${i}`, stance }));

describe('issue agreement', () => {
  it('says nothing when nobody took a stance, and counts who gave none', () => {
    const result = issueAgreement(stances('undecided', 'undecided'), 10);
    expect(result).toMatchObject({ withStance: 0, withoutStance: 10, agreementIndex: null, majoritySide: null });
    expect(result.counts.undecided).toBe(2);
  });

  it('computes the Hix–Noury–Roland agreement index by hand', () => {
    // 6 for (4 support + 2 with amendments), 3 against, 1 abstain: (6 − ½·4) / 10 = 0.4
    const result = issueAgreement(stances('support', 'support', 'support', 'support', 'support_amended', 'support_amended', 'oppose', 'oppose', 'oppose', 'abstain'), 12);
    expect(result.agreementIndex).toBeCloseTo(0.4, 10);
    expect(result).toMatchObject({ withStance: 10, withoutStance: 2, majoritySide: 'for' });
  });

  it('gives 1 when everyone is on one side, including when all abstain', () => {
    expect(issueAgreement(stances('oppose', 'oppose'), 2).agreementIndex).toBe(1);
    const allAbstain = issueAgreement(stances('abstain', 'abstain', 'abstain'), 5);
    expect(allAbstain).toMatchObject({ agreementIndex: 1, majoritySide: 'abstain', withoutStance: 2 });
  });

  it('gives 0 for an even three-way split and no majority side on a tie', () => {
    expect(issueAgreement(stances('support', 'oppose', 'abstain'), 3).agreementIndex).toBeCloseTo(0, 10);
    expect(issueAgreement(stances('support', 'oppose'), 2)).toMatchObject({ agreementIndex: 0.25, majoritySide: null });
  });

  it('handles a single deputy', () => {
    expect(issueAgreement(stances('support_amended'), 1)).toMatchObject({ agreementIndex: 1, majoritySide: 'for', withoutStance: 0 });
  });

  it('never lowers agreement when a stance equal to the majority is added (property)', () => {
    const stanceArb = fc.constantFrom<Stance>('support', 'support_amended', 'abstain', 'oppose', 'undecided');
    fc.assert(
      fc.property(fc.array(stanceArb, { minLength: 1, maxLength: 60 }), (list) => {
        const before = issueAgreement(stances(...list), list.length);
        if (before.majoritySide === null) return;
        const added: Stance = before.majoritySide === 'for' ? 'support' : before.majoritySide === 'against' ? 'oppose' : 'abstain';
        const after = issueAgreement(stances(...list, added), list.length + 1);
        expect(after.agreementIndex!).toBeGreaterThanOrEqual(before.agreementIndex! - 1e-12);
      }),
      { numRuns: 500 },
    );
  });
});

describe('decision rules', () => {
  const counts = (support: number, oppose: number, abstain: number, undecided = 0) => ({
    support,
    support_amended: 0,
    oppose,
    abstain,
    undecided,
  });

  it('unanimity needs every deputy with a stance on the side', () => {
    expect(checkRule('unanimity', 'for', counts(5, 0, 0, 3)).met).toBe(true);
    expect(checkRule('unanimity', 'for', counts(5, 0, 1)).met).toBe(false);
  });

  it('consent tolerates abstentions but not one objection', () => {
    expect(checkRule('consent', 'for', counts(2, 0, 7))).toMatchObject({ met: true, objections: 0 });
    expect(checkRule('consent', 'for', counts(9, 1, 0))).toMatchObject({ met: false, objections: 1 });
  });

  it('two-thirds and majority count abstentions in the base', () => {
    expect(checkRule('two_thirds', 'for', counts(6, 2, 1))).toMatchObject({ met: true, needed: 6 });
    expect(checkRule('two_thirds', 'for', counts(5, 2, 2)).met).toBe(false);
    expect(checkRule('majority', 'for', counts(5, 4, 0))).toMatchObject({ met: true, needed: 5 });
    expect(checkRule('majority', 'for', counts(4, 4, 0)).met).toBe(false); // a tie is not a majority
    expect(checkRule('majority', 'against', counts(1, 3, 1)).met).toBe(true);
  });

  it('is never met when nobody took a stance', () => {
    for (const rule of ['unanimity', 'consent', 'two_thirds', 'majority'] as const) {
      expect(checkRule(rule, 'for', counts(0, 0, 0, 4)).met).toBe(false);
    }
  });
});

describe('group-informed consensus', () => {
  it('does not let one large district decide alone', () => {
    // District A: 10 for. Districts B and C: one against each. Raw share for: 10/12.
    const list = [
      ...Array.from({ length: 10 }, () => ({ stance: 'support' as const, groups: ['A'] })),
      { stance: 'oppose' as const, groups: ['B'] },
      { stance: 'oppose' as const, groups: ['C'] },
    ];
    const forSide = groupConsensus(list, 'for')!;
    // (11/12 · 1/3 · 1/3) ^ (1/3)
    expect(forSide.score).toBeCloseTo(Math.cbrt((11 / 12) * (1 / 3) * (1 / 3)), 10);
    expect(forSide.score).toBeLessThan(0.5);
    expect(forSide.groups).toBe(3);
  });

  it('smooths small groups toward an even split', () => {
    const one = groupConsensus([{ stance: 'support', groups: ['A'] }], 'for')!;
    expect(one.score).toBeCloseTo(2 / 3, 10);
    const many = groupConsensus(Array.from({ length: 20 }, () => ({ stance: 'support' as const, groups: ['A'] })), 'for')!;
    expect(many.score).toBeGreaterThan(one.score);
  });

  it('is null without any stance and ignores the undecided', () => {
    expect(groupConsensus([{ stance: 'undecided', groups: ['A'] }], 'for')).toBeNull();
  });
});
