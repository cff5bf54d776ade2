import { ExportDocumentSchema, type ExportDocument } from '../model/schema';

/** The document model as JSON (format "alliance-desk-export", with its version); checked against the schema first. */
export function renderJson(doc: ExportDocument): string {
  return `${JSON.stringify(ExportDocumentSchema.parse(doc), null, 2)}\n`;
}
