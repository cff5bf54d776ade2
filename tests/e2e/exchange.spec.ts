import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type App } from './support/fixture';

// Exchange between laptops through the UI (issue 8): two running apps, each its own device, on
// copies of one workspace, exchanging bundles both ways. Seeding goes through the preload API, as
// another screen would; everything about exchange goes through the exchange screens.

const ISSUE = 'Пешеходный переход у школы на Лесной';
const REASONS_A = 'Дети переходят здесь каждый день.';
const REASONS_B = 'Сначала нужен светофор, а не зебра.';

async function ok<T>(app: App, channel: string, input?: unknown): Promise<T> {
  const result = await app.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Says who is at this laptop: the deputy at `index` in the "who am I" list. Returns the name and id. */
async function beDeputy(app: App, index: number): Promise<{ name: string; id: string; device: string }> {
  const page = app.page;
  await expect(page.getByRole('heading', { level: 1, name: 'Кто вы?' })).toBeVisible();
  await page.getByRole('listbox', { name: 'Депутаты союза' }).getByRole('option').nth(index).click();
  const proceed = page.getByRole('button', { name: /^Продолжить как / });
  const name = (await proceed.innerText()).replace('Продолжить как ', '');
  await proceed.click();
  await expect(page.getByText(`Вы: ${name}`)).toBeVisible();
  const info = await ok<{ device: string; identity: { deputyId: string } }>(app, 'workspace:current');
  return { name, id: info.identity.deputyId, device: info.device };
}

async function openExchange(app: App): Promise<void> {
  await app.page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Обмен данными' }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Обмен данными' })).toBeVisible();
}

/** Saves a bundle from the exchange screen (everything, or only what `since` lacks) to `file`. */
async function saveBundle(app: App, file: string, since?: string): Promise<void> {
  await openExchange(app);
  const send = app.page.getByRole('region', { name: 'Отправить данные' });
  if (since) await send.getByRole('radio', { name: new RegExp(`^Только новое для устройства ${since}`) }).check();
  await app.setNextFolder(file);
  await send.getByRole('button', { name: 'Сохранить пакет…' }).click();
  await expect(send.getByRole('status')).toContainText(`Пакет сохранён: ${path.basename(file)}`);
}

/** Chooses a bundle on the exchange screen and waits for its preview. */
async function previewBundle(app: App, file: string): Promise<void> {
  await openExchange(app);
  await app.setNextFolder(file);
  await app.page.getByRole('button', { name: 'Выбрать пакет…' }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Загрузка пакета' })).toBeVisible();
  await expect(app.page.getByText(`Файл: ${path.basename(file)}`)).toBeVisible();
}

async function importPreviewed(app: App): Promise<void> {
  await app.page.getByRole('button', { name: 'Загрузить', exact: true }).click();
  await expect(app.page.getByRole('main').getByText(/^Пакет загружен: записано \d+/)).toBeVisible();
}

/** The issue's summary in the export preview: every deputy's stance and reasons are in it. */
async function issueSummary(app: App) {
  const page = app.page;
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Экспорт сводок' }).click();
  await page.getByRole('radio', { name: 'Один вопрос' }).check();
  await page.getByRole('combobox', { name: 'Вопрос' }).fill('пешеходный переход');
  await page.getByRole('option', { name: ISSUE }).click();
  const preview = page.getByRole('region', { name: 'Предпросмотр' });
  await expect(preview.getByRole('heading', { level: 3 })).toContainText(ISSUE);
  return preview;
}

test.describe('exchange', () => {
  test('two laptops exchange bundles through the UI, see each other’s stances, and resolve a conflict', async ({ app }) => {
    test.setTimeout(180_000);
    const a = app;
    const folderA = await a.newTempDir();
    await a.setNextFolder(folderA);
    await a.page.getByRole('button', { name: 'Создать демонстрационное пространство' }).click();
    const deputyA = await beDeputy(a, 0);

    // The second laptop starts from a copy of the folder, without the first one's device-local files.
    const folderB = path.join(await a.newTempDir(), 'союз');
    await cp(folderA, folderB, { recursive: true, filter: (source) => !source.startsWith(path.join(folderA, 'local')) });
    const b = await app.another();
    await b.setNextFolder(folderB);
    await b.page.getByRole('button', { name: 'Открыть пространство' }).click();
    const deputyB = await beDeputy(b, 1);

    // Laptop A: a new issue and its deputy's stance.
    const issue = await ok<{ id: string }>(a, 'records:create', { collection: 'issues', data: { title: ISSUE, category: 'transport', description: 'Жители просят переход.' } });
    await ok(a, 'positions:record', { issueId: issue.id, deputyId: deputyA.id, stance: 'support', reasons: REASONS_A });

    // A → B: everything; the preview shows what will be added, by collection, before anything changes.
    const bundles = await a.newTempDir();
    await saveBundle(a, path.join(bundles, 'от-A.adbundle'));
    await previewBundle(b, path.join(bundles, 'от-A.adbundle'));
    const changes = b.page.getByRole('region', { name: 'Что изменится' });
    await expect(changes.getByRole('heading', { level: 3, name: 'Вопросы' })).toBeVisible();
    await expect(changes.getByRole('heading', { level: 3, name: 'Позиции депутатов' })).toBeVisible();
    await expect(changes.getByText(`${deputyA.name} — ${ISSUE}`)).toBeVisible();
    await b.checkA11y();
    await b.screenshot('import-preview');
    await importPreviewed(b);

    // Laptop B: its own deputy's stance on the same issue; B → A with only what A lacks.
    await ok(b, 'positions:record', { issueId: issue.id, deputyId: deputyB.id, stance: 'oppose', reasons: REASONS_B });
    await saveBundle(b, path.join(bundles, 'от-B.adbundle'), deputyA.device);
    await previewBundle(a, path.join(bundles, 'от-B.adbundle'));
    await expect(a.page.getByText(/В пакете только то, чего у вас не было при прошлом обмене/)).toBeVisible();
    await importPreviewed(a);

    // Each laptop now shows both stances.
    for (const laptop of [a, b]) {
      const preview = await issueSummary(laptop);
      for (const text of [deputyA.name, deputyB.name, REASONS_A, REASONS_B]) await expect(preview.getByText(text, { exact: false }).first()).toBeVisible();
    }

    // The same description edited differently on both laptops: kept as a conflict, shown before import.
    await ok(a, 'records:patch', { collection: 'issues', id: issue.id, data: { description: 'Переход нужен у ворот школы.' } });
    await ok(b, 'records:patch', { collection: 'issues', id: issue.id, data: { description: 'Переход нужен у остановки автобуса.' } });
    await saveBundle(a, path.join(bundles, 'от-A-2.adbundle'), deputyB.device);
    await previewBundle(b, path.join(bundles, 'от-A-2.adbundle'));
    const texts = b.page.getByRole('region', { name: 'Тексты, изменённые на обоих устройствах' });
    await expect(texts.getByText(`${ISSUE} — описание`)).toBeVisible();
    await expect(texts.getByText(/Правки пересекаются/)).toBeVisible();
    await b.checkA11y();
    await texts.evaluate((region) => region.scrollIntoView({ block: 'center' }));
    await b.screenshot('import-preview-conflict');
    await importPreviewed(b);

    await b.page.getByRole('link', { name: 'Разобрать расхождения' }).click();
    const card = b.page.getByRole('region', { name: `${ISSUE} — описание` });
    await expect(card.getByText('Жители просят переход.')).toBeVisible();
    await expect(card.getByText('Переход нужен у ворот школы.')).toBeVisible();
    await expect(card.getByText('Переход нужен у остановки автобуса.')).toBeVisible();
    await b.checkA11y();
    await b.screenshot('exchange-conflicts');
    await card.getByRole('button', { name: new RegExp(`^Оставить эту версию \\(${deputyA.name}, `) }).click();
    await expect(b.page.getByText('Расхождений нет — все тексты согласованы.')).toBeVisible();
    expect(await ok<{ description: string }>(b, 'records:get', { collection: 'issues', id: issue.id })).toMatchObject({ description: 'Переход нужен у ворот школы.' });

    await openExchange(b);
    await b.checkA11y();
    await b.screenshot('exchange');
  });

  test('a bundle from another workspace is refused with its reason, and nothing changes', async ({ app }) => {
    const page = app.page;
    const first = await app.newTempDir();
    await app.setNextFolder(first);
    await page.getByRole('button', { name: 'Создать демонстрационное пространство' }).click();
    await page.getByRole('button', { name: 'Я секретарь союза' }).click();
    const bundle = path.join(await app.newTempDir(), 'чужой.adbundle');
    await saveBundle(app, bundle);

    // Another workspace on the same laptop.
    await page.getByRole('button', { name: 'Закрыть пространство' }).click();
    await app.setNextFolder(await app.newTempDir());
    await page.getByRole('button', { name: 'Создать демонстрационное пространство' }).click();
    await page.getByRole('button', { name: 'Я секретарь союза' }).click();
    const before = await ok<{ total: number }>(app, 'records:list', { collection: 'deputies', query: { limit: 1 } });

    await previewBundle(app, bundle);
    await expect(page.getByRole('alert').filter({ hasText: 'Пакет не принят' })).toContainText('Пакет из другого пространства');
    await app.checkA11y();
    await app.screenshot('import-refused');
    expect(await ok<{ total: number }>(app, 'records:list', { collection: 'deputies', query: { limit: 1 } })).toMatchObject({ total: before.total });
  });

  test('a bundle dropped on the window is checked from its bytes', async ({ app }) => {
    const page = app.page;
    await app.setNextFolder(await app.newTempDir());
    await page.getByRole('button', { name: 'Создать демонстрационное пространство' }).click();
    await page.getByRole('button', { name: 'Я секретарь союза' }).click();
    const file = path.join(await app.newTempDir(), 'свой.adbundle');
    await saveBundle(app, file);
    const base64 = (await readFile(file)).toString('base64');

    // A real drop in Chromium: a File in a DataTransfer, as the OS hands it to the page.
    await page.evaluate(
      ({ name, data }) => {
        // The page's DOM types, which this Node-side file does not load.
        const dom = globalThis as unknown as {
          DataTransfer: new () => { items: { add(file: File): void } };
          DragEvent: new (type: string, init: object) => Event;
          dispatchEvent(event: Event): boolean;
        };
        const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
        const transfer = new dom.DataTransfer();
        transfer.items.add(new File([bytes], name));
        for (const type of ['dragenter', 'drop']) dom.dispatchEvent(new dom.DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { name: 'свой.adbundle', data: base64 },
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Загрузка пакета' })).toBeVisible();
    await expect(page.getByText('Файл: свой.adbundle')).toBeVisible();
    // Its own bundle brings nothing new.
    await expect(page.getByText('Всё из этого пакета у вас уже есть. Загружать нечего.')).toBeVisible();
  });
});
