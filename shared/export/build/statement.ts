import type { Signature, Statement, StatementVersion } from '../../schema/collections';
import type { Block, Cell, ExportDocument, Inline } from '../model/schema';
import { richTextToBlocks } from '../rich-text';
import { authorName, documentShell, facts, heading, joinNonEmpty, paragraph, provenanceText, table, type BuildContext } from './blocks';

/** The version that counts as the statement's text: the one it points to, else the latest saved. */
export function currentVersionOf(statement: Statement, versions: readonly StatementVersion[]): StatementVersion | undefined {
  return versions.find((version) => version.id === statement.currentVersionId) ?? versions.at(-1);
}

/**
 * A joint statement as sent out: facts, the signed text, the signatories with the version each
 * signed (signatures whose hash differs from the current text's are marked as for an earlier
 * version), the principle review, the versions, and on request the dissent annex.
 */
export function buildStatementSummary(ctx: BuildContext, statement: Statement, options: { dissent: boolean }): ExportDocument {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const versions = index.versionsOf(statement.id);
  const current = currentVersionOf(statement, versions);
  const signatures = index.signaturesOf(statement.id);
  const doc = documentShell(ctx, {
    kind: 'statement',
    title: fmt.fill(labels.title.statement, { name: current?.title ?? statement.title }),
    subtitle: `${labels.text.statementKind} · ${labels.statementStatus[statement.status]}`,
    subjectId: statement.id,
    primaryTable: 'signatures',
  });
  doc.blocks.push(
    heading(labels.heading.facts),
    facts([
      ['status', labels.field.status, labels.statementStatus[statement.status]],
      ['issues', labels.field.issueList, statement.issueIds.map((id) => index.issues.get(id)?.title ?? id).join('; ')],
      ['version', labels.field.version, current && versionLabel(ctx, current)],
      ['signatures', labels.field.signatures, fmt.int(signatures.length)],
    ]),
    heading(labels.heading.text),
    ...richTextToBlocks(current?.body ?? statement.body),
    ...signatoryBlocks(ctx, signatures, versions, current),
    ...reviewBlocks(ctx, statement),
    heading(labels.heading.versions),
    versionsTable(ctx, versions, signatures),
  );
  if (options.dissent) doc.blocks.push(...dissentBlocks(ctx, statement));
  return doc;
}

function versionLabel(ctx: BuildContext, version: StatementVersion): string {
  const { fmt } = ctx;
  return joinNonEmpty([fmt.fill(fmt.labels.text.versionNumber, { number: version.number }), fmt.date(version.savedAt), authorName(ctx, version.author)]);
}

function signatoryBlocks(ctx: BuildContext, signatures: Signature[], versions: StatementVersion[], current: StatementVersion | undefined): Block[] {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const numberOf = new Map(versions.map((version) => [version.id, version.number]));
  const isCurrent = (signature: Signature) => current !== undefined && signature.hash === current.hash;
  const collator = new Intl.Collator(fmt.lang);
  // Current signatures first, then those for an earlier text; by name within each.
  const sorted = [...signatures].sort(
    (a, b) => Number(isCurrent(b)) - Number(isCurrent(a)) || collator.compare(index.deputyName(a.deputyId), index.deputyName(b.deputyId)),
  );
  const stale = signatures.filter((signature) => !isCurrent(signature)).length;
  const rows: Cell[][] = sorted.map((signature, i) => {
    const number = numberOf.get(signature.versionId);
    return [
      i + 1,
      index.deputyName(signature.deputyId),
      index.districtName(index.deputies.get(signature.deputyId)?.districtId),
      number === undefined ? null : fmt.fill(labels.text.versionNumber, { number }),
      signature.signedAt.slice(0, 10),
      provenanceText(ctx, signature.provenance),
      isCurrent(signature) ? labels.text.signatureCurrent : labels.text.signatureStale,
    ];
  });
  const blocks: Block[] = [heading(labels.heading.signatories)];
  if (signatures.length > 0 && current) {
    const note = fmt.fill(labels.text.staleNote, {
      version: fmt.fill(labels.text.versionNumber, { number: current.number }),
      current: fmt.count(signatures.length - stale, 'signature'),
    });
    const old = stale > 0 ? ` ${fmt.fill(labels.text.staleOld, { stale: fmt.count(stale, 'signature') })}` : '';
    blocks.push(paragraph(`${note}${old}`, 'muted'));
  }
  blocks.push(
    table(
      'signatures',
      [
        ['number', labels.column.number, 'integer', 0.5],
        ['deputy', labels.column.deputy, 'text', 2.6],
        ['district', labels.column.district, 'text', 1.6],
        ['signedVersion', labels.column.signedVersion, 'text', 1.1],
        ['signedAt', labels.column.signedAt, 'date', 1.1],
        ['provenance', labels.column.provenance, 'text', 1.5],
        ['status', labels.column.status, 'text', 2.2],
      ],
      rows,
      labels.text.noSignatures,
    ),
  );
  return blocks;
}

function reviewBlocks(ctx: BuildContext, statement: Statement): Block[] {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  if (statement.review.length === 0) return [heading(labels.heading.review), paragraph(labels.text.reviewMissing, 'muted')];
  const verdictOf = new Map(statement.review.map((check) => [check.principleId, check]));
  const rows = index.principles.map((principle) => {
    const check = verdictOf.get(principle.id);
    return [`${principle.number}. ${principle.title}`, check ? labels.verdict[check.verdict] : null, check?.note || null];
  });
  return [
    heading(labels.heading.review),
    table('review', [['principle', labels.column.principle, 'text', 2.4], ['verdict', labels.column.verdict, 'text', 1.3], ['note', labels.column.note, 'text', 3.5]], rows),
  ];
}

function versionsTable(ctx: BuildContext, versions: StatementVersion[], signatures: Signature[]): Block {
  const { fmt } = ctx;
  const { labels } = fmt;
  return table(
    'versions',
    [
      ['version', labels.column.version, 'text', 0.9],
      ['savedAt', labels.column.savedAt, 'date', 1.1],
      ['author', labels.column.author, 'text', 2],
      ['hash', labels.column.hash, 'text', 1.6],
      ['signaturesCount', labels.column.signaturesCount, 'integer', 1],
    ],
    versions.map((version) => [
      fmt.fill(labels.text.versionNumber, { number: version.number }),
      version.savedAt.slice(0, 10),
      authorName(ctx, version.author),
      version.hash.slice(0, 12),
      signatures.filter((signature) => signature.hash === version.hash).length,
    ]),
  );
}

/**
 * The dissent annex: the secretary's edited text when there is one, else built from the reasons
 * of deputies who oppose or abstain on the statement's issues.
 */
function dissentBlocks(ctx: BuildContext, statement: Statement): Block[] {
  const { fmt, index } = ctx;
  const { labels } = fmt;
  const blocks: Block[] = [heading(labels.heading.dissent)];
  if (statement.dissentAnnex.trim() !== '') return [...blocks, ...richTextToBlocks(statement.dissentAnnex)];
  blocks.push(paragraph(labels.text.dissentIntro, 'muted'));
  let any = false;
  for (const issueId of statement.issueIds) {
    const dissenting = index.positionsOfIssue(issueId).filter((position) => position.stance === 'oppose' || position.stance === 'abstain');
    if (dissenting.length === 0) continue;
    any = true;
    blocks.push(heading(index.issues.get(issueId)?.title ?? issueId, 3));
    const items: Inline[][] = index
      .sortDeputies(dissenting.map((position) => index.deputies.get(position.deputyId)).filter((deputy) => deputy !== undefined))
      .map((deputy) => {
        const position = dissenting.find((candidate) => candidate.deputyId === deputy.id)!;
        const reasons = position.reasons.trim();
        return [
          { text: fmt.fill(labels.text.dissentItem, { deputy: deputy.name, stance: labels.stance[position.stance] }), bold: true },
          ...(reasons ? [{ text: `: ${reasons}` }] : []),
        ];
      });
    blocks.push({ type: 'list', ordered: false, items });
  }
  if (!any) blocks.push(paragraph(labels.text.noDissent));
  return blocks;
}
