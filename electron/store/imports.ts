import { z } from 'zod';
import { DeviceIdSchema } from '../../shared/schema/common';
import { migrations, type Migration } from '../../shared/store/migrations';
import type { Operation } from '../../shared/store/operation';
import { fsyncDir } from './durable-file';
import { fileLayer, type StoreFile } from './fs-layer';
import { JournalWriter, parseOperation, type JournalLocation, type JournalReadResult } from './journal';
import { listDeviceFiles } from './journal-files';
import type { WorkspaceLayout } from './layout';
import { forEachLine, NOT_JSON, type LineProblem, type LinesEnd, type OperationChunk } from './operation-lines';

/**
 * The imports file of a device (imports/<device>.jsonl): operations of other devices that arrived
 * in a bundle cannot go into their journals (each file has one writer), so the importing device
 * writes them here, together with the merges it derives from them.
 *
 * An import that fits in MAX_IMPORT_LINE_BYTES is ONE line (format 1: a header and the whole
 * batch), appended with one fdatasync. A larger one is written in parts (format 2): lines of at
 * most about that size, each naming the import and its sequence number, the last one marked as its
 * end. Readers apply an import only once its end line is there, so a crash between parts (or in
 * the middle of one: a torn line) leaves an import that is never applied; this device cuts such
 * parts off when it next opens the file, and the workspace is as it was before the import.
 */
export const IMPORT_LINE_VERSION = 1;
export const IMPORT_PARTS_VERSION = 2;
export const MAX_IMPORT_LINE_BYTES = 1024 * 1024;

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

const LineHeaderSchema = z.object({ v: z.literal(IMPORT_LINE_VERSION), ...MetaShape });
const PartHeaderSchema = z.object({ v: z.literal(IMPORT_PARTS_VERSION), import: z.string().regex(/^[0-9a-f]{8,64}$/), seq: z.number().int().min(0), end: z.literal(false) });
const EndHeaderSchema = z.object({
  v: z.literal(IMPORT_PARTS_VERSION),
  import: z.string().regex(/^[0-9a-f]{8,64}$/),
  seq: z.number().int().min(0),
  end: z.literal(true),
  parts: z.number().int().min(1),
  ...MetaShape,
});

type LineHeader =
  | { form: 'line' }
  | { form: 'part'; import: string; seq: number }
  | { form: 'end'; import: string; seq: number; parts: number };

const OPS_MARK = ',"ops":[';
const OPS_MARK_BYTES = Buffer.from(OPS_MARK);
/** Headers are a few hundred bytes; the operations mark is looked for only this far into a line. */
const MAX_HEADER_BYTES = 4096;

/** One import line (any format): the header, then the operations; where each sits (byte offsets from the line start). */
export function encodeImportLine(header: Record<string, unknown>, ops: readonly Operation[]): { text: string; ranges: JournalLocation[] } {
  return encodeJsonImportLine(header, ops.map((op) => JSON.stringify(op)));
}

/** encodeImportLine for operations already in JSON (each as JSON.stringify gave it). */
export function encodeJsonImportLine(header: Record<string, unknown>, jsons: readonly string[]): { text: string; ranges: JournalLocation[] } {
  const head = JSON.stringify(header);
  const parts = [`${head.slice(0, -1)}${OPS_MARK}`];
  let offset = Buffer.byteLength(parts[0]!);
  const ranges: JournalLocation[] = [];
  jsons.forEach((json, i) => {
    if (i > 0) {
      parts.push(',');
      offset += 1;
    }
    const length = Buffer.byteLength(json);
    ranges.push({ offset, length });
    parts.push(json);
    offset += length;
  });
  parts.push(']}');
  return { text: parts.join(''), ranges };
}

/** The header of a whole import on one line. */
export function singleLineHeader(meta: ImportMeta & { at: string }): Record<string, unknown> {
  return { v: IMPORT_LINE_VERSION, ...meta };
}

/** The header of one part of an import in parts; the end part carries the import's description. */
export function partHeader(id: string, seq: number, end?: ImportMeta & { at: string }): Record<string, unknown> {
  return end ? { v: IMPORT_PARTS_VERSION, import: id, seq, end: true, parts: seq + 1, ...end } : { v: IMPORT_PARTS_VERSION, import: id, seq, end: false };
}

/** Reads a line's header alone (without parsing its operations), or says why it cannot. */
function readHeader(line: Buffer): { ok: true; header: LineHeader } | { ok: false; message: string; unreadable: boolean } {
  const mark = line.subarray(0, MAX_HEADER_BYTES).indexOf(OPS_MARK_BYTES);
  if (mark === -1) return { ok: false, message: NOT_JSON, unreadable: true };
  let raw: unknown;
  try {
    raw = JSON.parse(`${line.subarray(0, mark).toString('utf8')}}`);
  } catch {
    return { ok: false, message: NOT_JSON, unreadable: true };
  }
  return headerOf(raw);
}

function headerOf(raw: unknown): { ok: true; header: LineHeader } | { ok: false; message: string; unreadable: boolean } {
  const version = typeof raw === 'object' && raw !== null ? (raw as { v?: unknown }).v : undefined;
  if (typeof version === 'number' && version > IMPORT_PARTS_VERSION) {
    return { ok: false, message: `written by a newer version of Alliance Desk (import format ${version})`, unreadable: false };
  }
  if (LineHeaderSchema.safeParse(raw).success) return { ok: true, header: { form: 'line' } };
  const part = PartHeaderSchema.safeParse(raw);
  if (part.success) return { ok: true, header: { form: 'part', import: part.data.import, seq: part.data.seq } };
  const end = EndHeaderSchema.safeParse(raw);
  if (end.success) return { ok: true, header: { form: 'end', import: end.data.import, seq: end.data.seq, parts: end.data.parts } };
  return { ok: false, message: 'not an import', unreadable: false };
}

type DecodedLine = { ok: true; ops: { raw: unknown; range: JournalLocation }[] } | { ok: false; message: string; unreadable: boolean };

function decodeImportLine(line: Buffer, trusted: boolean): DecodedLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line.toString('utf8'));
  } catch {
    return { ok: false, message: NOT_JSON, unreadable: true };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, message: 'not an import', unreadable: false };
  const { ops, ...rest } = parsed as Record<string, unknown>;
  const header = headerOf(rest);
  if (!header.ok) return header;
  if (!Array.isArray(ops)) return { ok: false, message: 'not an import', unreadable: false };
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

/** One line of an imports file, as the first reading pass finds it. */
interface LineRecord {
  offset: number;
  length: number;
  lineNumber: number;
  header?: LineHeader;
}

/** How a read of an imports file ended, beyond where the last complete line ends. */
export interface ImportsEnd extends LinesEnd {
  /** An import begun but not complete yet (another device's, still being synced): not applied; `end` stops before it. */
  incomplete?: { offset: number; bytes: number };
  /** Imports whose end line never came (an interrupted import followed by another one): never applied. */
  interrupted: { offset: number; bytes: number }[];
}

/**
 * Reads an imports file from a byte offset, handing the operations of every complete import to
 * `onChunk`, one line at a time, so that memory stays bounded by one line (about 1 MB). A first
 * pass reads only the lines' headers to find which imports are complete.
 */
export async function readImportChunks(
  file: string,
  from: number,
  onChunk: (chunk: OperationChunk) => void | Promise<void>,
  registry: readonly Migration[] = migrations,
  /** Lines this store wrote a moment ago from checked operations (an import being applied): not checked again. */
  trusted = false,
): Promise<ImportsEnd> {
  const records: LineRecord[] = [];
  const headerProblems: LineProblem[] = [];
  const lines = await forEachLine(file, from, (line, offset, lineNumber) => {
    const header = readHeader(line);
    if (header.ok) records.push({ offset, length: line.length, lineNumber, header: header.header });
    else headerProblems.push({ file, line: lineNumber, offset, length: line.length, message: header.message, unreadable: header.unreadable });
  });
  const { committed, problems, interrupted, incomplete } = completeImports(file, records, lines.end);
  const result: ImportsEnd = { end: incomplete ? incomplete.offset : lines.end, tornBytes: lines.tornBytes, interrupted, ...(incomplete ? { incomplete } : {}) };
  if (headerProblems.length > 0 || problems.length > 0) await onChunk({ ops: [], problems: [...headerProblems, ...problems] });
  if (committed.length === 0) return result;
  const handle = await fileLayer().open(file, 'read');
  try {
    for (const record of committed) await onChunk(await decodeRecord(handle, file, record, registry, trusted));
  } finally {
    await handle.close();
  }
  return result;
}

/** Which lines belong to complete imports; parts without their end are set aside, the last of them perhaps still coming. */
function completeImports(
  file: string,
  records: readonly LineRecord[],
  end: number,
): { committed: LineRecord[]; problems: LineProblem[]; interrupted: ImportsEnd['interrupted']; incomplete?: { offset: number; bytes: number } } {
  const committed: LineRecord[] = [];
  const problems: LineProblem[] = [];
  const interrupted: ImportsEnd['interrupted'] = [];
  let pending: { id: string; lines: LineRecord[] } | undefined;
  const abandon = (next: LineRecord) => {
    if (pending) interrupted.push({ offset: pending.lines[0]!.offset, bytes: next.offset - pending.lines[0]!.offset });
    pending = undefined;
  };
  for (const record of records) {
    const header = record.header!;
    if (header.form === 'line') {
      abandon(record);
      committed.push(record);
    } else if (header.form === 'part') {
      if (pending?.id !== header.import) {
        abandon(record);
        pending = { id: header.import, lines: [] };
      }
      pending.lines.push(record);
    } else {
      const parts = pending?.id === header.import ? [...pending.lines, record] : [record];
      if (pending?.id !== header.import) abandon(record);
      pending = undefined;
      if (parts.length !== header.parts) {
        // Damage took some parts: the rest of the import is applied, and what is missing is said.
        problems.push({ file, line: record.lineNumber, offset: parts[0]!.offset, length: record.offset + record.length - parts[0]!.offset, message: `an import of ${header.parts} parts of which ${parts.length} can be read`, unreadable: true });
      }
      committed.push(...parts);
    }
  }
  const first = pending?.lines[0];
  return { committed, problems, interrupted, ...(first ? { incomplete: { offset: first.offset, bytes: end - first.offset } } : {}) };
}

async function decodeRecord(handle: StoreFile, file: string, record: LineRecord, registry: readonly Migration[], trusted: boolean): Promise<OperationChunk> {
  const chunk: OperationChunk = { ops: [], problems: [] };
  const line = Buffer.alloc(record.length);
  await handle.read(line, 0, record.length, record.offset);
  const problem = (message: string, unreadable: boolean) =>
    chunk.problems.push({ file, line: record.lineNumber, offset: record.offset, length: record.length, message, unreadable });
  const decoded = decodeImportLine(line, trusted);
  if (!decoded.ok) {
    problem(decoded.message, decoded.unreadable);
    return chunk;
  }
  for (const { raw, range } of decoded.ops) {
    const parsed = trusted ? { ok: true as const, op: raw as Operation } : parseOperation(raw, registry);
    if (parsed.ok) chunk.ops.push({ op: parsed.op, location: { offset: record.offset + range.offset, length: range.length } });
    else problem(`operation at byte ${record.offset + range.offset}: ${parsed.message}`, false);
  }
  return chunk;
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
 * and so are the parts of an import that never got its end line (a crash between parts), so the
 * next import starts clean. A new imports folder is made durable before the first import is
 * acknowledged. Returns the bytes cut off.
 */
export async function openImportsWriter(layout: WorkspaceLayout): Promise<{ writer: JournalWriter; droppedTornBytes: number }> {
  const created = await fileLayer().mkdir(layout.importsDir);
  if (created !== undefined) await fsyncDir(layout.dir);
  const opened = await JournalWriter.open(layout.imports);
  const intact = await endOfLastImport(layout.imports, opened.writer.bytes);
  if (intact === opened.writer.bytes) return opened;
  await opened.writer.close();
  await truncateDurably(layout.imports, intact);
  const reopened = await JournalWriter.open(layout.imports);
  return { writer: reopened.writer, droppedTornBytes: opened.droppedTornBytes + (opened.writer.bytes - intact) };
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

/**
 * Where the file would end without trailing parts of an unfinished import: looks at the last lines
 * only, walking back over the parts of the last import while they carry no end line. Anything that
 * is not plainly such a part (damage included) is left where it is.
 */
async function endOfLastImport(file: string, size: number): Promise<number> {
  if (size === 0) return 0;
  const handle = await fileLayer().open(file, 'read');
  try {
    let end = size;
    let id: string | undefined;
    while (end > 0) {
      const start = await lineStartBefore(handle, end);
      const head = Buffer.alloc(Math.min(MAX_HEADER_BYTES, end - 1 - start));
      await handle.read(head, 0, head.length, start);
      const header = readHeader(head);
      if (!header.ok || header.header.form !== 'part' || (id !== undefined && header.header.import !== id)) return end;
      id = header.header.import;
      end = start;
      if (header.header.seq === 0) return end;
    }
    return end;
  } finally {
    await handle.close();
  }
}

/** The offset where the line ending just before `end` (its newline at end - 1) starts. */
async function lineStartBefore(handle: StoreFile, end: number): Promise<number> {
  const block = Buffer.alloc(64 * 1024);
  let upTo = end - 1; // the line's own newline
  while (upTo > 0) {
    const from = Math.max(0, upTo - block.length);
    const { bytesRead } = await handle.read(block, 0, upTo - from, from);
    const newline = block.subarray(0, bytesRead).lastIndexOf(0x0a);
    if (newline !== -1) return from + newline + 1;
    upTo = from;
  }
  return 0;
}
