import { spawnSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type App } from './support/fixture';

// Exports through the UI: the preview, the native save dialog (answered by the fixture)
// and the files the engine writes — PDF printed by Chromium, as in the app.

async function demoAsSecretary(app: App): Promise<void> {
  const folder = await app.newTempDir();
  await app.setNextFolder(folder);
  await app.page.getByRole('button', { name: 'Создать демонстрационное пространство' }).click();
  await app.page.getByRole('button', { name: 'Я секретарь союза' }).click();
  await expect(app.page.getByText('Вы: секретарь союза')).toBeVisible();
}

/** An issue of the demo workspace that deputies took stances on. */
async function issueWithStances(app: App): Promise<{ id: string; title: string }> {
  const positions = await app.invoke('records:list', { collection: 'positions', query: { limit: 1 } });
  if (!positions.ok) throw new Error('no positions');
  const issueId = (positions.value as { items: { issueId: string }[] }).items[0]!.issueId;
  const issue = await app.invoke('records:get', { collection: 'issues', id: issueId });
  if (!issue.ok) throw new Error('no issue');
  return { id: issueId, title: (issue.value as { title: string }).title };
}

test.describe('export', () => {
  test('an issue summary to PDF, DOCX and CSV, with a preview first', async ({ app }) => {
    const page = app.page;
    await demoAsSecretary(app);
    const issue = await issueWithStances(app);

    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Экспорт сводок' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Экспорт сводки' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Один вопрос' })).toBeChecked();
    await page.getByRole('combobox', { name: 'Вопрос' }).fill(issue.title);
    await page.getByRole('option', { name: new RegExp(`^${issue.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first().click();
    const preview = page.getByRole('region', { name: 'Предпросмотр' });
    await expect(preview.getByRole('heading', { level: 3 })).toContainText(issue.title);
    await expect(preview.getByRole('table').first()).toBeVisible();
    await app.checkA11y();
    await app.screenshot('export-form');
    await preview.getByRole('heading', { level: 2 }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await app.screenshot('export-preview');

    const out = await app.newTempDir();
    const save = async (format: RegExp, file: string) => {
      await page.getByRole('radio', { name: format }).check();
      await app.setNextFolder(path.join(out, file));
      await page.getByRole('button', { name: 'Сохранить…' }).click();
      await expect(page.getByRole('status').filter({ hasText: `Сводка сохранена: ${file}` })).toBeVisible({ timeout: 30_000 });
      const written = path.join(out, file);
      expect((await stat(written)).size).toBeGreaterThan(0);
      return written;
    };

    const pdf = await save(/^PDF/, 'вопрос.pdf');
    expect((await readFile(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain(issue.title.replace(/\s+/g, ' '));

    const docx = await save(/^DOCX/, 'вопрос.docx');
    expect((await readFile(docx)).subarray(0, 2).toString('latin1')).toBe('PK');

    await page.getByRole('radio', { name: /^CSV/ }).check();
    await expect(page.getByRole('radio', { name: /^Точка с запятой/ })).toBeChecked();
    await expect(preview.getByText(/^В CSV попадёт только таблица/)).toBeVisible();
    const csv = await readFile(await save(/^CSV/, 'вопрос.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toContain(';');
    await app.checkA11y();
  });

  test('a closed save dialog writes nothing, and a missing folder is explained', async ({ app }) => {
    const page = app.page;
    await demoAsSecretary(app);
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Экспорт сводок' }).click();
    await page.getByRole('radio', { name: 'Весь союз' }).check();
    await expect(page.getByRole('region', { name: 'Предпросмотр' }).getByRole('heading', { level: 3 })).toBeVisible();
    await page.getByRole('radio', { name: /^Markdown/ }).check();

    await app.setNextFolder(null);
    await page.getByRole('button', { name: 'Сохранить…' }).click();
    await expect(page.getByRole('button', { name: 'Сохранить…' })).toBeEnabled();
    await expect(page.getByText(/Сводка сохранена|не сохранена/)).toHaveCount(0);

    const out = await app.newTempDir();
    await app.setNextFolder(path.join(out, 'нет такой папки', 'союз.md'));
    await page.getByRole('button', { name: 'Сохранить…' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Сводка не сохранена' })).toContainText('Папка не найдена');
    await app.checkA11y();
  });
});
