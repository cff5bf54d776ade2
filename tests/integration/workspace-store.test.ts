import { stancePut } from '../support/owned-records';
import { appendFile, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../electron/store/errors';
import { workspaceLayout } from '../../electron/store/layout';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { useTempDirs } from '../support/temp-dir';
import { initWorkspace, sampleDeputy, secretary } from '../support/workspace';

const tempDir = useTempDirs();

describe('workspace store', () => {
  it('creates a workspace seeded with the built-in districts and the principles', async () => {
    const dir = await tempDir();
    const store = await initWorkspace(dir);
    expect(store.count('districts')).toBe(146);
    expect(store.count('principles')).toBe(4);
    expect(store.get('districts', 'msk-45374000')).toMatchObject({ name: 'Арбат', okrug: 'ЦАО', builtIn: true });
    await store.close();
  });

  it('refuses to create a workspace in a folder that is not empty', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'notes.txt'), 'mine');
    await expect(initWorkspace(dir)).rejects.toMatchObject({ code: 'not_empty' });
    expect(await readdir(dir)).toEqual(['notes.txt']);
  });

  it('creates, patches, deletes, and keeps it all after reopening', async () => {
    const dir = await tempDir();
    const store = await initWorkspace(dir);
    const deputy = await store.create('deputies', sampleDeputy());
    expect(deputy).toMatchObject({ name: 'Анна Петрова', councilRole: 'member' });
    expect(deputy.id).toMatch(/^[A-Za-z0-9_-]+$/);
    await store.patch('deputies', deputy.id, { party: 'Яблоко', email: 'anna@example.org' });
    await store.patch('deputies', deputy.id, {}, ['party']);
    const group = await store.create('groups', { name: 'Транспорт', kind: 'working' });
    await store.remove('groups', group.id);
    await store.close();

    const reopened = await WorkspaceStore.open(dir, secretary());
    expect(reopened.get('deputies', deputy.id)).toMatchObject({ email: 'anna@example.org' });
    expect(reopened.get('deputies', deputy.id)?.party).toBeUndefined();
    expect(reopened.get('groups', group.id)).toBeUndefined();
    await reopened.close();
  });

  it('rejects invalid records and unknown ids without writing anything', async () => {
    const dir = await tempDir();
    const store = await initWorkspace(dir);
    const journal = workspaceLayout(dir, 'laptop-a').journal;
    const before = await readFile(journal, 'utf8');
    await expect(store.create('deputies', { ...sampleDeputy(), name: '  ' })).rejects.toMatchObject({ code: 'invalid' });
    await expect(store.create('deputies', { ...sampleDeputy(), email: 'not-an-email' })).rejects.toThrow(/email/);
    await expect(store.patch('deputies', 'nobody', { name: 'X' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(store.remove('issues', 'nothing')).rejects.toBeInstanceOf(StoreError);
    expect(await readFile(journal, 'utf8')).toBe(before);
    await store.close();
  });

  it('writes a batch all or nothing', async () => {
    const dir = await tempDir();
    const store = await initWorkspace(dir);
    await expect(
      store.batch([
        { kind: 'put', collection: 'groups', data: { name: 'ok', kind: 'caucus' } },
        { kind: 'put', collection: 'groups', data: { name: '', kind: 'caucus' } },
      ]),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect(store.count('groups')).toBe(0);
    await store.close();
  });

  it('blocks a position in tension with a principle unless it has a note', async () => {
    const dir = await tempDir();
    const store = await initWorkspace(dir);
    const deputy = await store.create('deputies', sampleDeputy());
    const issue = await store.create('issues', { title: 'Вырубка сквера', category: 'environment' });
    const position = {
      issueId: issue.id,
      deputyId: deputy.id,
      stance: 'oppose' as const,
      reasons: 'Сквер нужен жителям',
      principleChecks: [{ principleId: 'principle-3', verdict: 'tension' as const, note: '' }],
      provenance: { enteredBy: deputy.id, channel: 'self' as const, confirmed: true },
    };
    await expect(store.batch([stancePut(position)])).rejects.toThrow(/tensionNote/);
    const [savedId] = await store.batch([
      stancePut({ ...position, principleChecks: [{ principleId: 'principle-3', verdict: 'tension', note: 'Стройка важна, но не ценой сквера' }] }),
    ]);
    const saved = store.get('positions', savedId!)!;
    expect(store.byIndex('positions', 'issueId', issue.id).map((p) => p.id)).toEqual([saved.id]);
    expect(store.byIndex('positions', 'deputyId', deputy.id).map((p) => p.id)).toEqual([saved.id]);
    await store.close();
  });

  it('keeps secondary indexes in step with patches and deletes', async () => {
    const dir = await tempDir();
    const store = await initWorkspace(dir);
    const deputy = await store.create('deputies', sampleDeputy());
    await store.patch('deputies', deputy.id, { districtId: 'msk-45375000' });
    expect(store.byIndex('deputies', 'districtId', 'msk-45374000')).toEqual([]);
    expect(store.byIndex('deputies', 'districtId', 'msk-45375000')).toHaveLength(1);
    await store.remove('deputies', deputy.id);
    expect(store.byIndex('deputies', 'districtId', 'msk-45375000')).toEqual([]);
    await store.close();
  });

  it('lists with filters, sorting and paging', async () => {
    const dir = await tempDir();
    const store = await initWorkspace(dir);
    const page = store.list('districts', { where: { okrug: 'ЦАО' }, orderBy: 'name', offset: 2, limit: 3 });
    expect(page.total).toBe(10);
    expect(page.items.map((d) => d.name)).toEqual(['Замоскворечье', 'Красносельский', 'Мещанский']);
    await store.batch([
      { kind: 'put', collection: 'issues', data: { title: 'A', category: 'transport', tags: ['метро'] } },
      { kind: 'put', collection: 'issues', data: { title: 'B', category: 'transport', tags: ['автобус'] } },
    ]);
    expect(store.list('issues', { where: { tags: 'метро' } }).items.map((i) => i.title)).toEqual(['A']);
    await store.close();
  });

  it('announces changes to subscribers', async () => {
    const dir = await tempDir();
    const store = await initWorkspace(dir);
    const seen: string[] = [];
    const unsubscribe = store.subscribe((change) => seen.push(`${change.kind} ${change.collection}`));
    const group = await store.create('groups', { name: 'МРГ', kind: 'inter_regional' });
    await store.patch('groups', group.id, { name: 'МРГ-2' });
    await store.patch('groups', group.id, { name: 'МРГ-2' }); // no change: no operation, no event
    unsubscribe();
    await store.remove('groups', group.id);
    expect(seen).toEqual(['put groups', 'patch groups']);
    await store.close();
  });

  it('tells the history of a record: what changed, when and by whom', async () => {
    const dir = await tempDir();
    const store = await initWorkspace(dir);
    const principle = await store.patch('principles', 'principle-1', { title: 'Независимость депутата' });
    await store.close();
    const reopened = await WorkspaceStore.open(dir, { device: 'laptop-a', author: 'deputy-7' });
    await reopened.patch('principles', principle.id, { summary: 'Новая формулировка' });
    const history = await reopened.history('principles', 'principle-1');
    expect(history.map((entry) => [entry.kind, entry.author, Object.keys(entry.data ?? {})])).toEqual([
      ['put', 'secretary', ['number', 'title', 'summary', 'text']],
      ['patch', 'secretary', ['title']],
      ['patch', 'deputy-7', ['summary']],
    ]);
    expect(history[1]!.data).toEqual({ title: 'Независимость депутата' });
    await reopened.close();
  });

  it('lets one writer hold a workspace and names the holder to a second opener', async () => {
    const dir = await tempDir();
    const store = await initWorkspace(dir);
    const second = WorkspaceStore.open(dir, secretary());
    await expect(second).rejects.toMatchObject({ code: 'locked' });
    await expect(second).rejects.toThrow(new RegExp(`pid ${process.pid}`));
    await store.close();
    const reopened = await WorkspaceStore.open(dir, secretary());
    await reopened.close();
  });

  it('takes over a lock left by a dead process', async () => {
    const dir = await tempDir();
    const store = await initWorkspace(dir);
    await store.close();
    const { lock } = workspaceLayout(dir, 'laptop-a');
    const { hostname } = await import('node:os');
    await writeFile(lock, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), device: 'laptop-a', since: 'then' }));
    const reopened = await WorkspaceStore.open(dir, secretary());
    expect(JSON.parse(await readFile(lock, 'utf8')).pid).toBe(process.pid);
    await reopened.close();
  });

  it('drops a torn last journal line with a warning and appends cleanly after it', async () => {
    const dir = await tempDir();
    const store = await initWorkspace(dir);
    const group = await store.create('groups', { name: 'Целая', kind: 'caucus' });
    await store.close();
    const { journal } = workspaceLayout(dir, 'laptop-a');
    await appendFile(journal, '{"v":1,"hlc":"0000');
    const reopened = await WorkspaceStore.open(dir, secretary());
    expect(reopened.warnings.join('\n')).toMatch(/incomplete last line/);
    await reopened.create('groups', { name: 'После обрыва', kind: 'caucus' });
    await reopened.close();
    const again = await WorkspaceStore.open(dir, secretary());
    expect(again.warnings).toEqual([]);
    expect(again.list('groups', { orderBy: 'name' }).items.map((g) => g.name)).toEqual(['После обрыва', 'Целая']);
    expect(again.get('groups', group.id)).toBeDefined();
    await again.close();
  });

  it('keeps an unreadable snapshot aside and recovers from a backup plus the journal', async () => {
    const dir = await tempDir();
    const store = await initWorkspace(dir);
    await store.create('groups', { name: 'Первая', kind: 'caucus' });
    await store.close(); // snapshot 1 (backup after next close)
    const second = await WorkspaceStore.open(dir, secretary());
    await second.create('groups', { name: 'Вторая', kind: 'caucus' });
    await second.close();
    const layout = workspaceLayout(dir, 'laptop-a');
    await writeFile(layout.snapshot, '{"format": "alliance-desk-snap');
    const recovered = await WorkspaceStore.open(dir, secretary());
    expect(recovered.warnings.join('\n')).toMatch(/unreadable .*kept aside/);
    expect(recovered.count('groups')).toBe(2);
    const kept = (await readdir(layout.localDir)).filter((name) => name.includes('unreadable'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(layout.localDir, kept[0]!), 'utf8')).toBe('{"format": "alliance-desk-snap');
    await recovered.close();
  });

  it('rebuilds from the journals when every snapshot is gone', async () => {
    const dir = await tempDir();
    const store = await initWorkspace(dir);
    await store.create('groups', { name: 'Одна', kind: 'caucus' });
    await store.close();
    const { rm } = await import('node:fs/promises');
    await rm(path.join(dir, 'local'), { recursive: true });
    const rebuilt = await WorkspaceStore.open(dir, secretary());
    expect(rebuilt.count('groups')).toBe(1);
    expect(rebuilt.count('districts')).toBe(146);
    await rebuilt.close();
  });

  it('gives a clear error naming the file when the workspace cannot be read', async () => {
    const dir = await tempDir();
    await expect(WorkspaceStore.open(path.join(dir, 'missing'), secretary())).rejects.toThrow(/no such folder/);
    await expect(WorkspaceStore.open(dir, secretary())).rejects.toThrow(/workspace\.json: not found/);
    await writeFile(path.join(dir, 'workspace.json'), '{broken');
    await expect(WorkspaceStore.open(dir, secretary())).rejects.toThrow(/workspace\.json: not valid JSON/);
  });

  it('reads the journals of other devices and skips operations forged in them', async () => {
    const dir = await tempDir();
    const a = await initWorkspace(dir, secretary('laptop-a'));
    await a.create('groups', { name: 'От А', kind: 'caucus' });
    await a.close();
    const b = await WorkspaceStore.open(dir, secretary('laptop-b'));
    expect(b.count('groups')).toBe(1);
    await b.create('groups', { name: 'От Б', kind: 'caucus' });
    await b.close();
    // laptop-b's journal now holds a line that claims to come from laptop-a.
    const { journalOf } = workspaceLayout(dir, 'laptop-b');
    const line = JSON.parse((await readFile(journalOf('laptop-b'), 'utf8')).trim().split('\n').at(-1)!);
    await appendFile(journalOf('laptop-b'), `${JSON.stringify({ ...line, dev: 'laptop-a', id: 'forged' })}\n`);
    const again = await WorkspaceStore.open(dir, secretary('laptop-a'));
    expect(again.list('groups', { orderBy: 'name' }).items.map((g) => g.name)).toEqual(['От А', 'От Б']);
    expect(again.warnings.join('\n')).toMatch(/operation of device laptop-a in the journal of laptop-b/);
    await again.close();
  });
});
