import { appendFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { workspaceLayout } from '../../electron/store/layout';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { positionId, signatureId } from '../../shared/domain/record-ids';
import type { Identity } from '../../shared/ipc/contract';
import type { BundleCheck } from '../../shared/ipc/exchange-contract';
import { COLLECTIONS, type CollectionName } from '../../shared/schema/collections';
import type { Operation } from '../../shared/store/operation';
import { startServices } from '../support/app-services';
import { cliAs } from '../support/cli';
import { bundleOf, stamp } from '../support/exchange-bundles';
import { fileHashes } from '../support/file-hashes';
import { useTempDirs } from '../support/temp-dir';
import { initWorkspace, sampleDeputy } from '../support/workspace';

const tempDir = useTempDirs();

const A = 'dep-a';
const B = 'dep-b';
const ISSUE = 'iss-1';
const STATEMENT = 'stm-1';
const VERSION = 'ver-1';
const HASH = 'a'.repeat(64);
const AT = '2026-02-01T10:00:00.000Z';
const INTRUDER = 'intruder';

const stance = (deputyId: string, provenance: Record<string, unknown>) => ({
  issueId: ISSUE,
  deputyId,
  stance: 'oppose',
  reasons: '',
  principleChecks: [],
  provenance,
});
const signature = (deputyId: string, provenance: Record<string, unknown>) => ({
  statementId: STATEMENT,
  versionId: VERSION,
  deputyId,
  hash: HASH,
  signedAt: AT,
  provenance,
});

/** A write its collection's policy forbids, and the command a user would try it with, if one exists. */
interface ForbiddenWrite {
  name: string;
  collection: CollectionName;
  kind: 'put' | 'patch' | 'del';
  by: string;
  id: string;
  data?: Record<string, unknown>;
  handler?: { identity: Identity; channel: string; input: unknown };
}

const forbidden: ForbiddenWrite[] = [
  {
    name: 'a deputy enters another deputy’s stance',
    collection: 'positions',
    kind: 'put',
    by: A,
    id: positionId(A, ISSUE),
    data: stance(B, { enteredBy: A, channel: 'self', confirmed: true }),
    handler: { identity: { kind: 'deputy', deputyId: A }, channel: 'positions:record', input: { issueId: ISSUE, deputyId: B, stance: 'oppose' } },
  },
  {
    name: 'a deputy changes another deputy’s stance',
    collection: 'positions',
    kind: 'patch',
    by: A,
    id: positionId(B, ISSUE),
    data: stance(B, { enteredBy: A, channel: 'self', confirmed: true }),
    handler: { identity: { kind: 'deputy', deputyId: A }, channel: 'positions:confirm', input: { id: positionId(B, ISSUE) } },
  },
  {
    name: 'the secretary enters a stance as confirmed',
    collection: 'positions',
    kind: 'put',
    by: 'secretary',
    id: positionId(A, ISSUE),
    data: stance(A, { enteredBy: 'secretary', channel: 'phone', givenAt: AT, confirmed: true }),
  },
  { name: 'a stance is deleted', collection: 'positions', kind: 'del', by: 'secretary', id: positionId(B, ISSUE) },
  {
    name: 'a deputy signs for another deputy',
    collection: 'signatures',
    kind: 'put',
    by: A,
    id: signatureId(B, VERSION),
    data: signature(B, { enteredBy: A, channel: 'self', confirmed: true }),
    handler: { identity: { kind: 'deputy', deputyId: A }, channel: 'statements:sign', input: { statementId: STATEMENT, deputyId: B, versionId: VERSION } },
  },
  {
    name: 'the secretary enters a signature as confirmed',
    collection: 'signatures',
    kind: 'put',
    by: 'secretary',
    id: signatureId(A, VERSION),
    data: signature(A, { enteredBy: 'secretary', channel: 'meeting', givenAt: AT, confirmed: true }),
  },
  {
    name: 'a deputy adopts the alliance line',
    collection: 'allianceLines',
    kind: 'put',
    by: A,
    id: `line-${ISSUE}`,
    data: { issueId: ISSUE, stance: 'support', text: '', rule: 'majority', adoptedOn: '2026-02-01', adoptedBy: A },
    handler: {
      identity: { kind: 'deputy', deputyId: A },
      channel: 'lines:adopt',
      input: { issueId: ISSUE, stance: 'support', text: '', rule: 'majority', adoptedOn: '2026-02-01' },
    },
  },
  { name: 'a saved version is changed', collection: 'statementVersions', kind: 'patch', by: 'secretary', id: VERSION, data: { body: '<p>Другой текст</p>' } },
  {
    name: 'a version is saved in someone else’s name',
    collection: 'statementVersions',
    kind: 'put',
    by: A,
    id: 'ver-2',
    data: { statementId: STATEMENT, number: 2, title: 'Заявление', body: '<p>Текст</p>', hash: HASH, author: 'secretary', savedAt: AT },
  },
  {
    name: 'a statement is published without saying who did it',
    collection: 'statements',
    kind: 'patch',
    by: A,
    id: STATEMENT,
    data: { status: 'published', statusHistory: [{ status: 'published', by: 'secretary', at: AT }] },
  },
];

/** Collections whose every forbidden write above goes through every path; the rest allow any author. */
const PLAIN: CollectionName[] = ['principles', 'districts', 'deputies', 'groups', 'issues', 'contacts'];

/** A workspace with two deputies, an issue with B's stance, and a statement open for signing. */
async function seededWorkspace(): Promise<{ dir: string; workspaceId: string }> {
  const dir = await tempDir();
  const store = await initWorkspace(dir);
  await store.batch([
    { kind: 'put', collection: 'deputies', id: A, data: { ...sampleDeputy(), name: 'Анна Петрова' } },
    { kind: 'put', collection: 'deputies', id: B, data: { ...sampleDeputy(), name: 'Борис Орлов' } },
    { kind: 'put', collection: 'issues', id: ISSUE, data: { title: 'Сквер на Лесной', category: 'environment' } },
    { kind: 'put', collection: 'positions', id: positionId(B, ISSUE), by: B, data: stance(B, { enteredBy: B, channel: 'self', confirmed: true }) },
    { kind: 'put', collection: 'statementVersions', id: VERSION, data: { statementId: STATEMENT, number: 1, title: 'Заявление', body: '<p>Текст</p>', hash: HASH, author: 'secretary', savedAt: AT } },
    {
      kind: 'put',
      collection: 'statements',
      id: STATEMENT,
      data: { title: 'Заявление', language: 'ru', status: 'open', body: '<p>Текст</p>', currentVersionId: VERSION, statusHistory: [{ status: 'open', by: 'secretary', at: AT }] },
    },
  ]);
  const workspaceId = store.manifest.workspaceId;
  await store.close();
  return { dir, workspaceId };
}

/** The write as an operation from another device, as a journal line or a bundle carries it. */
function operationOf(write: ForbiddenWrite, n: number): Operation {
  const base = { v: 1, hlc: stamp(n, INTRUDER), dev: INTRUDER, by: write.by, col: write.collection, id: write.id } as const;
  return write.kind === 'del' ? { ...base, op: 'del' } : { ...base, op: write.kind, data: write.data! };
}

/** What the store holds of the write's record, to compare before and after. */
async function recordNow(dir: string, write: ForbiddenWrite) {
  const store = await WorkspaceStore.open(dir, { device: 'reader', author: 'secretary', readOnly: true });
  try {
    return { record: store.get(write.collection, write.id) ?? null, warnings: store.warnings.join('\n') };
  } finally {
    await store.close();
  }
}

describe('write policies hold on every path', () => {
  it('describes every collection: a rule for who writes and which generic edits it allows', () => {
    const ruled = new Set(forbidden.map((write) => write.collection));
    // Conflicts are written by the merge itself: only generic edits of them are forbidden (below).
    expect(COLLECTIONS.filter((name) => !ruled.has(name) && !PLAIN.includes(name))).toEqual(['conflicts']);
  });

  it.each(forbidden)('refuses $name through a handler, records:*, the CLI put, a journal line and a bundle, changing nothing', async (write) => {
    const { dir, workspaceId } = await seededWorkspace();
    const before = await recordNow(dir, write);

    // The app: its command for this (when there is one), the generic records:* channel, a bundle.
    const app = await startServices(await tempDir());
    await app.openWorkspace(dir);
    if (write.handler) {
      await app.call('identity:set', write.handler.identity);
      const files = await fileHashes(dir);
      expect(await app.dispatch(write.handler.channel, write.handler.input)).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(forbidden|invalid)$/) } });
      expect(await fileHashes(dir)).toEqual(files);
    }
    await app.call('identity:set', write.by === 'secretary' ? { kind: 'secretary' } : { kind: 'deputy', deputyId: write.by });
    let files = await fileHashes(dir);
    const generic =
      write.kind === 'put'
        ? app.dispatch('records:create', { collection: write.collection, data: write.data })
        : write.kind === 'patch'
          ? app.dispatch('records:patch', { collection: write.collection, id: write.id, data: write.data })
          : app.dispatch('records:delete', { collection: write.collection, id: write.id });
    expect(await generic).toMatchObject({ ok: false, error: { code: 'policy_violation' } });
    // A bundle that carries it, made well in every other respect.
    const bundle = bundleOf([operationOf(write, 1)], { workspaceId, device: INTRUDER, author: write.by });
    expect(await app.call<BundleCheck>('exchange:previewBytes', { fileName: 'crafted.adbundle', bytes: bundle })).toMatchObject({ status: 'refused', code: 'policy_violation' });
    expect(await fileHashes(dir)).toEqual(files);
    await app.services.dispose();

    // The CLI's put (and delete), as the same author, on a device the workspace knows.
    files = await fileHashes(dir);
    const cli =
      write.kind === 'del'
        ? await cliAs('laptop-a', 'delete', dir, write.collection, write.id, '--as', write.by)
        : await cliAs('laptop-a', 'put', dir, write.collection, JSON.stringify({ ...write.data, ...(write.kind === 'patch' ? { id: write.id } : {}) }), '--as', write.by);
    expect(cli.code).not.toBe(0);
    expect(cli.err).toMatch(/only through their own commands|never deleted/);
    expect(await fileHashes(dir)).toEqual(files);

    // The store itself, beneath every command: the same write as that author is refused.
    const store = await WorkspaceStore.open(dir, { device: 'laptop-a', author: write.by });
    const edit = write.kind === 'del' ? { kind: 'del' as const, collection: write.collection, id: write.id } : { kind: write.kind, collection: write.collection, id: write.id, data: write.data! };
    await expect(store.batch([edit])).rejects.toMatchObject({ code: 'policy_violation' });
    await store.close();
    expect(await fileHashes(dir)).toEqual(files);

    // A crafted line in another device's journal is skipped when the workspace is read, with a warning.
    const { journalOf } = workspaceLayout(dir, INTRUDER);
    await appendFile(journalOf(INTRUDER), `${JSON.stringify(operationOf(write, 2))}\n`);
    const after = await recordNow(dir, write);
    expect(after.record).toEqual(before.record);
    expect(after.warnings).toMatch(new RegExp(`${write.collection}/${write.id} by ${write.by}: `));
  });

  it('lets plain collections be written by anyone through the same paths, so the refusals above are the policy’s', async () => {
    const { dir, workspaceId } = await seededWorkspace();
    const group: ForbiddenWrite = { name: 'a group', collection: 'groups', kind: 'put', by: A, id: 'grp-1', data: { name: 'Транспорт', kind: 'working', description: '' } };
    const app = await startServices(await tempDir());
    await app.openWorkspace(dir);
    await app.call('identity:set', { kind: 'deputy', deputyId: A });
    expect(await app.dispatch('records:create', { collection: 'groups', data: { name: 'Экология', kind: 'working' } })).toMatchObject({ ok: true });
    const bundle = bundleOf([operationOf(group, 1)], { workspaceId, device: INTRUDER, author: A });
    expect(await app.call<BundleCheck>('exchange:previewBytes', { fileName: 'plain.adbundle', bytes: bundle })).toMatchObject({ status: 'preview' });
    await app.services.dispose();
    expect((await cliAs('cli-dev', 'put', dir, 'contacts', JSON.stringify({ date: '2026-02-01', kind: 'reception' }), '--as', A)).code).toBe(0);
    await appendFile(workspaceLayout(dir, INTRUDER).journalOf(INTRUDER), `${JSON.stringify(operationOf({ ...group, id: 'grp-2' }, 2))}\n`);
    expect((await recordNow(dir, { ...group, id: 'grp-2' })).record).toMatchObject({ name: 'Транспорт' });
  });

  it('refuses generic edits of records only their commands write, even when the author may write them', async () => {
    const { dir } = await seededWorkspace();
    const app = await startServices(await tempDir());
    await app.openWorkspace(dir);
    await app.call('identity:set', { kind: 'deputy', deputyId: A });
    const own = stance(A, { enteredBy: A, channel: 'self', confirmed: true });
    expect(await app.dispatch('records:create', { collection: 'positions', data: own })).toMatchObject({ ok: false, error: { code: 'policy_violation' } });
    const conflict = { collection: 'issues', recordId: ISSUE, field: 'description', status: 'open' };
    expect(await app.dispatch('records:create', { collection: 'conflicts', data: conflict })).toMatchObject({ ok: false, error: { code: 'policy_violation' } });
    // What the statement's page edits directly stays open to generic edits.
    expect(await app.dispatch('records:patch', { collection: 'statements', id: STATEMENT, data: { dissentAnnex: '<p>Особое мнение</p>' } })).toMatchObject({ ok: true });
    // And the deputy's own stance goes through its command.
    expect(await app.dispatch('positions:record', { issueId: ISSUE, deputyId: A, stance: 'support' })).toMatchObject({ ok: true, value: { id: positionId(A, ISSUE) } });
    await app.services.dispose();
    const store = await WorkspaceStore.open(dir, { device: 'reader', author: 'secretary', readOnly: true });
    expect(store.count('conflicts')).toBe(0);
    await store.close();
  });
});
