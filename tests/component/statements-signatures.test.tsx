import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { FakeApi } from './support/fakeApi';
import { actAs, fakeCall, signedThenEdited } from './support/fake-statements';
import { renderApp } from './support/renderApp';
import { seedWorkspace } from './support/seed';

const rowOf = (name: string) => within(screen.getByRole('table', { name: /Подписи депутатов|Deputies' signatures/ })).getByRole('row', { name: new RegExp(name) });

describe('signatures bound to a version', () => {
  it('shows signatures for an earlier version as such, with its number, and asks for new ones', async () => {
    const fake = seedWorkspace(new FakeApi());
    const id = await signedThenEdited(fake);
    actAs(fake, { kind: 'secretary' });
    await renderApp(fake, `#/statements/${id}/signatures`);

    expect(await screen.findByRole('heading', { name: '2 подписи под прежней редакцией — нужно подписать заново' })).toBeInTheDocument();
    expect(screen.getByText('Орлова Мария — подписал(а) редакцию 1')).toBeInTheDocument();
    for (const name of ['Орлова Мария', 'Белов Игорь']) {
      expect(rowOf(name)).toHaveTextContent('Редакция 1');
      expect(rowOf(name)).toHaveTextContent('Под прежней редакцией — нужна новая подпись');
    }
    expect(screen.getByText('0 подписей под текущей редакцией · 2 — под прежней редакцией')).toBeInTheDocument();
    // The secretary sees no personal banner; they may record a signature given by phone.
    expect(screen.queryByRole('region', { name: /подпишите заново/ })).toBeNull();
    expect(screen.getByRole('region', { name: 'Записать подпись со слов депутата' })).toBeInTheDocument();
  });

  it('asks the deputy whose signature went stale to sign again, and signs the version shown', async () => {
    const fake = seedWorkspace(new FakeApi());
    const id = await signedThenEdited(fake);
    actAs(fake, { kind: 'deputy', deputyId: 'dep-orlova' });
    const { user } = await renderApp(fake, `#/statements/${id}/signatures`);

    const banner = await screen.findByRole('region', { name: 'Текст изменился после вашей подписи — подпишите заново' });
    expect(banner).toHaveTextContent('Вы подписали редакцию 1, а сейчас действует редакция 2.');
    await user.click(within(banner).getByRole('button', { name: 'Подписать редакцию 2' }));
    expect(await screen.findByText('Вы подписали редакцию 2')).toBeInTheDocument();
    const current = fake.all('statements').find((record) => record.id === id)!.currentVersionId;
    expect(fake.callsTo('statements:sign').at(-1)).toEqual({ statementId: id, deputyId: 'dep-orlova', versionId: current });

    await waitFor(() => expect(screen.queryByRole('region', { name: /подпишите заново/ })).toBeNull());
    expect(rowOf('Орлова Мария')).toHaveTextContent('Под текущей редакцией');
    expect(rowOf('Белов Игорь')).toHaveTextContent('Редакция 1');
    expect(rowOf('Белов Игорь')).toHaveTextContent('Под прежней редакцией — нужна новая подпись');
    expect(screen.getByText('1 подпись под текущей редакцией · 1 — под прежней редакцией')).toBeInTheDocument();
  });

  it('says the same in English', async () => {
    const fake = seedWorkspace(new FakeApi(), 'en');
    fake.settings = { language: 'en', theme: 'system' };
    const id = await signedThenEdited(fake);
    actAs(fake, { kind: 'deputy', deputyId: 'dep-belov' });
    await renderApp(fake, `#/statements/${id}/signatures`);
    const banner = await screen.findByRole('region', { name: 'The text changed after you signed — please sign again' });
    expect(banner).toHaveTextContent('You signed version 1; the current version is 2.');
    expect(within(banner).getByRole('button', { name: 'Sign version 2' })).toBeInTheDocument();
    expect(rowOf('Орлова Мария')).toHaveTextContent('On an earlier version — needs a new signature');
    expect(screen.getByRole('heading', { name: '2 signatures on an earlier version — need signing again' })).toBeInTheDocument();
  });

  it('says so when the text changed while the deputy was reading, instead of signing it unread', async () => {
    const fake = seedWorkspace(new FakeApi());
    const id = await signedThenEdited(fake);
    actAs(fake, { kind: 'deputy', deputyId: 'dep-belov' });
    const { user } = await renderApp(fake, `#/statements/${id}`);
    fake.failNext('statements:sign', { code: 'invalid', message: 'statement.version_changed' });
    await user.click(await screen.findByRole('button', { name: 'Подписать редакцию 2' }));
    expect(await screen.findByText('Пока вы читали, текст изменили. Прочитайте новую редакцию и подпишите её.')).toBeInTheDocument();
    expect(fake.all('signatures')).toHaveLength(2);
  });

  it('keeps a signature recorded by the secretary unconfirmed until the deputy confirms it', async () => {
    const fake = seedWorkspace(new FakeApi());
    const id = await signedThenEdited(fake);
    actAs(fake, { kind: 'secretary' });
    const { user } = await renderApp(fake, `#/statements/${id}/signatures`);
    const record = await screen.findByRole('region', { name: 'Записать подпись со слов депутата' });
    await user.click(within(record).getByRole('button', { name: 'Записать подпись' }));
    expect(within(record).getByText('Выберите депутата из списка.')).toBeInTheDocument();
    expect(fake.callsTo('statements:sign')).toHaveLength(2);

    await user.type(within(record).getByRole('combobox', { name: 'Депутат' }), 'белов');
    await user.click(await screen.findByRole('option', { name: 'Белов Игорь' }));
    await user.click(within(record).getByRole('radio', { name: 'при встрече' }));
    await user.click(within(record).getByRole('button', { name: 'Записать подпись' }));
    expect(await screen.findByText(/Подпись депутата Белов Игорь записана/)).toBeInTheDocument();
    expect(fake.callsTo('statements:sign').at(-1)).toMatchObject({ deputyId: 'dep-belov', onBehalf: { channel: 'meeting' } });
    await waitFor(() => expect(rowOf('Белов Игорь')).toHaveTextContent('Со слов депутата: при встрече'));
    expect(rowOf('Белов Игорь')).toHaveTextContent('Ждёт подтверждения депутатом');
    expect(screen.getByText('1 подпись под текущей редакцией · 1 — под прежней редакцией · 1 не подтверждена депутатом')).toBeInTheDocument();

    // The deputy confirms it.
    actAs(fake, { kind: 'deputy', deputyId: 'dep-belov' });
    const signatureId = fake.all('signatures').at(-1)!.id;
    await fakeCall(fake, 'statements:confirmSignature', { signatureId });
    expect(await screen.findByText('1 подпись под текущей редакцией · 1 — под прежней редакцией')).toBeInTheDocument();
    await waitFor(() => expect(rowOf('Белов Игорь')).not.toHaveTextContent('Ждёт подтверждения'));
  });
});
