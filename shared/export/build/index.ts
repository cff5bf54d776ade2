import { ExportFormatter } from '../i18n/format';
import { ExportIndex } from '../index-data';
import { ExportOptionsSchema, ExportTargetSchema, type ExportData, type ExportOptions, type ExportTarget } from '../input';
import { ExportDocumentSchema, type ExportDocument } from '../model/schema';
import { buildAllianceSummary } from './alliance';
import { buildDistrictSummary, buildGroupSummary } from './collective';
import { buildDeputySummary } from './deputy';
import { buildIssueSummary } from './issue';
import { buildStatementSummary } from './statement';

/** A target that names a record the data does not hold. */
export class ExportTargetNotFound extends Error {
  constructor(readonly target: ExportTarget) {
    super(`${target.kind}${'id' in target ? ` ${target.id}` : ''}: not found`);
    this.name = 'ExportTargetNotFound';
  }
}

/**
 * Builds the document for a target from plain records. The target and options are parsed here
 * (callers may pass what arrived over IPC or from the command line); the data is trusted as the
 * store's parsed records.
 */
export function buildExportDocument(targetInput: unknown, data: ExportData, optionsInput: unknown): ExportDocument {
  const target = ExportTargetSchema.parse(targetInput);
  const options: ExportOptions = ExportOptionsSchema.parse(optionsInput);
  const index = new ExportIndex(data, options.lang);
  const ctx = { index, fmt: new ExportFormatter(options.lang, options.timeZone), options };
  const missing = () => new ExportTargetNotFound(target);
  switch (target.kind) {
    case 'issue': {
      const issue = index.issues.get(target.id);
      if (!issue) throw missing();
      return buildIssueSummary(ctx, issue);
    }
    case 'deputy': {
      const deputy = index.deputies.get(target.id);
      if (!deputy) throw missing();
      return buildDeputySummary(ctx, deputy);
    }
    case 'district': {
      const district = index.districts.get(target.id);
      if (!district) throw missing();
      return buildDistrictSummary(ctx, district);
    }
    case 'group': {
      const group = index.groups.get(target.id);
      if (!group) throw missing();
      return buildGroupSummary(ctx, group);
    }
    case 'alliance':
      return buildAllianceSummary(ctx, target.filters);
    case 'statement': {
      const statement = data.statements.find((candidate) => candidate.id === target.id);
      if (!statement) throw missing();
      return buildStatementSummary(ctx, statement, { dissent: target.dissent });
    }
  }
}

/** Checks a document against the published JSON format (used by tests and by importers). */
export function parseExportDocument(value: unknown): ExportDocument {
  return ExportDocumentSchema.parse(value);
}
