import { allianceOverview } from '../../agreement/alliance-overview';
import type { Issue, Position } from '../../schema/collections';
import type { ExportDocument } from '../model/schema';
import { documentShell, facts, heading, joinNonEmpty, paragraph, provenanceText, table, type BuildContext } from './blocks';
import { distributionTable, figureFacts, lineFacts } from './figures';
import { principleReviewBlocks } from './principles';

/** One issue: facts, the alliance line, the agreement figures, each deputy's stance and reasons, the principle review. */
export function buildIssueSummary(ctx: BuildContext, issue: Issue): ExportDocument {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const doc = documentShell(ctx, {
    kind: 'issue',
    title: fmt.fill(labels.title.issue, { name: issue.title }),
    subtitle: `${labels.category[issue.category]} · ${labels.issueStatus[issue.status]}`,
    subjectId: issue.id,
    primaryTable: 'stances',
  });
  const positions = index.positionsOfIssue(issue.id);
  const districtOf = new Map(index.data.deputies.map((deputy) => [deputy.id, deputy.districtId]));
  const [figures] = allianceOverview({ issueIds: [issue.id], positions, districtOf });
  const line = index.lineOf(issue.id);

  doc.blocks.push(heading(labels.heading.facts), issueFacts(ctx, issue));
  if (issue.description.trim()) doc.blocks.push(paragraph(issue.description));

  doc.blocks.push(heading(labels.heading.line));
  doc.blocks.push(line ? lineFacts(ctx, line, figures!.counts) : paragraph(labels.text.noLine, 'muted'));

  doc.blocks.push(
    heading(labels.heading.agreement),
    distributionTable(ctx, figures!.counts, figures!.withoutStance),
    figureFacts(ctx, figures!, labels.field.districtConsensus),
    paragraph(labels.text.issueFiguresNote, 'muted'),
  );

  doc.blocks.push(heading(labels.heading.stances), stancesTable(ctx, positions));
  doc.blocks.push(...principleReviewBlocks(ctx, positions, { notes: true }));
  return doc;
}

export function issueFacts(ctx: BuildContext, issue: Issue) {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const sources = issue.sources.map((source) => joinNonEmpty([source.title, source.ref], ': '));
  return facts([
    ['category', labels.field.category, labels.category[issue.category]],
    ['status', labels.field.status, labels.issueStatus[issue.status]],
    ['districts', labels.field.districts, issue.districtIds.map((id) => index.districtName(id)).join(', ')],
    ['hearing', labels.field.hearing, issue.hearingDate && fmt.date(issue.hearingDate)],
    ['vote', labels.field.vote, issue.voteDate && fmt.date(issue.voteDate)],
    ['principles', labels.field.principles, issue.principleIds.map((id) => index.principleTitle(id)).join('; ')],
    ['tags', labels.field.tags, issue.tags.join(', ')],
    ['sources', labels.field.sources, sources.join('; ')],
  ]);
}

const STANCE_RANK = { support: 0, support_amended: 1, abstain: 2, oppose: 3, undecided: 4 } as const;

/** Each deputy's stance with reasons, grouped by stance so the sides read as blocks. */
function stancesTable(ctx: BuildContext, positions: readonly Position[]) {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const collator = new Intl.Collator(fmt.lang);
  const sorted = [...positions].sort(
    (a, b) => STANCE_RANK[a.stance] - STANCE_RANK[b.stance] || collator.compare(index.deputyName(a.deputyId), index.deputyName(b.deputyId)),
  );
  return table(
    'stances',
    [
      ['deputy', labels.column.deputy, 'text', 2.2],
      ['district', labels.column.district, 'text', 1.5],
      ['stance', labels.column.stance, 'text', 1.6],
      ['reasons', labels.column.reasons, 'text', 3.6],
      ['provenance', labels.column.provenance, 'text', 1.4],
    ],
    sorted.map((position) => [
      index.deputyName(position.deputyId),
      index.districtName(index.deputies.get(position.deputyId)?.districtId),
      labels.stance[position.stance],
      position.reasons,
      provenanceText(ctx, position.provenance),
    ]),
    labels.text.noStances,
  );
}
