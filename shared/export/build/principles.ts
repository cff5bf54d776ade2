import { principlesSummary } from '../../agreement/principles-summary';
import type { Position } from '../../schema/collections';
import type { Block, Inline } from '../model/schema';
import { heading, paragraph, table, type BuildContext } from './blocks';

/**
 * How the stances were checked against the alliance principles: per principle, how many upheld
 * it, found it in tension or not relevant; then each tension with its note and who raised it
 * (or, in a deputy's summary, on which issue).
 */
export function principleReviewBlocks(ctx: BuildContext, positions: readonly Position[], options: { notes: boolean; by?: 'deputy' | 'issue' }): Block[] {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const summary = principlesSummary(positions, new Map());
  const rows = index.principles.map((principle) => {
    const tally = summary.byPrinciple.get(principle.id)?.total ?? { upholds: 0, tension: 0, not_relevant: 0 };
    return [`${principle.number}. ${principle.title}`, tally.upholds, tally.tension, tally.not_relevant];
  });
  const blocks: Block[] = [
    heading(labels.heading.principles),
    paragraph(fmt.fill(labels.text.principlesNote, { positions: fmt.count(summary.positionsChecked, 'stance') }), 'muted'),
    table(
      'principles',
      [
        ['principle', labels.column.principle, 'text', 4],
        ['upholds', labels.column.upholds, 'integer', 1.4],
        ['tension', labels.column.tension, 'integer', 1.4],
        ['notRelevant', labels.column.notRelevant, 'integer', 1.4],
      ],
      rows,
    ),
  ];
  if (!options.notes) return blocks;
  const tensions: Inline[][] = [];
  for (const position of positions) {
    for (const check of position.principleChecks) {
      if (check.verdict !== 'tension') continue;
      tensions.push([
        { text: options.by === 'issue' ? (index.issues.get(position.issueId)?.title ?? position.issueId) : index.deputyName(position.deputyId), bold: true },
        { text: ` — ${index.principleTitle(check.principleId)}: ${check.note}` },
      ]);
    }
  }
  if (tensions.length > 0) blocks.push(heading(labels.heading.tensions, 3), { type: 'list', ordered: false, items: tensions });
  return blocks;
}
