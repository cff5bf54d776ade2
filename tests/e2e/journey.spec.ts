import type { Page } from '@playwright/test';
import { expect, test } from './support/fixture';

/** Collects what the strict CSP of index.html refused (inline styles or scripts), to assert none. */
function watchCsp(page: Page, refused: string[]): void {
  page.on('console', (message) => {
    // Chromium words it "Refused to …" or "… violates the following Content Security Policy directive".
    if (message.type() === 'error' && /Refused to|violates the following Content Security Policy/.test(message.text())) refused.push(message.text());
  });
}

// The first-day journey of an alliance secretary, through the UI only (roles and labels), with an
// accessibility check and a screenshot of every screen on the way.
test.describe('journey', () => {
  test('create a workspace, add a deputy, edit a principle, find it all after a restart, switch the language', async ({ app }) => {
    const page = app.page;
    const main = page.getByRole('main');
    const refused: string[] = [];
    watchCsp(page, refused);

    // Start screen.
    await expect(page.getByRole('heading', { level: 1, name: 'Alliance Desk' })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('start');

    // Create a workspace in an empty folder.
    const folder = await app.newTempDir();
    await app.setNextFolder(folder);
    await page.getByRole('button', { name: 'Создать пространство' }).click();
    const form = page.getByRole('region', { name: 'Новое пространство' });
    await expect(form.getByText(folder.split('/').pop()!)).toBeVisible();
    await app.checkA11y();
    await app.screenshot('start-create-form');
    await form.getByRole('textbox', { name: 'Название пространства' }).fill('Союз депутатов Москвы');
    await form.getByRole('button', { name: 'Создать' }).click();

    // Who am I: nobody is on the roster yet, so the secretary.
    await expect(page.getByRole('heading', { level: 1, name: 'Кто вы?' })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('who-am-i-empty');
    await page.getByRole('button', { name: 'Я секретарь союза' }).click();
    await expect(page.getByText('Вы: секретарь союза')).toBeVisible();

    // Principles: the four defaults, in order.
    await expect(page.getByRole('heading', { level: 1, name: 'Принципы союза' })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2 })).toHaveText([
      'Принцип 1. Независимость',
      'Принцип 2. Общее, а не различия',
      'Принцип 3. Реальные интересы жителей',
      'Принцип 4. Работа всё время',
    ]);
    await app.checkA11y();
    await app.screenshot('principles');

    // Edit principle 1: an empty title is refused, then a real change is saved and shows in the history.
    await main.getByRole('link', { name: 'Принцип 1. Независимость' }).click();
    const title = page.getByRole('textbox', { name: 'Название' });
    await title.fill('');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(title).toHaveAccessibleDescription('Заполните это поле.');
    await title.fill('Независимость от партий и мэрии');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByRole('status').getByText('Принцип сохранён')).toBeVisible();
    const history = page.getByRole('region', { name: 'История изменений' });
    await expect(history.getByText('Название: «Независимость» → «Независимость от партий и мэрии»')).toBeVisible();
    await app.checkA11y();
    await app.screenshot('principle-edit');

    // Districts: the Moscow directory, searchable with е for ё.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Округа' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Округа' })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('districts');
    await page.getByRole('searchbox', { name: 'Поиск по названию' }).fill('савеловский');
    await expect(main.getByRole('link', { name: 'Савёловский' })).toBeVisible();
    await app.screenshot('districts-search');

    // Add a deputy: first with invalid input, then correctly.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Депутаты' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Депутаты' })).toBeVisible();
    await expect(main.getByText('Депутатов пока нет. Добавьте первого.')).toBeVisible();
    await app.screenshot('deputies-empty');
    await page.getByRole('link', { name: 'Добавить депутата' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Новый депутат' })).toBeVisible();
    await page.getByRole('textbox', { name: /Электронная почта/ }).fill('не почта');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const name = page.getByRole('textbox', { name: 'Фамилия, имя, отчество' });
    await expect(name).toHaveAccessibleDescription('Заполните это поле.');
    await expect(name).toBeFocused();
    await expect(page.getByRole('combobox', { name: 'Муниципальный округ' })).toHaveAccessibleDescription('Заполните это поле.');
    await expect(page.getByText('Адрес почты выглядит неверно, например: name@example.ru')).toBeVisible();
    await expect(page.getByRole('alert').getByText('В форме 3 ошибки. Исправьте отмеченные поля.')).toBeVisible();
    await app.checkA11y();
    await app.screenshot('deputy-form-errors');

    await name.fill('Сергеева Анна Павловна');
    await page.getByRole('combobox', { name: 'Муниципальный округ' }).fill('савеловский');
    await page.getByRole('option', { name: 'Савёловский' }).click();
    await page.getByRole('textbox', { name: /Электронная почта/ }).fill('sergeeva@example.ru');
    await page.getByRole('textbox', { name: /Партия/ }).fill('');
    await app.screenshot('deputy-form-filled');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Депутаты' })).toBeVisible();
    const table = page.getByRole('table');
    await expect(table.getByRole('row', { name: /Сергеева Анна Павловна/ })).toContainText('Савёловский');
    await expect(main.getByText('1 депутат', { exact: true })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('deputies-one');

    // Reopen: quit, start again, open the workspace from the recent list; the data is there.
    await app.restart();
    const reopened = app.page;
    watchCsp(reopened, refused);
    await reopened.getByRole('button', { name: 'Открыть «Союз депутатов Москвы»' }).click();
    await expect(reopened.getByText('Вы: секретарь союза')).toBeVisible();
    await reopened.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Депутаты' }).click();
    await expect(reopened.getByRole('table').getByRole('row', { name: /Сергеева Анна Павловна/ })).toBeVisible();
    await reopened.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Принципы' }).click();
    await expect(reopened.getByRole('link', { name: 'Принцип 1. Независимость от партий и мэрии' })).toBeVisible();

    // Switch the language to English in Settings.
    await reopened.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Настройки' }).click();
    await expect(reopened.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('settings');
    await reopened.getByRole('radio', { name: 'English' }).check();
    await expect(reopened.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(reopened.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Deputies' })).toBeVisible();
    await expect(reopened.locator('html')).toHaveAttribute('lang', 'en');
    await app.screenshot('settings-en');
    await reopened.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Deputies' }).click();
    await expect(reopened.getByRole('main').getByText('1 deputy', { exact: true })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('deputies-en');
    expect(refused, 'nothing the UI does is refused by its Content-Security-Policy').toEqual([]);
  });
});
