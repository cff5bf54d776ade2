import type { ExportFormatter } from '../i18n/format';
import type { TableBlock } from '../model/schema';
import { displayCell, isNumeric } from './cells';

/**
 * Tables written straight as WordprocessingML. The docx library builds an object per run,
 * paragraph and cell and then serializes the tree: about 75 µs and much garbage per cell, which
 * made the whole alliance (~130,000 cells) take 20 s. As strings the same tables take well
 * under a second. Everything else in the document still comes from the library; these tables
 * are spliced in where the library wrote a placeholder paragraph (see docx.ts).
 */

// XML 1.0 forbids most control characters; Word refuses a file that has one.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"]/g, (char) => ESCAPES[char]!);
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="D8DEE6"';
const TABLE_BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('');
const CELL_MARGINS = '<w:top w:w="50" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="50" w:type="dxa"/><w:right w:w="80" w:type="dxa"/>';
const RUN = '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>';
const BOLD_RUN = '<w:rPr><w:b/><w:bCs/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>';

function runs(text: string, bold: boolean): string {
  const props = bold ? BOLD_RUN : RUN;
  return text
    .split('\n')
    .map((line, i) => `<w:r>${props}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join('');
}

function cell(text: string, width: number, right: boolean, header: boolean): string {
  const shading = header ? '<w:shd w:val="clear" w:color="auto" w:fill="EEF2F7"/>' : '';
  const align = right ? '<w:jc w:val="right"/>' : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shading}</w:tcPr><w:p><w:pPr><w:spacing w:after="0"/>${align}</w:pPr>${runs(text, header)}</w:p></w:tc>`;
}

export interface TableLayout {
  width: number;
  columns: number[];
  right: boolean[];
}

export function tableLayout(block: TableBlock, contentWidth: number): TableLayout {
  const total = block.columns.reduce((sum, column) => sum + (column.width ?? 1), 0);
  const width = block.compact ? Math.round(contentWidth * 0.6) : contentWidth;
  return { width, columns: block.columns.map((column) => Math.round(((column.width ?? 1) / total) * width)), right: block.columns.map(isNumeric) };
}

/** The opening of the table: properties, grid and the header row that Word repeats on every page. */
export function tableStart(block: TableBlock, layout: TableLayout): string {
  const grid = layout.columns.map((width) => `<w:gridCol w:w="${width}"/>`).join('');
  const header = block.columns.map((column, i) => cell(column.label, layout.columns[i]!, layout.right[i]!, true)).join('');
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${layout.width}" w:type="dxa"/><w:tblBorders>${TABLE_BORDERS}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar>${CELL_MARGINS}</w:tblCellMar>` +
    `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${grid}</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${header}</w:tr>`
  );
}

export function tableRows(block: TableBlock, layout: TableLayout, fmt: ExportFormatter, from: number, to: number): string {
  let xml = '';
  for (const row of block.rows.slice(from, to)) {
    xml += '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    row.forEach((value, i) => {
      xml += cell(displayCell(fmt, value, block.columns[i]!), layout.columns[i]!, layout.right[i]!, false);
    });
    xml += '</w:tr>';
  }
  return xml;
}

export const TABLE_END = '</w:tbl>';
