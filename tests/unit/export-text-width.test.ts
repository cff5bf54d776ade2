import { describe, expect, it } from 'vitest';
import { ExportFormatter } from '../../shared/export/i18n/format';
import type { TableBlock } from '../../shared/export/model/schema';
import { fitTable, type TableMetrics } from '../../shared/export/render/column-widths';
import { measureText, textWidth, type TextFace } from '../../shared/export/render/text-width';
import type { FontAdvances } from '../support/font-advances';
import { fontWidth, liberationSans, ptSans } from '../support/font-files';

// Every character the estimate lists, plus the words that were broken on a fresh machine.
const RUSSIAN = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
const CHARACTERS = [...RUSSIAN, ...ASCII, ...'«»—–№\u00a0‘’“”„…·°×−'];
const BROKEN_WORDS = ['Совпадение', 'Вопросов', 'Против', 'Индекс', 'Здравоохранение', 'Сергеевна', 'ЖИЛИЩНО-КОММУНАЛЬНОЕ'];
const weights = ['regular', 'bold'] as const;

function checkFace(face: TextFace, fontOf: (weight: 'regular' | 'bold') => FontAdvances) {
  for (const weight of weights) {
    const font = fontOf(weight);
    for (const char of CHARACTERS) {
      const real = font.advance(char);
      if (real === undefined) continue; // PT Sans has no glyph for a few; Chromium then falls back, and the estimate's 1.2 em covers that.
      expect(textWidth(char, face, weight), `${face} ${weight} "${char}"`).toBeGreaterThanOrEqual(real);
      // Rounded up to the next 0.05 em, and no more, so columns are not wasted.
      expect(textWidth(char, face, weight), `${face} ${weight} "${char}"`).toBeLessThanOrEqual(real + 0.05);
    }
    for (const word of BROKEN_WORDS) expect(textWidth(word, face, weight)).toBeGreaterThanOrEqual(fontWidth(font, word));
  }
}

const liberation = liberationSans('regular') !== undefined;

describe('the text width estimate', () => {
  it('is never narrower than PT Sans as shipped (the font the PDF embeds)', () => checkFace('pt-sans', ptSans));

  const liberationTitle = liberation
    ? 'is never narrower than Liberation Sans, which LibreOffice draws the DOCX’s Arial with'
    : 'is never narrower than Liberation Sans — skipped: fonts-liberation2 is not installed (.ci/run installs it)';
  it.skipIf(!liberation)(liberationTitle, () => checkFace('arial', (weight) => liberationSans(weight)!));

  it('keeps no-break spaces inside a word and breaks after a hyphen between letters', () => {
    const width = (text: string) => textWidth(text, 'pt-sans');
    expect(measureText('из 15\u00a0депутатов', 'pt-sans').word).toBeCloseTo(width('15\u00a0депутатов'));
    expect(measureText('Смирнова Анна', 'pt-sans').line).toBeCloseTo(width('Смирнова') + width(' ') + width('Анна'));
    expect(measureText('Выхино-Жулебино', 'pt-sans')).toEqual({ word: width('Жулебино'), line: width('Выхино-Жулебино') });
    expect(measureText('-5 и 10-15', 'pt-sans').word).toBeCloseTo(width('10-15'));
    expect(measureText('Анна\nЗдравоохранение', 'pt-sans')).toEqual({ word: width('Здравоохранение'), line: width('Здравоохранение') });
    expect(textWidth('Совпадение', 'arial')).toBeGreaterThan(width('Совпадение'));
    expect(textWidth('中', 'pt-sans')).toBeGreaterThanOrEqual(1);
  });
});

describe('table column widths', () => {
  const fmt = new ExportFormatter('ru');
  const metrics: TableMetrics = { available: 500, face: 'pt-sans', settings: [{ fontSize: 9, padding: 9 }, { fontSize: 7, padding: 6 }] };
  const issues: TableBlock = {
    type: 'table',
    key: 'issues',
    columns: [
      { key: 'issue', label: 'Вопрос', type: 'text', width: 3.2 },
      { key: 'category', label: 'Тема', type: 'text', width: 1.5 },
      { key: 'for', label: 'За', type: 'integer', width: 0.6 },
      { key: 'against', label: 'Против', type: 'integer', width: 0.7 },
      { key: 'index', label: 'Индекс', type: 'decimal', width: 0.7 },
      { key: 'share', label: 'Совпадение', type: 'percent', width: 0.7 },
      { key: 'issuesCount', label: 'Вопросов', type: 'integer', width: 0.7 },
    ],
    rows: [
      ['Ремонт поликлиники на улице Вавилова и благоустройство прилегающей территории', 'Здравоохранение', 3, 1, 0.5, 0.75, 12],
      ['Сквер', 'Транспорт', 10, 0, 1, 1, 3],
    ],
  };
  const needs = (text: string, weight: 'regular' | 'bold', fontSize = 9, padding = 9) =>
    measureText(text, 'pt-sans', weight).word * fontSize + padding;
  const total = (widths: number[]) => widths.reduce((a, b) => a + b, 0);

  it('gives every column its longest word, the header in bold, and the title the rest of the page', () => {
    const { widths, setting } = fitTable(issues, fmt, metrics);
    expect(setting.fontSize).toBe(9);
    expect(total(widths)).toBeCloseTo(metrics.available);
    issues.columns.forEach((column, i) => expect(widths[i]).toBeGreaterThan(needs(column.label, 'bold')));
    expect(widths[1]).toBeGreaterThan(needs('Здравоохранение', 'regular'));
    // Short columns stop at their longest line; the title takes what is left.
    expect(widths[0]).toBe(Math.max(...widths));
    expect(widths[2]).toBeLessThan(needs('Против', 'bold'));
  });

  it('sets a table smaller when its words do not fit at the usual size', () => {
    const { widths, setting } = fitTable(issues, fmt, { ...metrics, available: 320 });
    expect(setting).toEqual({ fontSize: 7, padding: 6 });
    expect(total(widths)).toBeCloseTo(320);
    issues.columns.forEach((column, i) => expect(widths[i]).toBeGreaterThan(needs(column.label, 'bold', 7, 6)));
    expect(widths[1]).toBeGreaterThan(needs('Здравоохранение', 'regular', 7, 6));
  });

  it('keeps a compact table narrow and an empty one sized by its header', () => {
    const compact: TableBlock = { ...issues, compact: true, columns: issues.columns.slice(2, 4), rows: issues.rows.map((row) => row.slice(2, 4)) };
    expect(total(fitTable(compact, fmt, metrics).widths)).toBeCloseTo(metrics.available * 0.6);
    const empty = fitTable({ ...issues, rows: [] }, fmt, metrics).widths;
    empty.forEach((width, i) => expect(width).toBeGreaterThan(needs(issues.columns[i]!.label, 'bold')));
  });

  it('breaks a link too long for any column rather than shrinking the table for it', () => {
    const link = `https://example.org/${'очень_длинный_адрес_'.repeat(8)}`;
    const { widths, setting } = fitTable({ ...issues, rows: [[link, ...issues.rows[0]!.slice(1)]] }, fmt, metrics);
    expect(setting.fontSize).toBe(9);
    expect(total(widths)).toBeCloseTo(metrics.available);
    expect(widths[0]).toBeLessThan(needs(link, 'regular'));
    expect(widths[1]).toBeGreaterThan(needs('Здравоохранение', 'regular'));
  });

  it('cuts only the widest columns when the words do not fit even at the smallest size', () => {
    const { widths, setting } = fitTable(issues, fmt, { ...metrics, available: 200 });
    expect(setting.fontSize).toBe(7);
    expect(total(widths)).toBeCloseTo(200);
    const narrowest = issues.columns.map((column, i) => needs(i === 1 ? 'Здравоохранение' : column.label, 'bold', 7, 6));
    const cut = widths.filter((width, i) => width < narrowest[i]!);
    expect(cut.length).toBeGreaterThan(0);
    // The columns cut are the widest, cut to one width; the narrow ones keep their words.
    expect(new Set(cut.map((width) => width.toFixed(6))).size).toBe(1);
    expect(widths[2]).toBeGreaterThan(needs('За', 'bold', 7, 6));
  });
});
