import { stancePut } from '../support/owned-records';
import { appendFile, readFile, rm, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { applyImport, exportBundle, parseBundleFor, previewImport, resolveConflict } from '../../electron/exchange';
import { verifyWorkspace } from '../../electron/store/verify';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { canonicalState, laptopOptions, makeLaptops, sendBundle, syncAll } from '../support/exchange-laptops';
import { useTempDirs } from '../support/temp-dir';
import { sampleDeputy } from '../support/workspace';

const tempDir = useTempDirs();
const TEXT = ['Жители просят сохранить сквер.', 'Застройщик предлагает парковку.', 'Совет обсудит вопрос в марте.'].join('\n');

async function sizeOf(file: string): Promise<number> {
  return stat(file).then((info) => info.size, () => 0);
}

describe('bundles between two laptops', () => {
  it('exchange both ways, survive a reopen, and a re-import writes nothing', async () => {
    const [a, b] = await makeLaptops(await tempDir(), ['laptop-a', 'laptop-b']);
    const deputy = await a!.create('deputies', sampleDeputy());
    const issue = await b!.create('issues', { title: 'Вырубка сквера', category: 'environment' });
    await sendBundle(a!, b!);
    await sendBundle(b!, a!);
    expect(a!.get('issues', issue.id)?.title).toBe('Вырубка сквера');
    expect(b!.get('deputies', deputy.id)?.name).toBe('Анна Петрова');
    expect(canonicalState(a!)).toBe(canonicalState(b!));

    const importsBefore = await sizeOf(b!.layout.imports);
    const again = await sendBundle(a!, b!, 'everything');
    expect(again).toMatchObject({ written: 0, preview: { empty: true, operations: { new: 0 } } });
    expect(await sizeOf(b!.layout.imports)).toBe(importsBefore);

    // History of an imported record is read back from the imports file.
    expect((await b!.history('deputies', deputy.id)).map((entry) => entry.device)).toEqual(['laptop-a']);
    const expected = canonicalState(b!);
    await b!.close();
    const reopened = await WorkspaceStore.open(b!.layout.dir, laptopOptions('laptop-b'));
    expect(canonicalState(reopened)).toBe(expected);
    await reopened.close();
    // Without any snapshot, the journals and imports alone give the same state.
    await rm(reopened.layout.localDir, { recursive: true });
    const rebuilt = await WorkspaceStore.open(b!.layout.dir, laptopOptions('laptop-b'));
    expect(canonicalState(rebuilt)).toBe(expected);
    await rebuilt.close();
    await a!.close();
    for (const dir of [a!.layout.dir, b!.layout.dir]) expect((await verifyWorkspace(dir)).problems).toEqual([]);
  });

  it('sends only what the peer lacks once it has heard from it', async () => {
    const [a, b] = await makeLaptops(await tempDir(), ['laptop-a', 'laptop-b']);
    await sendBundle(b!, a!); // a learns what b has
    await a!.create('groups', { name: 'Транспорт', kind: 'working' });
    const since = await exportBundle(a!, { since: 'laptop-b' });
    expect(since.everything).toBe(false);
    expect(since.header.opCount).toBe(1);
    const unknownPeer = await exportBundle(a!, { since: 'laptop-z' });
    expect(unknownPeer.everything).toBe(true);
    expect(unknownPeer.header.opCount).toBeGreaterThan(100);
    await a!.close();
    await b!.close();
  });

  it('previews additions, changes and deletions by collection without changing anything', async () => {
    const [a, b] = await makeLaptops(await tempDir(), ['laptop-a', 'laptop-b']);
    const group = await a!.create('groups', { name: 'Транспорт', kind: 'working' });
    await sendBundle(a!, b!);
    await a!.patch('groups', group.id, { name: 'Транспорт и парковки' });
    await a!.create('deputies', sampleDeputy());
    await a!.remove('districts', 'msk-45374000');
    const bundle = await parseBundleFor(b!, (await exportBundle(a!, { since: 'laptop-b' })).bytes);
    const before = canonicalState(b!);
    const preview = await previewImport(b!, bundle);
    expect(canonicalState(b!)).toBe(before);
    expect(preview.collections.groups).toMatchObject({ changed: 1, records: { changed: [{ id: group.id, title: 'Транспорт и парковки', fields: ['name'] }] } });
    expect(preview.collections.deputies).toMatchObject({ added: 1, records: { added: [{ title: 'Анна Петрова' }] } });
    expect(preview.collections.districts).toMatchObject({ deleted: 1, records: { deleted: [{ id: 'msk-45374000', title: 'Арбат' }] } });
    expect(preview.massDelete.required).toBe(false);
    expect(preview.operations).toMatchObject({ new: 3, byDevice: { 'laptop-a': 3 } });
    await applyImport(b!, bundle);
    expect(b!.get('districts', 'msk-45374000')).toBeUndefined();
    await a!.close();
    await b!.close();
  });

  it('asks for confirmation before an import deletes many records, and then deletes them', async () => {
    const [a, b] = await makeLaptops(await tempDir(), ['laptop-a', 'laptop-b']);
    const districts = a!.list('districts').items.slice(0, 60);
    await a!.batch(districts.map((district) => ({ kind: 'del' as const, collection: 'districts' as const, id: district.id })));
    const bundle = await parseBundleFor(b!, (await exportBundle(a!)).bytes);
    const journalBefore = await readFile(b!.layout.journal);
    await expect(applyImport(b!, bundle)).rejects.toMatchObject({ code: 'mass_delete_unconfirmed' });
    expect(b!.count('districts')).toBe(146);
    expect(await sizeOf(b!.layout.imports)).toBe(0);
    expect(await readFile(b!.layout.journal)).toEqual(journalBefore);
    const result = await applyImport(b!, bundle, { confirmMassDelete: true });
    expect(result.preview.massDelete).toMatchObject({ required: true, deleted: 60 });
    expect(b!.count('districts')).toBe(86);
    await a!.close();
    await b!.close();
  });
});

describe('long texts edited on two laptops at once', () => {
  it('merges edits of different sentences three-way, the same on both sides', async () => {
    const [a, b] = await makeLaptops(await tempDir(), ['laptop-a', 'laptop-b']);
    const issue = await a!.create('issues', { title: 'Сквер', category: 'environment', description: TEXT });
    await sendBundle(a!, b!);
    await a!.patch('issues', issue.id, { description: TEXT.replace('сохранить сквер', 'сохранить старый сквер') });
    await b!.patch('issues', issue.id, { description: TEXT.replace('в марте', 'в апреле') });
    const preview = await previewImport(b!, await parseBundleFor(b!, (await exportBundle(a!, { since: 'laptop-b' })).bytes));
    expect(preview.merged).toMatchObject([{ collection: 'issues', id: issue.id, field: 'description', outcome: 'merged' }]);
    await syncAll([a!, b!]);
    const merged = 'Жители просят сохранить старый сквер.\nЗастройщик предлагает парковку.\nСовет обсудит вопрос в апреле.';
    expect(a!.get('issues', issue.id)?.description).toBe(merged);
    expect(b!.get('issues', issue.id)?.description).toBe(merged);
    expect(canonicalState(a!)).toBe(canonicalState(b!));
    expect(a!.list('conflicts').total).toBe(0);
    await a!.close();
    await b!.close();
  });

  it('keeps both versions of overlapping edits as a conflict until someone resolves it', async () => {
    const [a, b] = await makeLaptops(await tempDir(), ['laptop-a', 'laptop-b']);
    const deputy = await a!.create('deputies', sampleDeputy());
    const issue = await a!.create('issues', { title: 'Сквер', category: 'environment' });
    const [positionId] = await a!.batch([
      stancePut({ issueId: issue.id, deputyId: deputy.id, stance: 'oppose', reasons: 'Сквер нужен жителям.', provenance: { enteredBy: deputy.id, channel: 'self', confirmed: true } }),
    ]);
    const position = { id: positionId! };
    await sendBundle(a!, b!);
    // The deputy edits their reasons on both laptops at once.
    const asDeputy = (reasons: string) => [{ kind: 'patch' as const, collection: 'positions' as const, id: position.id, by: deputy.id, data: { reasons } }];
    await a!.batch(asDeputy('Сквер нужен детям района.'));
    await b!.batch(asDeputy('Сквер нужен пенсионерам.'));
    await syncAll([a!, b!]);
    expect(canonicalState(a!)).toBe(canonicalState(b!));
    const [conflict] = b!.list('conflicts').items;
    expect(conflict).toMatchObject({ collection: 'positions', recordId: position.id, field: 'reasons', status: 'open', base: 'Сквер нужен жителям.' });
    expect(conflict!.versions.map((version) => version.text).sort()).toEqual(['Сквер нужен детям района.', 'Сквер нужен пенсионерам.']);
    expect(conflict!.versions.map((version) => version.device).sort()).toEqual(['laptop-a', 'laptop-b']);

    // The reasons are the deputy's: only the deputy settles them (the position's write policy).
    await expect(resolveConflict(b!, conflict!.id, 'Чужой текст.')).rejects.toMatchObject({ code: 'policy_violation' });
    b!.setAuthor(deputy.id);
    await resolveConflict(b!, conflict!.id, 'Сквер нужен детям и пенсионерам.');
    await syncAll([a!, b!]);
    for (const store of [a!, b!]) {
      expect(store.get('positions', position.id)?.reasons).toBe('Сквер нужен детям и пенсионерам.');
      expect(store.get('conflicts', conflict!.id)?.status).toBe('resolved');
    }
    expect(canonicalState(a!)).toBe(canonicalState(b!));
    await a!.close();
    await b!.close();
    for (const dir of [a!.layout.dir, b!.layout.dir]) expect((await verifyWorkspace(dir)).problems).toEqual([]);
  });
});

describe('a crash in the middle of an import', () => {
  it('leaves a torn line that is dropped whole: the workspace is as it was', async () => {
    const [a, b] = await makeLaptops(await tempDir(), ['laptop-a', 'laptop-b']);
    await a!.create('groups', { name: 'Первая', kind: 'working' });
    await sendBundle(a!, b!);
    const expected = canonicalState(b!);
    const intact = await sizeOf(b!.layout.imports);
    await b!.close();
    // What an interrupted append leaves: the first part of the next import's line, no newline.
    const next = (await readFile(b!.layout.imports, 'utf8')).trimEnd();
    await appendFile(b!.layout.imports, next.slice(0, Math.floor(next.length / 2)));
    const verify = await verifyWorkspace(b!.layout.dir);
    expect(verify.problems).toEqual([]);
    expect(verify.warnings.join('\n')).toMatch(/interrupted import/);
    const reopened = await WorkspaceStore.open(b!.layout.dir, laptopOptions('laptop-b'));
    expect(canonicalState(reopened)).toBe(expected);
    expect(reopened.warnings.join('\n')).toMatch(/interrupted import/);
    expect(await sizeOf(reopened.layout.imports)).toBe(intact);
    // And the next import appends on a fresh line.
    await a!.create('groups', { name: 'Вторая', kind: 'working' });
    await sendBundle(a!, reopened);
    expect(reopened.count('groups')).toBe(2);
    await reopened.close();
    await a!.close();
    expect((await verifyWorkspace(b!.layout.dir)).problems).toEqual([]);
  });
});
