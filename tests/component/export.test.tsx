import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { exportFake } from './support/fake-export';
import { FakeApi } from './support/fakeApi';
import { renderApp } from './support/renderApp';
import { seedWorkspace } from './support/seed';

const ARBAT = 'msk-45374000';

function workspace() {
  const fake = seedWorkspace(new FakeApi().openWorkspace({ kind: 'secretary' }, 'Союз «Вместе»'));
  const anna = fake.seed('deputies', { name: 'Белова Анна', districtId: ARBAT });
  const issue = fake.seed('issues', { title: 'Сквер на Лесной', category: 'environment', districtIds: [ARBAT] });
  fake.seed('issues', { title: 'Ёлочный базар у метро', category: 'other', districtIds: [ARBAT] });
  fake.seed('positions', {
    issueId: issue.id,
    deputyId: anna.id,
    stance: 'oppose',
    reasons: 'Жители против вырубки.',
    provenance: { enteredBy: anna.id, channel: 'self', confirmed: true },
  });
  return { fake, anna, issue };
}

const preview = () => screen.getByRole('region', { name: 'Предпросмотр' });

describe('export screen', () => {
  it('opens for a record, previews it in the export language, and saves the chosen format', async () => {
    const { fake, anna } = workspace();
    const { user } = await renderApp(fake, `#/export?what=deputy:${anna.id}`);

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
    await user.click(screen.getByRole('button', { name: 'Сохранить…' }));

    expect(await screen.findByText(/^Сводка сохранена: summary\.csv \(47,1 кБ\)\.$/)).toBeInTheDocument();
    expect(exportFake(fake).runs).toEqual([{ jobId: expect.stringMatching(/^job-/), what: { kind: 'deputy', id: anna.id }, format: 'csv', lang: 'en', delimiter: ',' }]);
  });

  it('says in plain words why a file was not written, and that nothing was left behind', async () => {
    const { fake, issue } = workspace();
    exportFake(fake).nextOutcome = { status: 'failed', code: 'no_space', message: '/x.pdf: not written — the disk is full' };
    const { user } = await renderApp(fake, `#/export?what=issue:${issue.id}`);
    await within(preview()).findByRole('heading', { level: 3 });
    await user.click(screen.getByRole('button', { name: 'Сохранить…' }));
    const alert = await screen.findByText(/На диске не хватает места/);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(alert).toHaveTextContent('Сводка не сохранена. На диске не хватает места. Освободите место или сохраните на другой диск. Ничего не записано: незаконченного файла не осталось.');
  });

  it('shows progress while exporting and cancels the same run', async () => {
    const { fake } = workspace();
    exportFake(fake).hold = true;
    const { user } = await renderApp(fake, '#/export?what=alliance');
    expect(screen.getByRole('radio', { name: 'Весь союз' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Сохранить…' }));

    const progress = await screen.findByRole('progressbar', { name: 'Ход экспорта' });
    expect(progress).toHaveAttribute('value', '0.4');
    expect(screen.getByText('Оформляем документ…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Сохранить…' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Отменить экспорт' }));

    expect(await screen.findByText('Экспорт отменён. Файл не записан.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
    const [run] = exportFake(fake).runs;
    expect(fake.callsTo('export:cancel')).toEqual([{ jobId: run!.jobId }]);
  });

  it('says nothing when the save dialog is closed', async () => {
    const { fake, issue } = workspace();
    exportFake(fake).nextOutcome = { status: 'cancelled', stage: 'dialog' };
    const { user } = await renderApp(fake, `#/export?what=issue:${issue.id}`);
    await within(preview()).findByRole('heading', { level: 3 });
    await user.click(screen.getByRole('button', { name: 'Сохранить…' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Сохранить…' })).toBeEnabled());
    expect(screen.queryByText(/Экспорт отменён/)).toBeNull();
    expect(screen.queryByText(/не сохранена/)).toBeNull();
    expect(exportFake(fake).runs).toHaveLength(1);
  });

  it('finds the record by search, with ё and е alike, and waits for a choice before saving', async () => {
    const { fake } = workspace();
    const { user } = await renderApp(fake, '#/export');
    expect(screen.getByRole('radio', { name: 'Один вопрос' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Сохранить…' })).toBeDisabled();
    expect(within(preview()).getByText('Выберите, о чём будет сводка.')).toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: 'Вопрос' }), 'елочный');
    await user.click(await screen.findByRole('option', { name: 'Ёлочный базар у метро' }));
    expect(await within(preview()).findByRole('heading', { level: 3, name: /Ёлочный базар у метро/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Сохранить…' })).toBeEnabled();
  });

  it('draws record text as text: markup in a name never becomes an element', async () => {
    const fake = seedWorkspace(new FakeApi().openWorkspace({ kind: 'secretary' }));
    const hostile = fake.seed('deputies', { name: 'Тест <img src=x onerror="alert(1)"> <b>жирный</b>', districtId: ARBAT });
    await renderApp(fake, `#/export?what=deputy:${hostile.id}`);
    const title = await within(preview()).findByRole('heading', { level: 3 });
    expect(title.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(preview().querySelector('img, b, script')).toBeNull();
  });

  it('says when the preview shows only part of a long table', async () => {
    const { fake, issue } = workspace();
    const { user } = await renderApp(fake, `#/export?what=issue:${issue.id}`);
    await within(preview()).findByRole('heading', { level: 3 });
    const built = fake.callsTo('export:preview').length;
    expect(built).toBeGreaterThan(0);
    exportFake(fake).preview = {
      document: {
        format: 'alliance-desk-export',
        formatVersion: 1,
        kind: 'alliance',
        lang: 'ru',
        alliance: 'Союз',
        title: 'Сводка по союзу',
        generatedAt: '2025-03-01T09:00:00.000Z',
        primaryTable: 'issues',
        blocks: [
          { type: 'heading', level: 2, text: 'Вопросы' },
          { type: 'table', key: 'issues', columns: [{ key: 'title', label: 'Вопрос', type: 'text' }, { key: 'share', label: 'Согласие', type: 'percent' }], rows: [['Сквер', 0.75]] },
        ],
      },
      shortened: [{ table: 'issues', shown: 100, total: 2345 }],
    };
    await user.click(screen.getByRole('radio', { name: 'Весь союз' }));
    expect(await within(preview()).findByText('Показаны первые 100 строк из 2345; в файл войдут все.')).toBeInTheDocument();
    const table = within(preview()).getByRole('region', { name: 'Вопросы' });
    expect(within(table).getByRole('cell', { name: /^75\s%$/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /^CSV/ }));
    expect(within(preview()).getByText('В CSV попадёт только таблица «Вопросы».')).toBeInTheDocument();
  });

  it('is reachable from a deputy, a district and a group', async () => {
    const { fake, anna } = workspace();
    const group = fake.seed('groups', { name: 'Транспорт', kind: 'working' });
    const { user } = await renderApp(fake, `#/deputies/${anna.id}`);
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
