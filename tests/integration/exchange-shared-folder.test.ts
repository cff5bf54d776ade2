import { describe, expect, it } from 'vitest';
import { SharedFolderWatcher, type SharedFolderReport } from '../../electron/exchange';
import { verifyWorkspace } from '../../electron/store/verify';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { canonicalState, initLaptop, laptopOptions } from '../support/exchange-laptops';
import { useTempDirs } from '../support/temp-dir';
import { sampleDeputy } from '../support/workspace';

const tempDir = useTempDirs();
const TEXT = ['Жители просят сохранить сквер.', 'Застройщик предлагает парковку.', 'Совет обсудит вопрос в марте.'].join('\n');

/** Two devices on one synced folder (as Syncthing or a network share would present it). */
async function sharedFolder(): Promise<[WorkspaceStore, WorkspaceStore]> {
  const dir = await tempDir();
  const a = await initLaptop(dir, 'laptop-a');
  const b = await WorkspaceStore.open(dir, laptopOptions('laptop-b'));
  return [a, b];
}

const noWatch = () => ({ close: () => undefined });

describe('shared folder', () => {
  it('reads what another device appended and reports what arrived and from whom', async () => {
    const [a, b] = await sharedFolder();
    const deputy = await a.create('deputies', sampleDeputy());
    a.setAuthor(deputy.id);
    await a.create('issues', { title: 'Сквер', category: 'environment' });
    await a.create('issues', { title: 'Парковка', category: 'transport' });
    const reports: SharedFolderReport[] = [];
    const watcher = new SharedFolderWatcher(b, { onReport: (report) => reports.push(report), watch: noWatch, pollMs: 60_000 });
    const report = await watcher.check();
    expect(report?.arrivals).toEqual([
      {
        device: 'laptop-a',
        authors: [deputy.id, 'author-laptop-a'].sort(),
        authorNames: [deputy.id, 'author-laptop-a'].sort().map((author) => (author === deputy.id ? 'Анна Петрова' : author)),
        operations: 3,
        collections: { deputies: 1, issues: 2 },
      },
    ]);
    expect(reports).toHaveLength(1);
    expect(b.count('issues')).toBe(2);
    expect(await watcher.check()).toBeUndefined(); // nothing new
    await watcher.stop();
    await a.close();
    await b.close();
  });

  it('merges concurrent edits of a long text that arrive through the folder, and both devices agree', async () => {
    const [a, b] = await sharedFolder();
    const issue = await a.create('issues', { title: 'Сквер', category: 'environment', description: TEXT });
    await b.refresh();
    await a.patch('issues', issue.id, { description: TEXT.replace('сохранить сквер', 'сохранить старый сквер') });
    await b.patch('issues', issue.id, { description: TEXT.replace('в марте', 'в апреле') });
    const onB = new SharedFolderWatcher(b, { onReport: () => undefined, watch: noWatch });
    const onA = new SharedFolderWatcher(a, { onReport: () => undefined, watch: noWatch });
    expect((await onB.check())?.merged).toMatchObject([{ id: issue.id, field: 'description' }]);
    await onA.check();
    await onB.check();
    const merged = 'Жители просят сохранить старый сквер.\nЗастройщик предлагает парковку.\nСовет обсудит вопрос в апреле.';
    expect(a.get('issues', issue.id)?.description).toBe(merged);
    expect(canonicalState(a)).toBe(canonicalState(b));
    await a.close();
    await b.close();
    expect((await verifyWorkspace(a.layout.dir)).problems).toEqual([]);
  });

  it('notices changes by itself through file-system events (or polling)', async () => {
    const [a, b] = await sharedFolder();
    let reportArrival: (report: SharedFolderReport) => void = () => undefined;
    const arrived = new Promise<SharedFolderReport>((resolve) => {
      reportArrival = resolve;
    });
    const watcher = new SharedFolderWatcher(b, { onReport: (report) => reportArrival(report), debounceMs: 20, pollMs: 500 });
    watcher.start();
    await a.create('groups', { name: 'Транспорт', kind: 'working' });
    const report = await arrived;
    await watcher.stop();
    expect(report.arrivals[0]).toMatchObject({ device: 'laptop-a', collections: { groups: 1 } });
    expect(b.count('groups')).toBe(1);
    await a.close();
    await b.close();
  });
});
