import { AllianceFiltersSchema } from '../../shared/export/input';
import { ExportError } from '../export/export-error';
import { EXTENSIONS, exportSummary, ExportFormatSchema } from '../export/export-summary';
import { resolveDistrict, resolveTarget } from '../export/target';
import { StoreError } from '../store/errors';
import { WorkspaceStore } from '../store/workspace-store';
import { CliError, reportFailure } from './cli-error';
import { parseCommandLine } from './common-options';
import type { CommandContext } from './workspace-commands';
import { resolveDevice } from './device';

export const EXPORT_USAGE = `  export DIR --what TARGET --format pdf|docx|md|csv|json|html --out FILE [--lang ru|en]
                                            a position summary; TARGET is issue:ID, deputy:ID, district:NAME,
                                            group:ID, alliance or statement:ID; --delimiter , or ; (CSV),
                                            --dissent (statement annex), alliance filters --category, --status,
                                            --okrug, --district (each repeatable)`;

/**
 * `alliance-desk export`: parses its own options (main.ts hands over the arguments after the
 * command), opens the workspace read-only, writes the file atomically and reports progress on stderr.
 */
export async function exportCommand(argv: string[], io: Pick<CommandContext, 'out' | 'err'>): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandLine(argv, {
      what: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      delimiter: { type: 'string', default: ',' },
      dissent: { type: 'boolean', default: false },
      category: { type: 'string', multiple: true, default: [] },
      status: { type: 'string', multiple: true, default: [] },
      okrug: { type: 'string', multiple: true, default: [] },
      district: { type: 'string', multiple: true, default: [] },
    });
  } catch (error) {
    io.err(`alliance-desk: export: ${(error as Error).message}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`usage: alliance-desk\n${EXPORT_USAGE}`);
    return 0;
  }
  try {
    if (positionals.length !== 1) throw new CliError('export takes one argument, the workspace folder; see --help', 2);
    if (!values.what) throw new CliError('export needs --what (issue:ID, deputy:ID, district:NAME, group:ID, alliance or statement:ID)', 2);
    const format = ExportFormatSchema.safeParse(values.format);
    if (!format.success) throw new CliError('export needs --format pdf, docx, md, csv, json or html', 2);
    if (!values.out) throw new CliError(`export needs --out FILE (for example summary${EXTENSIONS[format.data]})`, 2);
    if (values.lang !== 'ru' && values.lang !== 'en') throw new CliError('--lang is ru or en', 2);
    if (values.delimiter !== ',' && values.delimiter !== ';') throw new CliError('--delimiter is , or ;', 2);
    const lang = values.lang;
    const delimiter = values.delimiter;
    const device = await resolveDevice(values.device);
    const store = await WorkspaceStore.open(positionals[0]!, { device, author: values.as!, readOnly: true });
    try {
      const filters = AllianceFiltersSchema.safeParse({
        categories: values.category,
        statuses: values.status,
        okrugs: values.okrug,
        districtIds: values.district!.map((name) => resolveDistrict(store, name)),
      });
      if (!filters.success) throw new CliError(`invalid filter: ${filters.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`, 2);
      const target = resolveTarget(store, values.what, { dissent: values.dissent, filters: filters.data });
      let reported = -1;
      const result = await exportSummary({
        store,
        what: target,
        format: format.data,
        lang,
        out: values.out,
        delimiter,
        onProgress: ({ phase, done }) => {
          const percent = Math.floor(done * 10) * 10;
          if (percent > reported) {
            reported = percent;
            io.err(`… ${percent}% ${phase}`);
          }
        },
      });
      io.out(`wrote ${result.file} (${result.bytes} bytes)`);
      return 0;
    } finally {
      await store.close();
    }
  } catch (error) {
    return reportFailure(error, io, [ExportError, StoreError], parsed.values.lang === 'en' ? 'en' : 'ru');
  }
}
