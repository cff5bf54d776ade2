import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { describeHistory } from '../../renderer/src/lib/history';
import { startApp } from './support/realApp';

describe('history', () => {
  it('derives old values by replaying earlier operations', () => {
    const items = describeHistory([
      { clock: '1', at: '2025-03-01T09:00:00Z', device: 'd', author: 'secretary', kind: 'put', data: { title: 'A', summary: '' } },
      { clock: '2', at: '2025-03-01T10:00:00Z', device: 'd', author: 'dep1', kind: 'patch', data: { title: 'B' } },
      { clock: '3', at: '2025-03-01T11:00:00Z', device: 'd', author: 'dep1', kind: 'patch', data: { summary: 'S' }, unset: ['title'] },
    ]);
    expect(items.map((item) => item.changes)).toEqual([
      [
        { field: 'title', from: undefined, to: 'A' },
        { field: 'summary', from: undefined, to: '' },
      ],
      [{ field: 'title', from: 'A', to: 'B' }],
      [
        { field: 'summary', from: '', to: 'S' },
        { field: 'title', from: 'B', to: undefined },
      ],
    ]);
  });
});

describe('principles', () => {
  it('lists the principles in order', async () => {
    const app = await startApp();
    await app.render('#/principles');
    const headings = await within(screen.getByRole('main')).findAllByRole('heading', { level: 2 });
    const titles = headings.map((h) => h.textContent);
    expect(titles).toEqual(['Принцип 1. Независимость', 'Принцип 2. Общее, а не различия', 'Принцип 3. Реальные интересы жителей', 'Принцип 4. Работа всё время']);
    expect(screen.getByText('4 принципа')).toBeInTheDocument();
  });

  it('edits a principle, refusing an empty title, and shows who changed what', async () => {
    const app = await startApp();
    const orlova = await app.create('deputies', { name: 'Орлова Мария', districtId: 'msk-45374000' });
    await app.actAs({ kind: 'deputy', deputyId: orlova.id });
    const { user } = await app.render('#/principles');
    await user.click(await screen.findByRole('link', { name: 'Принцип 1. Независимость' }));

    const title = await screen.findByRole('textbox', { name: 'Название' });
    await user.clear(title);
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(title).toHaveAccessibleDescription('Заполните это поле.');
    expect(app.bridge.callsTo('records:patch')).toHaveLength(0);

    await user.type(title, 'Независимость депутата');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(await screen.findByText('Принцип сохранён')).toBeInTheDocument();
    expect((await app.get('principles', 'principle-1'))?.title).toBe('Независимость депутата');

    const history = screen.getByRole('region', { name: 'История изменений' });
    expect(await within(history).findByText('Название: «Независимость» → «Независимость депутата»')).toBeInTheDocument();
    expect(within(history).getByText('Орлова Мария')).toBeInTheDocument();
    expect(within(history).getByText('Секретарь')).toBeInTheDocument();
  });

  it('adds a principle with the next number and rejects a number that is not one', async () => {
    const app = await startApp();
    const { user } = await app.render('#/principles/new');
    const number = await screen.findByRole('textbox', { name: 'Номер' });
    expect(number).toHaveValue('5');
    await user.clear(number);
    await user.type(number, 'пять');
    await user.type(screen.getByRole('textbox', { name: 'Название' }), 'Открытость');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(number).toHaveAccessibleDescription('Введите целое число.');
    expect(app.bridge.callsTo('records:create')).toHaveLength(0);

    await user.clear(number);
    await user.type(number, '5');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(await screen.findByRole('link', { name: 'Принцип 5. Открытость' })).toBeInTheDocument();
  });
});
