import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../shared/ipc/contract';
import { identityFile } from '../../electron/core/identity-file';
import { workspaceLayout } from '../../electron/store/layout';
import { startServices } from '../support/app-services';
import { useTempDirs } from '../support/temp-dir';
import { sampleDeputy } from '../support/workspace';

const tempDir = useTempDirs();

const start = startServices;

type Info = { path: string; name: string; device: string; identity: unknown; warnings: string[] };
type Rec = { id: string; [key: string]: unknown };

const errorOf = (result: IpcResult<unknown>) => (result.ok ? undefined : result.error);

describe('app services: the workspace session', () => {
  it('creates a workspace, announces it, and serves its records', async () => {
    const app = await start(await tempDir());
    const folder = path.join(await tempDir(), 'alliance');
    const info = await app.createWorkspace<Info>(folder, 'Союз депутатов');
    expect(info).toMatchObject({ path: folder, name: 'Союз депутатов', device: app.services.device, identity: null, warnings: [] });
    expect(app.events).toEqual([{ channel: 'workspace:changed', payload: info }]);
    expect(await app.call('workspace:current')).toEqual(info);
    const districts = await app.call<{ total: number; items: Rec[] }>('records:list', {
      collection: 'districts',
      query: { where: { okrug: 'ЦАО' }, orderBy: 'name', limit: 3 },
    });
    expect(districts.items).toHaveLength(3);
    expect(districts.total).toBeGreaterThan(3);
    expect(await app.call('records:get', { collection: 'districts', id: 'msk-45374000' })).toMatchObject({ name: 'Арбат' });
    expect(await app.call('records:get', { collection: 'districts', id: 'nothing-here' })).toBeNull();
    await app.services.dispose();
  });

  it('refuses edits until this device says who is editing, then stamps that author', async () => {
    const app = await start(await tempDir());
    const folder = path.join(await tempDir(), 'ws');
    await app.createWorkspace(folder);
    const journal = workspaceLayout(folder, app.services.device).journal;
    const before = await readFile(journal, 'utf8');
    expect(errorOf(await app.dispatch('records:create', { collection: 'deputies', data: sampleDeputy() }))).toMatchObject({ code: 'forbidden' });
    expect(await readFile(journal, 'utf8')).toBe(before);

    await app.call('identity:set', { kind: 'secretary' });
    const deputy = await app.call<Rec>('records:create', { collection: 'deputies', data: sampleDeputy() });
    expect(deputy).toMatchObject({ name: 'Анна Петрова', councilRole: 'member' });

    expect(errorOf(await app.dispatch('identity:set', { kind: 'deputy', deputyId: 'nobody' }))).toMatchObject({ code: 'not_found' });
    const info = await app.call<Info>('identity:set', { kind: 'deputy', deputyId: deputy.id });
    expect(info.identity).toEqual({ kind: 'deputy', deputyId: deputy.id });
    await app.call('records:patch', { collection: 'deputies', id: deputy.id, data: { party: 'Яблоко' } });

    const history = await app.call<{ author: string; kind: string; device: string }[]>('records:history', { collection: 'deputies', id: deputy.id });
    expect(history.map(({ author, kind }) => [kind, author])).toEqual([
      ['put', 'secretary'],
      ['patch', deputy.id],
    ]);
    expect(history.every((entry) => entry.device === app.services.device)).toBe(true);
    await app.services.dispose();
  });

  it('rejects an invalid record with field issues and writes nothing', async () => {
    const app = await start(await tempDir());
    const folder = path.join(await tempDir(), 'ws');
    await app.createWorkspace(folder);
    await app.call('identity:set', { kind: 'secretary' });
    const journal = workspaceLayout(folder, app.services.device).journal;
    const before = await readFile(journal, 'utf8');
    app.events.length = 0;

    const bad = errorOf(await app.dispatch('records:create', { collection: 'deputies', data: { ...sampleDeputy(), name: ' ', email: 'not-an-email' } }));
    expect(bad?.code).toBe('invalid');
    expect(bad?.issues?.map((issue) => issue.path)).toEqual(expect.arrayContaining([['name'], ['email']]));
    expect(bad?.issues?.find((issue) => issue.path[0] === 'email')?.message).toBe('error.email');

    const malformed = errorOf(await app.dispatch('records:create', { collection: 'deputies', data: [] }));
    expect(malformed).toMatchObject({ code: 'invalid_input', issues: [{ path: ['data'] }] });
    expect(errorOf(await app.dispatch('records:patch', { collection: 'deputies', id: 'nobody', data: { name: 'X' } }))).toMatchObject({ code: 'not_found' });
    expect(errorOf(await app.dispatch('records:delete', { collection: 'deputies', id: '../../etc' }))).toMatchObject({ code: 'invalid_input' });

    expect(await readFile(journal, 'utf8')).toBe(before);
    expect(app.events).toEqual([]);
    await app.services.dispose();
  });

  it('forwards record changes as events', async () => {
    const app = await start(await tempDir());
    await app.createWorkspace(path.join(await tempDir(), 'ws'));
    await app.call('identity:set', { kind: 'secretary' });
    app.events.length = 0;
    const group = await app.call<Rec>('records:create', { collection: 'groups', data: { name: 'Транспорт', kind: 'working' } });
    await app.call('records:delete', { collection: 'groups', id: group.id });
    expect(app.events).toEqual([
      { channel: 'records:changed', payload: { collection: 'groups', id: group.id, kind: 'put', origin: 'local' } },
      { channel: 'records:changed', payload: { collection: 'groups', id: group.id, kind: 'del', origin: 'local' } },
    ]);
    await app.services.dispose();
  });

  it('keeps the data and "who am I" across a restart, per device', async () => {
    const configDir = await tempDir();
    const folder = path.join(await tempDir(), 'ws');
    const first = await start(configDir);
    await first.createWorkspace(folder);
    await first.call('identity:set', { kind: 'secretary' });
    const deputy = await first.call<Rec>('records:create', { collection: 'deputies', data: sampleDeputy() });
    await first.call('identity:set', { kind: 'deputy', deputyId: deputy.id });
    await first.services.dispose();

    const file = identityFile(folder, first.services.device);
    expect(file).toBe(path.join(folder, 'local', first.services.device, 'identity.json'));
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ identity: { kind: 'deputy', deputyId: deputy.id } });

    const again = await start(configDir);
    const info = await again.openWorkspace<Info>(folder);
    expect(info.identity).toEqual({ kind: 'deputy', deputyId: deputy.id });
    expect(await again.call('records:get', { collection: 'deputies', id: deputy.id })).toMatchObject({ name: 'Анна Петрова' });
    await again.services.dispose();

    // Another laptop (another config dir, so another device) has not said who it is yet.
    const otherLaptop = await start(await tempDir());
    expect((await otherLaptop.openWorkspace<Info>(folder)).identity).toBeNull();
    await otherLaptop.services.dispose();
  });

  it('keeps one workspace open at a time and releases the previous one', async () => {
    const configDir = await tempDir();
    const a = path.join(await tempDir(), 'a');
    const b = path.join(await tempDir(), 'b');
    const app = await start(configDir);
    await app.createWorkspace(a, 'A', 'ru');
    await app.createWorkspace(b, 'B', 'en');
    expect(await app.call('workspace:current')).toMatchObject({ path: b });

    // The same device in another process (same config dir): B is in use, A was released.
    const sameDevice = await start(configDir);
    const tokenOfB = await sameDevice.pickFolder(b, 'open');
    expect(errorOf(await sameDevice.dispatch('workspace:open', { token: tokenOfB }))).toMatchObject({ code: 'locked' });
    expect(await sameDevice.openWorkspace(a)).toMatchObject({ name: 'A' });

    // Opening the folder that is already open is a no-op; a failed open keeps the current one.
    expect(await app.openWorkspace(b)).toMatchObject({ path: b });
    expect(errorOf(await app.dispatch('workspace:open', { token: await app.pickFolder(await tempDir(), 'open') }))).toMatchObject({
      code: 'not_a_workspace',
    });
    expect(await app.call('workspace:current')).toMatchObject({ path: b });

    // A failed open leaves its pick usable: once B is let go, the same token opens it.
    expect(await app.call('workspace:close')).toBeNull();
    expect(await sameDevice.call('workspace:open', { token: tokenOfB })).toMatchObject({ name: 'B' });
    expect(errorOf(await sameDevice.dispatch('workspace:open', { token: tokenOfB }))).toMatchObject({ code: 'choice_expired' });
    await sameDevice.services.dispose();
    await app.openWorkspace(b);

    app.events.length = 0;
    expect(await app.call('workspace:close')).toBeNull();
    expect(app.events).toEqual([{ channel: 'workspace:changed', payload: null }]);
    expect(await app.call('workspace:current')).toBeNull();
    expect(errorOf(await app.dispatch('records:list', { collection: 'deputies' }))).toMatchObject({ code: 'no_workspace' });
    await app.services.dispose();
  });

  it('refuses to create a workspace in a folder that is not empty', async () => {
    const app = await start(await tempDir());
    const folder = await tempDir();
    await writeFile(path.join(folder, 'notes.txt'), 'mine');
    const token = await app.pickFolder(folder, 'create');
    const refused = errorOf(await app.dispatch('workspace:create', { token, name: 'X', language: 'ru' }));
    expect(refused).toMatchObject({ code: 'not_empty' });
    expect(refused?.message).not.toContain('notes.txt');
    expect(refused?.message).not.toContain(folder);
    expect(errorOf(await app.dispatch('workspace:create', { token, name: '   ', language: 'ru' }))).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['name'] }],
    });
    expect(await app.call('workspace:current')).toBeNull();
    expect(await readdir(folder)).toEqual(['notes.txt']);
  });

  it('creates the demo workspace with a small fictional alliance', async () => {
    const app = await start(await tempDir());
    const folder = path.join(await tempDir(), 'demo');
    const info = await app.call<Info>('workspace:createDemo', { token: await app.pickFolder(folder, 'create'), language: 'ru' });
    expect(info).toMatchObject({ path: folder, identity: null });
    expect(info.name).toMatch(/Демо/);
    // One workspace:changed, not an event per generated record.
    expect(app.events).toEqual([{ channel: 'workspace:changed', payload: info }]);
    const deputies = await app.call<{ total: number }>('records:list', { collection: 'deputies', query: { limit: 1 } });
    expect(deputies.total).toBeGreaterThan(10);
    const issues = await app.call<{ total: number }>('records:list', { collection: 'issues', query: { limit: 1 } });
    expect(issues.total).toBeGreaterThan(10);
    await app.services.dispose();
  });

  it('never acts on a path the page names: the contract refuses it, with or without a token', async () => {
    const app = await start(await tempDir());
    const existing = path.join(await tempDir(), 'existing');
    await app.createWorkspace(existing);
    await app.call('workspace:close');
    const elsewhere = path.join(await tempDir(), 'elsewhere');

    for (const [channel, input] of [
      ['workspace:open', { path: existing }],
      ['workspace:create', { path: elsewhere, name: 'X', language: 'ru' }],
      ['workspace:createDemo', { path: elsewhere, language: 'ru' }],
      ['workspace:openRecent', { path: existing }],
    ] as const) {
      expect(errorOf(await app.dispatch(channel, input)), channel).toMatchObject({ code: 'invalid_input' });
    }
    // A real pick does not let a path ride along either.
    const token = await app.pickFolder(path.join(await tempDir(), 'picked'), 'create');
    expect(errorOf(await app.dispatch('workspace:create', { token, path: elsewhere, name: 'X', language: 'ru' }))).toMatchObject({
      code: 'invalid_input',
    });
    await expect(readdir(elsewhere)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await app.call('workspace:current')).toBeNull();
    await app.services.dispose();
  });

  it('refuses a forged, spent or wrong-purpose token and changes nothing', async () => {
    const app = await start(await tempDir());
    const folder = path.join(await tempDir(), 'ws');
    await mkdir(folder);
    expect(errorOf(await app.dispatch('workspace:open', { token: 'A'.repeat(32) }))).toMatchObject({ code: 'choice_expired' });
    expect(errorOf(await app.dispatch('workspace:create', { token: 'A'.repeat(32), name: 'X', language: 'ru' }))).toMatchObject({
      code: 'choice_expired',
    });

    // Picked to open: it cannot be used to make a workspace there.
    const toOpen = await app.pickFolder(folder, 'open');
    expect(errorOf(await app.dispatch('workspace:create', { token: toOpen, name: 'X', language: 'ru' }))).toMatchObject({ code: 'choice_expired' });
    expect(errorOf(await app.dispatch('workspace:createDemo', { token: toOpen, language: 'ru' }))).toMatchObject({ code: 'choice_expired' });
    expect(await readdir(folder)).toEqual([]);

    // Spent once it worked.
    const toCreate = await app.pickFolder(folder, 'create');
    await app.call('workspace:create', { token: toCreate, name: 'Союз', language: 'ru' });
    app.events.length = 0;
    expect(errorOf(await app.dispatch('workspace:createDemo', { token: toCreate, language: 'ru' }))).toMatchObject({ code: 'choice_expired' });
    expect(app.events).toEqual([]);
    expect(await app.call('workspace:current')).toMatchObject({ path: folder, name: 'Союз' });
    await app.services.dispose();
  });

  it('says a folder is not a workspace without naming any file in it', async () => {
    const app = await start(await tempDir());
    const folder = path.join(await tempDir(), 'Документы');
    await mkdir(folder);
    await writeFile(path.join(folder, 'secret-notes.txt'), 'mine');
    for (const target of [folder, path.join(folder, 'secret-notes.txt'), path.join(folder, 'missing')]) {
      const error = errorOf(await app.dispatch('workspace:open', { token: await app.pickFolder(target, 'open') }));
      expect(error).toEqual({ code: 'not_a_workspace', message: 'this folder is not an Alliance Desk workspace' });
    }
    expect(await readdir(folder)).toEqual(['secret-notes.txt']);
    await app.services.dispose();
  });

  it('opens a recent workspace by its entry, which the page cannot point elsewhere', async () => {
    const configDir = await tempDir();
    const a = path.join(await tempDir(), 'a');
    const b = path.join(await tempDir(), 'b');
    const first = await start(configDir);
    await first.createWorkspace(a, 'A');
    await first.createWorkspace(b, 'B');
    await first.services.dispose();

    const app = await start(configDir);
    const recent = await app.call<{ id: string; path: string; name: string }[]>('workspace:recent');
    expect(recent.map(({ name, path }) => ({ name, path }))).toEqual([
      { name: 'B', path: b },
      { name: 'A', path: a },
    ]);
    expect(recent[0]!.id).not.toEqual(recent[1]!.id);
    expect(await app.call('workspace:openRecent', { id: recent[1]!.id })).toMatchObject({ name: 'A', path: a });
    // The id stays the entry's across opening it (it moves to the top).
    expect((await app.call<{ id: string }[]>('workspace:recent'))[0]!.id).toBe(recent[1]!.id);

    expect(errorOf(await app.dispatch('workspace:openRecent', { id: 'no-such-entry' }))).toMatchObject({ code: 'recent_gone' });
    expect(errorOf(await app.dispatch('workspace:openRecent', { id: '../../etc' }))).toMatchObject({ code: 'invalid_input' });
    expect(await app.call('workspace:current')).toMatchObject({ name: 'A' });
    await app.services.dispose();
  });
});
