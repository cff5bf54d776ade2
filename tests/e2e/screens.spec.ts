import { expect, test, type App } from './support/fixture';

// Every screen with data in it (the demo workspace), in English and in the dark theme, plus the
// deputies table at the scale of a real alliance. Roles and labels only.

async function openDemo(app: App, createLabel: string): Promise<void> {
  const folder = await app.newTempDir();
  await app.setNextFolder(folder);
  await app.page.getByRole('button', { name: createLabel }).click();
}

test.describe('screens, Russian', () => {
  test('who am I, groups, a district, a deputy, and a screen still to come', async ({ app }) => {
    const page = app.page;
    await openDemo(app, 'Создать демонстрационное пространство');

    await expect(page.getByRole('heading', { level: 1, name: 'Кто вы?' })).toBeVisible();
    const list = page.getByRole('listbox', { name: 'Депутаты союза' });
    await expect(list.getByRole('option')).toHaveCount(30);
    await app.checkA11y();
    await app.screenshot('who-am-i');
    await list.getByRole('option').first().click();
    const proceed = page.getByRole('button', { name: /^Продолжить как / });
    const name = (await proceed.innerText()).replace('Продолжить как ', '');
    await proceed.click();
    await expect(page.getByText(`Вы: ${name}`)).toBeVisible();

    const nav = page.getByRole('navigation', { name: 'Разделы' });
    await nav.getByRole('link', { name: 'Депутаты' }).click();
    await expect(page.getByRole('main').getByText('30 депутатов', { exact: true })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('deputies');

    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('link', { name: 'Изменить данные' }).click();
    await expect(page.getByRole('textbox', { name: 'Фамилия, имя, отчество' })).not.toBeEmpty();
    await app.checkA11y();
    await app.screenshot('deputy-edit');

    await nav.getByRole('link', { name: 'Группы' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Группы' })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('groups');
    await page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link').click();
    await expect(page.getByRole('region', { name: /Участники/ })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('group');

    await nav.getByRole('link', { name: 'Округа' }).click();
    await page.getByRole('link', { name: 'Арбат' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Арбат' })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('district-builtin');

  });

  test('the deputies table with 430 rows: virtualized, sortable, filterable', async ({ app }) => {
    const page = app.page;
    await openDemo(app, 'Создать демонстрационное пространство');
    await page.getByRole('button', { name: 'Я секретарь союза' }).click();
    await expect(page.getByText('Вы: секретарь союза')).toBeVisible();
    // Seeding through the preload API, as another device's sync would deliver records.
    await page.evaluate(async () => {
      const api = (globalThis as unknown as { allianceDesk: Record<string, (input: unknown) => Promise<unknown>> }).allianceDesk;
      for (let i = 1; i <= 400; i += 1) {
        await api['records:create']!({
          collection: 'deputies',
          data: { name: `Яковлев ${String(i).padStart(3, '0')}`, districtId: 'msk-45374000', ...(i % 2 ? { party: 'Яблоко' } : {}) },
        });
      }
    });
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Депутаты' }).click();
    const table = page.getByRole('table');
    await expect(page.getByRole('main').getByText('430 депутатов', { exact: true })).toBeVisible();
    await expect(table).toHaveAttribute('aria-rowcount', '431');
    const rendered = await table.getByRole('row').count();
    expect(rendered).toBeLessThan(80);

    // Scroll to the end: the last deputy alphabetically is rendered, with its row index.
    const scroller = page.getByRole('region', { name: 'Список депутатов' });
    await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    const last = table.getByRole('row', { name: /Яковлев 400/ });
    await expect(last).toBeVisible();
    await expect(last).toHaveAttribute('aria-rowindex', '431');
    await app.checkA11y();
    await app.screenshot('deputies-430-scrolled');

    await table.getByRole('button', { name: 'ФИО' }).click();
    await expect(table.getByRole('columnheader', { name: 'ФИО' })).toHaveAttribute('aria-sort', 'descending');
    // Яковлев 040, 140, 240, 340 and 400.
    await page.getByRole('searchbox', { name: /Поиск/ }).fill('яковлев 40');
    await expect(page.getByText('Показано 5 из 430 депутатов')).toBeVisible();
    await app.screenshot('deputies-430-filtered');
  });
});

test.describe('screens, English system', () => {
  test.use({ locale: 'en-US' });

  test('the start screen and the demo workspace in English', async ({ app }) => {
    const page = app.page;
    await expect(page.getByRole('button', { name: 'Create a workspace' })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('start-en');
    await openDemo(app, 'Create the demo workspace');
    await page.getByRole('button', { name: 'I am the alliance secretary' }).click();
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Districts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Districts' })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('districts-en');
  });
});

test.describe('screens, dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system dark theme on every main screen', async ({ app }) => {
    const page = app.page;
    await app.checkA11y();
    await app.screenshot('start-dark');
    await openDemo(app, 'Создать демонстрационное пространство');
    await page.getByRole('button', { name: 'Я секретарь союза' }).click();
    const nav = page.getByRole('navigation', { name: 'Разделы' });
    for (const [link, shot] of [
      ['Принципы', 'principles-dark'],
      ['Округа', 'districts-dark'],
      ['Депутаты', 'deputies-dark'],
      ['Группы', 'groups-dark'],
      ['Настройки', 'settings-dark'],
    ] as const) {
      await nav.getByRole('link', { name: link }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await app.checkA11y();
      await app.screenshot(shot);
    }
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Депутаты' }).click();
    await page.getByRole('link', { name: 'Добавить депутата' }).click();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByRole('textbox', { name: 'Фамилия, имя, отчество' })).toHaveAccessibleDescription('Заполните это поле.');
    await app.checkA11y();
    await app.screenshot('deputy-form-errors-dark');
  });
});
