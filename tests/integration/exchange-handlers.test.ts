import { positionId } from '../../shared/domain/record-ids';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Platform } from '../../electron/core/platform';
import type { ArrivalReport, BundleCheck, BundleSaveOutcome, ConflictView, ImportOutcome } from '../../shared/ipc/exchange-contract';
import { startServices, testPlatform } from '../support/app-services';
import { useTempDirs } from '../support/temp-dir';
import { sampleDeputy } from '../support/workspace';

const tempDir = useTempDirs();

type Rec = { id: string; [key: string]: unknown };
type Status = { device: string; peers: { device: string; lastBundleAt: string | null; authors: { author: string; authorName: string | null }[] }[]; openConflicts: number; reports: ArrivalReport[] };

/** A platform whose open and save dialogs answer from queues (null: the user cancels), with an OS hand-off to fire. */
function dialogPlatform() {
  const answers: (string | null)[] = [];
  let opened: string | undefined;
  const listeners = new Set<() => void>();
  const platform: Platform = {
    ...testPlatform,
    chooseSaveFile: async () => answers.shift() ?? null,
    chooseOpenFile: async () => answers.shift() ?? null,
    takeOpenedBundle: () => {
      const file = opened;
      opened = undefined;
      return file;
    },
    onOpenedBundle: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    platform,
    answer: (file: string | null) => answers.push(file),
    openFromOs: (file: string) => {
      opened = file;
      for (const listener of listeners) listener();
    },
  };
}

/** One laptop: its own config dir (so its own device id), a dialog platform, working as the secretary. */
async function laptop() {
  const dialogs = dialogPlatform();
  const app = await startServices(await tempDir(), dialogs.platform);
  return { ...app, ...dialogs };
}
type Laptop = Awaited<ReturnType<typeof laptop>>;

/** Laptop A creates the workspace; B gets a copy of the folder (without A's device-local files), as people start. */
async function twoLaptops(): Promise<{ a: Laptop; b: Laptop }> {
  const root = await tempDir();
  const a = await laptop();
  const b = await laptop();
  await a.createWorkspace(path.join(root, 'a'));
  await a.call('identity:set', { kind: 'secretary' });
  await a.call('workspace:close');
  await cp(path.join(root, 'a'), path.join(root, 'b'), { recursive: true, filter: (source) => !source.includes(`${path.sep}local`) });
  await a.openWorkspace(path.join(root, 'a'));
  await b.openWorkspace(path.join(root, 'b'));
  await b.call('identity:set', { kind: 'secretary' });
  return { a, b };
}

/** `from` saves a bundle (everything, or since `to`'s device) and `to` previews it through the open dialog. */
async function send(from: Laptop, to: Laptop, since: string | null = null): Promise<Extract<BundleCheck, { status: 'preview' }>> {
  const file = path.join(await tempDir(), 'bundle.adbundle');
  from.answer(file);
  const saved = await from.call<BundleSaveOutcome>('exchange:exportBundle', { since });
  expect(saved).toMatchObject({ status: 'saved', file, fileName: 'bundle.adbundle' });
  to.answer(file);
  const check = await to.call<BundleCheck>('exchange:chooseBundle');
  if (check.status !== 'preview') throw new Error(`expected a preview, got ${JSON.stringify(check)}`);
  return check;
}

describe('exchange channels', () => {
  it('a bundle from one laptop previews as a dry run, then imports as a whole', async () => {
    const { a, b } = await twoLaptops();
    const deputy = await a.call<Rec>('records:create', { collection: 'deputies', data: sampleDeputy() });
    const issue = await a.call<Rec>('records:create', { collection: 'issues', data: { title: 'Сквер на Лесной', category: 'environment' } });
    await a.call('identity:set', { kind: 'deputy', deputyId: deputy.id });
    await a.call('positions:record', { issueId: issue.id, deputyId: deputy.id, stance: 'oppose', reasons: 'Жители против.' });

    const check = await send(a, b);
    const { preview } = check;
    expect(preview.bundle).toMatchObject({ device: a.services.device, author: deputy.id, authorName: 'Анна Петрова', everything: true });
    expect(preview.collections.deputies).toMatchObject({ added: 1, records: { added: [{ id: deputy.id, title: 'Анна Петрова' }] } });
    expect(preview.collections.positions?.records.added[0]?.title).toBe('Анна Петрова — Сквер на Лесной');
    expect(preview.empty).toBe(false);
    // A dry run: nothing is there yet.
    expect(await b.call('records:get', { collection: 'issues', id: issue.id })).toBeNull();

    const applied = await b.call<ImportOutcome>('exchange:apply', { token: check.token });
    expect(applied).toMatchObject({ status: 'applied' });
    expect(await b.call('records:get', { collection: 'positions', id: positionId(deputy.id, issue.id) })).toMatchObject({ stance: 'oppose', reasons: 'Жители против.' });
    // The token is spent; importing the same bundle again would change nothing.
    expect(await b.call<ImportOutcome>('exchange:apply', { token: check.token })).toMatchObject({ status: 'refused', code: 'expired' });
    const again = await send(a, b);
    expect(again.preview.empty).toBe(true);

    const status = await b.call<Status>('exchange:status');
    expect(status.device).toBe(b.services.device);
    expect(status.peers).toEqual([
      {
        device: a.services.device,
        lastBundleAt: expect.any(String),
        authors: expect.arrayContaining([{ author: deputy.id, authorName: 'Анна Петрова' }, { author: 'secretary', authorName: null }]),
      },
    ]);
    await a.services.dispose();
    await b.services.dispose();
  });

  it('keeps both versions of a text edited on both laptops as a conflict, shows them, and resolves it', async () => {
    const { a, b } = await twoLaptops();
    const issue = await a.call<Rec>('records:create', { collection: 'issues', data: { title: 'Парковка у школы', category: 'transport', description: 'Управа предлагает парковку.' } });
    await b.call<ImportOutcome>('exchange:apply', { token: (await send(a, b)).token });
    await a.call('records:patch', { collection: 'issues', id: issue.id, data: { description: 'Жители против парковки у школы.' } });
    await b.call('records:patch', { collection: 'issues', id: issue.id, data: { description: 'Совет перенёс слушания на май.' } });

    const check = await send(a, b, b.services.device);
    expect(check.preview.conflicts).toEqual([
      expect.objectContaining({ collection: 'issues', id: issue.id, field: 'description', title: 'Парковка у школы', outcome: 'conflict' }),
    ]);
    expect(check.preview.conflicts[0]!.versions.map((version) => version.device).sort()).toEqual([a.services.device, b.services.device].sort());
    await b.call('exchange:apply', { token: check.token });

    const [conflict, ...others] = await b.call<ConflictView[]>('exchange:conflicts');
    expect(others).toEqual([]);
    expect(conflict).toMatchObject({ collection: 'issues', recordId: issue.id, field: 'description', title: 'Парковка у школы', rich: false, base: 'Управа предлагает парковку.' });
    expect(conflict!.versions.map((version) => version.text).sort()).toEqual(['Жители против парковки у школы.', 'Совет перенёс слушания на май.']);
    expect(conflict!.versions.every((version) => version.at.endsWith('Z'))).toBe(true);
    expect((await b.call<Status>('exchange:status')).openConflicts).toBe(1);

    const merged = 'Жители против парковки у школы. Совет перенёс слушания на май.';
    await b.call('exchange:resolveConflict', { id: conflict!.id, text: merged });
    expect(await b.call('exchange:conflicts')).toEqual([]);
    expect(await b.call('records:get', { collection: 'issues', id: issue.id })).toMatchObject({ description: merged });
    await a.services.dispose();
    await b.services.dispose();
  });

  it('asks for confirmation before an import deletes many records', async () => {
    const { a, b } = await twoLaptops();
    const groups: Rec[] = [];
    for (let i = 0; i < 4; i += 1) groups.push(await a.call<Rec>('records:create', { collection: 'groups', data: { name: `Группа ${i}`, kind: 'working' } }));
    await b.call('exchange:apply', { token: (await send(a, b)).token });
    for (const group of groups.slice(0, 3)) await a.call('records:delete', { collection: 'groups', id: group.id });

    const check = await send(a, b, b.services.device);
    expect(check.preview.massDelete).toMatchObject({ required: true, deleted: 3, byCollection: { groups: { deleted: 3, of: 4 } } });
    expect(check.preview.collections.groups?.records.deleted.map((record) => record.title).sort()).toEqual(['Группа 0', 'Группа 1', 'Группа 2']);
    expect(await b.call<ImportOutcome>('exchange:apply', { token: check.token })).toMatchObject({ status: 'refused', code: 'mass_delete_unconfirmed' });
    expect((await b.call<{ total: number }>('records:list', { collection: 'groups' })).total).toBe(4);
    // The preview stays valid after a refusal: confirming imports it.
    expect(await b.call<ImportOutcome>('exchange:apply', { token: check.token, confirmMassDelete: true })).toMatchObject({ status: 'applied' });
    expect((await b.call<{ total: number }>('records:list', { collection: 'groups' })).total).toBe(1);
    await a.services.dispose();
    await b.services.dispose();
  });

  it('refuses a damaged, foreign or non-bundle file with its reason, and changes nothing', async () => {
    const { a, b } = await twoLaptops();
    await a.call('records:create', { collection: 'groups', data: { name: 'Транспорт', kind: 'working' } });
    const file = path.join(await tempDir(), 'a.adbundle');
    a.answer(file);
    await a.call('exchange:exportBundle', { since: null });
    const bytes = await readFile(file);

    const dropped = (fileName: string, content: Uint8Array) => b.call<BundleCheck>('exchange:previewBytes', { fileName, bytes: content });
    expect(await dropped('a.adbundle', bytes.subarray(0, bytes.length - 10))).toMatchObject({ status: 'refused', fileName: 'a.adbundle', code: 'truncated' });
    expect(await dropped('notes.adbundle', new TextEncoder().encode('hello\nworld\n'))).toMatchObject({ status: 'refused', code: 'not_a_bundle' });
    const foreign = Buffer.from(bytes.toString('utf8').replace(/"workspaceId":"[^"]+"/, '"workspaceId":"another-workspace"'), 'utf8');
    expect(await dropped('other.adbundle', foreign)).toMatchObject({ status: 'refused', code: 'wrong_workspace' });
    // A path in the name is reduced to the name.
    expect(await dropped('../../x/a.adbundle', bytes)).toMatchObject({ status: 'preview', fileName: 'a.adbundle' });
    expect(await b.dispatch('exchange:previewBytes', { fileName: 'a.adbundle', bytes: 'not bytes' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await b.call<{ total: number }>('records:list', { collection: 'groups' })).total).toBe(0);

    await writeFile(file, bytes.subarray(0, 40));
    b.answer(file);
    expect(await b.call<BundleCheck>('exchange:chooseBundle')).toMatchObject({ status: 'refused', code: 'truncated' });
    b.answer(null);
    expect(await b.call<BundleCheck>('exchange:chooseBundle')).toEqual({ status: 'none' });
    await a.services.dispose();
    await b.services.dispose();
  });

  it('saves nothing when the save dialog is cancelled, and says why a bundle could not be written', async () => {
    const { a, b } = await twoLaptops();
    a.answer(null);
    expect(await a.call('exchange:exportBundle', { since: null })).toEqual({ status: 'cancelled' });
    const dir = await tempDir();
    a.answer(path.join(dir, 'missing', 'x.adbundle'));
    expect(await a.call('exchange:exportBundle', { since: null })).toMatchObject({ status: 'failed', code: 'no_folder' });
    a.answer(path.join(dir, 'named-without-extension'));
    expect(await a.call('exchange:exportBundle', { since: null })).toMatchObject({ status: 'saved', fileName: 'named-without-extension.adbundle' });
    expect(await readdir(dir)).toEqual(['named-without-extension.adbundle']);
    await a.services.dispose();
    await b.services.dispose();
  });

  it('refuses, in a code the page translates, a bundle that would lack lines it cannot read, and writes no file', async () => {
    const root = await tempDir();
    const a = await laptop();
    const dir = path.join(root, 'a');
    await a.createWorkspace(dir);
    await a.call('identity:set', { kind: 'secretary' });
    for (let i = 0; i < 30; i += 1) await a.call('records:create', { collection: 'groups', data: { name: `Группа ${i}`, kind: 'working', description: 'Жители просят сохранить сквер. '.repeat(6) } });
    await a.call('workspace:close');
    const journal = path.join(dir, 'journal', `${a.services.device}.jsonl`);
    const bytes = await readFile(journal);
    bytes.fill(0, Math.floor(bytes.length * 0.6), Math.floor(bytes.length * 0.6) + 2048);
    await writeFile(journal, bytes);
    await a.openWorkspace(dir);

    const out = await tempDir();
    a.answer(path.join(out, 'x.adbundle'));
    expect(await a.call('exchange:exportBundle', { since: null })).toMatchObject({ status: 'failed', code: 'journal_damaged' });
    expect(await readdir(out)).toEqual([]);
    await a.services.dispose();
  });

  it('hands a bundle opened from the OS to the renderer: an event, then its preview once', async () => {
    const { a, b } = await twoLaptops();
    await a.call('records:create', { collection: 'groups', data: { name: 'Жильё', kind: 'working' } });
    const file = path.join(await tempDir(), 'from-os.adbundle');
    a.answer(file);
    await a.call('exchange:exportBundle', { since: null });
    expect(await b.call('exchange:takeOpened')).toEqual({ status: 'none' });
    b.events.length = 0;
    b.openFromOs(file);
    expect(b.events).toEqual([{ channel: 'exchange:bundleOpened', payload: null }]);
    expect(await b.call<BundleCheck>('exchange:takeOpened')).toMatchObject({ status: 'preview', fileName: 'from-os.adbundle', preview: { collections: { groups: { added: 1 } } } });
    expect(await b.call('exchange:takeOpened')).toEqual({ status: 'none' });
    await a.services.dispose();
    await b.services.dispose();
  });

  it('reports what arrived through a shared folder, and from whom', async () => {
    const root = await tempDir();
    const a = await laptop();
    const b = await laptop();
    await a.createWorkspace(root);
    await a.call('identity:set', { kind: 'secretary' });
    const deputy = await a.call<Rec>('records:create', { collection: 'deputies', data: sampleDeputy() });
    await a.call('identity:set', { kind: 'deputy', deputyId: deputy.id });
    // Both devices work in one folder that the users sync (here: the same folder).
    await b.openWorkspace(root);
    expect(await b.call('exchange:checkFolder')).toBeNull();
    b.events.length = 0;
    await a.call('records:create', { collection: 'groups', data: { name: 'Экология', kind: 'working' } });

    // Checked now; the watcher may have noticed it a moment earlier by itself, and then reported it already.
    await b.call<ArrivalReport | null>('exchange:checkFolder');
    const { reports } = await b.call<Status>('exchange:status');
    expect(reports.map((report) => report.arrivals)).toEqual([
      [{ device: a.services.device, authors: [deputy.id], authorNames: ['Анна Петрова'], operations: 1, collections: { groups: 1 } }],
    ]);
    expect(b.events.filter((event) => event.channel === 'exchange:arrived').map((event) => event.payload)).toEqual(reports);
    expect(await b.call('records:list', { collection: 'groups' })).toMatchObject({ total: 1 });
    await a.services.dispose();
    await b.services.dispose();
  });

  it('needs an open workspace, and an identity to import', async () => {
    const a = await laptop();
    expect(await a.dispatch('exchange:status', undefined)).toMatchObject({ ok: false, error: { code: 'no_workspace' } });
    expect(await a.dispatch('exchange:chooseBundle', undefined)).toMatchObject({ ok: false, error: { code: 'no_workspace' } });
    await a.createWorkspace(await tempDir());
    expect(await a.dispatch('exchange:apply', { token: 'aaaaaaaa-bbbb' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await a.services.dispose();
  });
});
