import type { TableMetrics } from './column-widths';

/** A font face embedded in the HTML as a data URL, so print never depends on the machine's fonts. */
export interface EmbeddedFont {
  family: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  /** CSS unicode-range of this subset (e.g. Cyrillic). */
  unicodeRange: string;
  /** The WOFF2 file, base64-encoded. */
  woff2Base64: string;
}

export const FONT_STACK = "'PT Sans', 'DejaVu Sans', sans-serif";

/**
 * A CSS string literal that is safe inside a <style> element too: every character but letters,
 * digits and spaces is written as a CSS hex escape, so the string can neither end itself nor
 * hold the "<" of a "</style>" that would end the style sheet; line breaks and other control
 * characters become spaces.
 */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced here
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return `"${flat.replace(/[^\p{L}\p{N} ]/gu, (char) => `\\${char.codePointAt(0)!.toString(16)} `)}"`;
}

export function fontFaces(fonts: readonly EmbeddedFont[]): string {
  return fonts
    .map(
      (font) =>
        `@font-face{font-family:${cssString(font.family)};font-style:${font.style};font-weight:${font.weight};font-display:block;` +
        `src:url(data:font/woff2;base64,${font.woff2Base64}) format('woff2');unicode-range:${font.unicodeRange}}`,
    )
    .join('\n');
}

/** A4 page margins; the text is 210 − 18 − 16 = 176 mm wide. */
export const PAGE_MARGINS_MM = { top: 20, right: 16, bottom: 18, left: 18 } as const;
const POINTS_PER_MM = 72 / 25.4;

const DENSE_PADDING_MM = 1;

/**
 * Table text as the print CSS sets it, in points, for the column widths (column-widths.ts): 9 pt
 * with 1.5 mm padding left and right and half-point rules; a table whose words do not fit so is
 * set "dense" (1 mm padding) at 8 down to 6.5 pt. The widths fit every word, so th and td break
 * lines only between words; overflow-wrap:break-word is the last resort for a word longer than
 * any column can be (a long link), which would otherwise run over the next column.
 */
export const TABLE_METRICS: TableMetrics = {
  available: (210 - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right) * POINTS_PER_MM,
  face: 'pt-sans',
  settings: [
    { fontSize: 9, padding: 2 * 1.5 * POINTS_PER_MM + 0.5 },
    ...[8, 7.5, 7, 6.5].map((fontSize) => ({ fontSize, padding: 2 * DENSE_PADDING_MM * POINTS_PER_MM + 0.5 })),
  ],
};

/**
 * Print CSS: A4, the alliance's name and the date in the top margin of every page after the first (which carries them in its letterhead), "page N of M" at the bottom
 * (CSS page-margin boxes, which Chromium prints with the page's own embedded font, so the
 * same HTML gives the same pages in Electron's printToPDF and in Playwright's page.pdf).
 */
export function printCss(header: { alliance: string; date: string; pageTemplate: string }): string {
  const [beforePage, between, afterPages] = splitPageTemplate(header.pageTemplate);
  const margin = `font-family:${FONT_STACK};font-size:8pt;color:#5b6572;`;
  const { top, right, bottom, left } = PAGE_MARGINS_MM;
  return `
@page{size:A4;margin:${top}mm ${right}mm ${bottom}mm ${left}mm;
  @top-left{content:${cssString(header.alliance)};${margin}vertical-align:bottom;padding-bottom:5mm}
  @top-right{content:${cssString(header.date)};${margin}vertical-align:bottom;padding-bottom:5mm}
  @bottom-center{content:${cssString(beforePage)} counter(page) ${cssString(between)} counter(pages) ${cssString(afterPages)};${margin}vertical-align:top;padding-top:5mm}
}
@page:first{@top-left{content:none}@top-right{content:none}}
html{font-family:${FONT_STACK};font-size:10.5pt;line-height:1.4;color:#1b1f24;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0}
@media screen{body{max-width:180mm;margin:12mm auto;padding:0 8mm}}
.doc-head{border-bottom:2pt solid #1f3b63;padding-bottom:3mm;margin-bottom:5mm}
.alliance{font-size:9pt;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:#1f3b63}
h1{font-size:19pt;line-height:1.2;margin:2mm 0 1.5mm}
.subtitle{font-size:11pt;color:#39424d;margin:0 0 1mm}
.generated{font-size:9pt;color:#5b6572;margin:0}
h2{font-size:13pt;color:#1f3b63;margin:6mm 0 2mm;padding-bottom:1mm;border-bottom:.6pt solid #c7d0dc;break-after:avoid}
h3{font-size:11.5pt;margin:4mm 0 1.5mm;break-after:avoid}
h4{font-size:10.5pt;margin:3mm 0 1mm;break-after:avoid}
p{margin:0 0 2mm;orphans:3;widows:3}
p.muted{font-size:9pt;color:#5b6572}
p.quote{border-left:2pt solid #c7d0dc;padding-left:4mm;font-style:italic}
ul,ol{margin:0 0 3mm;padding-left:6mm}
li{margin:0 0 1mm}
a{color:#1f3b63}
table{width:100%;border-collapse:collapse;table-layout:fixed;margin:0 0 4mm;font-size:9pt}
thead{display:table-header-group}
tr{break-inside:avoid}
th{text-align:left;vertical-align:bottom;font-weight:700;background:#eef2f7;border-bottom:1pt solid #1f3b63;padding:1.2mm 1.5mm}
td{vertical-align:top;border-bottom:.5pt solid #d8dee6;padding:1.1mm 1.5mm}
th,td{overflow-wrap:break-word;word-break:normal;hyphens:manual}
table.dense th,table.dense td{padding-left:${DENSE_PADDING_MM}mm;padding-right:${DENSE_PADDING_MM}mm}
.num{text-align:right;font-variant-numeric:tabular-nums}
table.facts{table-layout:auto;font-size:10pt}
table.facts th{background:none;border:none;font-weight:400;color:#5b6572;width:48mm;vertical-align:top;padding:.8mm 4mm .8mm 0}
table.facts td{border:none;padding:.8mm 0}
.empty{font-style:italic;color:#5b6572}
`;
}

/** "Стр. {page} из {pages}" → the text before, between and after the two counters. */
function splitPageTemplate(template: string): [string, string, string] {
  const match = /^(.*)\{page\}(.*)\{pages\}(.*)$/s.exec(template);
  return match ? [match[1]!, match[2]!, match[3]!] : [`${template} `, ' / ', ''];
}
