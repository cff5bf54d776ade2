import { randomBytes } from 'node:crypto';
import { Low } from 'lowdb';
import { COLLECTIONS } from '../../shared/schema/collections';
import type { CollectionState } from '../../shared/store/state';
import { DurableJsonFile } from './durable-json-adapter';
import { fsyncDir } from './durable-file';
import { fileLayer, pathExists } from './fs-layer';
import { BACKUP_COUNT, type WorkspaceLayout } from './layout';
import { SnapshotSchema, type SnapshotDocument } from './snapshot-schema';

export type { SnapshotDocument } from './snapshot-schema';

/*
 * The snapshot: the replayed state as of known byte offsets in every journal, with a digest of
 * those bytes. It is a cache of the journals, never the only copy of an edit, so a lost or
 * unreadable snapshot costs time, not data.
 */

export interface LoadedSnapshot {
  document: SnapshotDocument;
  file: string;
}

export interface SnapshotLoadReport {
  loaded?: LoadedSnapshot;
  /** Files that failed to read, each moved aside (never overwritten) unless reading only, with the reason. */
  quarantined: { file: string; movedTo?: string; reason: string }[];
}

/** Reads the newest readable snapshot: the current one, else the backups, newest first. */
export async function loadSnapshot(
  layout: WorkspaceLayout,
  workspaceId: string,
  { keepAside }: { keepAside: boolean },
): Promise<SnapshotLoadReport> {
  const report: SnapshotLoadReport = { quarantined: [] };
  const candidates = [layout.snapshot, ...Array.from({ length: BACKUP_COUNT }, (_, i) => layout.backup(i + 1))];
  for (const file of candidates) {
    const read = await readSnapshot(file, workspaceId);
    if (read === 'missing') continue;
    if (typeof read === 'object') {
      report.loaded = { document: read, file };
      return report;
    }
    if (!keepAside) {
      report.quarantined.push({ file, reason: read });
      continue;
    }
    const movedTo = layout.quarantine(`${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`);
    await fileLayer().rename(file, movedTo);
    await fsyncDir(layout.localDir);
    report.quarantined.push({ file, movedTo, reason: read });
  }
  return report;
}

/** A snapshot file checked whole: the document, 'missing', or why it cannot be used. */
async function readSnapshot(file: string, workspaceId: string): Promise<SnapshotDocument | 'missing' | string> {
  let read;
  try {
    read = await new DurableJsonFile<unknown>(file).readParsed();
  } catch (error) {
    return error instanceof SyntaxError ? `not valid JSON (${error.message})` : (error as Error).message;
  }
  if (!read.found) return 'missing';
  if (read.value === null) return 'holds null, not a snapshot';
  const parsed = SnapshotSchema.safeParse(read.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `not a snapshot of this format (${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'invalid'})`;
  }
  if (parsed.data.workspaceId !== workspaceId) return 'belongs to another workspace';
  const collections = parsed.data.collections as Record<string, CollectionState | undefined>;
  for (const name of COLLECTIONS) {
    // A collection added after the snapshot was written (e.g. conflicts) starts empty.
    const records = collections[name] ?? {};
    Object.setPrototypeOf(records, null);
    collections[name] = records;
  }
  return parsed.data as SnapshotDocument;
}

/**
 * Writes a new snapshot and keeps BACKUP_COUNT older ones by renaming (cheap at any size):
 * the new file is fully written and fsynced before any rename, so a crash at any point leaves
 * either the new snapshot or a readable backup.
 */
export async function saveSnapshot(layout: WorkspaceLayout, document: SnapshotDocument): Promise<void> {
  const files = fileLayer();
  const staged = `${layout.snapshot}.next`;
  const low = new Low<SnapshotDocument>(new DurableJsonFile(staged), document);
  await low.write();
  if (await pathExists(layout.snapshot)) {
    for (let n = BACKUP_COUNT - 1; n >= 1; n -= 1) {
      if (await pathExists(layout.backup(n))) await files.rename(layout.backup(n), layout.backup(n + 1));
    }
    await files.rename(layout.snapshot, layout.backup(1));
  }
  await files.rename(staged, layout.snapshot);
  await fsyncDir(layout.localDir);
}
