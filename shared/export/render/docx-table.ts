import type { ExportFormatter } from '../i18n/format';
import type { TableBlock } from '../model/schema';
import { displayCell, isNumeric } from './cells';
import { fitTable, type TableMetrics, type TableSetting } from './column-widths';

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

const TWIPS_PER_POINT = 20;
/** Cell margins left and right, in twips: 80 usually, 40 (0.7 mm) in a table set dense. */
const MARGIN = 80;
const DENSE_MARGIN = 40;
const setting = (fontSize: number, margin: number): TableSetting => ({ fontSize, padding: (2 * margin) / TWIPS_PER_POINT + 0.5 });
/**
 * 9 pt cells, or 8 down to 6.5 pt with narrower margins for a table whose words do not fit so
 * (see column-widths.ts): Arial is about a tenth wider than PT Sans, so the alliance's table of
 * twelve columns needs 6.5 pt here where the PDF sets it at 7.
 */
const SETTINGS: TableMetrics['settings'] = [setting(9, MARGIN), ...[8, 7.5, 7, 6.5].map((size) => setting(size, DENSE_MARGIN))];

export interface TableLayout {
  width: number;
  columns: number[];
  right: boolean[];
  /** Run properties of the header and of the other cells. */
  headerRun: string;
  run: string;
  /** Left and right cell margin, in twips. */
  margin: number;
}

/** Column widths in twips from the content, for Arial (DOCX_FONT), summing to the table's width. */
export function tableLayout(block: TableBlock, fmt: ExportFormatter, contentWidth: number): TableLayout {
  const fit = fitTable(block, fmt, { available: contentWidth / TWIPS_PER_POINT, face: 'arial', settings: SETTINGS });
  const columns = fit.widths.map((width) => Math.round(width * TWIPS_PER_POINT));
  // Rounding may leave the sum a few twips off: the widest column absorbs it.
  const width = Math.min(contentWidth, Math.round(fit.widths.reduce((a, b) => a + b, 0) * TWIPS_PER_POINT));
  const widest = columns.indexOf(Math.max(...columns));
  columns[widest]! += width - columns.reduce((a, b) => a + b, 0);
  const size = `<w:sz w:val="${fit.setting.fontSize * 2}"/><w:szCs w:val="${fit.setting.fontSize * 2}"/>`;
  return {
    width,
    columns,
    right: block.columns.map(isNumeric),
    headerRun: `<w:rPr><w:b/><w:bCs/>${size}</w:rPr>`,
    run: `<w:rPr>${size}</w:rPr>`,
    margin: fit.setting === SETTINGS[0] ? MARGIN : DENSE_MARGIN,
  };
}

function runs(text: string, props: string): string {
  return text
    .split('\n')
    .map((line, i) => `<w:r>${props}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join('');
}

function cell(layout: TableLayout, column: number, text: string, header: boolean): string {
  const shading = header ? '<w:shd w:val="clear" w:color="auto" w:fill="EEF2F7"/>' : '';
  const align = layout.right[column] ? '<w:jc w:val="right"/>' : '';
  const props = header ? layout.headerRun : layout.run;
  return `<w:tc><w:tcPr><w:tcW w:w="${layout.columns[column]}" w:type="dxa"/>${shading}</w:tcPr><w:p><w:pPr><w:spacing w:after="0"/>${align}</w:pPr>${runs(text, props)}</w:p></w:tc>`;
}

/** The opening of the table: properties, grid and the header row that Word repeats on every page. */
export function tableStart(block: TableBlock, layout: TableLayout): string {
  const grid = layout.columns.map((width) => `<w:gridCol w:w="${width}"/>`).join('');
  const header = block.columns.map((column, i) => cell(layout, i, column.label, true)).join('');
  const margins = `<w:top w:w="50" w:type="dxa"/><w:left w:w="${layout.margin}" w:type="dxa"/><w:bottom w:w="50" w:type="dxa"/><w:right w:w="${layout.margin}" w:type="dxa"/>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${layout.width}" w:type="dxa"/><w:tblBorders>${TABLE_BORDERS}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar>${margins}</w:tblCellMar>` +
    `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${grid}</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${header}</w:tr>`
  );
}

export function tableRows(block: TableBlock, layout: TableLayout, fmt: ExportFormatter, from: number, to: number): string {
  let xml = '';
  for (const row of block.rows.slice(from, to)) {
    xml += '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    row.forEach((value, i) => {
      xml += cell(layout, i, displayCell(fmt, value, block.columns[i]!), false);
    });
    xml += '</w:tr>';
  }
  return xml;
}

export const TABLE_END = '</w:tbl>';
