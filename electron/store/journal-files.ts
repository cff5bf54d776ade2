import path from 'node:path';
import { DeviceIdSchema } from '../../shared/schema/common';
import { errorCode, fileLayer } from './fs-layer';
import type { WorkspaceLayout } from './layout';

/** Every device journal in the workspace, with its size in bytes. */
export async function listJournals(layout: WorkspaceLayout): Promise<Map<string, number>> {
  return listDeviceFiles(layout.journalDir);
}

/**
 * The per-device files of a folder (journal/ or imports/: <device>.jsonl), with their sizes in
 * bytes; a missing folder has none, and names that are not device ids are not ours.
 */
export async function listDeviceFiles(dir: string): Promise<Map<string, number>> {
  const files = fileLayer();
  const sizes = new Map<string, number>();
  let names: string[];
  try {
    names = await files.readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return sizes;
    throw error;
  }
  for (const name of names.sort()) {
    if (!name.endsWith('.jsonl')) continue;
    const device = name.slice(0, -'.jsonl'.length);
    if (!DeviceIdSchema.safeParse(device).success) continue;
    sizes.set(device, (await files.stat(path.join(dir, name))).size);
  }
  return sizes;
}
