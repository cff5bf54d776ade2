import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, exportBundle, parseBundleFor, previewImport, SharedFolderWatcher, type SharedFolderReport } from '../../electron/exchange';
import { verifyWorkspace } from '../../electron/store/verify';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { cliAs } from '../support/cli';
import { initLaptop, laptopOptions, makeLaptops } from '../support/exchange-laptops';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const TEXT = 'Жители просят сохранить сквер и провести публичные слушания. '.repeat(4);

/** Overwrites `length` bytes from `offset` with zeros (what a bad disk block or a crashed sync leaves), returning what was there. */
async function zero(file: string, offset: number, length: number): Promise<Buffer> {
  const handle = await open(file, 'r+');
  try {
    const before = Buffer.alloc(length);
    await handle.read(before, 0, length, offset);
    await handle.write(Buffer.alloc(length), 0, length, offset);
    return before;
  } finally {
    await handle.close();
  }
}

async function restore(file: string, offset: number, bytes: Buffer): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.write(bytes, 0, bytes.length, offset);
  } finally {
    await handle.close();
  }
}

async function groupsOn(store: WorkspaceStore, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) ids.push((await store.create('groups', { name: `Группа ${i}`, kind: 'working', description: TEXT })).id);
  return ids;
}

describe('journal lines that cannot be read', () => {
  it('are reported on open, refuse a bundle, or travel as named omissions when asked', async () => {
    const [a, b] = await makeLaptops(await tempDir(), ['laptop-a', 'laptop-b']);
    await groupsOn(a!, 40);
    await a!.close();
    const { size } = await stat(a!.layout.journal);
    await zero(a!.layout.journal, Math.floor(size * 0.7), 4096);

    const reopened = await WorkspaceStore.open(a!.layout.dir, laptopOptions('laptop-a'));
    expect(reopened.warnings.join('\n')).toMatch(/^\[unreadable_lines\] journal\/laptop-a\.jsonl lines? \d+(–\d+)? \(bytes \d+–\d+\) cannot be read/m);
    expect(reopened.count('groups')).toBe(40); // the snapshot still holds them
    await expect(exportBundle(reopened)).rejects.toMatchObject({ code: 'journal_damaged', message: expect.stringMatching(/journal\/laptop-a\.jsonl lines? \d+(–\d+)? \(bytes/) });

    const sent = await exportBundle(reopened, { omitUnreadable: true });
    expect(sent.header.omitted).toEqual([expect.objectContaining({ file: 'journal/laptop-a.jsonl', length: expect.any(Number) })]);
    const bundle = await parseBundleFor(b!, sent.bytes);
    const preview = await previewImport(b!, bundle);
    expect(preview.bundle.omitted).toEqual(sent.header.omitted);
    await applyImport(b!, bundle);
    expect(b!.count('groups')).toBeGreaterThan(30); // the honest rest arrives
    await reopened.close();
    await b!.close();
    // The snapshot written since vouches for these bytes as they now are; opening still says they are damaged.
    const later = await WorkspaceStore.open(a!.layout.dir, { ...laptopOptions('laptop-a'), readOnly: true });
    expect(later.warnings.join('\n')).toMatch(/^\[unreadable_lines\] journal\/laptop-a\.jsonl lines? \d+(–\d+)? \(bytes \d+–\d+\) cannot be read: this workspace still shows what they held/m);
    await later.close();

    const report = await verifyWorkspace(a!.layout.dir);
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(/laptop-a\.jsonl: line \d+: not valid JSON/);
  });

  it('refuse a bundle from the CLI with exit 1, or leave it out with --omit-unreadable and say so', async () => {
    const dir = path.join(await tempDir(), 'ws');
    await cliAs('dev-a', 'init', dir);
    const journal = path.join(dir, 'journal', 'dev-a.jsonl');
    await zero(journal, 2000, 1500);
    const out = path.join(path.dirname(dir), 'out.adbundle');
    const refused = await cliAs('dev-a', 'bundle', dir, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/warning: \[unreadable_lines\] journal\/dev-a\.jsonl/);
    expect(refused.err).toMatch(/alliance-desk: .*journal\/dev-a\.jsonl lines? \d+.*--omit-unreadable/);
    await expect(stat(out)).rejects.toThrow();
    const sent = await cliAs('dev-a', 'bundle', dir, '--out', out, '--omit-unreadable');
    expect(sent.code).toBe(0);
    expect(sent.out).toMatch(/left out, as they cannot be read: journal\/dev-a\.jsonl lines? \d+/);
    const verify = await cliAs('dev-a', 'verify', dir);
    expect(verify.code).toBe(1);
    expect(verify.out).toMatch(/problem: .*dev-a\.jsonl: line \d+: not valid JSON/);
  });

  it('in another device’s journal hold the shared folder there until they read, and say what is held', async () => {
    const dir = await tempDir();
    const a = await initLaptop(dir, 'laptop-a');
    const b = await WorkspaceStore.open(dir, laptopOptions('laptop-b'));
    const watcher = new SharedFolderWatcher(a, { onReport: () => undefined, watch: () => ({ close: () => undefined }) });
    await watcher.check();
    const ids = await groupsOn(b, 20);
    await b.close();
    const journal = a.layout.journalOf('laptop-b');
    const { size } = await stat(journal);
    // A sync tool that writes a file out of order shows a hole for a while.
    const offset = Math.floor(size / 2);
    const hidden = await zero(journal, offset, 600);
    const first = (await watcher.check()) as SharedFolderReport;
    expect(first.unreadable).toEqual([{ file: 'journal/laptop-b.jsonl', offset: expect.any(Number), length: expect.any(Number) }]);
    const before = ids.filter((id) => a.get('groups', id)).length;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(20);
    expect(a.warnings.join('\n')).toMatch(/\[unreadable_lines\] journal\/laptop-b\.jsonl line \d+ \(bytes \d+–\d+\) cannot be read .*nothing from there on is applied/);
    expect(await watcher.check()).toBeUndefined(); // the same hole is not news

    await restore(journal, offset, hidden);
    const filled = await watcher.check();
    expect(filled?.arrivals[0]).toMatchObject({ device: 'laptop-b', collections: { groups: 20 - before } });
    expect(ids.every((id) => a.get('groups', id))).toBe(true);
    await watcher.stop();
    await a.close();
    expect((await verifyWorkspace(dir)).problems).toEqual([]);
    expect((await readFile(journal)).includes(0)).toBe(false);
  });
});
