import { STANCES, type Stance } from '../shared/positions/stances';

// Shortcut letters, Russian and English, in the order of STANCES. Both sets always work: the
// keyboard layout may be Russian while the interface is English, or the other way round.
const LETTERS: readonly string[][] = [
  ['з', 's'], // за, support
  ['с', 'w'], // с поправками, with amendments
  ['в', 'a'], // воздерживается, abstain
  ['п', 'o'], // против, oppose
  ['н', 'u'], // пока без решения, undecided
];

/** The stance a key sets: 1–5 (top row or keypad) or its letter; undefined for any other key. */
export function stanceForKey(event: { key: string; code?: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }): Stance | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const digit = /^(?:Digit|Numpad)([1-5])$/.exec(event.code ?? '')?.[1] ?? (/^[1-5]$/.test(event.key) ? event.key : undefined);
  if (digit) return STANCES[Number(digit) - 1];
  const letter = event.key.toLocaleLowerCase('ru');
  const index = LETTERS.findIndex((letters) => letters.includes(letter));
  return index >= 0 ? STANCES[index] : undefined;
}

export interface Cell {
  row: number;
  col: number;
}

/** Where an arrow (or Home/End, with Ctrl: the first/last row) moves the active cell; undefined for other keys. */
export function moveCell(cell: Cell, key: string, ctrl: boolean, rows: number, cols: number): Cell | undefined {
  const clamp = (value: number, max: number) => Math.max(0, Math.min(max - 1, value));
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(cell.row - 1, rows), col: cell.col };
    case 'ArrowDown':
      return { row: clamp(cell.row + 1, rows), col: cell.col };
    case 'ArrowLeft':
      return { row: cell.row, col: clamp(cell.col - 1, cols) };
    case 'ArrowRight':
      return { row: cell.row, col: clamp(cell.col + 1, cols) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: cell.row, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row: cell.row, col: cols - 1 };
    case 'PageUp':
      return { row: clamp(cell.row - 10, rows), col: cell.col };
    case 'PageDown':
      return { row: clamp(cell.row + 10, rows), col: cell.col };
    default:
      return undefined;
  }
}
