import { migrations, type Migration } from '../../shared/store/migrations';
import type { Operation } from '../../shared/store/operation';
import { fileLayer } from './fs-layer';
import { parseOperation, type JournalLocation } from './journal';

const NEWLINE = 0x0a;
const CHUNK_BYTES = 1 << 20;
/**
 * Bytes of lines whose operations are handed over together. Small, so that the parsed operations
 * are used and dropped while still young: held longer, they would be moved to the old generation,
 * which only a full collection empties, and a large import would leave hundreds of megabytes there.
 */
export const HANDOVER_BYTES = 64 * 1024;

/** A line of a journal or an imports file that could not be used, with where it sits. */
export interface LineProblem {
  file: string;
  /** Line number, counted from the byte the read started at (1 = its first line). */
  line: number;
  offset: number;
  length: number;
  message: string;
  /** True when the bytes are not a line of JSON at all (damage); false for a line that reads but fails its checks. */
  unreadable: boolean;
}

/** Operations read from a stretch of a file, with their byte locations, and the lines that failed. */
export interface OperationChunk {
  /** Each with its line number (counted as LineProblem.line is). */
  ops: { op: Operation; location: JournalLocation; line?: number }[];
  problems: LineProblem[];
}

/** Where a read ended: just after the last complete line, and the bytes of an unterminated tail. */
export interface LinesEnd {
  end: number;
  tornBytes: number;
}

/** What a JSON.parse failure reports; lines with it are damage, not merely invalid operations. */
export const NOT_JSON = 'not valid JSON';

/**
 * Calls `onLine` for each complete, non-empty line (without its newline) from byte `from`, reading
 * the file in chunks so that memory stays bounded by the longest line. The buffer passed is only
 * valid until `onLine` returns (or its promise settles). Lines are read one buffer at a time, so a
 * read with `until` may hand over a few lines past it.
 */
export async function forEachLine(
  file: string,
  from: number,
  onLine: (line: Buffer, offset: number, lineNumber: number) => void | Promise<void>,
  /** Stop reading once the lines handed over reach this offset (the rest of the file is not read). */
  until = Number.POSITIVE_INFINITY,
): Promise<LinesEnd> {
  const handle = await fileLayer().open(file, 'read');
  try {
    let buffer: Buffer = Buffer.alloc(CHUNK_BYTES);
    let held = 0; // bytes of an unfinished line carried over at the buffer's start
    let position = from; // file offset of buffer[0]
    let lineNumber = 0;
    for (;;) {
      if (position >= until) return { end: position, tornBytes: 0 };
      if (held === buffer.length) buffer = grow(buffer);
      const { bytesRead } = await handle.read(buffer, held, buffer.length - held, position + held);
      if (bytesRead === 0) return { end: position, tornBytes: held };
      const filled = buffer.subarray(0, held + bytesRead);
      let start = 0;
      // The carried-over bytes hold no newline: search after them.
      for (let newline = filled.indexOf(NEWLINE, held); newline !== -1; newline = filled.indexOf(NEWLINE, start)) {
        lineNumber += 1;
        if (newline > start) await onLine(filled.subarray(start, newline), position + start, lineNumber);
        start = newline + 1;
      }
      buffer.copy(buffer, 0, start, filled.length);
      held = filled.length - start;
      position += start;
    }
  } finally {
    await handle.close();
  }
}

function grow(buffer: Buffer): Buffer {
  const larger = Buffer.alloc(buffer.length * 2);
  buffer.copy(larger);
  return larger;
}

/** Parses one journal line: JSON, upgraded to the current format, checked against the operation schema. */
export function parseJournalLine(line: Buffer, registry: readonly Migration[]): { ok: true; op: Operation } | { ok: false; message: string; unreadable: boolean } {
  let raw: unknown;
  try {
    raw = JSON.parse(line.toString('utf8'));
  } catch {
    return { ok: false, message: NOT_JSON, unreadable: true };
  }
  const parsed = parseOperation(raw, registry);
  return parsed.ok ? parsed : { ...parsed, unreadable: false };
}

/**
 * Reads a journal from a byte offset in bounded chunks (HANDOVER_BYTES of lines each), handing
 * each chunk's operations and problems to `onChunk` before reading on.
 */
export async function readJournalChunks(
  file: string,
  from: number,
  onChunk: (chunk: OperationChunk) => void | Promise<void>,
  registry: readonly Migration[] = migrations,
  until?: number,
): Promise<LinesEnd> {
  const handover = new ChunkHandover(onChunk);
  const end = await forEachLine(
    file,
    from,
    async (line, offset, lineNumber) => {
      const { chunk } = handover;
      const parsed = parseJournalLine(line, registry);
      if (parsed.ok) chunk.ops.push({ op: parsed.op, location: { offset, length: line.length }, line: lineNumber });
      else chunk.problems.push({ file, line: lineNumber, offset, length: line.length, message: parsed.message, unreadable: parsed.unreadable });
      await handover.took(line.length);
    },
    until,
  );
  await handover.pass();
  return end;
}

/** Gathers operations and problems line by line, and hands them on every HANDOVER_BYTES of lines. */
export class ChunkHandover {
  chunk: OperationChunk = { ops: [], problems: [] };
  private bytes = 0;

  constructor(private readonly onChunk: (chunk: OperationChunk) => void | Promise<void>) {}

  /** After a line of `bytes` was added to `chunk`. */
  async took(bytes: number): Promise<void> {
    this.bytes += bytes;
    if (this.bytes >= HANDOVER_BYTES) await this.pass();
  }

  /** Hands on what is gathered, if anything. */
  async pass(): Promise<void> {
    const full = this.chunk;
    if (full.ops.length === 0 && full.problems.length === 0) return;
    this.chunk = { ops: [], problems: [] };
    this.bytes = 0;
    await this.onChunk(full);
  }
}
