import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { Stance } from '../../../../shared/agreement/stances';

export type MatrixPage = ChannelOutput<'agreement:matrix'>;

/** The letters agreement:matrix uses for each stance ('.' is no position). */
export const STANCE_OF_CODE: Readonly<Record<string, Stance>> = { s: 'support', a: 'support_amended', b: 'abstain', o: 'oppose', u: 'undecided' };
/** The heatmap's value of each stance: its index here. */
export const MATRIX_STANCES: readonly Stance[] = ['support', 'support_amended', 'abstain', 'oppose', 'undecided'];

/** The stance of one deputy (row) on one issue (column) of the page, or undefined. */
export function cellStance(page: MatrixPage, row: number, column: number): Stance | undefined {
  return STANCE_OF_CODE[page.cells[row * page.issueIds.length + column] ?? '.'];
}

/** Heatmap points [column, row, stance index] for the cells that hold a stance. */
export function heatmapPoints(page: MatrixPage): [number, number, number][] {
  const points: [number, number, number][] = [];
  const width = page.issueIds.length;
  for (let i = 0; i < page.cells.length; i += 1) {
    const stance = STANCE_OF_CODE[page.cells[i]!];
    if (stance) points.push([i % width, Math.floor(i / width), MATRIX_STANCES.indexOf(stance)]);
  }
  return points;
}

/** How many cells of the page hold each stance, and how many hold one at all. */
export function stanceTally(page: MatrixPage): { byStance: Record<Stance, number>; filled: number } {
  const byStance: Record<Stance, number> = { support: 0, support_amended: 0, abstain: 0, oppose: 0, undecided: 0 };
  let filled = 0;
  for (const code of page.cells) {
    const stance = STANCE_OF_CODE[code];
    if (!stance) continue;
    byStance[stance] += 1;
    filled += 1;
  }
  return { byStance, filled };
}

/** The part of the page in view: rows and columns, inclusive. */
export interface MatrixWindow {
  rowFrom: number;
  rowTo: number;
  columnFrom: number;
  columnTo: number;
}

/** The window first shown: enough rows to read the names, every column of the page. */
export function initialWindow(page: MatrixPage, rows = 40): MatrixWindow {
  return {
    rowFrom: 0,
    rowTo: Math.max(0, Math.min(page.deputyIds.length, rows) - 1),
    columnFrom: 0,
    columnTo: Math.max(0, page.issueIds.length - 1),
  };
}
