// The export engine's pure half (no Node, no DOM): build a document model from records, then
// render it. The electron side (electron/export) reads the store, prints PDF and writes files.
export { buildExportDocument, parseExportDocument, ExportTargetNotFound } from './build';
export {
  AllianceFiltersSchema,
  ExportOptionsSchema,
  ExportTargetSchema,
  emptyExportData,
  foldName,
  matchDistrict,
  type AllianceFilters,
  type ExportData,
  type ExportOptions,
  type ExportTarget,
} from './input';
export { ExportDocumentSchema, EXPORT_FORMAT_NAME, EXPORT_FORMAT_VERSION, type Block, type ExportDocument, type ExportKind } from './model/schema';
export { renderCsv, type CsvDelimiter } from './render/csv';
export { renderDocx, type DocxOptions } from './render/docx';
export { renderHtml, type HtmlOptions } from './render/html';
export type { EmbeddedFont } from './render/html-style';
export { renderJson } from './render/json';
export { renderMarkdown } from './render/markdown';
