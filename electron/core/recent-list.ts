import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import type { RecentWorkspace } from '../../shared/ipc/contract';
import { readJsonFile, writeJsonFile } from './json-file';

export const MAX_RECENT = 10;

/** An entry as the file keeps it; the id is worked out from the folder, so older files need no change. */
const StoredEntrySchema = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });
type StoredEntry = z.infer<typeof StoredEntrySchema>;

/** The id the page opens an entry by: stable for a folder, and telling nothing the entry does not show. */
const entryId = (folder: string) => createHash('sha256').update(path.resolve(folder)).digest('base64url').slice(0, 22);

/** The workspaces opened last, newest first, at most MAX_RECENT, one entry per folder. */
export class RecentList {
  private constructor(
    private readonly file: string,
    private entries: StoredEntry[],
  ) {}

  static async load(file: string, warnings: string[]): Promise<RecentList> {
    const read = await readJsonFile(file, z.array(StoredEntrySchema));
    if (read.status === 'set_aside') warnings.push(`${file}: unreadable; kept aside as ${read.movedTo}`);
    return new RecentList(file, read.status === 'ok' ? read.value.slice(0, MAX_RECENT) : []);
  }

  list(): RecentWorkspace[] {
    return this.entries.map((entry) => ({ id: entryId(entry.path), ...entry }));
  }

  /** The folder of the entry with this id, if the list still has it. */
  folderOf(id: string): string | undefined {
    return this.entries.find((entry) => entryId(entry.path) === id)?.path;
  }

  async add(entry: { path: string; name: string }, now = new Date()): Promise<void> {
    const folder = path.resolve(entry.path);
    const next = [
      { path: folder, name: entry.name, openedAt: now.toISOString() },
      ...this.entries.filter((existing) => path.resolve(existing.path) !== folder),
    ].slice(0, MAX_RECENT);
    await writeJsonFile(this.file, next);
    this.entries = next;
  }
}
