import { readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../electron/demo/random';
import { useFileLayer } from '../../electron/store/fs-layer';
import { workspaceLayout } from '../../electron/store/layout';
import { verifyWorkspace } from '../../electron/store/verify';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { emptyWorkspaceDisk, POWER_LOSS_DIR } from '../support/power-loss';
import { useTempDirs } from '../support/temp-dir';
import { initWorkspace, secretary } from '../support/workspace';

const tempDir = useTempDirs();
const group = (name: string) => ({ kind: 'put' as const, collection: 'groups' as const, data: { name, kind: 'working' } });

/** One session: opens, creates the groups, closes (a snapshot then, and none in between). */
async function createGroups(dir: string, names: string[]): Promise<void> {
  const store = await WorkspaceStore.open(dir, { ...secretary(), snapshotEvery: 100_000 });
  // One batch per group: one journal line each, as separate edits would write them.
  for (const name of names) await store.batch([group(name)]);
  await store.close();
}

const names = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix} ${String(i).padStart(3, '0')}`);
const groupNames = (store: WorkspaceStore) => store.list('groups').items.map((g) => g.name).sort();

describe('a snapshot the journals no longer match', () => {
  it('is not trusted past bytes that changed: an older backup replays the journal from the start, and nothing is lost', async () => {
    const dir = await tempDir();
    await (await initWorkspace(dir)).close();
    const { journal, snapshot } = workspaceLayout(dir, 'laptop-a');
    const seeded = (await readFile(journal)).length;
    // Long lines, then short edits over them: what is written back after the loss is much shorter.
    const first = await WorkspaceStore.open(dir, { ...secretary(), snapshotEvery: 100_000 });
    for (const name of names('первая', 10)) {
      const [id] = await first.batch([{ ...group(name), data: { name, kind: 'working', description: 'x'.repeat(600) } }]);
      await first.patch('groups', id!, { description: 'коротко' });
    }
    await first.close(); // this snapshot was built from all of those bytes
    await truncate(journal, seeded); // the journal loses its tail (a sync tool put an old copy back)
    await createGroups(dir, names('позже', 60)); // later edits; that snapshot becomes backup-1
    await writeFile(snapshot, '{"format": "alliance-desk-snap'); // the current snapshot is damaged
    const store = await WorkspaceStore.open(dir, secretary());
    expect(store.warnings.join('\n')).toMatch(/its first \d+ bytes are not the ones the snapshot .*snapshot\.backup-1\.json was built from/);
    expect(groupNames(store)).toEqual([...names('первая', 10), ...names('позже', 60)].sort());
    expect(new Set(store.list('groups', { where: { name: 'первая 000' } }).items.map((g) => g.description))).toEqual(new Set(['коротко']));
    await store.close();
    expect((await verifyWorkspace(dir)).problems).toEqual([]);
  });
});

describe('a snapshot that holds what a journal lost', () => {
  it('is reported by verify with the file and offset, written back to the journal on open, and kept for good', async () => {
    const dir = await tempDir();
    await (await initWorkspace(dir)).close();
    const layout = workspaceLayout(dir, 'laptop-a');
    const seededText = await readFile(layout.journal, 'utf8');
    const seeded = Buffer.byteLength(seededText);
    const seededLines = seededText.split('\n').length - 1;
    const lost = names('потерянная', 138);
    await createGroups(dir, lost);
    await truncate(layout.journal, seeded);

    const before = await verifyWorkspace(dir);
    expect(before.ok).toBe(false);
    const damage = before.problems.find((problem) => problem.includes('in no file'));
    expect(damage).toContain(layout.journal);
    expect(damage).toMatch(new RegExp(`ends at byte ${seeded},.*end of line ${seededLines}\\).*138 operations of device laptop-a`));

    const store = await WorkspaceStore.open(dir, secretary());
    expect(store.warnings.join('\n')).toMatch(/138 operations that only the snapshot .* still held were written to it again/);
    expect(groupNames(store)).toEqual(lost);
    await store.close();

    // Four more sessions turn every snapshot and backup over; the journal alone holds it all again.
    for (let session = 0; session < 4; session += 1) await createGroups(dir, [`сеанс ${session}`]);
    await rm(layout.localDir, { recursive: true });
    const rebuilt = await WorkspaceStore.open(dir, secretary());
    expect(groupNames(rebuilt)).toEqual([...lost, ...names('сеанс', 0), 'сеанс 0', 'сеанс 1', 'сеанс 2', 'сеанс 3'].sort());
    const history = await rebuilt.history('groups', rebuilt.list('groups', { where: { name: lost[0] } }).items[0]!.id);
    expect(history.map((entry) => [entry.kind, entry.author])).toEqual([['put', 'recovered-from-snapshot']]);
    await rebuilt.close();
    const after = await verifyWorkspace(dir);
    expect(after.problems).toEqual([]);
  });
});

/** Six shapes of a wrong snapshot that parse as JSON. */
const WRONG: [string, (document: Record<string, unknown>) => unknown][] = [
  ['journals: null', (d) => ({ ...d, journals: null })],
  ['a journal offset that is not a number', (d) => ({ ...d, journals: { 'laptop-a': 'abc' } })],
  ['clock: "garbage"', (d) => ({ ...d, clock: 'garbage' })],
  ['clock: 12345', (d) => ({ ...d, clock: 12345 })],
  ['a null record', (d) => ({ ...d, collections: { ...(d.collections as object), groups: { broken: null } } })],
  ['a record with f: null', (d) => ({ ...d, collections: { ...(d.collections as object), groups: { broken: { f: null, p: '00000000001-00000-laptop-a' } } } })],
  ['null', () => null],
];

describe('a wrong snapshot', () => {
  it.each(WRONG)('(%s) is set aside unchanged with a warning, and the newest good backup is used', async (_shape, wrong) => {
    const dir = await tempDir();
    await (await initWorkspace(dir)).close();
    for (let session = 0; session < 4; session += 1) await createGroups(dir, [`сеанс ${session}`]); // snapshot + three backups
    const layout = workspaceLayout(dir, 'laptop-a');
    const bad = JSON.stringify(wrong(JSON.parse(await readFile(layout.snapshot, 'utf8')) as Record<string, unknown>));
    await writeFile(layout.snapshot, bad);

    const store = await WorkspaceStore.open(dir, secretary());
    expect(store.warnings.join('\n')).toMatch(/snapshot\.json: unreadable \(.+\); kept aside as .*snapshot\.unreadable-/);
    expect(groupNames(store)).toEqual(['сеанс 0', 'сеанс 1', 'сеанс 2', 'сеанс 3']);
    await store.close();
    const aside = (await readdir(layout.localDir)).filter((name) => name.startsWith('snapshot.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(layout.localDir, aside[0]!), 'utf8')).toBe(bad);
    expect((await verifyWorkspace(dir)).problems).toEqual([]);
  });

  it('when the snapshot and every backup are wrong, rebuilds from the journals alone', async () => {
    const dir = await tempDir();
    await (await initWorkspace(dir)).close();
    for (let session = 0; session < 4; session += 1) await createGroups(dir, [`сеанс ${session}`]);
    const layout = workspaceLayout(dir, 'laptop-a');
    for (const file of [layout.snapshot, layout.backup(1), layout.backup(2), layout.backup(3)]) await writeFile(file, '{"clock": 12345}');
    const store = await WorkspaceStore.open(dir, secretary());
    expect(store.warnings.filter((warning) => warning.includes('kept aside'))).toHaveLength(4);
    expect(groupNames(store)).toEqual(['сеанс 0', 'сеанс 1', 'сеанс 2', 'сеанс 3']);
    expect(store.count('districts')).toBe(146);
    await store.close();
  });
});

describe('a failed open', () => {
  it('leaves no lock and no open file, and the same process opens the workspace once the fault is gone', async () => {
    const disk = (await emptyWorkspaceDisk()).clone(new SeededRandom(3));
    const restore = useFileLayer(disk);
    try {
      const options = { device: 'laptop-a', author: 'secretary' };
      const setup = await WorkspaceStore.open(POWER_LOSS_DIR, options);
      await setup.batch([group('Есть')]);
      await setup.close();
      const { journalDir, localDir } = workspaceLayout(POWER_LOSS_DIR, 'laptop-a');
      disk.failWith = (call, file) => (call === 'readdir' && file === journalDir ? 'EIO' : undefined);
      await expect(WorkspaceStore.open(POWER_LOSS_DIR, options)).rejects.toThrow(/EIO/);
      expect(disk.openHandles).toBe(0);
      expect(await disk.readdir(localDir)).not.toContain('writer.lock');
      disk.failWith = undefined;
      const store = await WorkspaceStore.open(POWER_LOSS_DIR, options);
      expect(groupNames(store)).toEqual(['Есть']);
      await store.close();
      expect(disk.openHandles).toBe(0);
    } finally {
      restore();
    }
  });
});
