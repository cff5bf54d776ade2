import type { TestApp } from './realApp';

/**
 * The scene of the stale-signature tests: a statement open for signature (review complete), signed
 * by two deputies on version 1, then edited by the secretary (version 2). Ends as the secretary.
 */
export async function signedThenEdited(app: TestApp) {
  const orlova = await app.create('deputies', { name: 'Орлова Мария', districtId: 'msk-45374000' });
  const belov = await app.create('deputies', { name: 'Белов Игорь', districtId: 'msk-45374000' });
  const statement = await app.call('statements:create', { language: 'ru', issueIds: [], template: 'open_letter' });
  await app.call('statements:move', { statementId: statement.id, to: 'review' });
  const review = (await app.all('principles')).map((principle) => ({ principleId: principle.id, verdict: 'upholds' as const, note: '' }));
  await app.call('statements:setReview', { statementId: statement.id, review });
  await app.call('statements:move', { statementId: statement.id, to: 'open' });
  for (const deputy of [orlova, belov]) {
    await app.actAs({ kind: 'deputy', deputyId: deputy.id });
    await app.call('statements:sign', { statementId: statement.id, deputyId: deputy.id });
  }
  await app.actAs({ kind: 'secretary' });
  await app.call('statements:saveVersion', { statementId: statement.id, title: 'Открытое письмо жителям', body: '<p>Новый текст письма.</p>' });
  return { id: statement.id, orlova: orlova.id, belov: belov.id };
}
