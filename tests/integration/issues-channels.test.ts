import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServices } from '../support/app-services';
import { useTempDirs } from '../support/temp-dir';
import { sampleDeputy } from '../support/workspace';
import { decodeIssueColumns, type IssueColumns } from '../../shared/ipc/issues-contract';

const tempDir = useTempDirs();
type Rec = { id: string; [key: string]: unknown };
type Stances = { items: { position: Rec; issue: { id: string; title: string } | null }[]; total: number; unconfirmed: number };

describe('issues:summaries and stances:list', () => {
  it('give the issue list its columns with position counts, and a deputy’s or the alliance’s pending positions, unconfirmed first', async () => {
    const app = await startServices(await tempDir());
    await app.createWorkspace(path.join(await tempDir(), 'ws'));
    await app.call('identity:set', { kind: 'secretary' });
    const anna = await app.call<Rec>('records:create', { collection: 'deputies', data: sampleDeputy() });
    const boris = await app.call<Rec>('records:create', { collection: 'deputies', data: { ...sampleDeputy(), name: 'Борис Иванов' } });
    const issues: Rec[] = [];
    for (const title of ['Сквер', 'Парковка', 'Школа']) {
      issues.push(await app.call<Rec>('records:create', { collection: 'issues', data: { title, category: 'transport', description: 'Длинное описание', districtIds: ['msk-45374000'] } }));
    }
    const phone = { channel: 'phone', givenAt: '2025-11-20T10:00:00.000Z' };
    await app.call('positions:record', { issueId: issues[0]!.id, deputyId: anna.id, stance: 'support', onBehalf: phone });
    await app.call('positions:record', { issueId: issues[0]!.id, deputyId: boris.id, stance: 'oppose', onBehalf: phone });
    await app.call('identity:set', { kind: 'deputy', deputyId: anna.id });
    await app.call('positions:record', { issueId: issues[1]!.id, deputyId: anna.id, stance: 'abstain' });

    const columns = await app.call<IssueColumns>('issues:summaries');
    // Lean: the list's columns only; long texts (descriptions, sources) stay in the main process.
    expect(Object.keys(columns)).not.toContain('descriptions');
    const summaries = decodeIssueColumns(columns);
    expect(summaries).toHaveLength(3);
    expect(Object.fromEntries(summaries.map((s) => [s.title, s.positions]))).toEqual({ Сквер: 2, Парковка: 1, Школа: 0 });
    expect(summaries[0]).toMatchObject({ category: 'transport', status: 'open', districtIds: ['msk-45374000'], tags: [], principleIds: [] });
    // The columns are kept between calls, and worked out again once a position changes.
    await app.call('positions:record', { issueId: issues[2]!.id, deputyId: anna.id, stance: 'support' });
    const again = decodeIssueColumns(await app.call<IssueColumns>('issues:summaries'));
    expect(Object.fromEntries(again.map((s) => [s.title, s.positions]))).toEqual({ Сквер: 2, Парковка: 1, Школа: 1 });

    const annas = await app.call<Stances>('stances:list', { deputyId: anna.id });
    expect(annas).toMatchObject({ total: 3, unconfirmed: 1 });
    expect(annas.items.map((item) => [item.issue?.title, (item.position.provenance as { confirmed: boolean }).confirmed])).toEqual([
      ['Сквер', false],
      ['Школа', true],
      ['Парковка', true],
    ]);
    const pending = await app.call<Stances>('stances:list', { unconfirmedOnly: true, limit: 1 });
    expect(pending).toMatchObject({ total: 2, unconfirmed: 2 });
    expect(pending.items).toHaveLength(1);
    await app.services.dispose();
  });
});
