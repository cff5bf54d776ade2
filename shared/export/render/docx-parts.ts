import {
  AlignmentType,
  ExternalHyperlink,
  Footer,
  Header,
  LevelFormat,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  type IStylesOptions,
  type ParagraphChild,
} from 'docx';
import type { Inline } from '../model/schema';
import { safeHref } from '../rich-text';

/**
 * A font every Word and LibreOffice install has with Cyrillic (LibreOffice maps it to the
 * metric-compatible Liberation Sans), so the secretary's copy looks the same when edited.
 */
export const DOCX_FONT = 'Arial';
export const ACCENT = '1F3B63';
export const MUTED = '5B6572';

/** A4 in twips, with the same margins as the print CSS (20/16/18/18 mm). */
export const PAGE = { width: 11906, height: 16838, top: 1134, right: 907, bottom: 1020, left: 1020 };
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: DOCX_FONT, size: 20 }, paragraph: { spacing: { after: 80, line: 264 } } },
    heading1: { run: { font: DOCX_FONT, size: 34, bold: true, color: '1B1F24' }, paragraph: { spacing: { before: 60, after: 80 }, keepNext: true } },
    heading2: { run: { font: DOCX_FONT, size: 26, bold: true, color: ACCENT }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true } },
    heading3: { run: { font: DOCX_FONT, size: 22, bold: true, color: '1B1F24' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
    heading4: { run: { font: DOCX_FONT, size: 20, bold: true, color: '1B1F24' }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
  },
};

export const NUMBERING = {
  config: [
    {
      reference: 'ordered',
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 400, hanging: 280 } } } }],
    },
  ],
};

/** Text runs for a piece of text, with line breaks kept as breaks. */
export function textRuns(text: string, props: { bold?: boolean; italics?: boolean; color?: string; size?: number; style?: string } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, ...props, ...(i > 0 ? { break: 1 } : {}) }));
}

export function inlineRuns(runs: readonly Inline[], base: { color?: string; size?: number; italics?: boolean } = {}): ParagraphChild[] {
  return runs.flatMap((run): ParagraphChild[] => {
    const props = { ...base, ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italics: true } : {}) };
    const href = safeHref(run.href);
    if (!href) return textRuns(run.text, props);
    return [new ExternalHyperlink({ link: href, children: textRuns(run.text, { ...props, style: 'Hyperlink' }) })];
  });
}

export function pageHeader(alliance: string, date: string): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        border: { bottom: { style: 'single', size: 4, color: 'C7D0DC', space: 4 } },
        children: [new TextRun({ text: alliance, size: 16, color: MUTED }), new TextRun({ text: `\t${date}`, size: 16, color: MUTED })],
      }),
    ],
  });
}

/** "Стр. 2 из 7" with Word's own page fields, so the numbers stay right after editing. */
export function pageFooter(template: string): Footer {
  const match = /^(.*)\{page\}(.*)\{pages\}(.*)$/s.exec(template);
  const [before, between, after] = match ? [match[1]!, match[2]!, match[3]!] : ['', ' / ', ''];
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after], size: 16, color: MUTED })],
      }),
    ],
  });
}
