import { hostname } from 'node:os';
import { open, readFile, rm } from 'node:fs/promises';
import { StoreError } from './errors';

export interface LockHolder {
  pid: number;
  host: string;
  device: string;
  since: string;
}

/** Whether a process with this id is alive on this machine (EPERM means alive, owned by another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One writer process per workspace on a device: an exclusive lock file holding the writer's pid.
 * A lock left by a dead process on this host is taken over; a live holder is named in the error.
 */
export class WriterLock {
  private constructor(private readonly file: string) {}

  static async acquire(file: string, device: string): Promise<WriterLock> {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const holder: LockHolder = { pid: process.pid, host: hostname(), device, since: new Date().toISOString() };
      try {
        const handle = await open(file, 'wx', 0o600);
        try {
          await handle.writeFile(JSON.stringify(holder));
          await handle.sync();
        } finally {
          await handle.close();
        }
        return new WriterLock(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const current = await readHolder(file);
      if (current && !isStale(current)) {
        throw new StoreError(
          'locked',
          `the workspace is open in another process (pid ${current.pid} on ${current.host}, since ${current.since})`,
          current,
        );
      }
      // Stale (dead process, or an unreadable lock left by a crash mid-write): take it over.
      await rm(file, { force: true });
    }
    throw new StoreError('locked', 'the workspace lock is being taken by another process');
  }

  async release(): Promise<void> {
    await rm(this.file, { force: true });
  }
}

async function readHolder(file: string): Promise<LockHolder | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return undefined;
    return { pid: parsed.pid, host: parsed.host, device: String(parsed.device ?? ''), since: String(parsed.since ?? '') };
  } catch {
    return undefined;
  }
}

function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false; // cannot check a process on another machine
  if (holder.pid === process.pid) return false;
  return !isProcessAlive(holder.pid);
}
