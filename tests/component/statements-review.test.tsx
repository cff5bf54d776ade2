import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { startApp, type TestApp } from './support/realApp';

/** A statement under discussion, its principle review not started, as the secretary. */
async function underReview() {
  const app = await startApp();
  const statement = await app.call('statements:create', { language: 'ru', issueIds: [], template: 'council_appeal' });
  await app.call('statements:move', { statementId: statement.id, to: 'review' });
  return { app, id: statement.id };
}

const statusOf = async (app: TestApp, id: string) => (await app.get('statements', id))?.status;

describe('principle review', () => {
  it('blocks opening for signature until every principle is marked, and says why', async () => {
    const { app, id } = await underReview();
    const { user } = await app.render(`#/statements/${id}/review`);
    const review = await screen.findByRole('region', { name: 'Проверка принципами' });
    expect(within(review).getByText('Отмечено 0 из 4')).toBeInTheDocument();
    expect(screen.getByText(/не отмечено 4 из 4/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Открыть для подписей' }));
    const refusal = await screen.findByText(/Нельзя открыть для подписей: проверка принципами не завершена/);
    expect(refusal.closest('[role="alert"]')).not.toBeNull();
    expect(await statusOf(app, id)).toBe('review');

    // Three of four marked and saved: still refused.
    for (const title of ['Принцип 1. Независимость', 'Принцип 2. Общее, а не различия', 'Принцип 3. Реальные интересы жителей']) {
      await user.click(within(within(review).getByRole('group', { name: title })).getByRole('radio', { name: 'Соблюдается' }));
    }
    await user.click(within(review).getByRole('button', { name: 'Сохранить проверку' }));
    expect(await screen.findByText('Проверка сохранена: отмечено 3 из 4')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Открыть для подписей' }));
    expect(await screen.findByText(/не отмечено 1 из 4/)).toBeInTheDocument();
    expect(await statusOf(app, id)).toBe('review');
  });

  it('requires a note for a tension before saving, then opens for signature', async () => {
    const { app, id } = await underReview();
    const { user } = await app.render(`#/statements/${id}/review`);
    const review = await screen.findByRole('region', { name: 'Проверка принципами' });
    for (const title of ['Принцип 1. Независимость', 'Принцип 2. Общее, а не различия', 'Принцип 3. Реальные интересы жителей']) {
      await user.click(within(within(review).getByRole('group', { name: title })).getByRole('radio', { name: 'Не относится' }));
    }
    const fourth = within(review).getByRole('group', { name: 'Принцип 4. Работа всё время' });
    await user.click(within(fourth).getByRole('radio', { name: 'Есть противоречие' }));
    await user.click(within(review).getByRole('button', { name: 'Сохранить проверку' }));
    const note = within(fourth).getByRole('textbox', { name: 'В чём противоречие' });
    expect(note).toHaveAccessibleDescription('Объясните, в чём противоречие с принципом.');
    expect(note).toHaveFocus();
    expect(app.bridge.callsTo('statements:setReview')).toHaveLength(0);

    await user.type(note, 'Обращение не предлагает постоянной связи с жителями.');
    await user.click(within(review).getByRole('button', { name: 'Сохранить проверку' }));
    expect(await screen.findByText('Проверка сохранена: отмечено 4 из 4')).toBeInTheDocument();
    expect(app.bridge.callsTo('statements:setReview')).toEqual([
      {
        statementId: id,
        review: [
          { principleId: 'principle-1', verdict: 'not_relevant', note: '' },
          { principleId: 'principle-2', verdict: 'not_relevant', note: '' },
          { principleId: 'principle-3', verdict: 'not_relevant', note: '' },
          { principleId: 'principle-4', verdict: 'tension', note: 'Обращение не предлагает постоянной связи с жителями.' },
        ],
      },
    ]);

    await user.click(screen.getByRole('button', { name: 'Открыть для подписей' }));
    expect(await screen.findByText('Статус заявления: Открыто для подписей')).toBeInTheDocument();
    expect(await statusOf(app, id)).toBe('open');
    // Open: the review is fixed, the radios disabled, and the path shows who moved it.
    expect(await within(review).findByText(/проверка зафиксирована/)).toBeInTheDocument();
    expect(within(fourth).getByRole('radio', { name: 'Есть противоречие' })).toBeDisabled();
    await user.click(within(screen.getByRole('navigation', { name: 'Разделы заявления' })).getByRole('link', { name: 'Текст' }));
    const path = await screen.findByRole('region', { name: 'Путь заявления' });
    expect(within(path).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Черновик — Секретарь союза, /),
      expect.stringMatching(/^На обсуждении — Секретарь союза, /),
      expect.stringMatching(/^Открыто для подписей — Секретарь союза, /),
    ]);
  });

  it('confirms before withdrawing, and translates a refusal of the service', async () => {
    const { app, id } = await underReview();
    const { user } = await app.render(`#/statements/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Отозвать' }));
    const confirm = screen.getByRole('group', { name: 'Отозвать' });
    expect(await statusOf(app, id)).toBe('review');
    // Refused as by a service that changed in between (another window moved it): injected, once.
    app.bridge.failNext('statements:move', { code: 'invalid', message: 'statement.not_allowed' });
    await user.click(within(confirm).getByRole('button', { name: 'Да, отозвать' }));
    expect(await screen.findByText('Из этого статуса так перейти нельзя.')).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Да, отозвать' }));
    expect(await screen.findByText('Статус заявления: Отозвано')).toBeInTheDocument();
    expect(await statusOf(app, id)).toBe('withdrawn');
    expect(screen.getByRole('button', { name: 'Снова взять в работу' })).toBeInTheDocument();
  });
});
