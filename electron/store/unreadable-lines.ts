import path from 'node:path';
import { forEachLine, type LineProblem } from './operation-lines';
import type { WorkspaceLayout } from './layout';

/** The stable code that starts every warning about lines that cannot be read (the UI can match it). */
export const UNREADABLE_WARNING = '[unreadable_lines]';

/** Bytes of a journal or imports file that cannot be read (damage: zeroed blocks, garbage). */
export interface UnreadableRange {
  /** Relative to the workspace folder, e.g. journal/laptop-a.jsonl. */
  file: string;
  offset: number;
  length: number;
  /** Line numbers (from the file's start), where known. */
  lines?: { first: number; last: number };
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const CARRIAGE_RETURN = 0x0d;

/** Adds a warning once: replays run on every refresh, and the same damage must not pile up. */
export function pushWarning(warnings: string[], text: string): void {
  if (!warnings.includes(text)) warnings.push(text);
}

export function unreadableWarning(range: UnreadableRange, message: string, mode: 'skipped' | 'held'): string {
  const where = `${describeRange(range)} cannot be read (${message})`;
  return mode === 'skipped'
    ? `${UNREADABLE_WARNING} ${where}; the operations there are missing from this workspace`
    : `${UNREADABLE_WARNING} ${where}; nothing from there on is applied until it reads (a sync may still be copying it; if it stays, ask that device for a bundle)`;
}

/** "journal/a.jsonl lines 3–9 (bytes 200–4296)", for warnings, refusals and bundle headers. */
export function describeRange(range: UnreadableRange): string {
  const lines = range.lines ? (range.lines.first === range.lines.last ? `line ${range.lines.first} ` : `lines ${range.lines.first}–${range.lines.last} `) : '';
  return `${range.file} ${lines}(bytes ${range.offset}–${range.offset + range.length})`;
}

/** Line problems of the unreadable kind as ranges relative to the workspace, neighbouring lines merged. */
export function rangesOf(layout: WorkspaceLayout, problems: readonly LineProblem[], lineNumbers: boolean): UnreadableRange[] {
  const ranges: UnreadableRange[] = [];
  for (const problem of problems) {
    if (!problem.unreadable) continue;
    const file = path.relative(layout.dir, problem.file);
    const last = ranges.at(-1);
    if (last && last.file === file && last.offset + last.length + 1 >= problem.offset) {
      last.length = problem.offset + problem.length - last.offset;
      if (last.lines && lineNumbers) last.lines.last = problem.line;
      continue;
    }
    ranges.push({ file, offset: problem.offset, length: problem.length, ...(lineNumbers ? { lines: { first: problem.line, last: problem.line } } : {}) });
  }
  return ranges;
}

/**
 * A quick look for damage in the first `upTo` bytes of a file, without parsing it: every line this
 * app writes is one JSON object, `{…}`, with no NUL byte (JSON escapes control characters). This is
 * what opening checks in the part of a file the snapshot already includes (which replay does not
 * read again), so that a zeroed block there is reported instead of noticed only when a bundle is
 * missing records. Returns the lines that fail, as problems.
 */
export async function scanForDamage(file: string, upTo: number): Promise<LineProblem[]> {
  const problems: LineProblem[] = [];
  if (upTo <= 0) return problems;
  await forEachLine(
    file,
    0,
    (line, offset, lineNumber) => {
      if (offset >= upTo) return;
    const last = line[line.length - 1] === CARRIAGE_RETURN ? line.length - 2 : line.length - 1;
      if (line[0] !== OPEN_BRACE || line[last] !== CLOSE_BRACE || line.indexOf(0) !== -1) {
        problems.push({ file, line: lineNumber, offset, length: line.length, message: 'not a line of JSON', unreadable: true });
      }
    },
    upTo,
  );
  return problems;
}
