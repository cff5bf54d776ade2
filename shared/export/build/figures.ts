import type { IssueFigures } from '../../agreement/alliance-overview';
import type { LineAgreement } from '../../agreement/deputy-agreement';
import { checkRule, lineSide } from '../../agreement/issue-agreement';
import type { StanceCounts } from '../../agreement/stances';
import type { AllianceLine } from '../../schema/collections';
import { authorName, facts, table, type BuildContext } from './blocks';
import type { Block } from '../model/schema';

const STANCE_ORDER = ['support', 'support_amended', 'abstain', 'oppose', 'undecided'] as const;

/** The stance distribution as a small table, with those who gave no stance as the last row. */
export function distributionTable(ctx: BuildContext, counts: StanceCounts, withoutStance: number): Block {
  const { labels } = ctx.fmt;
  // "Undecided" is already inside withoutStance; show it apart and the rest as "no stance".
  const rows = STANCE_ORDER.map((stance) => [labels.stance[stance], counts[stance]]);
  rows.push([labels.field.notRecorded, Math.max(0, withoutStance - counts.undecided)]);
  return table('distribution', [['stance', labels.column.stance, 'text', 3], ['deputies', labels.field.deputies, 'integer', 1]], rows, undefined, true);
}

/** "0,62 (основание: 8 позиций; без позиции: 22 депутата)": a figure never without its count. */
export function indexText(ctx: BuildContext, figures: Pick<IssueFigures, 'agreementIndex' | 'withStance' | 'withoutStance'>): string {
  const { fmt } = ctx;
  return fmt.fill(fmt.labels.text.indexValue, {
    value: figures.agreementIndex === null ? fmt.labels.text.none : fmt.dec(figures.agreementIndex),
    stances: fmt.count(figures.withStance, 'stance'),
    none: fmt.count(figures.withoutStance, 'deputy'),
  });
}

export function consensusText(ctx: BuildContext, consensus: IssueFigures['districtConsensus']): string {
  const { fmt } = ctx;
  if (!consensus) return fmt.labels.text.none;
  return fmt.fill(fmt.labels.text.consensusValue, { value: fmt.dec(consensus.score), districts: fmt.count(consensus.groups, 'district') });
}

/** Whether the line's decision rule is met by the stances, with the numbers it rests on. */
export function ruleCheckText(ctx: BuildContext, line: AllianceLine, counts: StanceCounts): string {
  const { fmt } = ctx;
  const side = lineSide(line.stance);
  if (!side) return fmt.labels.text.none;
  const check = checkRule(line.rule, side, counts);
  const total = counts.support + counts.support_amended + counts.abstain + counts.oppose;
  const values = { side: fmt.labels.side[side], onSide: check.onSide, total, needed: check.needed, objections: check.objections };
  if (line.rule === 'consent') return fmt.fill(fmt.labels.text.ruleConsent, { ...values, verdict: check.met ? fmt.labels.text.yes : fmt.labels.text.no });
  return fmt.fill(check.met ? fmt.labels.text.ruleMet : fmt.labels.text.ruleNotMet, values);
}

export function isRuleMet(line: AllianceLine, counts: StanceCounts): boolean | null {
  const side = lineSide(line.stance);
  return side ? checkRule(line.rule, side, counts).met : null;
}

/** The agreement figures of one issue, each with what it rests on. */
export function figureFacts(ctx: BuildContext, figures: IssueFigures, consensusLabel: string): Block {
  const { labels } = ctx.fmt;
  return facts([
    ['agreementIndex', labels.field.agreementIndex, indexText(ctx, figures)],
    ['majority', labels.field.majority, figures.majoritySide ? labels.side[figures.majoritySide] : labels.text.noMajority],
    ['consensus', consensusLabel, consensusText(ctx, figures.districtConsensus)],
  ]);
}

/** The adopted line: stance, wording, rule, date and who adopted it, and whether the rule holds now. */
export function lineFacts(ctx: BuildContext, line: AllianceLine, counts: StanceCounts): Block {
  const { fmt } = ctx;
  const { labels } = fmt;
  return facts([
    ['stance', labels.field.stance, labels.stance[line.stance]],
    ['text', labels.field.text, line.text],
    ['rule', labels.field.rule, labels.rule[line.rule]],
    ['adopted', labels.field.adopted, `${fmt.date(line.adoptedOn)}, ${authorName(ctx, line.adoptedBy)}`],
    ['ruleCheck', labels.field.ruleCheck, ruleCheckText(ctx, line, counts)],
  ]);
}

/** A deputy's agreement with the alliance line in words, always with the number of issues. */
export function lineAgreementText(ctx: BuildContext, agreement: LineAgreement): string {
  const { fmt } = ctx;
  if (agreement.share === null || agreement.band === 'too_few') {
    return fmt.fill(fmt.labels.text.tooFew, { issues: fmt.count(agreement.issues, 'issue') });
  }
  return fmt.fill(fmt.labels.text.lineAgreementValue, {
    share: fmt.pct(agreement.share),
    band: fmt.labels.band[agreement.band],
    issues: fmt.count(agreement.issues, 'issue'),
    agreed: agreement.agreed,
    partly: agreement.partly,
    differed: agreement.differed,
  });
}
