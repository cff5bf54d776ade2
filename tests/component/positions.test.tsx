import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Identity } from '../../shared/ipc/contract';
import { startApp } from './support/realApp';
import { seedIssues } from './support/seed-real';

/** A workspace with two deputies of one district and a few issues of it. */
async function alliance(identity: (ids: { anna: string; boris: string }) => Identity) {
  const app = await startApp();
  const anna = await app.create('deputies', { name: 'Сергеева Анна', districtId: 'msk-45374000' });
  const boris = await app.create('deputies', { name: 'Борисов Пётр', districtId: 'msk-45374000' });
  const issues = await seedIssues(app, 4, ['msk-45374000']);
  await app.actAs(identity({ anna: anna.id, boris: boris.id }));
  return { app, anna, boris, issues };
}

const principle3 = () => screen.getByRole('group', { name: /^Принцип 3\./ });

describe('position form', () => {
  it('blocks a stance in tension with a principle until the tension is explained, then saves it as the deputy’s own', async () => {
    const { app, anna, issues } = await alliance(({ anna }) => ({ kind: 'deputy', deputyId: anna }));
    const issue = issues[0]!;
    const { user } = await app.render(`#/issues/${issue.id}/position`);
    await screen.findByRole('heading', { level: 1, name: `Позиция по вопросу «${issue.title as string}»` });
    await user.click(screen.getByRole('radio', { name: 'Против' }));
    await user.type(screen.getByRole('textbox', { name: /Обоснование/ }), 'Сквер нужен жителям');
    await user.click(within(principle3()).getByRole('radio', { name: 'В противоречии' }));
    await user.click(screen.getByRole('button', { name: 'Сохранить позицию' }));

    const note = await screen.findByRole('textbox', { name: /Примечание к принципу 3/ });
    expect(note).toHaveAccessibleDescription(expect.stringContaining('Объясните, в чём противоречие с принципом.'));
    expect(note).toHaveFocus();
    expect(screen.getByText('В форме 1 ошибка. Исправьте отмеченное поле.')).toBeInTheDocument();
    expect(app.bridge.callsTo('positions:record')).toHaveLength(0);

    await user.type(note, 'Решение принято без жителей');
    await user.click(screen.getByRole('button', { name: 'Сохранить позицию' }));
    await screen.findByRole('heading', { level: 1, name: issue.title as string });
    expect(app.bridge.callsTo('positions:record')).toEqual([
      {
        issueId: issue.id,
        deputyId: anna.id,
        stance: 'oppose',
        reasons: 'Сквер нужен жителям',
        principleChecks: [{ principleId: 'principle-3', verdict: 'tension', note: 'Решение принято без жителей' }],
      },
    ]);
    const card = screen.getByRole('heading', { level: 3, name: 'Сергеева Анна' }).closest('li')!;
    expect(card).toHaveTextContent('Против');
    expect(card).toHaveTextContent('Записано самим депутатом');
    expect(card).toHaveTextContent('Принцип 3. Реальные интересы жителей: в противоречии — Решение принято без жителей');
  });

  it('puts a refusal of the main process on the note field it names', async () => {
    const { app, issues } = await alliance(({ anna }) => ({ kind: 'deputy', deputyId: anna }));
    const { user } = await app.render(`#/issues/${issues[0]!.id}/position`);
    await screen.findByRole('radio', { name: 'За' });
    await user.click(screen.getByRole('radio', { name: 'За' }));
    await user.click(within(principle3()).getByRole('radio', { name: 'Соответствует' }));
    // Only principle 3 is sent, as the first check: the server's index 0 is the form's third principle.
    // The form checks as the services do, so this refusal cannot come from the form's input: it is injected.
    app.bridge.failNext('positions:record', { code: 'invalid_input', issues: [{ path: ['principleChecks', 0, 'note'], message: 'error.tensionNote' }] });
    await user.click(screen.getByRole('button', { name: 'Сохранить позицию' }));
    const note = await screen.findByRole('textbox', { name: /Примечание к принципу 3/ });
    await waitFor(() => expect(note).toHaveAccessibleDescription('Объясните, в чём противоречие с принципом.'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Позиция по вопросу');
  });

  it('lets the secretary record what a deputy said by phone, refusing a time in the future, and shows it as unconfirmed', async () => {
    const { app, boris, issues } = await alliance(() => ({ kind: 'secretary' }));
    const issue = issues[0]!;
    const { user } = await app.render(`#/issues/${issue.id}/position`);
    await user.type(await screen.findByRole('combobox', { name: 'Депутат' }), 'борисов');
    await user.click(await screen.findByRole('option', { name: /Борисов Пётр/ }));
    await user.click(await screen.findByRole('radio', { name: 'По телефону' }));
    const when = screen.getByLabelText('Когда');
    await user.clear(when);
    await user.type(when, '2999-01-01T10:00');
    await user.click(screen.getByRole('radio', { name: 'За с поправками' }));
    await user.click(screen.getByRole('button', { name: 'Записать со слов депутата' }));
    expect(await screen.findByText('Дата не может быть позже сегодняшнего дня.')).toBeInTheDocument();
    expect(app.bridge.callsTo('positions:record')).toHaveLength(0);

    await user.clear(when);
    await user.type(when, '2025-11-20T10:30');
    await user.click(screen.getByRole('button', { name: 'Записать со слов депутата' }));
    await screen.findByRole('heading', { level: 1, name: issue.title as string });
    expect(app.bridge.callsTo('positions:record')).toEqual([
      expect.objectContaining({ deputyId: boris.id, stance: 'support_amended', onBehalf: { channel: 'phone', givenAt: new Date('2025-11-20T10:30').toISOString() } }),
    ]);
    const card = screen.getByRole('heading', { level: 3, name: 'Борисов Пётр' }).closest('li')!;
    expect(card).toHaveTextContent('Записано секретарём по телефону 20.11.2025, не подтверждено');
  });
});

describe('confirming and the timeline', () => {
  it('lets the deputy confirm a stance recorded on their behalf, and the timeline says it all in words', async () => {
    const { app, boris, issues } = await alliance(() => ({ kind: 'secretary' }));
    const issue = issues[0]!;
    await app.call('positions:record', { issueId: issue.id, deputyId: boris.id, stance: 'support', reasons: 'По телефону', onBehalf: { channel: 'phone', givenAt: '2025-11-20T10:00:00.000Z' } });
    await app.actAs({ kind: 'deputy', deputyId: boris.id });

    const { user } = await app.render('#/positions');
    await screen.findByRole('heading', { level: 1, name: 'Мои позиции' });
    expect(await screen.findByText('1 позиция; ждут вашего подтверждения: 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Подтвердить позицию по вопросу «${issue.title as string}»` }));
    expect(await screen.findByText('Позиция подтверждена')).toBeInTheDocument();
    expect(app.bridge.callsTo('positions:confirm')).toHaveLength(1);
    expect(await screen.findByText('1 позиция')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: issue.title as string }));
    const timeline = await screen.findByRole('region', { name: 'Хронология' });
    await waitFor(() => expect(within(timeline).getAllByRole('listitem').length).toBeGreaterThan(2));
    const entries = within(timeline).getAllByRole('listitem').filter((li) => li.classList.contains('history-item'));
    // Newest first: the confirmation, then the stance recorded by phone, then the issue itself.
    expect(entries[0]).toHaveTextContent('Борисов Пётр');
    expect(entries[0]).toHaveTextContent('Позиция: Борисов Пётр');
    expect(entries[0]).toHaveTextContent('Позиция подтверждена депутатом.');
    expect(entries[1]).toHaveTextContent('Секретарь');
    expect(entries[1]).toHaveTextContent('Позиция «За»: записано секретарём по телефону 20.11.2025, не подтверждено.');
    expect(entries[1]).toHaveTextContent('Обоснование: «По телефону».');
    expect(entries.at(-1)).toHaveTextContent('Вопрос заведён.');
  });

  it('shows the secretary the stances awaiting confirmation across the alliance', async () => {
    const { app, anna, boris, issues } = await alliance(() => ({ kind: 'secretary' }));
    const phone = { channel: 'phone', givenAt: '2025-11-20T10:00:00.000Z' } as const;
    await app.call('positions:record', { issueId: issues[0]!.id, deputyId: anna.id, stance: 'oppose', onBehalf: phone });
    await app.call('positions:record', { issueId: issues[1]!.id, deputyId: boris.id, stance: 'support', onBehalf: phone });
    await app.render('#/positions');
    await screen.findByRole('heading', { level: 1, name: 'Позиции, ждущие подтверждения' });
    expect(await screen.findByText('2 позиции ждут подтверждения')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('link', { name: 'Сергеева Анна' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: `Изменить позицию по вопросу «${issues[1]!.title as string}»` })).toHaveAttribute(
      'href',
      `#/issues/${issues[1]!.id}/position?deputy=${boris.id}`,
    );
  });
});
