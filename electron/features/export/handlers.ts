import path from 'node:path';
import type { ExportDocument } from '../../../shared/export/model/schema';
import { PREVIEW_TABLE_ROWS, type ExportOutcome, type ExportPreview } from '../../../shared/ipc/export-contract';
import { EXTENSIONS, ExportError, exportSummary, prepareExport, type ExportProgress } from '../../export';
import type { FeatureHandlers } from '../../core/channel-handlers';
import type { EventHub } from '../../core/events';
import { searchTargets } from './export-targets';
import type { Platform } from '../../core/platform';
import { ServiceError } from '../../core/service-error';
import type { WorkspaceSession } from '../../core/workspace-session';

/** Progress events of one export: on every phase change and every further 2 %, not on each DOCX chunk. */
function progressReporter(events: EventHub, jobId: string): (progress: ExportProgress) => void {
  let last: ExportProgress | undefined;
  return (progress) => {
    if (last && last.phase === progress.phase && progress.done - last.done < 0.02) return;
    last = progress;
    events.emit('export:progress', { jobId, phase: progress.phase, done: Math.min(1, Math.max(0, progress.done)) });
  };
}

/** Characters file systems refuse or that mislead (path separators), and runs of spaces. */
export function fileNameFor(title: string, extension: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 100)
    .trim();
  return `${cleaned || 'alliance-desk'}${extension}`;
}

/** The preview's document with long tables cut (the saved file keeps every row). */
function forPreview(document: ExportDocument): ExportPreview {
  const shortened: ExportPreview['shortened'] = [];
  const blocks = document.blocks.map((block) => {
    if (block.type !== 'table' || block.rows.length <= PREVIEW_TABLE_ROWS) return block;
    shortened.push({ table: block.key, shown: PREVIEW_TABLE_ROWS, total: block.rows.length });
    return { ...block, rows: block.rows.slice(0, PREVIEW_TABLE_ROWS) };
  });
  return { document: { ...document, blocks }, shortened };
}

function failed(error: ExportError): ExportOutcome {
  if (error.code === 'cancelled') return { status: 'cancelled', stage: 'export' };
  return { status: 'failed', code: error.code, message: error.message };
}

/**
 * Handlers of the export channels: a preview of the document model, the target picker's search,
 * and the export itself — save dialog, then the engine with progress events and a cancel signal.
 */
export function exportHandlers(session: WorkspaceSession, platform: Platform, events: EventHub): FeatureHandlers<'export'> {
  const jobs = new Map<string, AbortController>();
  return {
    'export:preview': async ({ what, lang }) => {
      try {
        return forPreview(prepareExport({ store: session.store(), what, lang }));
      } catch (error) {
        // A target that went away (deleted on another device) or a bad request: the IPC codes say so.
        if (error instanceof ExportError) throw new ServiceError(error.code === 'not_found' ? 'not_found' : 'invalid', error.message);
        throw error;
      }
    },
    'export:targets': async (input) => searchTargets(session.store(), input),
    'export:run': async ({ jobId, what, format, lang, delimiter }) => {
      const store = session.store();
      if (jobs.has(jobId)) return { status: 'failed', code: 'invalid', message: `export ${jobId} is already running` };
      let title: string;
      try {
        // The document's title names the file; a target that is gone fails here, before the dialog
        // opens. The whole alliance is not built twice for a name: the alliance's name and the date do.
        title = what.kind === 'alliance' ? `${store.manifest.name} ${new Date(store.now()).toISOString().slice(0, 10)}` : prepareExport({ store, what, lang }).title;
      } catch (error) {
        if (error instanceof ExportError) return failed(error);
        throw error;
      }
      const extension = EXTENSIONS[format];
      const chosen = await platform.chooseSaveFile({ purpose: 'export', defaultName: fileNameFor(title, extension), extension: extension.slice(1) });
      if (chosen === null) return { status: 'cancelled', stage: 'dialog' };
      // A name typed without an extension gets the format's own (GTK's dialog does not add it).
      const out = path.extname(chosen) === '' ? `${chosen}${extension}` : chosen;
      const controller = new AbortController();
      jobs.set(jobId, controller);
      const printer = format === 'pdf' ? platform.createPdfPrinter() : undefined;
      try {
        const result = await exportSummary({
          store,
          what,
          format,
          lang,
          delimiter,
          out,
          signal: controller.signal,
          onProgress: progressReporter(events, jobId),
          ...(printer ? { printer } : {}),
        });
        return { status: 'saved', file: result.file, fileName: path.basename(result.file), bytes: result.bytes };
      } catch (error) {
        if (error instanceof ExportError) return failed(error);
        throw error;
      } finally {
        jobs.delete(jobId);
        await printer?.close().catch(() => undefined);
      }
    },
    'export:cancel': async ({ jobId }) => {
      const controller = jobs.get(jobId);
      if (!controller) return false;
      controller.abort();
      return true;
    },
  };
}
