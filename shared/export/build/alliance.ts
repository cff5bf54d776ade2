import { allianceOverview, commonGround, type IssueFigures } from '../../agreement/alliance-overview';
import { sides } from '../../agreement/stances';
import type { Issue } from '../../schema/collections';
import type { AllianceFilters } from '../input';
import type { Block, Cell, ExportDocument } from '../model/schema';
import { documentShell, facts, heading, paragraph, table, type BuildContext } from './blocks';
import { deputyLineAgreement } from './deputy';
import { isRuleMet } from './figures';
import { principleReviewBlocks } from './principles';

/** Issues that pass the filters: every non-empty filter must match. */
export function filterIssues(ctx: BuildContext, filters: AllianceFilters): Issue[] {
  const { index } = ctx;
  const okrugs = new Set(filters.okrugs.map((okrug) => okrug.toLocaleUpperCase('ru')));
  return index.data.issues.filter(
    (issue) =>
      (filters.categories.length === 0 || filters.categories.includes(issue.category)) &&
      (filters.statuses.length === 0 || filters.statuses.includes(issue.status)) &&
      (filters.districtIds.length === 0 || issue.districtIds.some((id) => filters.districtIds.includes(id))) &&
      (okrugs.size === 0 || issue.districtIds.some((id) => okrugs.has((index.districts.get(id)?.okrug ?? '').toLocaleUpperCase('ru')))),
  );
}

/** The whole alliance: the selection, common ground and divergence, every issue's figures, each deputy's agreement. */
export function buildAllianceSummary(ctx: BuildContext, filters: AllianceFilters): ExportDocument {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const issues = filterIssues(ctx, filters);
  const issueIds = new Set(issues.map((issue) => issue.id));
  const positions = index.data.positions.filter((position) => issueIds.has(position.issueId));
  const districtOf = new Map(index.data.deputies.map((deputy) => [deputy.id, deputy.districtId]));
  const figures = allianceOverview({ issueIds: issues.map((issue) => issue.id), positions, districtOf });
  const { common, divergent } = commonGround(figures);
  const selection = selectionFacts(ctx, filters);
  const doc = documentShell(ctx, { kind: 'alliance', title: labels.title.alliance, ...(selection.filtered ? { subtitle: selection.summary } : {}), primaryTable: 'issues' });
  const linesAdopted = issues.filter((issue) => index.lineOf(issue.id)).length;
  const issueById = new Map(issues.map((issue) => [issue.id, issue]));

  doc.blocks.push(
    heading(labels.heading.filters),
    selection.block,
    facts([
      ['deputies', labels.field.deputies, fmt.int(index.data.deputies.length)],
      ['districts', labels.field.districts, fmt.int(new Set(districtOf.values()).size)],
      ['issues', labels.field.issues, fmt.int(issues.length)],
      ['positions', labels.field.positions, fmt.int(positions.length)],
      ['lines', labels.field.lines, fmt.int(linesAdopted)],
    ]),
    heading(labels.heading.common),
    paragraph(labels.text.commonNote, 'muted'),
    ...groundBlocks(ctx, 'common', common, issueById),
    heading(labels.heading.divergent),
    paragraph(labels.text.divergentNote, 'muted'),
    ...groundBlocks(ctx, 'divergent', divergent, issueById),
    heading(labels.heading.issues),
    paragraph(`${labels.text.allianceFiguresNote} ${labels.text.issueFiguresNote}`, 'muted'),
    issuesTable(ctx, figures, issueById),
    heading(labels.heading.lineAgreement),
    deputiesTable(ctx, issueIds, filters),
    ...principleReviewBlocks(ctx, positions, { notes: false }),
  );
  return doc;
}

function selectionFacts(ctx: BuildContext, filters: AllianceFilters): { block: Block; summary: string; filtered: boolean } {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const parts = [
    ['categories', labels.field.categoryFilter, filters.categories.map((category) => labels.category[category]).join(', ')],
    ['statuses', labels.field.statusFilter, filters.statuses.map((status) => labels.issueStatus[status]).join(', ')],
    ['okrugs', labels.field.okrugFilter, filters.okrugs.join(', ')],
    ['districts', labels.field.districtFilter, filters.districtIds.map((id) => index.districtName(id)).join(', ')],
  ] as const;
  const chosen = parts.filter(([, , value]) => value !== '');
  if (chosen.length === 0) return { block: paragraph(labels.text.allIssues), summary: labels.text.allIssues, filtered: false };
  return { block: facts(chosen), summary: chosen.map(([, label, value]) => `${label}: ${value}`).join('; '), filtered: true };
}

/** Highlights, not the full list: every issue's figures are in the issues table that follows. */
const GROUND_SHOWN = 30;

function groundBlocks(ctx: BuildContext, key: string, figures: IssueFigures[], issueById: Map<string, Issue>): Block[] {
  const { fmt } = ctx;
  const blocks = [groundTable(ctx, key, figures.slice(0, GROUND_SHOWN), issueById)];
  if (figures.length > GROUND_SHOWN) {
    blocks.push(paragraph(fmt.fill(fmt.labels.text.shownOf, { shown: fmt.int(GROUND_SHOWN), total: fmt.count(figures.length, 'issue') }), 'muted'));
  }
  return blocks;
}

function groundTable(ctx: BuildContext, key: string, figures: IssueFigures[], issueById: Map<string, Issue>): Block {
  const { labels } = ctx.fmt;
  return table(
    key,
    [
      ['issue', labels.column.issue, 'text', 4],
      ['category', labels.column.category, 'text', 1.8],
      ['for', labels.column.for, 'integer', 0.7],
      ['against', labels.column.against, 'integer', 0.8],
      ['abstain', labels.column.abstain, 'integer', 0.7],
      ['index', labels.column.index, 'decimal', 0.8],
      ['consensus', labels.column.consensus, 'decimal', 0.9],
    ],
    figures.map((figure) => {
      const issue = issueById.get(figure.issueId)!;
      const side = sides(figure.counts);
      return [issue.title, labels.category[issue.category], side.for, side.against, side.abstain, figure.agreementIndex, figure.districtConsensus?.score ?? null];
    }),
    labels.text.noIssues,
  );
}

function issuesTable(ctx: BuildContext, figures: IssueFigures[], issueById: Map<string, Issue>): Block {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const rows: Cell[][] = figures.map((figure) => {
    const issue = issueById.get(figure.issueId)!;
    const side = sides(figure.counts);
    const line = index.lineOf(issue.id);
    const met = line ? isRuleMet(line, figure.counts) : null;
    return [
      issue.title,
      labels.category[issue.category],
      labels.issueStatus[issue.status],
      issue.districtIds.map((id) => index.districtName(id)).join(', '),
      side.for,
      side.against,
      side.abstain,
      figure.withoutStance,
      figure.agreementIndex,
      figure.districtConsensus?.score ?? null,
      line ? labels.stance[line.stance] : null,
      met === null ? null : met ? labels.text.yes : labels.text.no,
    ];
  });
  return table(
    'issues',
    [
      ['issue', labels.column.issue, 'text', 3.2],
      ['category', labels.column.category, 'text', 1.5],
      ['status', labels.column.status, 'text', 1],
      ['district', labels.column.district, 'text', 1.3],
      ['for', labels.column.for, 'integer', 0.6],
      ['against', labels.column.against, 'integer', 0.7],
      ['abstain', labels.column.abstain, 'integer', 0.6],
      ['none', labels.column.none, 'integer', 0.7],
      ['index', labels.column.index, 'decimal', 0.7],
      ['consensus', labels.column.consensus, 'decimal', 0.8],
      ['line', labels.column.line, 'text', 1.2],
      ['ruleMet', labels.column.ruleMet, 'text', 0.7],
    ],
    rows,
    labels.text.noIssues,
  );
}

/** Deputies with their agreement over the selected issues; a district or okrug filter keeps only its deputies. */
function deputiesTable(ctx: BuildContext, issueIds: Set<string>, filters: AllianceFilters): Block {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const okrugs = new Set(filters.okrugs.map((okrug) => okrug.toLocaleUpperCase('ru')));
  const inPlace = (districtId: string) =>
    (filters.districtIds.length === 0 || filters.districtIds.includes(districtId)) &&
    (okrugs.size === 0 || okrugs.has((index.districts.get(districtId)?.okrug ?? '').toLocaleUpperCase('ru')));
  const rows = index.sortDeputies(index.data.deputies.filter((deputy) => inPlace(deputy.districtId))).map((deputy) => {
    const agreement = deputyLineAgreement(ctx, index.positionsOfDeputy(deputy.id).filter((position) => issueIds.has(position.issueId)));
    return [deputy.name, index.districtName(deputy.districtId), agreement.share, labels.band[agreement.band], agreement.issues];
  });
  return table(
    'deputies',
    [
      ['deputy', labels.column.deputy, 'text', 2.6],
      ['district', labels.column.district, 'text', 1.8],
      ['share', labels.column.share, 'percent', 1.1],
      ['band', labels.column.band, 'text', 2],
      ['issuesCount', labels.column.issuesCount, 'integer', 1],
    ],
    rows,
  );
}
