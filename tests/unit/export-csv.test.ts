import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../shared/export/model/schema';
import { neutralizeFormula, quoteField, renderCsv, type CsvDelimiter } from '../../shared/export/render/csv';

const HOSTILE = [
  'Иванов;=1+2',
  'Иванов,=HYPERLINK("http://127.0.0.1/";"ссылка")',
  'Петров; +7 999 123-45-67',
  'а;@SUM(A1);б,-2+3+cmd|x',
  '=СУММ(A1:A9)',
  'таб\tи;\t=1',
  'строка\r\n=1',
  'кавычки "и" точка с запятой;',
];

const doc = (texts: string[], numbers: number[] = []): ExportDocument => ({
  format: 'alliance-desk-export',
  formatVersion: 1,
  kind: 'alliance',
  lang: 'ru',
  alliance: 'Союз',
  title: 'CSV',
  generatedAt: '2024-03-14T09:00:00.000Z',
  primaryTable: 'rows',
  blocks: [
    {
      type: 'table',
      key: 'rows',
      columns: [
        { key: 'text', label: '=Текст', type: 'text' },
        { key: 'value', label: 'Доля', type: 'decimal' },
      ],
      rows: texts.map((text, i) => [text, numbers[i] ?? null]),
    },
  ],
});

const FORMULA_START = /^[ ]*[=+\-@\t\r]/;
const parseAs = (csv: string, delimiter: CsvDelimiter, quote: boolean) =>
  parse(csv.slice(1), { delimiter, relax_column_count: true, relax_quotes: !quote, quote: quote ? '"' : false, record_delimiter: '\r\n' }) as string[][];
const plainNumber = (field: string) => /^ *[+-]?\d+(\.\d+)? *%?$/.test(field);

describe('CSV against formula injection', () => {
  for (const written of [',', ';'] as const) {
    it(`written with "${written}", no field starts a formula whichever delimiter splits it, quotes honoured or not`, () => {
      const csv = renderCsv(doc(HOSTILE), { delimiter: written });
      // A reader that honours quotes (read as written), and readers that split on either delimiter ignoring quotes.
      const readings = [parseAs(csv, written, true), parseAs(csv, ',', false), parseAs(csv, ';', false)];
      for (const [n, rows] of readings.entries()) {
        // A naive reader shows the quote that opened a field as part of it.
        const fields = rows.flat().map((field) => field.replace(/^"/, ''));
        expect(fields.filter((field) => FORMULA_START.test(field) && !plainNumber(field)), `reading ${n}`).toEqual([]);
      }
      // Read as written, every text survives with an apostrophe before each segment that would start a formula.
      const rows = parseAs(csv, written, true);
      expect(rows[0]).toEqual(["'=Текст", 'Доля']);
      const restored = rows.slice(1).map((row) => row[0]!.replace(/(^|[,;\r\n])'/g, '$1'));
      expect(restored).toEqual(HOSTILE);
    });
  }

  it('quotes a field with either delimiter, a quote, a tab or a line break', () => {
    expect(['a;b', 'a,b', 'a"b', 'a\tb', 'a\nb', 'a\rb', 'ab'].map(quoteField)).toEqual(['"a;b"', '"a,b"', '"a""b"', '"a\tb"', '"a\nb"', '"a\rb"', 'ab']);
  });

  it('leaves plain numbers as numbers and neutralizes everything else that starts like a formula', () => {
    expect(['-5', '+7', '-0,5', '12 %', '5-', 'ok'].map(neutralizeFormula)).toEqual(['-5', '+7', '-0,5', '12 %', '5-', 'ok']);
    expect(['=A1', '-5 деревьев', '-2+3', '@x', '\tx', '\rx', 'a;=1;-1', 'a, -1+1'].map(neutralizeFormula)).toEqual([
      "'=A1",
      "'-5 деревьев",
      "'-2+3",
      "'@x",
      "'\tx",
      "'\rx",
      "a;'=1;-1",
      "a,' -1+1",
    ]);
  });

  it('writes negative decimals as numbers in both dialects', () => {
    for (const delimiter of [',', ';'] as const) {
      const rows = parseAs(renderCsv(doc(['x', 'y'], [-0.25, -5]), { delimiter }), delimiter, true);
      expect(rows.slice(1).map((row) => row[1])).toEqual(delimiter === ',' ? ['-0.25', '-5'] : ['-0,25', '-5']);
    }
  });
});
