import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { FakeApi } from './support/fakeApi';
import { fakeCall, installEditorDomShims } from './support/fake-statements';
import { renderApp } from './support/renderApp';
import { seedWorkspace } from './support/seed';

installEditorDomShims();

/** An issue whose sources came from another laptop: a plain-http link and an https one. */
async function issueWithSources() {
  const fake = seedWorkspace(new FakeApi().openWorkspace({ kind: 'secretary' }));
  const issue = fake.seed('issues', {
    title: 'Вырубка сквера на Лесной',
    category: 'environment',
    sources: [
      { kind: 'link', ref: 'http://mos.ru.example.net/uprava/reshenie?id=12', title: 'Решение управы' },
      { kind: 'link', ref: 'https://mos.ru/dokument', title: '' },
    ],
  });
  const rendered = await renderApp(fake, `#/issues/${issue.id}`);
  await screen.findByRole('heading', { level: 1, name: 'Вырубка сквера на Лесной' });
  return { ...rendered, fake };
}

const opened = (fake: FakeApi) => fake.callsTo('shell:openExternal');

describe('links from the data', () => {
  it('show the whole address, its site and a warning for plain http before anything opens', async () => {
    const { user, fake } = await issueWithSources();
    await user.click(screen.getByRole('link', { name: 'Решение управы' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Открыть ссылку в браузере?' });
    expect(dialog).toHaveTextContent('http://mos.ru.example.net/uprava/reshenie?id=12');
    // The host stands out, and is said in words: a look-alike of mos.ru reads as what it is.
    expect(within(dialog).getByText('mos.ru.example.net', { selector: 'strong' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Сайт: mos.ru.example.net');
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('соединение не защищено'));
    expect(within(dialog).getByRole('button', { name: 'Отмена' })).toHaveFocus();
    expect(opened(fake)).toEqual([]);

    // Cancel: nothing opens, the dialog is gone.
    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(opened(fake)).toEqual([]);

    // Escape cancels too.
    await user.click(screen.getByRole('link', { name: 'Решение управы' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(opened(fake)).toEqual([]);

    // Only "Open in browser" opens it, exactly that address.
    await user.click(screen.getByRole('link', { name: 'Решение управы' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Открыть в браузере' }));
    expect(opened(fake)).toEqual([{ url: 'http://mos.ru.example.net/uprava/reshenie?id=12' }]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('ask for an https link as well, without the warning; a middle click asks instead of opening a window', async () => {
    const { user, fake } = await issueWithSources();
    const link = screen.getByRole('link', { name: 'https://mos.ru/dokument' });
    await user.pointer({ keys: '[MouseMiddle]', target: link });
    const dialog = screen.getByRole('alertdialog', { name: 'Открыть ссылку в браузере?' });
    expect(dialog).toHaveTextContent('Сайт: mos.ru');
    expect(dialog).not.toHaveTextContent('не защищено');
    expect(opened(fake)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Открыть в браузере' }));
    expect(opened(fake)).toEqual([{ url: 'https://mos.ru/dokument' }]);
  });

  it('ask for a link inside a statement text, in the English interface too', async () => {
    const fake = seedWorkspace(new FakeApi().openWorkspace({ kind: 'secretary' }));
    fake.settings = { ...fake.settings, language: 'en' };
    const statement = await fakeCall(fake, 'statements:create', { language: 'ru', issueIds: [], template: 'open_letter' });
    await fakeCall(fake, 'statements:saveVersion', {
      statementId: statement.id,
      title: 'Открытое письмо',
      body: '<p>Решение — <a href="https://mos.ru/uprava">на сайте управы</a>.</p>',
    });
    const { user } = await renderApp(fake, `#/statements/${statement.id}`);
    await user.click(await screen.findByRole('link', { name: 'на сайте управы' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Open the link in your browser?' });
    expect(dialog).toHaveTextContent('https://mos.ru/uprava');
    expect(dialog).toHaveTextContent('Website: mos.ru');
    expect(opened(fake)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(opened(fake)).toEqual([]);
    await user.click(screen.getByRole('link', { name: 'на сайте управы' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Open in browser' }));
    expect(opened(fake)).toEqual([{ url: 'https://mos.ru/uprava' }]);
  });
});
