/**
 * How wide a piece of text prints, in em, without a font engine, for the two faces our documents
 * are drawn with: PT Sans, embedded in the PDF, and Arial, which the DOCX names (LibreOffice draws
 * it with the metric-compatible Liberation Sans). Each character has its advance in that face
 * rounded up to 0.05 em, so an estimate is never narrower than the text (kerning aside, which
 * narrows far more pairs than it widens) and at most a few per cent wider.
 * tests/unit/export-text-width.test.ts checks the tables against the font files themselves.
 */

export type TextFace = 'pt-sans' | 'arial';
export type FontWeight = 'regular' | 'bold';

type Buckets = readonly (readonly [em: number, chars: string])[];

const PT_SANS: Record<FontWeight, Buckets> = {
  regular: [
    [0.2, '‘’'],
    [0.25, "',.:|"],
    [0.3, ' ();IJ`ijl\u00a0·'],
    [0.35, '!"[]frt{}“”„'],
    [0.4, '*-/\\гт'],
    [0.45, '?_szГз°'],
    [0.5, '^ackvyавксучъьэя«»'],
    [0.55, '#$+0123456789<=>EFLSZbdeghnopqux~БЕЗбдеийлнопрхцЁё×−'],
    [0.6, 'ABCPRTVYАВРСТУЬЭЯ'],
    [0.65, 'GKXКЛХЧЪм'],
    [0.7, 'DHNOQUДИЙНОПЦжфы–'],
    [0.75, 'wшю'],
    [0.8, '%MМФЫщ…'],
    [0.85, '&WmЖ—'],
    [0.9, 'ШЮ'],
    [0.95, 'Щ'],
    [1.05, '№'],
    [1.1, '@'],
  ],
  bold: [
    [0.25, '.|‘’'],
    [0.3, " !',:;Iijl\u00a0·"],
    [0.35, '()J[]`ft'],
    [0.4, '*-r{}г“”„'],
    [0.45, '"/\\_csзст°'],
    [0.5, '?^akvyzГакуьэ«»'],
    [0.55, '+<=>EFLSZbdeghnopqux~ЕЗбвеийлнопрхчъяЁё×−'],
    [0.6, '#$0123456789BCPTYБВРСТУЬЭЯдц'],
    [0.65, 'ADGKRUVXАКЛПХЧ'],
    [0.7, 'HNOQДИЙНОЦЪжмф–'],
    [0.75, 'wыю'],
    [0.8, 'MМЫшщ'],
    [0.85, '%&mЖФ—…'],
    [0.9, 'WШЮ'],
    [0.95, 'Щ'],
    [1.05, '№'],
    [1.1, '@'],
  ],
};

const ARIAL: Record<FontWeight, Buckets> = {
  regular: [
    [0.2, "'"],
    [0.25, 'ijl‘’'],
    [0.3, ' !,./:;I[\\]ft|\u00a0'],
    [0.35, '()-`r{}“”„·'],
    [0.4, '"*г°'],
    [0.45, 'к'],
    [0.5, 'J^cksvxyzзстух'],
    [0.55, 'Гвпчьэя'],
    [0.6, '#$+0123456789<=>?L_abdeghnopqu~Кабдеийлнорцё«»–×−'],
    [0.65, 'FTZЗТУъ'],
    [0.7, '&ABEKPSVXYАБВДЕЛРХЧЬжмЁ'],
    [0.75, 'CDHNRUwИЙНПСЦЭЯыю'],
    [0.8, 'GOQОФЪ'],
    [0.85, 'MmМфшщ'],
    [0.9, '%Ы'],
    [0.95, 'WЖШЩ'],
    [1, '—…'],
    [1.05, '@Ю'],
    [1.1, '№'],
  ],
  bold: [
    [0.25, "'"],
    [0.3, ' ,./I\\ijl|\u00a0‘’'],
    [0.35, '!()-:;[]`ft·'],
    [0.4, '*r{}°'],
    [0.45, 'г'],
    [0.5, '"zзт“”„'],
    [0.55, 'к'],
    [0.6, '#$+0123456789<=>J^_aceksvxy~Гаесухчэяё«»–×−'],
    [0.65, '?FLTZbdghnopquЗКТУбвдийлнопрць'],
    [0.7, 'EPSVXYЕРХЁ'],
    [0.75, '&ABCDHKNRUАБВДИЙЛНПСЦЧЬЭЯжмъ'],
    [0.8, 'GOQwО'],
    [0.85, 'MМшщ'],
    [0.9, '%mФЪфыю'],
    [0.95, 'WЖ'],
    [1, '@Ы—…'],
    [1.05, 'ШЩЮ'],
    [1.15, '№'],
  ],
};

/** Anything else (accented Latin, other scripts, symbols): wider than every listed character. */
const OTHER = 1.2;

/** Advances by code point: an array for the Latin and Cyrillic blocks (most of every export), a map beyond. */
interface WidthTable {
  low: Float64Array;
  high: Map<number, number>;
}
const LOW = 0x500;

function widthTable(buckets: Buckets): WidthTable {
  const table: WidthTable = { low: new Float64Array(LOW).fill(OTHER), high: new Map() };
  for (const [em, chars] of buckets) {
    for (const char of chars) {
      const code = char.codePointAt(0)!;
      if (code < LOW) table.low[code] = em;
      else table.high.set(code, em);
    }
  }
  return table;
}
const WIDTHS: Record<TextFace, Record<FontWeight, WidthTable>> = {
  'pt-sans': { regular: widthTable(PT_SANS.regular), bold: widthTable(PT_SANS.bold) },
  arial: { regular: widthTable(ARIAL.regular), bold: widthTable(ARIAL.bold) },
};
const advance = (table: WidthTable, code: number) => (code < LOW ? table.low[code]! : (table.high.get(code) ?? OTHER));

/** The printed width of text on one line, in em. */
export function textWidth(text: string, face: TextFace, weight: FontWeight = 'regular'): number {
  const table = WIDTHS[face][weight];
  let em = 0;
  for (const char of text) em += advance(table, char.codePointAt(0)!);
  return em;
}

/**
 * Where a line may break: ordinary white space (not the no-break spaces that hold "1 200" or
 * "5 депутатов" together), and after a hyphen between letters, where Chromium, Word and
 * LibreOffice all break "Выхино-Жулебино" when they must.
 */
const isSpace = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x1680 || (code >= 0x2000 && code <= 0x200a && code !== 0x2007) || code === 0x2028 || code === 0x2029 || code === 0x205f || code === 0x3000;
const isLetter = (char: string | undefined) => char !== undefined && char.toLowerCase() !== char.toUpperCase();

/**
 * The widths, in em, of the longest unbreakable piece and of the longest line of the text, in one
 * pass over its characters (a large export measures every cell of its tables).
 */
export function measureText(text: string, face: TextFace, weight: FontWeight = 'regular'): { word: number; line: number } {
  const table = WIDTHS[face][weight];
  const space = advance(table, 0x20);
  let word = 0;
  let line = 0;
  let piece = 0; // the unbreakable piece being read
  let lineWidth = 0; // the line so far, up to its last piece
  let pendingSpace = false;
  const endPiece = () => {
    if (piece === 0) return;
    if (piece > word) word = piece;
    lineWidth += (pendingSpace ? space : 0) + piece;
    pendingSpace = false;
    piece = 0;
  };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i += 1;
    if (isSpace(code)) {
      endPiece();
      if (code === 0x0a) {
        if (lineWidth > line) line = lineWidth;
        lineWidth = 0;
      } else if (lineWidth > 0) pendingSpace = true;
      continue;
    }
    piece += advance(table, code);
    // A break after a hyphen between letters ends the piece but not the word on the line.
    if (code === 0x2d && isLetter(text[i - 1]) && isLetter(text[i + 1])) {
      if (piece > word) word = piece;
      lineWidth += (pendingSpace ? space : 0) + piece;
      pendingSpace = false;
      piece = 0;
    }
  }
  endPiece();
  if (lineWidth > line) line = lineWidth;
  return { word, line };
}
