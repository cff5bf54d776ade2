import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServices } from '../support/app-services';
import { useTempDirs } from '../support/temp-dir';
import { sampleDeputy } from '../support/workspace';

const tempDir = useTempDirs();
type Rec = { id: string; [key: string]: unknown };
type Summary = { id: string; versionNumber: number | null; counts: Record<string, number>; signers: { deputyId: string; state: string; confirmed: boolean }[] };

/** A statement open for signature, drafted by the secretary, with two deputies on the roster. */
async function openStatement() {
  const app = await startServices(await tempDir());
  await app.createWorkspace(path.join(await tempDir(), 'ws'));
  await app.call('identity:set', { kind: 'secretary' });
  const anna = await app.call<Rec>('records:create', { collection: 'deputies', data: sampleDeputy() });
  const boris = await app.call<Rec>('records:create', { collection: 'deputies', data: { ...sampleDeputy(), name: 'Борис Иванов' } });
  const statement = await app.call<Rec>('statements:create', { language: 'ru', issueIds: [], template: 'open_letter' });
  await app.call('statements:move', { statementId: statement.id, to: 'review' });
  const review = [1, 2, 3, 4].map((n) => ({ principleId: `principle-${n}`, verdict: 'not_relevant', note: '' }));
  await app.call('statements:setReview', { statementId: statement.id, review });
  await app.call('statements:move', { statementId: statement.id, to: 'open' });
  return { app, anna, boris, statement, review };
}

describe('statements service rules the screens rely on', () => {
  it('refuses a signature for a version that is no longer current, and a second signature of the same text', async () => {
    const { app, anna, statement } = await openStatement();
    const shown = statement.currentVersionId as string;
    await app.call('statements:saveVersion', { statementId: statement.id, title: 'Открытое письмо', body: '<p>Новый текст.</p>' });

    await app.call('identity:set', { kind: 'deputy', deputyId: anna.id });
    const unread = await app.dispatch('statements:sign', { statementId: statement.id, deputyId: anna.id, versionId: shown });
    expect(unread).toMatchObject({ ok: false, error: { code: 'invalid', message: 'statement.version_changed' } });
    const current = await app.call<Rec>('records:get', { collection: 'statements', id: statement.id });
    await app.call('statements:sign', { statementId: statement.id, deputyId: anna.id, versionId: current.currentVersionId });
    const twice = await app.dispatch('statements:sign', { statementId: statement.id, deputyId: anna.id });
    expect(twice).toMatchObject({ ok: false, error: { code: 'invalid', message: 'statement.already_signed' } });
    await app.services.dispose();
  });

  it('asks the secretary how a signature was given, and keeps the review fixed while the statement is open', async () => {
    const { app, boris, statement, review } = await openStatement();
    const unsaid = await app.dispatch('statements:sign', { statementId: statement.id, deputyId: boris.id });
    expect(unsaid).toMatchObject({ ok: false, error: { code: 'invalid', message: 'statement.channel_required' } });
    const locked = await app.dispatch('statements:setReview', { statementId: statement.id, review: review.slice(0, 1) });
    expect(locked).toMatchObject({ ok: false, error: { code: 'invalid', message: 'statement.review_locked' } });
    await app.call('statements:move', { statementId: statement.id, to: 'review' });
    await app.call('statements:setReview', { statementId: statement.id, review: review.slice(0, 1) });
    await app.services.dispose();
  });

  it('lists statements with the current version number and each signer’s state, without bodies', async () => {
    const { app, anna, boris, statement } = await openStatement();
    await app.call('statements:sign', { statementId: statement.id, deputyId: boris.id, onBehalf: { channel: 'phone', givenAt: '2026-11-20T10:00:00.000Z' } });
    await app.call('identity:set', { kind: 'deputy', deputyId: anna.id });
    await app.call('statements:sign', { statementId: statement.id, deputyId: anna.id });
    await app.call('identity:set', { kind: 'secretary' });
    await app.call('statements:saveVersion', { statementId: statement.id, title: 'Открытое письмо', body: '<p>Правка.</p>' });
    await app.call('identity:set', { kind: 'deputy', deputyId: anna.id });
    await app.call('statements:sign', { statementId: statement.id, deputyId: anna.id });

    const [summary] = await app.call<Summary[]>('statements:list');
    expect(summary).not.toHaveProperty('body');
    expect(summary).toMatchObject({ id: statement.id, versionNumber: 2, counts: { current: 1, stale: 1, unconfirmed: 1 } });
    expect(Object.fromEntries(summary!.signers.map((s) => [s.deputyId, [s.state, s.confirmed]]))).toEqual({
      [anna.id]: ['current', true],
      [boris.id]: ['stale', false],
    });
    await app.services.dispose();
  });
});
