/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { startApp, type TestApp } from './support/realApp';

const ARBAT = 'msk-45374000';

/** Anna of Арбат, two issues of Арбат, and Anna's own stance on the first; ends as the secretary. */
async function workspace(): Promise<{ app: TestApp; anna: { id: string }; issue: { id: string } }> {
  const app = await startApp({ name: 'Союз «Вместе»' });
  const anna = await app.create('deputies', { name: 'Белова Анна', districtId: ARBAT });
  const issue = await app.create('issues', { title: 'Сквер на Лесной', category: 'environment', districtIds: [ARBAT] });
  await app.create('issues', { title: 'Ёлочный базар у метро', category: 'other', districtIds: [ARBAT] });
  await app.actAs({ kind: 'deputy', deputyId: anna.id });
  await app.call('positions:record', { issueId: issue.id, deputyId: anna.id, stance: 'oppose', reasons: 'Жители против вырубки.' });
  await app.actAs({ kind: 'secretary' });
  return { app, anna, issue };
}

const preview = () => screen.getByRole('region', { name: 'Предпросмотр' });

describe('export screen', () => {
  it('opens for a record, previews it in the export language, and saves the chosen format', async () => {
    const { app, anna } = await workspace();
    const { user } = await app.render(`#/export?what=deputy:${anna.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Экспорт сводки' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Один депутат' })).toBeChecked();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Депутат' })).toHaveValue('Белова Анна'));
    const title = await within(preview()).findByRole('heading', { level: 3 });
    expect(title).toHaveTextContent('Белова Анна');
    expect(title.closest('article')).toHaveAttribute('lang', 'ru');
    expect(within(preview()).getByText('Союз «Вместе»')).toBeInTheDocument();

    // The export's language is its own: the UI stays Russian, the preview turns English.
    await user.click(screen.getByRole('radio', { name: 'English' }));
    await waitFor(() => expect(within(preview()).getByRole('heading', { level: 3 }).closest('article')).toHaveAttribute('lang', 'en'));
    expect(screen.getByRole('heading', { level: 1, name: 'Экспорт сводки' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /^CSV/ }));
    expect(screen.getByRole('radio', { name: /^Точка с запятой/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /^Запятая/ }));
    // A name typed without an extension gets the format's own.
    app.host.saveFile = path.join(app.root, 'summary');
    await user.click(screen.getByRole('button', { name: 'Сохранить…' }));

    expect(await screen.findByText(/^Сводка сохранена: summary\.csv \([\d,]+ (Б|кБ)\)\.$/)).toBeInTheDocument();
    expect(app.bridge.callsTo('export:run')).toEqual([{ jobId: expect.any(String), what: { kind: 'deputy', id: anna.id }, format: 'csv', lang: 'en', delimiter: ',' }]);
    const [header, ...rows] = (await readFile(path.join(app.root, 'summary.csv'), 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(header).toContain(',');
    expect(header).not.toContain(';');
    expect(rows.join('\n')).toContain('Сквер на Лесной');
  });

  it('says in plain words why a file was not written, and that nothing was left behind', async () => {
    const { app, issue } = await workspace();
    const { user } = await app.render(`#/export?what=issue:${issue.id}`);
    await within(preview()).findByRole('heading', { level: 3 });
    app.host.saveFile = path.join(app.root, 'unplugged', 'summary.pdf');
    await user.click(screen.getByRole('radio', { name: /^DOCX/ }));
    await user.click(screen.getByRole('button', { name: 'Сохранить…' }));
    const alert = await screen.findByText(/Папка не найдена/);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(alert).toHaveTextContent('Сводка не сохранена. Папка не найдена — возможно, диск или флешка отключены. Выберите другое место. Ничего не записано: незаконченного файла не осталось.');
  });

  it('shows progress while exporting and cancels the same run', async () => {
    const { app } = await workspace();
    app.host.saveFile = path.join(app.root, 'alliance.pdf');
    const { user } = await app.render('#/export?what=alliance');
    expect(screen.getByRole('radio', { name: 'Весь союз' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /^PDF/ }));
    await user.click(screen.getByRole('button', { name: 'Сохранить…' }));

    // The host's printer prints until the export is cancelled (tests/component/support/host-script.ts).
    const progress = await screen.findByRole('progressbar', { name: 'Ход экспорта' });
    await waitFor(() => expect(progress).toHaveAttribute('value', '0.4'));
    expect(screen.getByText('Печатаем в PDF…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Сохранить…' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Отменить экспорт' }));

    expect(await screen.findByText('Экспорт отменён. Файл не записан.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
    const [run] = app.bridge.callsTo('export:run') as { jobId: string }[];
    expect(app.bridge.callsTo('export:cancel')).toEqual([{ jobId: run!.jobId }]);
    await expect(readFile(app.host.saveFile)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('says nothing when the save dialog is closed', async () => {
    const { app, issue } = await workspace();
    app.host.saveFile = null;
    const { user } = await app.render(`#/export?what=issue:${issue.id}`);
    await within(preview()).findByRole('heading', { level: 3 });
    await user.click(screen.getByRole('button', { name: 'Сохранить…' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Сохранить…' })).toBeEnabled());
    expect(screen.queryByText(/Экспорт отменён/)).toBeNull();
    expect(screen.queryByText(/не сохранена/)).toBeNull();
    expect(app.bridge.callsTo('export:run')).toHaveLength(1);
  });

  it('finds the record by search, with ё and е alike, and waits for a choice before saving', async () => {
    const { app } = await workspace();
    const { user } = await app.render('#/export');
    expect(await screen.findByRole('radio', { name: 'Один вопрос' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Сохранить…' })).toBeDisabled();
    expect(within(preview()).getByText('Выберите, о чём будет сводка.')).toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: 'Вопрос' }), 'елочный');
    // Searched in the main process: only the matching issue is left (its district beside it).
    await waitFor(() => expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Ёлочный базар у метроАрбат']));
    await user.click(screen.getByRole('option', { name: /^Ёлочный базар у метро/ }));
    expect(await within(preview()).findByRole('heading', { level: 3, name: /Ёлочный базар у метро/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Сохранить…' })).toBeEnabled();
  });

  it('draws record text as text: markup in a name never becomes an element', async () => {
    const app = await startApp();
    const hostile = await app.create('deputies', { name: 'Тест <img src=x onerror="alert(1)"> <b>жирный</b>', districtId: ARBAT });
    await app.render(`#/export?what=deputy:${hostile.id}`);
    const title = await within(preview()).findByRole('heading', { level: 3 });
    expect(title.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(preview().querySelector('img, b, script')).toBeNull();
  });

  it('says when the preview shows only part of a long table', async () => {
    const app = await startApp({ name: 'Союз' });
    for (let n = 1; n <= 101; n += 1) await app.create('issues', { title: `Вопрос ${n}`, category: 'other' });
    const { user } = await app.render('#/export?what=alliance');
    expect(await within(preview()).findByText('Показаны первые 100 строк из 101; в файл войдут все.')).toBeInTheDocument();
    const table = within(preview()).getByRole('region', { name: 'Вопросы' });
    expect(within(table).getAllByRole('row')).toHaveLength(101); // the header row and 100 issues
    await user.click(screen.getByRole('radio', { name: /^CSV/ }));
    expect(within(preview()).getByText('В CSV попадёт только таблица «Вопросы».')).toBeInTheDocument();
  });

  it('is reachable from a deputy, a district and a group', async () => {
    const { app, anna } = await workspace();
    const group = await app.create('groups', { name: 'Транспорт', kind: 'working' });
    const { user } = await app.render(`#/deputies/${anna.id}`);
    const fromDeputy = await screen.findByRole('link', { name: 'Экспорт сводки…' });
    expect(fromDeputy).toHaveAttribute('href', `#/export?what=deputy%3A${anna.id}`);
    window.location.hash = `#/districts/${ARBAT}`;
    await waitFor(() => expect(screen.getByRole('link', { name: 'Экспорт сводки…' })).toHaveAttribute('href', `#/export?what=district%3A${ARBAT}`));
    window.location.hash = `#/groups/${group.id}`;
    await waitFor(() => expect(screen.getByRole('link', { name: 'Экспорт сводки…' })).toHaveAttribute('href', `#/export?what=group%3A${group.id}`));
    await user.click(screen.getByRole('link', { name: 'Экспорт сводки…' }));
    expect(await screen.findByRole('radio', { name: 'Одна группа' })).toBeChecked();
    expect(screen.getByRole('navigation', { name: 'Разделы' })).toContainElement(screen.getByRole('link', { name: 'Экспорт сводок' }));
  });
});
