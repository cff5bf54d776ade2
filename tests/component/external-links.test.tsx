import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { installEditorDomShims } from './support/editor-dom';
import { startApp, type TestApp } from './support/realApp';

installEditorDomShims();

/** An issue whose sources came from another laptop: a plain-http link and an https one. */
async function issueWithSources() {
  const app = await startApp();
  const issue = await app.create('issues', {
    title: 'Вырубка сквера на Лесной',
    category: 'environment',
    sources: [
      { kind: 'link', ref: 'http://mos.ru.example.net/uprava/reshenie?id=12', title: 'Решение управы' },
      { kind: 'link', ref: 'https://mos.ru/dokument', title: '' },
    ],
  });
  const rendered = await app.render(`#/issues/${issue.id}`);
  await screen.findByRole('heading', { level: 1, name: 'Вырубка сквера на Лесной' });
  return { ...rendered, app };
}

/** What the page asked the services to open. */
const opened = (app: TestApp) => app.bridge.callsTo('shell:openExternal');

/** What the services opened in the system browser. */
const inBrowser = (app: TestApp, urls: string[]) => waitFor(() => expect(app.host.openedUrls).toEqual(urls));

describe('links from the data', () => {
  it('show the whole address, its site and a warning for plain http before anything opens', async () => {
    const { user, app } = await issueWithSources();
    await user.click(screen.getByRole('link', { name: 'Решение управы' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Открыть ссылку в браузере?' });
    expect(dialog).toHaveTextContent('http://mos.ru.example.net/uprava/reshenie?id=12');
    // The host stands out, and is said in words: a look-alike of mos.ru reads as what it is.
    expect(within(dialog).getByText('mos.ru.example.net', { selector: 'strong' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Сайт: mos.ru.example.net');
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('соединение не защищено'));
    expect(within(dialog).getByRole('button', { name: 'Отмена' })).toHaveFocus();
    expect(opened(app)).toEqual([]);

    // Cancel: nothing opens, the dialog is gone.
    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(opened(app)).toEqual([]);

    // Escape cancels too.
    await user.click(screen.getByRole('link', { name: 'Решение управы' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(opened(app)).toEqual([]);

    // Only "Open in browser" opens it, exactly that address.
    await user.click(screen.getByRole('link', { name: 'Решение управы' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Открыть в браузере' }));
    expect(opened(app)).toEqual([{ url: 'http://mos.ru.example.net/uprava/reshenie?id=12' }]);
    await inBrowser(app, ['http://mos.ru.example.net/uprava/reshenie?id=12']);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('ask for an https link as well, without the warning; a middle click asks instead of opening a window', async () => {
    const { user, app } = await issueWithSources();
    const link = screen.getByRole('link', { name: 'https://mos.ru/dokument' });
    await user.pointer({ keys: '[MouseMiddle]', target: link });
    const dialog = screen.getByRole('alertdialog', { name: 'Открыть ссылку в браузере?' });
    expect(dialog).toHaveTextContent('Сайт: mos.ru');
    expect(dialog).not.toHaveTextContent('не защищено');
    expect(opened(app)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Открыть в браузере' }));
    expect(opened(app)).toEqual([{ url: 'https://mos.ru/dokument' }]);
    await inBrowser(app, ['https://mos.ru/dokument']);
  });

  it('ask for a link inside a statement text, in the English interface too', async () => {
    const app = await startApp({ settings: { language: 'en' } });
    const statement = await app.call('statements:create', { language: 'ru', issueIds: [], template: 'open_letter' });
    await app.call('statements:saveVersion', {
      statementId: statement.id,
      title: 'Открытое письмо',
      body: '<p>Решение — <a href="https://mos.ru/uprava">на сайте управы</a>.</p>',
    });
    const { user } = await app.render(`#/statements/${statement.id}`);
    await user.click(await screen.findByRole('link', { name: 'на сайте управы' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Open the link in your browser?' });
    expect(dialog).toHaveTextContent('https://mos.ru/uprava');
    expect(dialog).toHaveTextContent('Website: mos.ru');
    expect(opened(app)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(opened(app)).toEqual([]);
    await user.click(screen.getByRole('link', { name: 'на сайте управы' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Open in browser' }));
    expect(opened(app)).toEqual([{ url: 'https://mos.ru/uprava' }]);
    await inBrowser(app, ['https://mos.ru/uprava']);
  });
});
