import { rename, stat } from 'node:fs/promises';
import { Low } from 'lowdb';
import { COLLECTIONS } from '../../shared/schema/collections';
import { FORMAT_VERSION } from '../../shared/store/operation';
import type { WorkspaceState } from '../../shared/store/state';
import { DurableJsonFile } from './durable-json-adapter';
import { fsyncDir } from './durable-file';
import { BACKUP_COUNT, type WorkspaceLayout } from './layout';

/**
 * The snapshot: the replayed state as of a known byte offset in every journal. It is a cache of
 * the journals, never the only copy of an edit, so a lost or unreadable snapshot costs time, not data.
 */
export interface SnapshotDocument {
  format: 'alliance-desk-snapshot';
  formatVersion: number;
  workspaceId: string;
  device: string;
  savedAt: string;
  /** Journal byte offsets included, per device. */
  journals: Record<string, number>;
  /** Imports-file byte offsets included, per device (absent in snapshots from before imports existed). */
  imports?: Record<string, number>;
  /** Devices named by index in each record's history locations (RecordEntry.h). */
  devices: string[];
  /** Latest clock seen, so the clock never runs backwards after a restart. */
  clock: string;
  collections: WorkspaceState;
}

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
    let document: SnapshotDocument | null;
    let reason: string | undefined;
    try {
      const low = new Low<SnapshotDocument | null>(new DurableJsonFile(file), null);
      await low.read();
      document = low.data;
      if (document) reason = checkShape(document, workspaceId);
    } catch (error) {
      document = null;
      reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : (error as Error).message;
    }
    if (reason !== undefined && !keepAside) {
      report.quarantined.push({ file, reason });
      continue;
    }
    if (reason !== undefined) {
      const movedTo = layout.quarantine(new Date().toISOString().replace(/[:.]/g, '-'));
      await rename(file, movedTo);
      await fsyncDir(layout.localDir);
      report.quarantined.push({ file, movedTo, reason });
      continue;
    }
    if (document) {
      for (const name of COLLECTIONS) Object.setPrototypeOf(document.collections[name], null);
      report.loaded = { document, file };
      return report;
    }
  }
  return report;
}

function checkShape(document: SnapshotDocument, workspaceId: string): string | undefined {
  if (typeof document !== 'object' || document === null) return 'not an object';
  if (document.format !== 'alliance-desk-snapshot') return 'not a snapshot';
  if (document.formatVersion !== FORMAT_VERSION) return `format ${String(document.formatVersion)} (expected ${FORMAT_VERSION})`;
  if (document.workspaceId !== workspaceId) return 'belongs to another workspace';
  if (typeof document.journals !== 'object' || !Array.isArray(document.devices)) return 'journal offsets missing';
  if (document.imports !== undefined && (typeof document.imports !== 'object' || document.imports === null)) return 'import offsets unreadable';
  if (typeof document.collections !== 'object' || document.collections === null) return 'collections missing';
  for (const name of COLLECTIONS) {
    const records = document.collections[name] as unknown;
    // A collection added after the snapshot was written (e.g. conflicts) starts empty.
    if (records === undefined) document.collections[name] = {};
    else if (typeof records !== 'object' || records === null || Array.isArray(records)) return `collection ${name} missing`;
  }
  return undefined;
}

/**
 * Writes a new snapshot and keeps BACKUP_COUNT older ones by renaming (cheap at any size):
 * the new file is fully written and fsynced before any rename, so a crash at any point leaves
 * either the new snapshot or a readable backup.
 */
export async function saveSnapshot(layout: WorkspaceLayout, document: SnapshotDocument): Promise<void> {
  const staged = `${layout.snapshot}.next`;
  const low = new Low<SnapshotDocument>(new DurableJsonFile(staged), document);
  await low.write();
  if (await exists(layout.snapshot)) {
    for (let n = BACKUP_COUNT - 1; n >= 1; n -= 1) {
      if (await exists(layout.backup(n))) await rename(layout.backup(n), layout.backup(n + 1));
    }
    await rename(layout.snapshot, layout.backup(1));
  }
  await rename(staged, layout.snapshot);
  await fsyncDir(layout.localDir);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
