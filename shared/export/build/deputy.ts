import { lineAgreement, type LineAgreement } from '../../agreement/deputy-agreement';
import { stanceAgreement } from '../../agreement/stances';
import type { Deputy, Position } from '../../schema/collections';
import type { ExportDocument } from '../model/schema';
import { documentShell, facts, heading, joinNonEmpty, paragraph, table, type BuildContext } from './blocks';
import { lineAgreementText } from './figures';
import { principleReviewBlocks } from './principles';

/** A deputy's agreement with the alliance line over the issues where both have a stance. */
export function deputyLineAgreement(ctx: BuildContext, positions: readonly Position[]): LineAgreement {
  const pairs = [];
  for (const position of positions) {
    const line = ctx.index.lineOf(position.issueId);
    if (line) pairs.push({ deputy: position.stance, line: line.stance });
  }
  return lineAgreement(pairs);
}

/** One deputy: who they are, how often they agree with the alliance line, and every stance with its reasons. */
export function buildDeputySummary(ctx: BuildContext, deputy: Deputy): ExportDocument {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const positions = index.positionsOfDeputy(deputy.id);
  const doc = documentShell(ctx, {
    kind: 'deputy',
    title: fmt.fill(labels.title.deputy, { name: deputy.name }),
    subtitle: joinNonEmpty([labels.councilRole[deputy.councilRole], index.districtName(deputy.districtId)]),
    subjectId: deputy.id,
    primaryTable: 'stances',
  });
  const district = index.districts.get(deputy.districtId);
  doc.blocks.push(
    heading(labels.heading.facts),
    facts([
      ['district', labels.field.district, index.districtName(deputy.districtId)],
      ['okrug', labels.field.okrug, district?.okrugName ?? district?.okrug],
      ['role', labels.field.role, labels.councilRole[deputy.councilRole]],
      ['party', labels.field.party, deputy.party ?? labels.text.independent],
      ['groups', labels.field.groups, deputy.groupIds.map((id) => index.groups.get(id)?.name ?? id).join('; ')],
      ['term', labels.field.term, deputy.termStart && joinNonEmpty([fmt.date(deputy.termStart), deputy.termEnd && fmt.date(deputy.termEnd)], ' — ')],
      ['status', labels.field.status, labels.deputyStatus[deputy.status]],
      ['positions', labels.field.positions, fmt.int(positions.length)],
    ]),
    heading(labels.heading.lineAgreement),
    paragraph(lineAgreementText(ctx, deputyLineAgreement(ctx, positions))),
    heading(labels.heading.ownStances),
    stancesTable(ctx, positions),
    ...principleReviewBlocks(ctx, positions, { notes: true, by: 'issue' }),
  );
  return doc;
}

function stancesTable(ctx: BuildContext, positions: readonly Position[]) {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const collator = new Intl.Collator(fmt.lang);
  const titled = positions.map((position) => ({ position, issue: index.issues.get(position.issueId) }));
  titled.sort((a, b) => collator.compare(a.issue?.title ?? '', b.issue?.title ?? ''));
  return table(
    'stances',
    [
      ['issue', labels.column.issue, 'text', 3],
      ['category', labels.column.category, 'text', 1.6],
      ['stance', labels.column.stance, 'text', 1.5],
      ['reasons', labels.column.reasons, 'text', 3],
      ['line', labels.column.line, 'text', 1.4],
      ['agreement', labels.column.agreement, 'text', 1.2],
    ],
    titled.map(({ position, issue }) => {
      const line = index.lineOf(position.issueId);
      const score = line ? stanceAgreement(position.stance, line.stance) : undefined;
      const agreement = score === undefined ? null : score === 1 ? labels.text.same : score === 0 ? labels.text.differs : labels.text.partly;
      return [
        issue?.title ?? position.issueId,
        issue ? labels.category[issue.category] : null,
        labels.stance[position.stance],
        position.reasons,
        line ? labels.stance[line.stance] : null,
        agreement,
      ];
    }),
    labels.text.noPositions,
  );
}
