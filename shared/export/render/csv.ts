import type { Cell, Column, ExportDocument, TableBlock } from '../model/schema';

export type CsvDelimiter = ',' | ';';
const BOM = '\ufeff';

/**
 * A spreadsheet would run a cell that starts with =, +, -, @ (or a tab or carriage return that
 * precedes one) as a formula; a leading apostrophe makes it text (OWASP's CSV injection advice).
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with the delimiter, a quote or a line break is quoted, quotes doubled. */
export function quoteField(text: string, delimiter: CsvDelimiter): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Cells as a spreadsheet should read them: numbers plain (with a decimal comma when the
 * delimiter is ";", as Russian spreadsheets expect), shares as percentages, dates as ISO.
 */
function csvValue(cell: Cell, column: Column, delimiter: CsvDelimiter): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return neutralizeFormula(cell);
  const decimal = (n: number, digits: number) => {
    const text = Number.isInteger(n) ? String(n) : n.toFixed(digits).replace(/0+$/, '').replace(/\.$/, '');
    return delimiter === ';' ? text.replace('.', ',') : text;
  };
  if (column.type === 'percent') return `${decimal(cell * 100, 1)}%`;
  if (column.type === 'decimal') return decimal(cell, 4);
  return String(cell);
}

export function primaryTable(doc: ExportDocument): TableBlock {
  const found = doc.blocks.find((block): block is TableBlock => block.type === 'table' && block.key === doc.primaryTable);
  if (!found) throw new Error(`the document has no table "${doc.primaryTable}"`);
  return found;
}

/** The document's main table as CSV: UTF-8 with a BOM (so Excel reads Cyrillic), CRLF line ends. */
export function renderCsv(doc: ExportDocument, options: { delimiter?: CsvDelimiter } = {}): string {
  const delimiter = options.delimiter ?? ',';
  const table = primaryTable(doc);
  const line = (fields: string[]) => fields.map((field) => quoteField(field, delimiter)).join(delimiter);
  const lines = [line(table.columns.map((column) => neutralizeFormula(column.label)))];
  for (const row of table.rows) lines.push(line(row.map((cell, i) => csvValue(cell, table.columns[i]!, delimiter))));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
