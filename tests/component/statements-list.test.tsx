import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { startApp } from './support/realApp';
import { signedThenEdited } from './support/seed-statements';

describe('lists of statements', () => {
  it('groups by status, issue and signer, with the signature counts of each statement', async () => {
    const app = await startApp();
    const { id: stale, orlova } = await signedThenEdited(app);
    const issue = await app.create('issues', { title: 'Сквер на Лесной', category: 'environment' });
    const draft = await app.call('statements:create', { language: 'en', issueIds: [issue.id], template: 'issue_statement' });
    await app.actAs({ kind: 'deputy', deputyId: orlova });
    await app.call('statements:sign', { statementId: stale, deputyId: orlova });
    const { user } = await app.render('#/statements');

    // By status, in the order of the workflow.
    const main = screen.getByRole('main');
    expect(await within(main).findByText('2 заявления')).toBeInTheDocument();
    const groups = within(main).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(groups).toEqual(['Черновик1 заявление', 'Открыто для подписей1 заявление']);
    const open = within(main).getByRole('region', { name: /Открыто для подписей/ });
    expect(within(open).getByText('1 подпись под текущей редакцией · 1 — под прежней редакцией')).toBeInTheDocument();
    expect(within(open).getByText('редакция 2')).toBeInTheDocument();
    const drafts = within(main).getByRole('region', { name: /Черновик/ });
    expect(within(drafts).getByText('Подписей пока нет')).toBeInTheDocument();
    expect(within(drafts).getByRole('link', { name: `Statement of the alliance of deputies: Сквер на Лесной` })).toHaveAttribute('href', `#/statements/${draft.id}`);

    // By issue: the statement without one comes last.
    await user.click(screen.getByRole('radio', { name: 'По вопросам' }));
    expect(within(main).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Сквер на Лесной1 заявление',
      'Без привязки к вопросу1 заявление',
    ]);

    // By signer: each deputy with the state of their own signature.
    await user.click(screen.getByRole('radio', { name: 'По подписавшим' }));
    const belov = within(main).getByRole('region', { name: /Белов Игорь/ });
    expect(within(belov).getByText('Подпись под прежней редакцией — нужно подписать заново')).toBeInTheDocument();
    const orlovaRegion = within(main).getByRole('region', { name: /Орлова Мария/ });
    expect(within(orlovaRegion).getByText('Подпись под текущей редакцией')).toBeInTheDocument();
    expect(within(main).getByText(/1 заявление ещё никто не подписал/)).toBeInTheDocument();

    // Search (ё = е) narrows every grouping.
    await user.type(screen.getByRole('searchbox', { name: 'Поиск по названию' }), 'лесной');
    expect(within(main).queryByRole('region', { name: /Белов Игорь/ })).toBeNull();
  });
});
