import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChromiumPrinter, findChromium } from '../../electron/export/chromium-printer';
import { exportSummary } from '../../electron/export/export-summary';
import { CONTENT_WIDTH } from '../../shared/export/render/docx-parts';
import { docxDocument, docxTables } from '../support/docx-tables';
import { useExportWorkspace } from '../support/export-session';
import { fontWidth, liberationSans, ptSans } from '../support/font-files';
import { documentTexts, pdfWords, wordsNotWhole } from '../support/pdf-words';

const session = useExportWorkspace();
const NOW = new Date('2024-03-14T09:00:00Z');
const ZONE = 'Europe/Moscow';

// The documents with the widest tables: the alliance's issues (twelve columns), a district's
// deputies and stances, a statement's signatures and versions, a deputy's stances.
const targets = () => {
  const { fixture } = session();
  return ['alliance', `district:${fixture.districtName}`, `statement:${fixture.statementId}`, `deputy:${fixture.deputyIds[0]}`, `issue:${fixture.issueId}`];
};

async function exportTo(what: string, format: 'docx' | 'pdf', printer?: ChromiumPrinter) {
  const { store, outDir } = session();
  const out = path.join(outDir, `${what.replace(/[^a-z0-9]+/gi, '-')}.${format}`);
  const result = await exportSummary({ store, what, format, lang: 'ru', out, now: NOW, timeZone: ZONE, dissent: true, ...(printer ? { printer } : {}) });
  return { out, document: result.document };
}

/** The fonts a word is measured with: PT Sans as shipped, and Liberation Sans (Arial's metrics) when the machine has it. */
const faces = { regular: [ptSans('regular'), liberationSans('regular')], bold: [ptSans('bold'), liberationSans('bold')] };
/** Pieces no line may break: cut at spaces, tabs and line breaks, and after a hyphen between letters (Word and LibreOffice break there). */
const unbreakable = (text: string) => text.split(/[ \t\n]+/).flatMap((word) => word.split(/(?<=\p{L}-)(?=\p{L})/u));
const wordEm = (word: string, bold: boolean) => Math.max(...faces[bold ? 'bold' : 'regular'].flatMap((face) => (face ? [fontWidth(face, word)] : [])));

describe('DOCX tables are wide enough for their words', () => {
  it('sets a fixed grid in which every column holds its longest word, by the font files’ own advances', async () => {
    for (const what of targets()) {
      const { out } = await exportTo(what, 'docx');
      const tables = docxTables(await docxDocument(out));
      expect(tables.length, what).toBeGreaterThan(0);
      for (const table of tables) {
        expect(table.layout).toBe('fixed');
        expect(table.grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(CONTENT_WIDTH);
        for (const row of table.rows) expect(row.map((cell) => cell.width)).toEqual(table.grid);
        table.grid.forEach((width, column) => {
          const cells = table.rows.map((row) => row[column]!);
          const [needed, word] = cells
            .flatMap((cell) => unbreakable(cell.text).map((piece) => [wordEm(piece, cell.bold) * cell.size * 20 + table.margins, piece] as const))
            .reduce((a, b) => (b[0] > a[0] ? b : a));
          expect(width, `${what}: column ${column + 1} must hold "${word}"`).toBeGreaterThanOrEqual(Math.ceil(needed));
        });
      }
    }
  });
});

const chromium = await findChromium().catch(() => undefined);
describe.skipIf(!chromium)('PDF tables break lines only between words', () => {
  const printer = new ChromiumPrinter(chromium);
  afterAll(() => printer.close());

  it('prints every word of every document whole, on one line (pdftotext -bbox)', async () => {
    for (const what of targets()) {
      const { out, document } = await exportTo(what, 'pdf', printer);
      expect(wordsNotWhole(pdfWords(out), documentTexts(document, ZONE)), what).toEqual([]);
    }
  });
});
