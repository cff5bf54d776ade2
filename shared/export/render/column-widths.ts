import type { ExportFormatter } from '../i18n/format';
import type { TableBlock } from '../model/schema';
import { displayCell } from './cells';
import { measureText, type TextFace } from './text-width';

/** A size a renderer can set a table's text at, in points. */
export interface TableSetting {
  fontSize: number;
  /** Left plus right cell padding, and whatever the borders take. */
  padding: number;
}

/** How a renderer sets its tables. */
export interface TableMetrics {
  /** Width of the text area, in points. */
  available: number;
  face: TextFace;
  /** From the usual size down to the smallest a crowded table may use. */
  settings: readonly [TableSetting, ...TableSetting[]];
}

export interface TableFit {
  /** Column widths in points. */
  widths: number[];
  setting: TableSetting;
}

/** A compact table (a few short columns) takes this share of the text width when its content allows. */
const COMPACT_SHARE = 0.6;
/**
 * A "word" wider than this share of the page is a link or a code, not Russian (whose longest
 * words take a quarter of it): it is broken rather than shrinking the whole table for it.
 */
const LONGEST_WORD_SHARE = 0.4;
/** Room on top of the estimate for rounding in the layout engines (in points). */
const SLACK = 1.5;

/**
 * Column widths from the content, so that no word is ever broken across lines. Each column needs
 * its longest word (the header's in bold); the table is set at the first size of `settings` at
 * which all of them fit the page — a table of twelve columns has to be set smaller than one of
 * four. The columns then share the width by their relative widths (the builders' sense of
 * proportion), but never less than their longest word nor more than their longest line, so what
 * a short column of numbers does not need goes to titles, names and reasons. A link too long for
 * any column is broken; and only when the words do not fit even at the smallest size are the
 * widest columns capped, and their words broken.
 */
export function fitTable(block: TableBlock, fmt: ExportFormatter, metrics: TableMetrics): TableFit {
  const { columns } = block;
  const wordEm: number[] = [];
  const lineEm: number[] = [];
  columns.forEach((column, i) => {
    const header = measureText(column.label, metrics.face, 'bold');
    let word = header.word;
    let line = header.line;
    for (const row of block.rows) {
      const cell = measureText(displayCell(fmt, row[i]!, column), metrics.face);
      if (cell.word > word) word = cell.word;
      if (cell.line > line) line = cell.line;
    }
    wordEm.push(word);
    lineEm.push(line);
  });
  const { available, settings } = metrics;
  const sized = (setting: TableSetting) => {
    const min = wordEm.map((em) => Math.min(em * setting.fontSize + setting.padding + SLACK, available * LONGEST_WORD_SHARE));
    const needed = sum(min);
    const total = block.compact ? Math.min(available, Math.max(needed, available * COMPACT_SHARE)) : available;
    return { setting, min, needed, total };
  };
  const fit = settings.map(sized).find(({ needed, total }) => needed <= total) ?? sized(settings[settings.length - 1]!);
  const { setting, min, needed, total } = fit;
  if (needed >= total) return { widths: capWidest(min, total), setting };
  const max = lineEm.map((em, i) => Math.max(min[i]!, Math.min(em * setting.fontSize + setting.padding + SLACK, available)));
  return { widths: shareByWeight(columns.map((column) => column.width ?? 1), min, max, total), setting };
}

/**
 * Each column gets its weight times a common factor, held between its minimum and maximum; the
 * factor is the one that makes the widths add up to `total` (found by bisection: the sum only
 * grows with it). If every column is at its maximum and room is left, that is shared by weight.
 */
function shareByWeight(weights: readonly number[], min: readonly number[], max: readonly number[], total: number): number[] {
  const widthsAt = (factor: number) => weights.map((weight, i) => Math.min(max[i]!, Math.max(min[i]!, factor * weight)));
  const widest = sum(max);
  if (widest <= total) return max.map((width, i) => width + ((total - widest) * weights[i]!) / sum(weights));
  let low = 0;
  let high = total / Math.min(...weights);
  for (let step = 0; step < 50; step += 1) {
    const mid = (low + high) / 2;
    if (sum(widthsAt(mid)) < total) low = mid;
    else high = mid;
  }
  return widthsAt(high);
}

/** Words wider than the page allows: keep the narrow columns whole and cut the widest ones to a common width. */
function capWidest(min: readonly number[], total: number): number[] {
  const sorted = [...min].sort((a, b) => a - b);
  let below = 0;
  for (let k = 0; k < sorted.length; k += 1) {
    const level = (total - below) / (sorted.length - k);
    if (level <= sorted[k]!) return min.map((width) => Math.min(width, level));
    below += sorted[k]!;
  }
  return [...min];
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
