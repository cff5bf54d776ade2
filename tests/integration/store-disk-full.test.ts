import { execFileSync } from 'node:child_process';
import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SeededRandom } from '../../electron/demo/random';
import { useFileLayer } from '../../electron/store/fs-layer';
import { workspaceLayout } from '../../electron/store/layout';
import { verifyWorkspace } from '../../electron/store/verify';
import { WorkspaceStore, type StoreOptions } from '../../electron/store/workspace-store';
import { emptyWorkspaceDisk, POWER_LOSS_DIR } from '../support/power-loss';
import { useTempDirs } from '../support/temp-dir';
import { initWorkspace, secretary } from '../support/workspace';

const options: StoreOptions = { device: 'laptop-a', author: 'secretary' };
const group = (name: string, description = '') => ({ name, kind: 'working' as const, description });
const tempDir = useTempDirs();
let restoreFiles: (() => void) | undefined;
afterEach(() => {
  restoreFiles?.();
  restoreFiles = undefined;
});

/** The journal's lines, each of which must be a whole operation. */
async function journalLines(read: (file: string) => Promise<Buffer>, dir: string): Promise<unknown[]> {
  const text = (await read(workspaceLayout(dir, 'laptop-a').journal)).toString('utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);
}

describe('a full disk (injected under the store)', () => {
  it('cuts a partly written edit off, says disk_full, and saves the next edit whole once there is space', async () => {
    const disk = (await emptyWorkspaceDisk()).clone(new SeededRandom(7));
    restoreFiles = useFileLayer(disk);
    const store = await WorkspaceStore.open(POWER_LOSS_DIR, options);
    const first = await store.create('groups', group('Первая'));
    const journal = workspaceLayout(POWER_LOSS_DIR, 'laptop-a').journal;
    const before = await disk.readFile(journal);
    disk.capacity = disk.usedBytes + 200; // room for part of the next line only
    await expect(store.create('groups', group('Не влезла', 'x'.repeat(2_000)))).rejects.toMatchObject({ code: 'disk_full' });
    expect(await disk.readFile(journal)).toEqual(before);
    disk.capacity = Number.POSITIVE_INFINITY;
    const second = await store.create('groups', group('Вторая'));
    await store.close();

    const reopened = await WorkspaceStore.open(POWER_LOSS_DIR, options);
    expect(reopened.list('groups', { orderBy: 'name' }).items.map((g) => g.id)).toEqual([second.id, first.id]);
    expect(reopened.warnings).toEqual([]);
    await reopened.close();
    expect(await journalLines((file) => disk.readFile(file), POWER_LOSS_DIR)).toHaveLength(2);
    expect((await verifyWorkspace(POWER_LOSS_DIR)).problems).toEqual([]);
  });

  it('says write_failed for any other failed write or fsync, and writes on cleanly after it', async () => {
    const disk = (await emptyWorkspaceDisk()).clone(new SeededRandom(8));
    restoreFiles = useFileLayer(disk);
    const store = await WorkspaceStore.open(POWER_LOSS_DIR, options);
    disk.failWith = (call) => (call === 'fsync' ? 'EIO' : undefined);
    await expect(store.create('groups', group('Не сохранена'))).rejects.toMatchObject({ code: 'write_failed' });
    disk.failWith = undefined;
    await store.create('groups', group('Сохранена'));
    await store.close();
    const reopened = await WorkspaceStore.open(POWER_LOSS_DIR, options);
    expect(reopened.list('groups').items.map((g) => g.name)).toEqual(['Сохранена']);
    await reopened.close();
  });

  it('closes on a full disk without throwing: the snapshot is skipped with a warning, every file and the lock released', async () => {
    const disk = (await emptyWorkspaceDisk()).clone(new SeededRandom(9));
    restoreFiles = useFileLayer(disk);
    const store = await WorkspaceStore.open(POWER_LOSS_DIR, options);
    await store.create('groups', group('Одна'));
    disk.capacity = disk.usedBytes;
    await store.close();
    expect(store.warnings.join('\n')).toMatch(/snapshot not written on close: .*the disk is full; the edits are safe in the journal/);
    expect(disk.openHandles).toBe(0);
    expect(await disk.readdir(workspaceLayout(POWER_LOSS_DIR, 'laptop-a').localDir)).not.toContain('writer.lock');
    disk.capacity = Number.POSITIVE_INFINITY;
    const reopened = await WorkspaceStore.open(POWER_LOSS_DIR, options);
    expect(reopened.count('groups')).toBe(1);
    await reopened.close();
  });
});

/** Mounts a 2 MB tmpfs (as root); undefined, with why, where that is not possible. */
function mountSmallTmpfs(dir: string): string | undefined {
  if (process.getuid?.() !== 0) return 'needs root to mount a tmpfs';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return `mount -t tmpfs failed: ${(error as Error).message.split('\n')[0]}`;
  }
}

/** Fills the file system with one file until a write fails with ENOSPC. */
async function fillDisk(file: string): Promise<void> {
  const handle = await open(file, 'w');
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  try {
    for (let size = chunk.length; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          await handle.write(chunk, 0, size);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          break;
        }
      }
    }
  } finally {
    await handle.close();
  }
}

describe('a full disk (a real 2 MB tmpfs)', () => {
  it('refuses the edit with disk_full, loses no acknowledged edit, and saves whole lines once space is back', async (context) => {
    const mountPoint = await tempDir();
    const reason = mountSmallTmpfs(mountPoint);
    if (reason) context.skip(reason);
    try {
      const dir = path.join(mountPoint, 'workspace');
      const store = await initWorkspace(dir, secretary());
      const kept = await store.create('groups', group('До заполнения'));
      const filler = path.join(mountPoint, 'filler');
      await fillDisk(filler);
      await expect(store.create('groups', group('Не влезла', 'я'.repeat(20_000)))).rejects.toMatchObject({ code: 'disk_full' });
      await rm(filler);
      const after = await store.create('groups', group('После', 'я'.repeat(20_000)));
      await store.close();

      const reopened = await WorkspaceStore.open(dir, secretary());
      expect(reopened.get('groups', kept.id)).toBeDefined();
      expect(reopened.get('groups', after.id)?.description).toHaveLength(20_000);
      expect(reopened.list('groups').items.map((g) => g.name).sort()).toEqual(['До заполнения', 'После']);
      await reopened.close();
      await journalLines((file) => readFile(file), dir);
      expect((await verifyWorkspace(dir)).problems).toEqual([]);
    } finally {
      execFileSync('umount', [mountPoint], { stdio: 'pipe' });
    }
  });
});
