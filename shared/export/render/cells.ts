import { ExportFormatter } from '../i18n/format';
import type { Cell, Column, ExportDocument } from '../model/schema';

/** A table cell as a reader sees it, in the document's language; an empty cell reads as a dash. */
export function displayCell(fmt: ExportFormatter, cell: Cell, column: Column): string {
  if (cell === null || cell === '') return fmt.labels.text.none;
  if (typeof cell === 'string') return column.type === 'date' ? fmt.date(cell) : cell;
  switch (column.type) {
    case 'integer':
      return fmt.int(cell);
    case 'decimal':
      return fmt.dec(cell);
    case 'percent':
      return fmt.pct(cell);
    default:
      return String(cell);
  }
}

export const isNumeric = (column: Column) => column.type === 'integer' || column.type === 'decimal' || column.type === 'percent';

/** The line under the title: who made it and when. */
export function generatedLine(fmt: ExportFormatter, doc: ExportDocument): string {
  return fmt.fill(fmt.labels.text.generated, { date: fmt.longDateOf(doc.generatedAt) });
}

export function formatterFor(doc: ExportDocument, timeZone?: string): ExportFormatter {
  return new ExportFormatter(doc.lang, timeZone);
}
