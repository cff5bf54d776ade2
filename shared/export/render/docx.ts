import { Document, HeadingLevel, Packer, Paragraph, TextRun, type FileChild } from 'docx';
import type { Block, ExportDocument, TableBlock } from '../model/schema';
import { formatterFor, generatedLine } from './cells';
import { ACCENT, CONTENT_WIDTH, inlineRuns, MUTED, NUMBERING, PAGE, pageFooter, pageHeader, STYLES, textRuns } from './docx-parts';
import { spliceIntoDocx } from './docx-splice';
import { TABLE_END, tableLayout, tableRows, tableStart } from './docx-table';

export interface DocxOptions {
  timeZone?: string;
  /** Share done, 0..1: rows laid out, then packing. */
  onProgress?: (share: number) => void;
  signal?: AbortSignal;
}

const HEADINGS = { 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;
const CHUNK = 1_000;
const yieldToLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A DOCX a secretary can edit: Word's own heading styles, real tables with a repeated header
 * row, real bullet and numbered lists, the alliance and date in the page header and page
 * numbers as fields in the footer. Long tables are laid out in chunks that yield to the event
 * loop, so a large export reports progress and can be cancelled.
 */
export async function renderDocx(doc: ExportDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const fmt = formatterFor(doc, options.timeZone);
  const totalRows = doc.blocks.reduce((sum, block) => sum + (block.type === 'table' ? block.rows.length : 1), 0) || 1;
  let done = 0;
  const advance = async (rows: number) => {
    done += rows;
    options.signal?.throwIfAborted();
    options.onProgress?.(0.8 * (done / totalRows));
    await yieldToLoop();
  };
  let listInstance = 0;
  const tables = new Map<string, string>();
  const children: FileChild[] = [
    new Paragraph({ children: [new TextRun({ text: doc.alliance.toLocaleUpperCase(doc.lang), bold: true, size: 17, color: ACCENT, characterSpacing: 10 })] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(doc.title) }),
  ];
  if (doc.subtitle) children.push(new Paragraph({ children: textRuns(doc.subtitle, { size: 22, color: '39424D' }) }));
  children.push(
    new Paragraph({
      children: textRuns(generatedLine(fmt, doc), { size: 18, color: MUTED }),
      border: { bottom: { style: 'single', size: 12, color: ACCENT, space: 6 } },
      spacing: { after: 240 },
    }),
  );
  for (const block of doc.blocks) {
    if (block.type === 'table') {
      children.push(...(await tableElements(block, fmt, advance, tables)));
    } else {
      children.push(...blockElements(block, () => (listInstance += 1)));
      if (++done % CHUNK === 0) await advance(0);
    }
  }
  const document = new Document({
    creator: doc.alliance,
    title: doc.title,
    description: `${doc.format} ${doc.formatVersion}`,
    styles: STYLES,
    numbering: NUMBERING,
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, right: PAGE.right, bottom: PAGE.bottom, left: PAGE.left, header: 567, footer: 567 } } },
        headers: { default: pageHeader(doc.alliance, fmt.longDateOf(doc.generatedAt)) },
        footers: { default: pageFooter(fmt.labels.text.page) },
        children,
      },
    ],
  });
  options.signal?.throwIfAborted();
  options.onProgress?.(0.85);
  const packed = new Uint8Array(await Packer.toArrayBuffer(document));
  options.signal?.throwIfAborted();
  options.onProgress?.(0.9);
  const spliced = tables.size === 0 ? packed : await spliceIntoDocx(packed, tables);
  options.onProgress?.(1);
  return spliced;
}

function blockElements(block: Exclude<Block, TableBlock>, nextList: () => number): Paragraph[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: textRuns(block.text) })];
    case 'paragraph':
      if (block.tone === 'muted') return [new Paragraph({ children: inlineRuns(block.runs, { color: MUTED, size: 18 }) })];
      if (block.tone === 'quote') return [new Paragraph({ indent: { left: 400 }, children: inlineRuns(block.runs, { italics: true }) })];
      return [new Paragraph({ children: inlineRuns(block.runs) })];
    case 'facts':
      return block.items.map(
        ({ label, value }) =>
          new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value)] }),
      );
    case 'list': {
      const instance = nextList();
      return block.items.map((runs) =>
        block.ordered
          ? new Paragraph({ numbering: { reference: 'ordered', level: 0, instance }, children: inlineRuns(runs) })
          : new Paragraph({ bullet: { level: 0 }, children: inlineRuns(runs) }),
      );
    }
  }
}

/** Lays out a table as WordprocessingML in chunks (yielding between them) and leaves a placeholder for it. */
async function tableElements(
  block: TableBlock,
  fmt: ReturnType<typeof formatterFor>,
  advance: (rows: number) => Promise<void>,
  tables: Map<string, string>,
): Promise<FileChild[]> {
  if (block.rows.length === 0) {
    return [new Paragraph({ children: textRuns(block.emptyText ?? fmt.labels.text.none, { italics: true, color: MUTED }) })];
  }
  const layout = tableLayout(block, fmt, CONTENT_WIDTH);
  let xml = tableStart(block, layout);
  for (let start = 0; start < block.rows.length; start += CHUNK) {
    const end = Math.min(block.rows.length, start + CHUNK);
    xml += tableRows(block, layout, fmt, start, end);
    await advance(end - start);
  }
  const marker = `alliance-desk-table-${tables.size}-${Math.random().toString(36).slice(2)}`;
  tables.set(marker, xml + TABLE_END);
  return [new Paragraph({ children: [new TextRun(marker)] }), new Paragraph({ spacing: { after: 120 }, children: [] })];
}
