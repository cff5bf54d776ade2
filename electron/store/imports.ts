import { mkdir } from 'node:fs/promises';
import { z } from 'zod';
import { DeviceIdSchema } from '../../shared/schema/common';
import { migrations, type Migration } from '../../shared/store/migrations';
import type { Operation } from '../../shared/store/operation';
import { fsyncDir } from './durable-file';
import { JournalWriter, parseOperation, readOperationLines, type JournalLocation, type JournalReadResult } from './journal';
import { listDeviceFiles } from './journal-files';
import type { WorkspaceLayout } from './layout';

/**
 * The imports file of a device (imports/<device>.jsonl): operations of other devices that arrived
 * in a bundle cannot go into their journals (each file has one writer), so the importing device
 * writes them here, together with the merges it derives from them. Each import is ONE line — a
 * header and the whole batch — appended with one fdatasync: a crash mid-write leaves a torn line
 * that readers drop whole, so the workspace is as it was before the import.
 */
export const IMPORT_LINE_VERSION = 1;

export interface ImportMeta {
  /** bundle: operations from a bundle; merge: merges of concurrent edits; resolve: a person resolved a conflict. */
  kind: 'bundle' | 'merge' | 'resolve';
  /** The device that made the bundle. */
  from?: string;
  /** The bundle's checksum, to tell which file an import came from. */
  bundle?: string;
}

const ImportHeaderSchema = z.object({
  v: z.number().int().min(1),
  kind: z.enum(['bundle', 'merge', 'resolve']),
  at: z.string().max(40),
  from: DeviceIdSchema.optional(),
  bundle: z.string().max(128).optional(),
});

const OPS_MARK = ',"ops":[';

/** One import as a line, and where each operation sits in it (byte offsets from the line start). */
export function encodeImportLine(meta: ImportMeta & { at: string }, ops: readonly Operation[]): { text: string; ranges: JournalLocation[] } {
  const header = JSON.stringify({ v: IMPORT_LINE_VERSION, ...meta });
  const parts = [`${header.slice(0, -1)}${OPS_MARK}`];
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

/** An imports file reads like a journal: operations with their byte locations, problems, a torn tail. */
export type ImportsReadResult = JournalReadResult;

/** Reads an imports file from a byte offset; a line that cannot be read is reported and skipped whole. */
export async function readImports(file: string, fromOffset = 0, registry: readonly Migration[] = migrations): Promise<ImportsReadResult> {
  return readOperationLines(file, fromOffset, (line, offset, lineNumber, result) => {
    const problem = (message: string) => result.problems.push({ file, line: lineNumber, offset, message });
    const decoded = decodeImportLine(line);
    if (!decoded.ok) {
      problem(decoded.message);
      return;
    }
    for (const { raw, range } of decoded.ops) {
      const parsed = parseOperation(raw, registry);
      if (parsed.ok) result.ops.push({ op: parsed.op, location: { offset: offset + range.offset, length: range.length } });
      else problem(`operation at byte ${offset + range.offset}: ${parsed.message}`);
    }
  });
}

type DecodedLine = { ok: true; ops: { raw: unknown; range: JournalLocation }[] } | { ok: false; message: string };

function decodeImportLine(line: Buffer): DecodedLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line.toString('utf8'));
  } catch {
    return { ok: false, message: 'not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, message: 'not an import' };
  const { ops, ...rest } = parsed as Record<string, unknown>;
  const header = ImportHeaderSchema.safeParse(rest);
  if (!header.success || !Array.isArray(ops)) return { ok: false, message: 'not an import' };
  if (header.data.v > IMPORT_LINE_VERSION) return { ok: false, message: `written by a newer version of Alliance Desk (import format ${header.data.v})` };
  // Locate each operation's bytes, so history can read one back without the whole line. The line
  // was written by encodeImportLine, whose JSON.stringify output survives a parse/stringify round trip.
  let offset = line.indexOf(OPS_MARK);
  if (offset === -1) return { ok: false, message: 'not an import' };
  offset += Buffer.byteLength(OPS_MARK);
  const located: { raw: unknown; range: JournalLocation }[] = [];
  for (const raw of ops) {
    const json = Buffer.from(JSON.stringify(raw), 'utf8');
    if (!line.subarray(offset, offset + json.length).equals(json)) return { ok: false, message: 'operations are not where expected' };
    located.push({ raw, range: { offset, length: json.length } });
    offset += json.length + 1;
  }
  return { ok: true, ops: located };
}

/** Every device's imports file in the workspace, with its size in bytes. */
export async function listImports(layout: WorkspaceLayout): Promise<Map<string, number>> {
  return listDeviceFiles(layout.importsDir);
}

/**
 * Opens this device's imports file for appending (a torn last line is cut off, as for journals);
 * a new imports folder is made durable before the first import is acknowledged.
 */
export async function openImportsWriter(layout: WorkspaceLayout): Promise<{ writer: JournalWriter; droppedTornBytes: number }> {
  const created = await mkdir(layout.importsDir, { recursive: true });
  if (created !== undefined) await fsyncDir(layout.dir);
  return JournalWriter.open(layout.imports);
}
