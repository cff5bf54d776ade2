// The export engine's main-process half. For the app's IPC handlers:
//  - prepareExport({ store, what, lang }) → the document model, and printableHtml(doc) → the
//    self-contained HTML a preview can show (sandboxed iframe or a hidden window);
//  - exportSummary({ store, what, format, lang, out, onProgress, signal, printer }) after the save
//    dialog; failures are ExportError with a code (no_space, no_permission, no_folder, cancelled, …);
//  - printer: pass the Electron printToPDF implementation of PdfPrinter (see pdf-printer.ts).
export { ChromiumPrinter, findChromium } from './chromium-printer';
export { collectExportData, type ExportReader } from './collect';
export { ExportError, type ExportErrorCode } from './export-error';
export {
  EXTENSIONS,
  ExportFormatSchema,
  exportSummary,
  prepareExport,
  printableHtml,
  type ExportFormat,
  type ExportPhase,
  type ExportProgress,
  type ExportRequest,
  type ExportResult,
} from './export-summary';
export { loadEmbeddedFonts } from './fonts';
export type { PdfPrinter } from './pdf-printer';
export { resolveDistrict, resolveTarget } from './target';
