import { z } from 'zod';
import { DeviceIdSchema } from '../../shared/schema/common';
import { migrations, type Migration } from '../../shared/store/migrations';
import type { Operation } from '../../shared/store/operation';
import { fsyncDir } from './durable-file';
import { fileLayer } from './fs-layer';
import { JournalWriter, parseOperation, type JournalLocation, type JournalReadResult } from './journal';
import { listDeviceFiles } from './journal-files';
import type { WorkspaceLayout } from './layout';
import { ChunkHandover, forEachLine, NOT_JSON, parseJournalLine, type LineProblem, type LinesEnd, type OperationChunk } from './operation-lines';

/**
 * The imports file of a device (imports/<device>.jsonl): operations of other devices that arrived
 * in a bundle cannot go into their journals (each file has one writer), so the importing device
 * writes them here, together with the merges it derives from them. Two forms:
 *
 *  - a small import (under MAX_IMPORT_LINE_BYTES) is ONE line, a header and the whole batch
 *    (format 1), appended with one fdatasync;
 *  - a larger one is a block (format 2): a begin line naming the import, one operation per line
 *    (as in a journal), appended a bounded batch at a time, and an end line with the import's
 *    description and its number of operations.
 *
 * Readers apply a block only once its end line is there, so a crash anywhere in a block (a torn
 * line included) leaves an import that is never applied; this device cuts such a block off when
 * it next opens the file, and the workspace is as it was before the import.
 */
export const IMPORT_LINE_VERSION = 1;
export const IMPORT_BLOCK_VERSION = 2;
export const MAX_IMPORT_LINE_BYTES = 256 * 1024;

export interface ImportMeta {
  /** bundle: operations from a bundle; merge: merges of concurrent edits; resolve: a person resolved a conflict. */
  kind: 'bundle' | 'merge' | 'resolve';
  /** The device that made the bundle. */
  from?: string;
  /** The bundle's checksum, to tell which file an import came from. */
  bundle?: string;
}

const MetaShape = {
  kind: z.enum(['bundle', 'merge', 'resolve']),
  at: z.string().max(40),
  from: DeviceIdSchema.optional(),
  bundle: z.string().max(128).optional(),
};

const ImportId = z.string().regex(/^[0-9a-f]{8,64}$/);
const LineHeaderSchema = z.object({ v: z.literal(IMPORT_LINE_VERSION), ...MetaShape });
const BeginSchema = z.object({ v: z.literal(IMPORT_BLOCK_VERSION), import: ImportId, begin: z.literal(true) });
const EndSchema = z.object({ v: z.literal(IMPORT_BLOCK_VERSION), import: ImportId, end: z.literal(true), operations: z.number().int().min(0), ...MetaShape });

const OPS_MARK = ',"ops":[';
const OPS_MARK_BYTES = Buffer.from(OPS_MARK);
/** How the markers of a block start (JSON.stringify writes their keys in this order). */
const MARKER_START = Buffer.from(`{"v":${IMPORT_BLOCK_VERSION},"import":`);
/** Headers are a few hundred bytes; the operations mark of a single-line import is looked for only this far in. */
const MAX_HEADER_BYTES = 4096;

/** A whole import as one line: the header, then the operations; where each sits (byte offsets from the line start). */
export function encodeImportLine(meta: ImportMeta & { at: string }, ops: readonly Operation[]): { text: string; ranges: JournalLocation[] } {
  const head = JSON.stringify({ v: IMPORT_LINE_VERSION, ...meta });
  const parts = [`${head.slice(0, -1)}${OPS_MARK}`];
  let offset = Buffer.byteLength(parts[0]!);
  const ranges: JournalLocation[] = [];
  ops.forEach((op, i) => {
    if (i > 0) {
      parts.push(',');
      offset += 1;
    }
    const json = JSON.stringify(op);
    const length = Buffer.byteLength(json);
    ranges.push({ offset, length });
    parts.push(json);
    offset += length;
  });
  parts.push(']}');
  return { text: parts.join(''), ranges };
}

export function beginMarker(id: string): string {
  return JSON.stringify({ v: IMPORT_BLOCK_VERSION, import: id, begin: true });
}

export function endMarker(id: string, operations: number, meta: ImportMeta & { at: string }): string {
  return JSON.stringify({ v: IMPORT_BLOCK_VERSION, import: id, end: true, operations, ...meta });
}

/** What a line of an imports file is, told from its first bytes (and, for markers, the whole small line). */
type LineKind =
  | { kind: 'single' }
  | { kind: 'begin'; import: string }
  | { kind: 'end'; import: string; operations: number }
  | { kind: 'operation' }
  | { kind: 'bad'; message: string; unreadable: boolean };

function classify(line: Buffer): LineKind {
  if (line.subarray(0, MARKER_START.length).equals(MARKER_START)) {
    let raw: unknown;
    try {
      raw = JSON.parse(line.toString('utf8'));
    } catch {
      return { kind: 'bad', message: NOT_JSON, unreadable: true };
    }
    const begin = BeginSchema.safeParse(raw);
    if (begin.success) return { kind: 'begin', import: begin.data.import };
    const end = EndSchema.safeParse(raw);
    if (end.success) return { kind: 'end', import: end.data.import, operations: end.data.operations };
    return { kind: 'bad', message: 'not an import', unreadable: false };
  }
  const mark = line.subarray(0, MAX_HEADER_BYTES).indexOf(OPS_MARK_BYTES);
  if (mark !== -1) {
    let raw: unknown;
    try {
      raw = JSON.parse(`${line.subarray(0, mark).toString('utf8')}}`);
    } catch {
      return { kind: 'operation' }; // an operation whose text holds the mark; its own parse decides
    }
    const version = typeof raw === 'object' && raw !== null ? (raw as { v?: unknown }).v : undefined;
    if (typeof version === 'number' && version > IMPORT_BLOCK_VERSION) {
      return { kind: 'bad', message: `written by a newer version of Alliance Desk (import format ${version})`, unreadable: false };
    }
    if (LineHeaderSchema.safeParse(raw).success) return { kind: 'single' };
  }
  return { kind: 'operation' };
}

/** Stretches of an imports file, as the first reading pass finds them. */
interface Layout {
  /** Byte ranges to apply: single-line imports and complete blocks. */
  committed: { start: number; end: number }[];
  problems: LineProblem[];
  /** Blocks whose end line never came, followed by something else: never applied. */
  interrupted: { offset: number; bytes: number }[];
  /** A block still open at the end of the file. */
  incomplete?: { offset: number; bytes: number };
  lines: LinesEnd;
}

/** How a read of an imports file ended, beyond where the last complete line ends. */
export interface ImportsEnd extends LinesEnd {
  /** An import begun but not complete yet (another device's, still being synced): not applied; `end` stops before it. */
  incomplete?: { offset: number; bytes: number };
  /** Imports whose end line never came (an interrupted import followed by another one): never applied. */
  interrupted: { offset: number; bytes: number }[];
}

/** The first pass: which stretches of the file hold complete imports (only markers are parsed). */
async function layoutOf(file: string, from: number): Promise<Layout> {
  const committed: Layout['committed'] = [];
  const problems: LineProblem[] = [];
  const interrupted: Layout['interrupted'] = [];
  let open: { id: string; start: number; operations: number; lineNumber: number } | undefined;
  const lines = await forEachLine(file, from, (line, offset, lineNumber) => {
    const found = classify(line);
    const end = offset + line.length + 1;
    if (found.kind === 'operation') {
      if (open) open.operations += 1;
      else problems.push({ file, line: lineNumber, offset, length: line.length, message: 'an operation outside any import', unreadable: !looksLikeJson(line) });
      return;
    }
    if (found.kind === 'bad') {
      if (open) open.operations += 1; // damage inside a block: reported by the second pass, with the block's count
      else problems.push({ file, line: lineNumber, offset, length: line.length, message: found.message, unreadable: found.unreadable });
      return;
    }
    if (open && !(found.kind === 'end' && found.import === open.id)) {
      interrupted.push({ offset: open.start, bytes: offset - open.start });
      open = undefined;
    }
    if (found.kind === 'single') committed.push({ start: offset, end });
    else if (found.kind === 'begin') open = { id: found.import, start: offset, operations: 0, lineNumber };
    else if (!open) problems.push({ file, line: lineNumber, offset, length: line.length, message: 'the end of an import whose beginning is missing', unreadable: false });
    else {
      if (open.operations !== found.operations) {
        problems.push({ file, line: open.lineNumber, offset: open.start, length: end - open.start, message: `an import of ${found.operations} operations holds ${open.operations} lines`, unreadable: true });
      }
      committed.push({ start: open.start, end });
      open = undefined;
    }
  });
  return { committed, problems, interrupted, lines, ...(open ? { incomplete: { offset: open.start, bytes: lines.end - open.start } } : {}) };
}

function looksLikeJson(line: Buffer): boolean {
  try {
    JSON.parse(line.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads an imports file from a byte offset, handing the operations of every complete import to
 * `onChunk` a few dozen kilobytes at a time (HANDOVER_BYTES), so that memory stays bounded however large an import is.
 * A first pass looks at the lines' first bytes only, to find which imports are complete.
 */
export async function readImportChunks(
  file: string,
  from: number,
  onChunk: (chunk: OperationChunk) => void | Promise<void>,
  registry: readonly Migration[] = migrations,
  /** Lines this store wrote a moment ago from checked operations (an import being applied): not checked again. */
  trusted = false,
): Promise<ImportsEnd> {
  const layout = await layoutOf(file, from);
  const result: ImportsEnd = {
    end: layout.incomplete ? layout.incomplete.offset : layout.lines.end,
    tornBytes: layout.lines.tornBytes,
    interrupted: layout.interrupted,
    ...(layout.incomplete ? { incomplete: layout.incomplete } : {}),
  };
  if (layout.problems.length > 0) await onChunk({ ops: [], problems: layout.problems });
  if (layout.committed.length === 0) return result;
  const handover = new ChunkHandover(onChunk);
  let range = 0;
  // From `from` again, not from the first complete import, so that line numbers count alike in both passes.
  await forEachLine(
    file,
    from,
    async (line, offset, lineNumber) => {
      while (range < layout.committed.length && offset >= layout.committed[range]!.end) range += 1;
      const current = layout.committed[range];
      if (!current || offset < current.start) return;
      decodeLine(line, offset, lineNumber, file, handover.chunk, registry, trusted);
      await handover.took(line.length);
    },
    layout.committed.at(-1)!.end,
  );
  await handover.pass();
  return result;
}

/** Adds one line of a complete import to `chunk`: a single-line import, a marker (nothing), or an operation. */
function decodeLine(line: Buffer, offset: number, lineNumber: number, file: string, chunk: OperationChunk, registry: readonly Migration[], trusted: boolean): void {
  const problem = (message: string, unreadable: boolean) => chunk.problems.push({ file, line: lineNumber, offset, length: line.length, message, unreadable });
  const found = classify(line);
  if (found.kind === 'begin' || found.kind === 'end') return;
  if (found.kind === 'single') {
    const decoded = decodeSingleLine(line, trusted);
    if (!decoded.ok) {
      problem(decoded.message, decoded.unreadable);
      return;
    }
    for (const { raw, range } of decoded.ops) {
      const parsed = trusted ? { ok: true as const, op: raw as Operation } : parseOperation(raw, registry);
      if (parsed.ok) chunk.ops.push({ op: parsed.op, location: { offset: offset + range.offset, length: range.length }, line: lineNumber });
      else problem(`operation at byte ${offset + range.offset}: ${parsed.message}`, false);
    }
    return;
  }
  if (trusted) {
    chunk.ops.push({ op: JSON.parse(line.toString('utf8')) as Operation, location: { offset, length: line.length }, line: lineNumber });
    return;
  }
  const parsed = parseJournalLine(line, registry);
  if (parsed.ok) chunk.ops.push({ op: parsed.op, location: { offset, length: line.length }, line: lineNumber });
  else problem(parsed.message, parsed.unreadable);
}

type DecodedLine = { ok: true; ops: { raw: unknown; range: JournalLocation }[] } | { ok: false; message: string; unreadable: boolean };

function decodeSingleLine(line: Buffer, trusted: boolean): DecodedLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line.toString('utf8'));
  } catch {
    return { ok: false, message: NOT_JSON, unreadable: true };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, message: 'not an import', unreadable: false };
  const { ops, ...rest } = parsed as Record<string, unknown>;
  if (!LineHeaderSchema.safeParse(rest).success || !Array.isArray(ops)) return { ok: false, message: 'not an import', unreadable: false };
  // Locate each operation's bytes, so history can read one back without the whole line. The line
  // was written by encodeImportLine, whose JSON.stringify output survives a parse/stringify round trip.
  let offset = line.indexOf(OPS_MARK_BYTES);
  if (offset === -1) return { ok: false, message: 'not an import', unreadable: false };
  offset += OPS_MARK_BYTES.length;
  const located: { raw: unknown; range: JournalLocation }[] = [];
  for (const raw of ops) {
    const json = JSON.stringify(raw);
    const length = Buffer.byteLength(json);
    if (!trusted && line.toString('utf8', offset, offset + length) !== json) return { ok: false, message: 'operations are not where expected', unreadable: false };
    located.push({ raw, range: { offset, length } });
    offset += length + 1;
  }
  return { ok: true, ops: located };
}

/** An imports file reads like a journal: operations with their byte locations, problems, a torn tail. */
export type ImportsReadResult = JournalReadResult & { incomplete?: ImportsEnd['incomplete']; interrupted: ImportsEnd['interrupted'] };

/** Reads an imports file from a byte offset, all at once (small files, tests); see readImportChunks. */
export async function readImports(file: string, fromOffset = 0, registry: readonly Migration[] = migrations): Promise<ImportsReadResult> {
  const result: ImportsReadResult = { ops: [], end: fromOffset, tornBytes: 0, problems: [], interrupted: [] };
  const end = await readImportChunks(
    file,
    fromOffset,
    (chunk) => {
      result.ops.push(...chunk.ops);
      result.problems.push(...chunk.problems);
    },
    registry,
  );
  return { ...result, ...end };
}

/** Every device's imports file in the workspace, with its size in bytes. */
export async function listImports(layout: WorkspaceLayout): Promise<Map<string, number>> {
  return listDeviceFiles(layout.importsDir);
}

/**
 * Opens this device's imports file for appending: a torn last line is cut off (as for journals),
 * and so is a block whose end line never came (a crash in the middle of an import), so the next
 * import starts clean. A new imports folder is made durable before the first import is
 * acknowledged. Returns the bytes cut off.
 */
export async function openImportsWriter(layout: WorkspaceLayout): Promise<{ writer: JournalWriter; droppedTornBytes: number }> {
  const created = await fileLayer().mkdir(layout.importsDir);
  if (created !== undefined) await fsyncDir(layout.dir);
  const opened = await JournalWriter.open(layout.imports);
  const size = opened.writer.bytes;
  const intact = size === 0 || (await endsComplete(layout.imports, size)) ? size : ((await layoutOf(layout.imports, 0)).incomplete?.offset ?? size);
  if (intact === size) return opened;
  await opened.writer.close();
  await truncateDurably(layout.imports, intact);
  const reopened = await JournalWriter.open(layout.imports);
  return { writer: reopened.writer, droppedTornBytes: opened.droppedTornBytes + (size - intact) };
}

/** Cuts a file to `length` bytes and makes that durable (an import that failed is taken back this way). */
export async function truncateDurably(file: string, length: number): Promise<void> {
  const handle = await fileLayer().open(file, 'update');
  try {
    await handle.truncate(length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Whether the file's last line ends an import (its end line, or a single-line import): then nothing is left open. */
async function endsComplete(file: string, size: number): Promise<boolean> {
  const handle = await fileLayer().open(file, 'read');
  try {
    // The end line of a block is short; a single-line import says so in its first bytes.
    const tail = Buffer.alloc(Math.min(size, 64 * 1024));
    await handle.read(tail, 0, tail.length, size - tail.length);
    const start = tail.lastIndexOf(0x0a, tail.length - 2) + 1;
    if (start === 0 && tail.length < size) return false; // a long last line: an operation, or a single-line import
    const found = classify(tail.subarray(start, tail.length - 1));
    return found.kind === 'end' || found.kind === 'single';
  } finally {
    await handle.close();
  }
}
