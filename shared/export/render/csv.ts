import type { Cell, Column, ExportDocument, TableBlock } from '../model/schema';

export type CsvDelimiter = ',' | ';';
const BOM = '\ufeff';

/**
 * A spreadsheet runs a field that starts with =, +, -, @ (or a tab or carriage return) as a
 * formula (OWASP's CSV injection advice: a leading apostrophe makes it text). How a line is cut
 * into fields is the reader's choice, not ours: a Russian Excel splits on ";" what we wrote for
 * ",", and a careless importer ignores quotes. So the rule is per segment: the text is cut at
 * ",", ";" and line breaks, and every segment that starts, after any spaces, with one of those
 * characters gets the apostrophe — however the line is split, no field starts a formula. A
 * segment that is just a number ("-5", "+7", "-0,5", "-12 %") is left alone: a spreadsheet
 * reads it as that number, never as a formula, and "'-5" would turn a figure into text.
 */
export function neutralizeFormula(text: string): string {
  return text.replace(/(^|[,;\r\n])([ ]*[=+\-@\t\r])/g, (whole, delimiter: string, start: string, at: number, all: string) => {
    const segment = all.slice(at + delimiter.length).split(/[,;\r\n]/, 1)[0]!;
    return PLAIN_NUMBER.test(segment) ? whole : `${delimiter}'${start}`;
  });
}
const PLAIN_NUMBER = /^ *[+-]?\d+(?:[.]\d+)? *%?$/;

/**
 * RFC 4180 quoting, for a reader that splits on either delimiter: a field with a "," or a ";",
 * a quote, a tab or a line break is quoted, quotes doubled.
 */
export function quoteField(text: string): string {
  return /[,;"\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
  const line = (fields: string[]) => fields.map(quoteField).join(delimiter);
  const lines = [line(table.columns.map((column) => neutralizeFormula(column.label)))];
  for (const row of table.rows) lines.push(line(row.map((cell, i) => csvValue(cell, table.columns[i]!, delimiter))));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
