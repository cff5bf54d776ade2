import { issueAgreement } from '../../agreement/issue-agreement';
import { sides } from '../../agreement/stances';
import type { Deputy, District, Group, Issue, Position } from '../../schema/collections';
import type { Block, Cell, ExportDocument } from '../model/schema';
import { documentShell, facts, heading, paragraph, table, type BuildContext } from './blocks';
import { deputyLineAgreement } from './deputy';
import { principleReviewBlocks } from './principles';

/** A district's deputies: facts, the deputies, the district's issues, and every stance they took. */
export function buildDistrictSummary(ctx: BuildContext, district: District): ExportDocument {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const name = index.districtName(district.id);
  const members = index.sortDeputies(index.data.deputies.filter((deputy) => deputy.districtId === district.id));
  const issues = index.data.issues.filter((issue) => issue.districtIds.includes(district.id));
  const doc = documentShell(ctx, {
    kind: 'district',
    title: fmt.fill(labels.title.district, { name }),
    subtitle: district.okrugName ?? district.region,
    subjectId: district.id,
    primaryTable: 'stances',
  });
  doc.blocks.push(
    heading(labels.heading.facts),
    facts([
      ['region', labels.field.region, district.region],
      ['okrug', labels.field.okrug, district.okrugName ?? district.okrug],
      ['kind', labels.field.kind, labels.districtKind[district.kind]],
      ['deputies', labels.field.deputies, fmt.int(members.length)],
      ['issues', labels.field.issues, fmt.int(issues.length)],
    ]),
    ...collectiveBlocks(ctx, members, issues, { showDistrict: false, onlyListedIssues: true }),
  );
  return doc;
}

/** A group's members, the issues they took stances on, and every stance. */
export function buildGroupSummary(ctx: BuildContext, group: Group): ExportDocument {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const members = index.sortDeputies(index.data.deputies.filter((deputy) => deputy.groupIds.includes(group.id)));
  const memberIds = new Set(members.map((member) => member.id));
  const issueIds = new Set(index.data.positions.filter((position) => memberIds.has(position.deputyId)).map((position) => position.issueId));
  const issues = index.data.issues.filter((issue) => issueIds.has(issue.id));
  const doc = documentShell(ctx, {
    kind: 'group',
    title: fmt.fill(labels.title.group, { name: group.name }),
    subtitle: labels.groupKind[group.kind],
    subjectId: group.id,
    primaryTable: 'stances',
  });
  doc.blocks.push(heading(labels.heading.facts), facts([
    ['kind', labels.field.kind, labels.groupKind[group.kind]],
    ['deputies', labels.field.deputies, fmt.int(members.length)],
    ['issues', labels.field.issues, fmt.int(issues.length)],
  ]));
  if (group.description.trim()) doc.blocks.push(paragraph(group.description));
  doc.blocks.push(...collectiveBlocks(ctx, members, issues, { showDistrict: true, onlyListedIssues: false }));
  return doc;
}

/**
 * The parts a district and a group summary share: members (with their agreement with the line
 * over all their stances), issue figures among them, and their stances. A district summary is
 * for the district's residents, so its stances and principle review cover the district's own
 * issues; each deputy's stances elsewhere are in the deputy's summary.
 */
function collectiveBlocks(ctx: BuildContext, members: Deputy[], issues: Issue[], options: { showDistrict: boolean; onlyListedIssues: boolean }): Block[] {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const listed = new Set(issues.map((issue) => issue.id));
  const positionsOf = new Map(members.map((member) => [member.id, index.positionsOfDeputy(member.id)]));
  const shownOf = new Map(
    members.map((member) => [member.id, options.onlyListedIssues ? positionsOf.get(member.id)!.filter((position) => listed.has(position.issueId)) : positionsOf.get(member.id)!]),
  );
  const allPositions = [...shownOf.values()].flat();
  const memberRows = members.map((member) => {
    const agreement = deputyLineAgreement(ctx, positionsOf.get(member.id)!);
    return [
      member.name,
      ...(options.showDistrict ? [index.districtName(member.districtId)] : []),
      labels.councilRole[member.councilRole],
      member.party ?? labels.text.independent,
      agreement.share,
      labels.band[agreement.band],
      agreement.issues,
    ];
  });
  return [
    heading(labels.heading.deputies),
    table(
      'deputies',
      [
        ['deputy', labels.column.deputy, 'text', 2.4],
        ...(options.showDistrict ? ([['district', labels.column.district, 'text', 1.6]] as const) : []),
        ['role', labels.column.role, 'text', 1.6],
        ['party', labels.column.party, 'text', 1.5],
        ['share', labels.column.share, 'percent', 1.1],
        ['band', labels.column.band, 'text', 1.8],
        ['issuesCount', labels.column.issuesCount, 'integer', 1],
      ],
      memberRows,
      labels.text.noPositions,
    ),
    heading(labels.heading.issues),
    paragraph(labels.text.membersOnly, 'muted'),
    issuesTable(ctx, issues, allPositions, members.length),
    heading(labels.heading.stances),
    stancesTable(ctx, members, shownOf),
    ...principleReviewBlocks(ctx, allPositions, { notes: false }),
  ];
}

function issuesTable(ctx: BuildContext, issues: Issue[], positions: Position[], memberCount: number): Block {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const byIssue = new Map<string, Position[]>();
  for (const position of positions) {
    const list = byIssue.get(position.issueId);
    if (list) list.push(position);
    else byIssue.set(position.issueId, [position]);
  }
  const collator = new Intl.Collator(fmt.lang);
  const rows: Cell[][] = [...issues]
    .sort((a, b) => collator.compare(a.title, b.title))
    .map((issue) => {
      const agreement = issueAgreement(byIssue.get(issue.id) ?? [], memberCount);
      const side = sides(agreement.counts);
      const line = index.lineOf(issue.id);
      return [issue.title, labels.category[issue.category], side.for, side.against, side.abstain, agreement.withoutStance, agreement.agreementIndex, line ? labels.stance[line.stance] : null];
    });
  return table(
    'issues',
    [
      ['issue', labels.column.issue, 'text', 3.4],
      ['category', labels.column.category, 'text', 1.6],
      ['for', labels.column.for, 'integer', 0.7],
      ['against', labels.column.against, 'integer', 0.8],
      ['abstain', labels.column.abstain, 'integer', 0.7],
      ['none', labels.column.none, 'integer', 0.8],
      ['index', labels.column.index, 'decimal', 0.8],
      ['line', labels.column.line, 'text', 1.4],
    ],
    rows,
    labels.text.noIssues,
  );
}

function stancesTable(ctx: BuildContext, members: Deputy[], positionsOf: Map<string, Position[]>): Block {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const collator = new Intl.Collator(fmt.lang);
  const rows: Cell[][] = [];
  for (const member of members) {
    const own = [...positionsOf.get(member.id)!].sort((a, b) =>
      collator.compare(index.issues.get(a.issueId)?.title ?? '', index.issues.get(b.issueId)?.title ?? ''),
    );
    for (const position of own) {
      rows.push([member.name, index.issues.get(position.issueId)?.title ?? position.issueId, labels.stance[position.stance], position.reasons]);
    }
  }
  return table(
    'stances',
    [
      ['deputy', labels.column.deputy, 'text', 2],
      ['issue', labels.column.issue, 'text', 3.2],
      ['stance', labels.column.stance, 'text', 1.6],
      ['reasons', labels.column.reasons, 'text', 3.2],
    ],
    rows,
    labels.text.noPositions,
  );
}
