import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { DeviceIdSchema } from '../../shared/schema/common';
import type { WorkspaceLayout } from './layout';
import type { SnapshotDocument } from './snapshot';

/** Every device journal in the workspace, with its size in bytes. */
export async function listJournals(layout: WorkspaceLayout): Promise<Map<string, number>> {
  return listDeviceFiles(layout.journalDir);
}

/**
 * The per-device files of a folder (journal/ or imports/: <device>.jsonl), with their sizes in
 * bytes; a missing folder has none, and names that are not device ids are not ours.
 */
export async function listDeviceFiles(dir: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return sizes;
  }
  for (const name of names) {
    if (!name.endsWith('.jsonl')) continue;
    const device = name.slice(0, -'.jsonl'.length);
    if (!DeviceIdSchema.safeParse(device).success) continue;
    sizes.set(device, (await stat(path.join(dir, name))).size);
  }
  return sizes;
}

/** A snapshot that includes more of a journal (or imports file) than the file now holds cannot be trusted. */
export async function snapshotMatchesJournals(
  document: SnapshotDocument,
  journals: Map<string, number>,
  imports: Map<string, number> = new Map(),
): Promise<boolean> {
  for (const [device, offset] of Object.entries(document.journals)) {
    if ((journals.get(device) ?? 0) < offset) return false;
  }
  for (const [device, offset] of Object.entries(document.imports ?? {})) {
    if ((imports.get(device) ?? 0) < offset) return false;
  }
  return true;
}
