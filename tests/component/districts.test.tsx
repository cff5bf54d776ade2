import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { normalizeForSearch, matchesQuery } from '../../renderer/src/lib/search';
import { startApp } from './support/realApp';

describe('search text', () => {
  it('reads ё as е and ignores case and extra spaces', () => {
    expect(normalizeForSearch('  Савёловский   Район ')).toBe('савеловский район');
    expect(matchesQuery('савеловский', 'Савёловский')).toBe(true);
    expect(matchesQuery('хорошево-мневники', 'Хорошёво-Мнёвники')).toBe(true);
    expect(matchesQuery('мневники хорошево', 'Хорошёво-Мнёвники')).toBe(true);
    expect(matchesQuery('мневники строгино', 'Хорошёво-Мнёвники')).toBe(false);
    expect(matchesQuery('', 'anything')).toBe(true);
  });
});

describe('districts', () => {
  async function setup() {
    const app = await startApp();
    const rendered = await app.render('#/districts');
    await screen.findByRole('heading', { level: 2, name: 'Москва: встроенный справочник' });
    return { ...rendered, app };
  }

  it('lists the Moscow directory grouped by okrug', async () => {
    await setup();
    expect(screen.getByText('146 округов', { selector: '.toolbar-count' })).toBeInTheDocument();
    const okrugs = screen.getAllByRole('heading', { level: 3 });
    expect(okrugs).toHaveLength(12);
    expect(okrugs[0]).toHaveTextContent('Центральный административный округ (ЦАО)');
    expect(okrugs[0]).toHaveTextContent('10 округов');
  });

  it('finds Савёловский by "савеловский"', async () => {
    const { user } = await setup();
    await user.type(screen.getByRole('searchbox', { name: 'Поиск по названию' }), 'савеловский');
    expect(screen.getByRole('link', { name: 'Савёловский' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(1);
    expect(screen.getByText('1 округ', { selector: '.toolbar-count' })).toBeInTheDocument();
  });

  it('adds a district of another region, validating the OKTMO code', async () => {
    const { user, app } = await setup();
    await user.click(screen.getByRole('link', { name: 'Добавить округ' }));
    await user.type(await screen.findByRole('textbox', { name: 'Название' }), 'Смольнинское');
    await user.type(screen.getByRole('textbox', { name: 'Регион' }), 'Санкт-Петербург');
    await user.type(screen.getByRole('textbox', { name: /Код ОКТМО/ }), '12ab');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(screen.getByText('Код ОКТМО — 8 или 11 цифр.')).toBeInTheDocument();
    expect(app.bridge.callsTo('records:create')).toHaveLength(0);

    await user.clear(screen.getByRole('textbox', { name: /Код ОКТМО/ }));
    await user.type(screen.getByRole('textbox', { name: /Код ОКТМО/ }), '40911000');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    await screen.findByRole('heading', { level: 2, name: 'Другие регионы' });
    expect(app.bridge.callsTo('records:create')).toEqual([
      { collection: 'districts', data: { name: 'Смольнинское', region: 'Санкт-Петербург', kind: 'municipal_okrug', oktmo: '40911000', builtIn: false } },
    ]);
    const region = await screen.findByRole('region', { name: /Санкт-Петербург/ });
    expect(within(region).getByRole('link', { name: 'Смольнинское' })).toBeInTheDocument();
  });

  it('shows a built-in district read-only', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('link', { name: 'Арбат' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Арбат' })).toBeInTheDocument();
    expect(screen.getByText(/нельзя изменить/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});
