import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { startApp } from './support/realApp';

describe('deputy form', () => {
  it('shows translated errors for invalid input and saves nothing', async () => {
    const app = await startApp();
    const { user } = await app.render('#/deputies/new');
    await screen.findByRole('heading', { level: 1, name: 'Новый депутат' });

    await user.type(screen.getByRole('textbox', { name: /Электронная почта/ }), 'not-an-email');
    await user.type(screen.getByRole('textbox', { name: /Телефон/ }), 'звоните');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    const name = screen.getByRole('textbox', { name: 'Фамилия, имя, отчество' });
    expect(name).toHaveAccessibleDescription('Заполните это поле.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'Муниципальный округ' })).toHaveAccessibleDescription('Заполните это поле.');
    expect(screen.getByText(/Адрес почты выглядит неверно/)).toBeInTheDocument();
    expect(screen.getByText(/Телефон — цифры, пробелы/)).toBeInTheDocument();
    expect(await screen.findByText('В форме 4 ошибки. Исправьте отмеченные поля.')).toBeInTheDocument();
    expect(app.bridge.callsTo('records:create')).toHaveLength(0);
  });

  it('creates a deputy with a district picked by typing without ё', async () => {
    const app = await startApp();
    const { user } = await app.render('#/deputies/new');
    await user.type(await screen.findByRole('textbox', { name: 'Фамилия, имя, отчество' }), 'Сергеева Анна Павловна');
    await user.type(screen.getByRole('combobox', { name: 'Муниципальный округ' }), 'савеловский');
    await user.click(await screen.findByRole('option', { name: 'Савёловский' }));
    await user.type(screen.getByRole('textbox', { name: /Телефон/ }), '+7 495 123-45-67');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Депутаты' })).toBeInTheDocument();
    const [input] = app.bridge.callsTo('records:create') as { collection: string; data: Record<string, unknown> }[];
    expect(input?.collection).toBe('deputies');
    expect(input?.data).toEqual({
      name: 'Сергеева Анна Павловна',
      districtId: 'msk-45344000',
      councilRole: 'member',
      phone: '+7 495 123-45-67',
      status: 'active',
      groupIds: [],
    });
    expect(screen.getByText('Депутат Сергеева Анна Павловна добавлен')).toBeInTheDocument();
    expect((await app.all('deputies')).map((deputy) => deputy.name)).toEqual(['Сергеева Анна Павловна']);
  });

  it('clears an emptied optional field when editing', async () => {
    const app = await startApp();
    const deputy = await app.create('deputies', { name: 'Петров Пётр', districtId: 'msk-45374000', party: 'Яблоко', email: 'p@example.ru' });
    const { user } = await app.render(`#/deputies/${deputy.id}`);
    const party = await screen.findByRole('textbox', { name: /Партия/ });
    await user.clear(party);
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    await screen.findByRole('heading', { level: 1, name: 'Депутаты' });
    expect(app.bridge.callsTo('records:patch')).toEqual([
      expect.objectContaining({ collection: 'deputies', id: deputy.id, unset: ['party'] }),
    ]);
    expect(await app.get('deputies', deputy.id)).not.toHaveProperty('party');
  });

  it('puts the field issues of a refused save on the fields', async () => {
    const app = await startApp();
    // The form checks with the same schema as the services, so no input of it is refused there: the refusal is injected.
    app.bridge.failNext('records:create', { code: 'invalid', issues: [{ path: ['name'], message: 'error.tooLong' }] });
    const { user } = await app.render('#/deputies/new');
    await user.type(await screen.findByRole('textbox', { name: 'Фамилия, имя, отчество' }), 'Иванов');
    await user.type(screen.getByRole('combobox', { name: 'Муниципальный округ' }), 'Арбат');
    await user.click(await screen.findByRole('option', { name: 'Арбат' }));
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(await screen.findByText('Слишком длинно.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Новый депутат' })).toBeInTheDocument();
  });

  it('groups the district picker by okrug', async () => {
    const { user } = await (await startApp()).render('#/deputies/new');
    await user.click(await screen.findByRole('button', { name: /Показать все округа/ }));
    const listbox = await screen.findByRole('listbox');
    const sections = within(listbox).getAllByRole('group');
    expect(sections).toHaveLength(12);
    expect(sections[0]).toHaveAccessibleName(/ЦАО/);
    expect(within(sections[0]!).getByRole('option', { name: 'Арбат' })).toBeInTheDocument();
  });

  it('sets group membership with checkboxes', async () => {
    const app = await startApp();
    const group = await app.create('groups', { name: 'Транспорт', kind: 'working' });
    const deputy = await app.create('deputies', { name: 'Петров Пётр', districtId: 'msk-45374000' });
    const { user } = await app.render(`#/deputies/${deputy.id}`);
    const groups = await screen.findByRole('group', { name: 'Группы' });
    await user.click(within(groups).getByRole('checkbox', { name: 'Транспорт' }));
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    await screen.findByRole('heading', { level: 1, name: 'Депутаты' });
    expect((await app.get('deputies', deputy.id))?.groupIds).toEqual([group.id]);
    expect(await screen.findByRole('cell', { name: 'Транспорт' })).toBeInTheDocument();
  });
});
