import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { applyImport, exportBundle, parseBundleFor, previewImport, SharedFolderWatcher } from '../../electron/exchange';
import { readPeers } from '../../electron/exchange/peers';
import { verifyWorkspace } from '../../electron/store/verify';
import { WorkspaceStore, type StoreOptions } from '../../electron/store/workspace-store';
import { decodeHlc, MAX_CLOCK_AHEAD_MS } from '../../shared/store/hlc';
import { cliAs } from '../support/cli';
import { makeLaptops } from '../support/exchange-laptops';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const NOW = Date.UTC(2026, 2, 1, 12);
const YEAR_9999 = Date.UTC(9999, 0, 1);
const DAY = 24 * 3600 * 1000;

const at = (device: string, now: number): StoreOptions => ({ device, author: `author-${device}`, snapshotEvery: 40, now: () => now });

/** A shared folder where laptop-x, whose date is wrong (`xNow`), made a group; laptop-a's clock is right. */
async function folderWithWrongClock(xNow: number) {
  const dir = await tempDir();
  const a = await WorkspaceStore.init(dir, { ...at('laptop-a', NOW), name: 'Союз', language: 'ru' });
  await a.close();
  const x = await WorkspaceStore.open(dir, at('laptop-x', xNow));
  const group = await x.create('groups', { name: 'Из будущего', kind: 'working' });
  await x.close();
  return { dir, group };
}

const wallOf = (store: WorkspaceStore) => decodeHlc(store.lastClock).wall;

describe('operations dated far ahead of this computer’s clock', () => {
  it('are kept and listed but not applied, and never drag the local clock into the future', async () => {
    const { dir, group } = await folderWithWrongClock(YEAR_9999);
    const a = await WorkspaceStore.open(dir, at('laptop-a', NOW));
    expect(a.get('groups', group.id)).toBeUndefined();
    expect(a.quarantined()).toMatchObject([{ device: 'laptop-x', collection: 'groups', id: group.id, kind: 'put', file: 'journal/laptop-x.jsonl', at: '9999-01-01T00:00:00.000Z' }]);
    expect(a.warnings.join('\n')).toMatch(/^\[clock_ahead\] .*laptop-x\.jsonl: 1 operation dated up to 9999-01-01/m);
    await a.create('groups', { name: 'Сегодняшняя', kind: 'working' });
    expect(wallOf(a)).toBe(NOW);
    await a.close();

    // Reopened (from the snapshot, whose offsets are past the line), it is still held, not lost.
    const again = await WorkspaceStore.open(dir, at('laptop-a', NOW));
    expect(again.quarantined().map((held) => held.id)).toEqual([group.id]);
    expect(again.get('groups', group.id)).toBeUndefined();
    await again.close();
    const report = await verifyWorkspace(dir);
    expect(report.problems.join('\n')).toMatch(/laptop-x\.jsonl: line \d+: operation \S+laptop-x of device laptop-x is dated 9999-01-01.*held, not applied/);
  });

  it('apply when their time comes (checked again on every open)', async () => {
    const { dir, group } = await folderWithWrongClock(NOW + 30 * 3600 * 1000);
    const early = await WorkspaceStore.open(dir, at('laptop-a', NOW));
    expect(early.get('groups', group.id)).toBeUndefined();
    expect(early.quarantined()).toHaveLength(1);
    await early.create('groups', { name: 'Пока ждём', kind: 'working' });
    await early.close();
    const later = await WorkspaceStore.open(dir, at('laptop-a', NOW + 7 * 3600 * 1000));
    expect(later.get('groups', group.id)?.name).toBe('Из будущего');
    expect(later.quarantined()).toEqual([]);
    await later.close();
    expect((await verifyWorkspace(dir)).problems).toEqual([]);
  });

  it('apply once a person accepts them, and stay applied after a restart', async () => {
    const { dir, group } = await folderWithWrongClock(YEAR_9999);
    const listed = await cliAs('laptop-a', 'accept-future', dir);
    expect(listed.code).toBe(0);
    const [held] = JSON.parse(listed.out) as { clock: string }[];
    expect((await cliAs('laptop-a', 'accept-future', dir, '--clock', 'not-a-clock')).code).toBe(1);
    const accepted = await cliAs('laptop-a', 'accept-future', dir, '--clock', held!.clock);
    expect(accepted.out).toMatch(/applied 1 operation/);
    const store = await WorkspaceStore.open(dir, at('laptop-a', NOW));
    expect(store.get('groups', group.id)?.name).toBe('Из будущего');
    expect(store.quarantined()).toEqual([]);
    // Accepting does not move the clock: this device's next edit is still stamped today.
    await store.create('groups', { name: 'После', kind: 'working' });
    expect(wallOf(store)).toBeLessThan(NOW + DAY);
    await store.close();
  });

  it('arrive through the shared folder without applying them or moving the clock', async () => {
    const dir = await tempDir();
    const a = await WorkspaceStore.init(dir, { ...at('laptop-a', NOW), name: 'Союз', language: 'ru' });
    const x = await WorkspaceStore.open(dir, at('laptop-x', YEAR_9999));
    await x.create('groups', { name: 'Из будущего', kind: 'working' });
    const honest = await x.create('deputies', { name: 'Анна Петрова', districtId: 'msk-45374000', councilRole: 'member', status: 'active', groupIds: [] });
    const watcher = new SharedFolderWatcher(a, { onReport: () => undefined, watch: () => ({ close: () => undefined }) });
    expect(await watcher.check()).toBeUndefined(); // both are from 9999: nothing applied yet
    expect(a.quarantined()).toHaveLength(2);
    expect(a.get('deputies', honest.id)).toBeUndefined();
    await a.create('groups', { name: 'Здесь и сейчас', kind: 'working' });
    expect(wallOf(a)).toBeLessThan(NOW + DAY);
    await x.close();
    await a.close();
  });

  it('in a bundle are imported and kept but held, while the honest operations apply', async () => {
    const [a, b] = await makeLaptops(await tempDir(), ['laptop-a', 'laptop-b']);
    const honest = await a!.create('groups', { name: 'Честная', kind: 'working' });
    await a!.close();
    // laptop-a's date goes wrong; what it makes then is dated 9999.
    const wrong = await WorkspaceStore.open(a!.layout.dir, at('laptop-a', YEAR_9999));
    const future = await wrong.create('groups', { name: 'Из будущего', kind: 'working' });
    const bundle = await exportBundle(wrong);
    await wrong.close();
    // Made on the wrong clock, `covers` says 9999; the receiver must not believe it.
    expect(decodeHlc(bundle.header.covers['laptop-a']!).wall).toBe(YEAR_9999);
    const parsed = await parseBundleFor(b!, bundle.bytes);
    expect(parsed.ahead).toMatchObject({ count: 1, devices: ['laptop-a'] });
    const preview = await previewImport(b!, parsed);
    expect(preview.quarantined).toEqual({ operations: 1, latest: '9999-01-01T00:00:00.000Z' });
    const result = await applyImport(b!, parsed, { confirmMassDelete: true });
    expect(b!.get('groups', honest.id)?.name).toBe('Честная');
    expect(b!.get('groups', future.id)).toBeUndefined();
    expect(b!.quarantined().map((held) => held.file)).toEqual(['imports/laptop-b.jsonl']);
    expect(await readFile(b!.layout.imports, 'utf8')).toContain(future.id);
    expect(wallOf(b!)).toBeLessThan(Date.now() + MAX_CLOCK_AHEAD_MS + 1000);
    const { book } = await readPeers(b!.layout);
    expect(decodeHlc(book.peers['laptop-a']?.has['laptop-a'] ?? '000000000a0-00000-x').wall).toBeLessThan(YEAR_9999);
    expect(result.written).toBeGreaterThan(0);
    // Importing it again writes nothing: the held operation is known.
    const again = await applyImport(b!, await parseBundleFor(b!, bundle.bytes), { confirmMassDelete: true });
    expect(again.written).toBe(0);
    await b!.close();
  });
});
