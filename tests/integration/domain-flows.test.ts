import path from 'node:path';
import { positionId } from '../../shared/domain/record-ids';
import { describe, expect, it } from 'vitest';
import { startServices } from '../support/app-services';
import { useTempDirs } from '../support/temp-dir';
import { sampleDeputy } from '../support/workspace';

const tempDir = useTempDirs();
type Rec = { id: string; [key: string]: unknown };

/** A workspace with two deputies and five issues, edited by the secretary. */
async function alliance() {
  const app = await startServices(await tempDir());
  await app.createWorkspace(path.join(await tempDir(), 'ws'));
  await app.call('identity:set', { kind: 'secretary' });
  const anna = await app.call<Rec>('records:create', { collection: 'deputies', data: sampleDeputy() });
  const boris = await app.call<Rec>('records:create', { collection: 'deputies', data: { ...sampleDeputy('msk-45375000'), name: 'Борис Иванов' } });
  const issues: Rec[] = [];
  for (const title of ['Сквер', 'Парковка', 'Поликлиника', 'Школа', 'Автобус']) {
    issues.push(await app.call<Rec>('records:create', { collection: 'issues', data: { title, category: 'transport', districtIds: ['msk-45374000'] } }));
  }
  return { app, anna, boris, issues };
}

describe('stances with provenance', () => {
  it('lets a deputy record stances, blocks a tension without a note, and keeps a secretary phone stance unconfirmed until confirmed', async () => {
    const { app, anna, boris, issues } = await alliance();
    const phone = { channel: 'phone', givenAt: '2026-11-20T10:00:00.000Z' };
    const recorded = await app.call<Rec>('positions:record', { issueId: issues[0]!.id, deputyId: boris.id, stance: 'support', reasons: 'По телефону', onBehalf: phone });
    expect(recorded.provenance).toEqual({ enteredBy: 'secretary', channel: 'phone', givenAt: phone.givenAt, confirmed: false });
    const noChannel = await app.dispatch('positions:record', { issueId: issues[0]!.id, deputyId: boris.id, stance: 'oppose' });
    expect(noChannel).toMatchObject({ ok: false, error: { code: 'invalid' } });

    await app.call('identity:set', { kind: 'deputy', deputyId: anna.id });
    for (const issue of issues.slice(0, 4)) {
      await app.call('positions:record', { issueId: issue.id, deputyId: anna.id, stance: 'support', reasons: 'Жители за' });
    }
    const tension = { issueId: issues[4]!.id, deputyId: anna.id, stance: 'oppose', principleChecks: [{ principleId: 'principle-3', verdict: 'tension', note: '' }] };
    const blocked = await app.dispatch('positions:record', tension);
    expect(blocked).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: ['principleChecks', 0, 'note'], message: 'error.tensionNote' }] } });
    await app.call('positions:record', { ...tension, principleChecks: [{ principleId: 'principle-3', verdict: 'tension', note: 'Маршрут нужен, но не так' }] });
    const forbidden = await app.dispatch('positions:record', { issueId: issues[0]!.id, deputyId: boris.id, stance: 'oppose' });
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await app.dispatch('positions:confirm', { id: recorded.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    await app.call('identity:set', { kind: 'deputy', deputyId: boris.id });
    const confirmed = await app.call<Rec>('positions:confirm', { id: recorded.id });
    expect(confirmed.provenance).toMatchObject({ confirmed: true, channel: 'phone', enteredBy: 'secretary' });
    const history = await app.call<{ author: string; kind: string }[]>('records:history', { collection: 'positions', id: recorded.id });
    expect(history.map((entry) => [entry.kind, entry.author])).toEqual([
      ['put', 'secretary'],
      ['patch', boris.id],
    ]);
    const annas = await app.call<{ total: number }>('records:list', { collection: 'positions', query: { where: { deputyId: anna.id } } });
    expect(annas.total).toBe(5);
    await app.services.dispose();
  });
});

describe('alliance line and agreement', () => {
  it("shows a deputy's agreement with the line change when they change their stance", async () => {
    const { app, anna, boris, issues } = await alliance();
    for (const issue of issues.slice(0, 3)) {
      await app.call('lines:adopt', { issueId: issue.id, stance: 'support', text: 'Союз за', rule: 'majority', adoptedOn: '2026-11-01' });
    }
    await app.call('identity:set', { kind: 'deputy', deputyId: anna.id });
    for (const issue of issues.slice(0, 3)) await app.call('positions:record', { issueId: issue.id, deputyId: anna.id, stance: 'support' });
    type Agreement = { deputyId: string; share: number | null; issues: number; band: string };
    const before = (await app.call<Agreement[]>('agreement:deputies', {})).find((row) => row.deputyId === anna.id)!;
    expect(before).toMatchObject({ share: 1, issues: 3, band: 'almost_always_agrees' });
    await app.call('positions:record', { issueId: issues[0]!.id, deputyId: anna.id, stance: 'oppose' });
    const after = (await app.call<Agreement[]>('agreement:deputies', {})).find((row) => row.deputyId === anna.id)!;
    expect(after.share).toBeCloseTo(2 / 3, 10);
    expect(after.band).toBe('mixed');
    expect((await app.call<Agreement[]>('agreement:deputies', {})).find((row) => row.deputyId === boris.id)).toMatchObject({ share: null, issues: 0, band: 'too_few' });

    const panel = await app.call<Record<string, unknown>>('agreement:issue', { issueId: issues[1]!.id });
    expect(panel).toMatchObject({ withStance: 1, withoutStance: 1, side: 'for', counts: { support: 1 } });
    expect((panel.rules as { rule: string; met: boolean }[]).find((rule) => rule.rule === 'unanimity')!.met).toBe(true);
    expect(await app.dispatch('lines:adopt', { issueId: issues[0]!.id, stance: 'oppose', text: '', rule: 'majority', adoptedOn: '2026-11-02' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const matrix = await app.call<{ deputyIds: string[]; issueIds: string[]; cells: string }>('agreement:matrix', {});
    expect(matrix.cells).toHaveLength(matrix.deputyIds.length * matrix.issueIds.length);
    const row = matrix.deputyIds.indexOf(anna.id);
    const column = matrix.issueIds.indexOf(issues[0]!.id);
    expect(matrix.cells[row * matrix.issueIds.length + column]).toBe('o');
    await app.services.dispose();
  });
});

describe('joint statements', () => {
  it('drafts from a template, blocks opening until the review is complete, and marks signatures stale after an edit', async () => {
    const { app, anna, boris, issues } = await alliance();
    const statement = await app.call<Rec>('statements:create', { language: 'ru', issueIds: [issues[0]!.id], template: 'issue_statement' });
    expect(statement).toMatchObject({ status: 'draft', title: expect.stringContaining('Сквер') });
    await app.call('statements:move', { statementId: statement.id, to: 'review' });
    const early = await app.dispatch('statements:move', { statementId: statement.id, to: 'open' });
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid', message: 'statement.review_incomplete' } });
    const review = [1, 2, 3, 4].map((n) => ({ principleId: `principle-${n}`, verdict: 'upholds', note: '' }));
    await app.call('statements:setReview', { statementId: statement.id, review });
    await app.call('statements:move', { statementId: statement.id, to: 'open' });

    await app.call('identity:set', { kind: 'deputy', deputyId: anna.id });
    await app.call('statements:sign', { statementId: statement.id, deputyId: anna.id });
    await app.call('identity:set', { kind: 'deputy', deputyId: boris.id });
    await app.call('statements:sign', { statementId: statement.id, deputyId: boris.id });
    type Status = { signature: Rec; state: string };
    expect((await app.call<Status[]>('statements:signatures', { statementId: statement.id })).map((s) => s.state)).toEqual(['current', 'current']);

    await app.call('identity:set', { kind: 'secretary' });
    const current = await app.call<Rec>('records:get', { collection: 'statements', id: statement.id });
    const edited = await app.call<Rec>('statements:saveVersion', { statementId: statement.id, title: current.title, body: `${String(current.body)}<p>Дополнение.</p>` });
    expect(edited.number).toBe(2);
    const stale = await app.call<Status[]>('statements:signatures', { statementId: statement.id });
    expect(stale.map((s) => s.state)).toEqual(['stale', 'stale']);

    await app.call('identity:set', { kind: 'deputy', deputyId: anna.id });
    await app.call('statements:sign', { statementId: statement.id, deputyId: anna.id });
    const mixed = await app.call<Status[]>('statements:signatures', { statementId: statement.id });
    expect(Object.fromEntries(mixed.map((s) => [s.signature.deputyId, s.state]))).toEqual({ [anna.id]: 'current', [boris.id]: 'stale' });

    const versions = await app.call<{ items: Rec[] }>('records:list', { collection: 'statementVersions', query: { where: { statementId: statement.id }, orderBy: 'number' } });
    const diff = await app.call<{ kind: string; text: string }[]>('statements:diff', { fromVersionId: versions.items[0]!.id, toVersionId: versions.items[1]!.id });
    expect(diff.filter((part) => part.kind === 'inserted').map((part) => part.text).join('')).toContain('Дополнение.');
    await app.services.dispose();
  });
});

describe('one position per deputy and issue', () => {
  it('keeps one record when a stance is recorded again, under the id derived from the deputy and the issue', async () => {
    const { app, anna, issues } = await alliance();
    await app.call('identity:set', { kind: 'deputy', deputyId: anna.id });
    const first = await app.call<Rec>('positions:record', { issueId: issues[0]!.id, deputyId: anna.id, stance: 'support' });
    const changed = await app.call<Rec>('positions:record', { issueId: issues[0]!.id, deputyId: anna.id, stance: 'oppose' });
    expect([first.id, changed.id]).toEqual([positionId(anna.id, issues[0]!.id), positionId(anna.id, issues[0]!.id)]);
    const all = await app.call<{ total: number }>('records:list', { collection: 'positions', query: { where: { deputyId: anna.id } } });
    expect(all.total).toBe(1);
    await app.services.dispose();
  });
});
