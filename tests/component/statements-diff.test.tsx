import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../renderer/src/i18n';
import { DiffView } from '../../renderer/src/screens/statements/DiffView';
import { startApp } from './support/realApp';

describe('version diff', () => {
  it('marks insertions and deletions as <ins> and <del>, with words for screen readers, and ignores line breaks alone', async () => {
    const i18n = await createI18n('ru');
    render(
      <I18nextProvider i18n={i18n}>
        <DiffView
          lang="ru"
          parts={[
            { kind: 'same', text: 'Просим управу ' },
            { kind: 'deleted', text: 'рассмотреть' },
            { kind: 'inserted', text: 'отменить' },
            { kind: 'same', text: ' порубочный билет.' },
            { kind: 'inserted', text: '\n' },
            { kind: 'inserted', text: 'И провести слушания.' },
          ]}
        />
      </I18nextProvider>,
    );
    const text = screen.getByRole('group', { name: 'Текст с отмеченными изменениями' });
    const inserted = text.querySelectorAll('ins');
    const deleted = text.querySelectorAll('del');
    expect([...inserted].map((node) => node.textContent)).toEqual(['[добавлено: отменить]', '[добавлено: И провести слушания.]']);
    expect([...deleted].map((node) => node.textContent)).toEqual(['[удалено: рассмотреть]']);
    // The words are for screen readers only, in the interface's language.
    const label = within(deleted[0] as HTMLElement).getByText('[удалено:');
    expect(label).toHaveClass('visually-hidden');
    expect(label).toHaveAttribute('lang', 'ru');
    expect(screen.getByText('Добавлено 2 фрагмента, удалён 1 фрагмент')).toBeInTheDocument();
  });

  it('says when two versions read the same', async () => {
    const i18n = await createI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <DiffView lang="ru" parts={[{ kind: 'same', text: 'Текст.' }, { kind: 'inserted', text: '\n\n' }]} />
      </I18nextProvider>,
    );
    expect(screen.getByText('The text of these versions is the same.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'The text with the changes marked' }).querySelector('ins, del')).toBeNull();
  });

  it('compares the two latest versions by default, any two on request, and restores an old one as a new version', async () => {
    const app = await startApp();
    const statement = await app.call('statements:create', { language: 'ru', issueIds: [], template: 'open_letter' });
    await app.call('statements:saveVersion', { statementId: statement.id, title: 'Письмо', body: '<p>Мы за сквер.</p>' });
    await app.call('statements:saveVersion', { statementId: statement.id, title: 'Письмо', body: '<p>Мы против вырубки сквера.</p>' });
    const { user } = await app.render(`#/statements/${statement.id}/versions`);

    expect(await screen.findByRole('heading', { name: 'Что изменилось: редакция 2 → редакция 3' })).toBeInTheDocument();
    const marked = (tag: string) => [...screen.getByRole('group', { name: 'Текст с отмеченными изменениями' }).querySelectorAll(tag)].map((node) => node.textContent);
    await waitFor(() => expect(marked('del')).toContain('[удалено: за]'));
    expect(marked('ins')).toContain('[добавлено: против]');
    expect(marked('ins').join(' ')).toContain('вырубки');

    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row').slice(1).map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Редакция 3текущая', 'Редакция 2', 'Редакция 1']);
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Секретарь союза');

    await user.click(within(table).getByRole('button', { name: 'Восстановить редакцию 2' }));
    expect(await screen.findByText('Текст редакции 2 восстановлен как редакция 4')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Что изменилось: редакция 3 → редакция 4' })).toBeInTheDocument();
    expect((await app.all('statementVersions')).filter((version) => version.statementId === statement.id)).toHaveLength(4);
  });
});
