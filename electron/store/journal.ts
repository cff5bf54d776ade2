import path from 'node:path';
import { OperationSchema, type Operation } from '../../shared/store/operation';
import { upgradeOperation, type Migration, migrations } from '../../shared/store/migrations';
import { mkdirDurable, fsyncDir } from './durable-file';
import { StoreError, writeError } from './errors';
import { errorCode, fileLayer, writeAll, type StoreFile } from './fs-layer';
import type { RunningDigest } from './journal-digest';

const NEWLINE = 0x0a;

/** Where one operation sits in a journal file, for reading its history back. */
export interface JournalLocation {
  offset: number;
  length: number;
}

/**
 * The append-only journal of this device. Each append is written and fdatasync'd before it
 * resolves, so an acknowledged edit survives a crash or power cut. A write that fails (a full
 * disk, an I/O error) is cut back off the file before the error is reported, so the next append
 * starts on a clean line boundary and never glues itself onto a fragment.
 */
export class JournalWriter {
  /** Set when a failed write could not be cut off yet: the next append first retries that. */
  private dirty = false;
  private digest: RunningDigest | undefined;

  private constructor(
    private readonly handle: StoreFile,
    private size: number,
    readonly file: string,
  ) {}

  /**
   * Opens (creating if needed) the journal. A torn last line — a crash in the middle of an append,
   * never acknowledged — is cut off so that the next append starts on a fresh line.
   */
  static async open(file: string): Promise<{ writer: JournalWriter; droppedTornBytes: number }> {
    const files = fileLayer();
    await mkdirDurable(path.dirname(file));
    let handle: StoreFile;
    let created = false;
    try {
      handle = await files.open(file, 'append');
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      handle = await files.open(file, 'append-new');
      created = true;
    }
    try {
      if (created) await fsyncDir(path.dirname(file));
      const size = await handle.size();
      const intact = await lastCompleteLineEnd(handle, size);
      if (intact < size) {
        await handle.truncate(intact);
        await handle.sync();
      }
      return { writer: new JournalWriter(handle, intact, file), droppedTornBytes: size - intact };
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
  }

  get bytes(): number {
    return this.size;
  }

  /**
   * Keeps `digest` (which must cover exactly the bytes written so far) up to date with every
   * append from now on.
   */
  track(digest: RunningDigest): void {
    if (digest.offset !== this.size) throw new Error(`${this.file}: digest covers ${digest.offset} bytes, the file has ${this.size}`);
    this.digest = digest;
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
    if (this.dirty) await this.cutBack();
    try {
      await writeAll(this.handle, buffer);
      await this.handle.datasync();
    } catch (error) {
      this.dirty = true;
      await this.cutBack().catch(() => undefined);
      throw writeError(error, this.file, 'the edit was not saved');
    }
    this.size += buffer.length;
    this.digest?.update(buffer);
  }

  /** Truncates the file back to the last acknowledged byte (and makes that durable). */
  private async cutBack(): Promise<void> {
    try {
      await this.handle.truncate(this.size);
      await this.handle.sync();
    } catch (error) {
      throw writeError(error, this.file, 'an earlier failed write could not be removed; nothing more is written');
    }
    this.dirty = false;
  }

  /** Closes the file; a failure to close is reported as a coded error, never a raw one. */
  async close(): Promise<void> {
    try {
      await this.handle.close();
    } catch (error) {
      throw new StoreError('write_failed', `${this.file}: ${(error as Error).message}`);
    }
  }
}

/** Finds the end of the last newline-terminated line, scanning back from the end. */
async function lastCompleteLineEnd(handle: StoreFile, size: number): Promise<number> {
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
  const handle = await fileLayer().open(file, 'read');
  try {
    const size = await handle.size();
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
  const handle = await fileLayer().open(file, 'read');
  try {
    const buffer = Buffer.alloc(location.length);
    await handle.read(buffer, 0, location.length, location.offset);
    return buffer.toString('utf8');
  } finally {
    await handle.close();
  }
}
