import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { parseXml, type MarkupDocument, type MarkupElement } from './markup';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxCell {
  /** w:tcW, in twips. */
  width: number;
  /** Lines of the cell (one per paragraph or w:br). */
  text: string;
  bold: boolean;
  /** Font size in points (w:sz is in half-points). */
  size: number;
}

export interface DocxTable {
  layout: string | null;
  /** w:gridCol widths, in twips. */
  grid: number[];
  /** Left plus right cell margin, in twips. */
  margins: number;
  rows: DocxCell[][];
}

/** The word/document.xml of a DOCX file, parsed as XML (a malformed part throws). */
export async function docxDocument(file: string): Promise<MarkupDocument> {
  return parseXml(await docxPart(file, 'word/document.xml'), `${file}: word/document.xml`);
}

/** One part of a DOCX package as text. */
export async function docxPart(file: string, name: string): Promise<string> {
  const part = unzipSync(new Uint8Array(await readFile(file)))[name];
  if (!part) throw new Error(`${file} has no ${name}`);
  return strFromU8(part);
}

const children = (element: MarkupElement, name: string) => Array.from(element.children).filter((child) => child.namespaceURI === W && child.localName === name);
const first = (element: MarkupElement | undefined, ...path: string[]) =>
  path.reduce<MarkupElement | undefined>((at, name) => (at ? children(at, name)[0] : undefined), element);
const twips = (element: MarkupElement | undefined) => Number(element?.getAttributeNS(W, 'w') ?? 0);

/** Every table of the document as written: its grid, margins and cells with their text and run format. */
export function docxTables(document: MarkupDocument): DocxTable[] {
  return Array.from(document.getElementsByTagNameNS(W, 'tbl')).map((table) => {
    const props = first(table, 'tblPr');
    return {
      layout: first(props, 'tblLayout')?.getAttributeNS(W, 'type') ?? null,
      grid: children(first(table, 'tblGrid')!, 'gridCol').map(twips),
      margins: twips(first(props, 'tblCellMar', 'left')) + twips(first(props, 'tblCellMar', 'right')),
      rows: children(table, 'tr').map((row) =>
        children(row, 'tc').map((cell) => {
          const runs = Array.from(cell.getElementsByTagNameNS(W, 'r'));
          const text = children(cell, 'p')
            .map((paragraph) =>
              Array.from(paragraph.getElementsByTagNameNS(W, 'r'))
                .map((run) => (run.getElementsByTagNameNS(W, 'br').length > 0 ? '\n' : '') + Array.from(run.getElementsByTagNameNS(W, 't')).map((t) => t.textContent).join(''))
                .join(''),
            )
            .join('\n');
          const runProps = first(runs[0], 'rPr');
          return {
            width: twips(first(cell, 'tcPr', 'tcW')),
            text,
            bold: first(runProps, 'b') !== undefined,
            size: Number(first(runProps, 'sz')?.getAttributeNS(W, 'val') ?? 20) / 2,
          };
        }),
      ),
    };
  });
}
