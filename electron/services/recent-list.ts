import path from 'node:path';
import { z } from 'zod';
import { RecentWorkspaceSchema, type RecentWorkspace } from '../../shared/ipc/contract';
import { readJsonFile, writeJsonFile } from './json-file';

export const MAX_RECENT = 10;

/** The workspaces opened last, newest first, at most MAX_RECENT, one entry per folder. */
export class RecentList {
  private constructor(
    private readonly file: string,
    private entries: RecentWorkspace[],
  ) {}

  static async load(file: string, warnings: string[]): Promise<RecentList> {
    const read = await readJsonFile(file, z.array(RecentWorkspaceSchema));
    if (read.status === 'set_aside') warnings.push(`${file}: unreadable; kept aside as ${read.movedTo}`);
    return new RecentList(file, read.status === 'ok' ? read.value.slice(0, MAX_RECENT) : []);
  }

  list(): RecentWorkspace[] {
    return this.entries.map((entry) => ({ ...entry }));
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
