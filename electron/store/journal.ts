import { constants } from 'node:fs';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { OperationSchema, type Operation } from '../../shared/store/operation';
import { upgradeOperation, type Migration, migrations } from '../../shared/store/migrations';
import { fsyncDir } from './durable-file';

const NEWLINE = 0x0a;

/** Where one operation sits in a journal file, for reading its history back. */
export interface JournalLocation {
  offset: number;
  length: number;
}

/**
 * The append-only journal of this device. Each append is written and fdatasync'd before it
 * resolves, so an acknowledged edit survives a crash or power cut.
 */
export class JournalWriter {
  private constructor(
    private readonly handle: FileHandle,
    private size: number,
    readonly file: string,
  ) {}

  /**
   * Opens (creating if needed) the journal. A torn last line — a crash in the middle of an append,
   * never acknowledged — is cut off so that the next append starts on a fresh line.
   */
  static async open(file: string): Promise<{ writer: JournalWriter; droppedTornBytes: number }> {
    await mkdir(path.dirname(file), { recursive: true });
    let handle: FileHandle;
    let created = false;
    try {
      handle = await open(file, constants.O_RDWR | constants.O_APPEND);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      handle = await open(file, constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_EXCL, 0o600);
      created = true;
    }
    if (created) await fsyncDir(path.dirname(file));
    const { size } = await handle.stat();
    const intact = await lastCompleteLineEnd(handle, size);
    if (intact < size) {
      await handle.truncate(intact);
      await handle.sync();
    }
    return { writer: new JournalWriter(handle, intact, file), droppedTornBytes: size - intact };
  }

  get bytes(): number {
    return this.size;
  }

  /** Appends operations as JSON lines in one write and one fdatasync. */
  async append(ops: readonly Operation[]): Promise<JournalLocation[]> {
    const locations: JournalLocation[] = [];
    const parts: Buffer[] = [];
    let offset = this.size;
    for (const op of ops) {
      const line = Buffer.from(`${JSON.stringify(op)}\n`, 'utf8');
      locations.push({ offset, length: line.length - 1 });
      parts.push(line);
      offset += line.length;
    }
    await this.writeDurably(parts.length === 1 ? parts[0]! : Buffer.concat(parts));
    return locations;
  }

  /**
   * Appends one line of text (no newline inside) in one write and one fdatasync. Used where a whole
   * batch must land together: a crash mid-write leaves a torn last line, which readers drop whole.
   */
  async appendLine(text: string): Promise<JournalLocation> {
    const line = Buffer.from(`${text}\n`, 'utf8');
    const offset = this.size;
    await this.writeDurably(line);
    return { offset, length: line.length - 1 };
  }

  private async writeDurably(buffer: Buffer): Promise<void> {
    let written = 0;
    while (written < buffer.length) {
      const { bytesWritten } = await this.handle.write(buffer, written, buffer.length - written);
      written += bytesWritten;
    }
    await this.handle.datasync();
    this.size += buffer.length;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

/** Finds the end of the last newline-terminated line, scanning back from the end. */
async function lastCompleteLineEnd(handle: FileHandle, size: number): Promise<number> {
  const chunk = Buffer.alloc(64 * 1024);
  let end = size;
  while (end > 0) {
    const start = Math.max(0, end - chunk.length);
    const { bytesRead } = await handle.read(chunk, 0, end - start, start);
    for (let i = bytesRead - 1; i >= 0; i -= 1) {
      if (chunk[i] === NEWLINE) return start + i + 1;
    }
    end = start;
  }
  return 0;
}

export interface JournalProblem {
  file: string;
  line: number;
  offset: number;
  message: string;
}

export interface JournalReadResult {
  ops: { op: Operation; location: JournalLocation }[];
  /** Byte offset just after the last complete line read. */
  end: number;
  /** Bytes of an unterminated last line (a torn append), dropped. */
  tornBytes: number;
  problems: JournalProblem[];
}

/**
 * Reads a journal from a byte offset. Each line is parsed, upgraded to the current format and
 * checked against the operation schema; lines that fail are reported, not applied.
 */
export async function readJournal(
  file: string,
  fromOffset = 0,
  registry: readonly Migration[] = migrations,
): Promise<JournalReadResult> {
  return readOperationLines(file, fromOffset, (line, offset, lineNumber, result) => {
    const parsed = parseLine(line.toString('utf8'), registry);
    if (parsed.ok) result.ops.push({ op: parsed.op, location: { offset, length: line.length } });
    else result.problems.push({ file, line: lineNumber, offset, message: parsed.message });
  });
}

/**
 * Reads the complete lines of a file of operations (a journal or an imports file) from a byte
 * offset; `onLine` adds each line's operations, or its problems, to the result.
 */
export async function readOperationLines(
  file: string,
  fromOffset: number,
  onLine: (line: Buffer, offset: number, lineNumber: number, result: JournalReadResult) => void,
): Promise<JournalReadResult> {
  const buffer = await readTail(file, fromOffset);
  const result: JournalReadResult = { ops: [], end: fromOffset, tornBytes: 0, problems: [] };
  const split = splitLines(buffer, fromOffset, (line, offset, lineNumber) => onLine(line, offset, lineNumber, result));
  result.end = split.end;
  result.tornBytes = split.tornBytes;
  return result;
}

/** The bytes of a file from an offset to its end. */
async function readTail(file: string, fromOffset: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.max(0, size - fromOffset);
    const buffer = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const { bytesRead } = await handle.read(buffer, read, length - read, fromOffset + read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read);
  } finally {
    await handle.close();
  }
}

/**
 * Calls `onLine` for each complete, non-empty line (without its newline) with its file offset;
 * returns the offset after the last complete line and the length of an unterminated tail.
 */
function splitLines(
  buffer: Buffer,
  fromOffset: number,
  onLine: (line: Buffer, offset: number, lineNumber: number) => void,
): { end: number; tornBytes: number } {
  let start = 0;
  let lineNumber = 0;
  let end = fromOffset;
  while (start < buffer.length) {
    const newline = buffer.indexOf(NEWLINE, start);
    if (newline === -1) return { end, tornBytes: buffer.length - start };
    lineNumber += 1;
    if (newline > start) onLine(buffer.subarray(start, newline), fromOffset + start, lineNumber);
    start = newline + 1;
    end = fromOffset + start;
  }
  return { end, tornBytes: 0 };
}

function parseLine(
  text: string,
  registry: readonly Migration[],
): { ok: true; op: Operation } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'not valid JSON' };
  }
  return parseOperation(raw, registry);
}

/** Upgrades a raw operation to the current format and checks it against the operation schema. */
export function parseOperation(
  raw: unknown,
  registry: readonly Migration[] = migrations,
): { ok: true; op: Operation } | { ok: false; message: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, message: 'not an object' };
  let upgraded: Record<string, unknown>;
  try {
    upgraded = upgradeOperation(raw as Record<string, unknown>, registry);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const parsed = OperationSchema.safeParse(upgraded);
  if (!parsed.success) return { ok: false, message: `not a valid operation: ${parsed.error.issues[0]?.message ?? ''}` };
  return { ok: true, op: parsed.data };
}

/** Reads the bytes of one journal line back, for history. */
export async function readJournalLine(file: string, location: JournalLocation): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(location.length);
    await handle.read(buffer, 0, location.length, location.offset);
    return buffer.toString('utf8');
  } finally {
    await handle.close();
  }
}
