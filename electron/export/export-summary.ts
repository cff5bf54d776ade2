import { z } from 'zod';
import { buildExportDocument, ExportTargetNotFound } from '../../shared/export/build';
import { ExportTargetSchema, type ExportTarget } from '../../shared/export/input';
import type { ExportDocument } from '../../shared/export/model/schema';
import { renderCsv } from '../../shared/export/render/csv';
import { renderDocx } from '../../shared/export/render/docx';
import { renderHtml } from '../../shared/export/render/html';
import { renderJson } from '../../shared/export/render/json';
import { renderMarkdown } from '../../shared/export/render/markdown';
import { writeFileAtomic } from '../store/durable-file';
import { ChromiumPrinter } from './chromium-printer';
import { collectExportData, type ExportReader } from './collect';
import { cancelled, ExportError, writeError } from './export-error';
import { loadEmbeddedFonts } from './fonts';
import type { PdfPrinter } from './pdf-printer';
import { resolveTarget } from './target';

export const ExportFormatSchema = z.enum(['pdf', 'docx', 'md', 'csv', 'json', 'html']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const EXTENSIONS: Record<ExportFormat, string> = { pdf: '.pdf', docx: '.docx', md: '.md', csv: '.csv', json: '.json', html: '.html' };

export type ExportPhase = 'collect' | 'build' | 'render' | 'print' | 'write' | 'done';
export interface ExportProgress {
  phase: ExportPhase;
  /** Share of the whole export done, 0..1. */
  done: number;
}

const RequestSchema = z.object({
  format: ExportFormatSchema,
  lang: z.enum(['ru', 'en']),
  out: z.string().min(1),
  delimiter: z.enum([',', ';']).default(','),
  timeZone: z.string().optional(),
});

export interface ExportRequest {
  store: ExportReader;
  /** A target, or its command-line form ("district:Арбат"). */
  what: ExportTarget | string;
  format: ExportFormat;
  lang: 'ru' | 'en';
  out: string;
  delimiter?: ',' | ';';
  /** For statement:ID given as text: include the dissent annex. */
  dissent?: boolean;
  now?: Date;
  timeZone?: string;
  /** PDF printer; by default the machine's Chromium, started and closed for this export. */
  printer?: PdfPrinter;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
}

export interface ExportResult {
  file: string;
  bytes: number;
  document: ExportDocument;
}

/** Builds the document model for a target (also what a preview shows). */
export function prepareExport(request: Pick<ExportRequest, 'store' | 'what' | 'lang' | 'dissent' | 'now' | 'timeZone'>): ExportDocument {
  const target = typeof request.what === 'string' ? resolveTarget(request.store, request.what, { dissent: request.dissent }) : parseTarget(request.what);
  const data = collectExportData(request.store, target);
  try {
    return buildExportDocument(target, data, {
      lang: request.lang,
      generatedAt: (request.now ?? new Date()).toISOString(),
      ...(request.timeZone ? { timeZone: request.timeZone } : {}),
    });
  } catch (error) {
    if (error instanceof ExportTargetNotFound) throw new ExportError('not_found', error.message);
    if (error instanceof z.ZodError) throw new ExportError('invalid', `invalid export request: ${error.issues[0]?.message ?? ''}`);
    throw error;
  }
}

function parseTarget(value: unknown): ExportTarget {
  const parsed = ExportTargetSchema.safeParse(value);
  if (!parsed.success) throw new ExportError('invalid', `invalid export target: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** The self-contained print HTML of a document, with the shipped font embedded (preview and PDF). */
export async function printableHtml(document: ExportDocument, timeZone?: string): Promise<string> {
  return renderHtml(document, { fonts: await loadEmbeddedFonts(), ...(timeZone ? { timeZone } : {}) });
}

/**
 * Exports a summary to a file: collect → build → render (→ print) → write. The file is written
 * atomically (temp file, fsync, rename), so a failure or a cancel leaves no half-written file;
 * failures are ExportErrors with a code. Progress is reported per phase; the signal cancels
 * between phases and between chunks of a long DOCX.
 */
export async function exportSummary(request: ExportRequest): Promise<ExportResult> {
  const parsed = RequestSchema.safeParse(request);
  if (!parsed.success) throw new ExportError('invalid', `invalid export request: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const { format, out, delimiter, timeZone } = parsed.data;
  const report = (phase: ExportPhase, done: number) => request.onProgress?.({ phase, done });
  const checkpoint = () => {
    if (request.signal?.aborted) throw cancelled();
  };

  report('collect', 0);
  checkpoint();
  const document = prepareExport(request);
  report('build', 0.2);
  checkpoint();
  const content = await render(document, format, { delimiter, timeZone, request, report });
  checkpoint();
  report('write', 0.95);
  try {
    await writeFileAtomic(out, content);
  } catch (error) {
    throw writeError(out, error);
  }
  report('done', 1);
  return { file: out, bytes: typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength, document };
}

async function render(
  document: ExportDocument,
  format: ExportFormat,
  context: { delimiter: ',' | ';'; timeZone?: string; request: ExportRequest; report: (phase: ExportPhase, done: number) => void },
): Promise<string | Uint8Array> {
  const { timeZone, request, report } = context;
  const zone = timeZone ? { timeZone } : {};
  switch (format) {
    case 'md':
      return renderMarkdown(document, zone);
    case 'csv':
      return renderCsv(document, { delimiter: context.delimiter });
    case 'json':
      return renderJson(document);
    case 'html':
      return printableHtml(document, timeZone);
    case 'docx':
      try {
        return await renderDocx(document, { ...zone, signal: request.signal, onProgress: (share) => report('render', 0.2 + 0.75 * share) });
      } catch (error) {
        if (request.signal?.aborted) throw cancelled();
        throw error;
      }
    case 'pdf': {
      const html = await printableHtml(document, timeZone);
      report('print', 0.4);
      const printer = request.printer ?? new ChromiumPrinter();
      try {
        return await printer.printHtmlToPdf(html, { signal: request.signal });
      } finally {
        if (!request.printer) await printer.close();
      }
    }
  }
}
