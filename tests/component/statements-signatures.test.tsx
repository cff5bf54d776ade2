import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { startApp } from './support/realApp';
import { signedThenEdited } from './support/seed-statements';

const rowOf = (name: string) => within(screen.getByRole('table', { name: /Подписи депутатов|Deputies' signatures/ })).getByRole('row', { name: new RegExp(name) });

describe('signatures bound to a version', () => {
  it('shows signatures for an earlier version as such, with its number, and asks for new ones', async () => {
    const app = await startApp();
    const { id } = await signedThenEdited(app);
    await app.render(`#/statements/${id}/signatures`);

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
    const app = await startApp();
    const { id, orlova } = await signedThenEdited(app);
    await app.actAs({ kind: 'deputy', deputyId: orlova });
    const { user } = await app.render(`#/statements/${id}/signatures`);

    const banner = await screen.findByRole('region', { name: 'Текст изменился после вашей подписи — подпишите заново' });
    expect(banner).toHaveTextContent('Вы подписали редакцию 1, а сейчас действует редакция 2.');
    await user.click(within(banner).getByRole('button', { name: 'Подписать редакцию 2' }));
    expect(await screen.findByText('Вы подписали редакцию 2')).toBeInTheDocument();
    const current = (await app.get('statements', id))!.currentVersionId;
    expect(app.bridge.callsTo('statements:sign').at(-1)).toEqual({ statementId: id, deputyId: orlova, versionId: current });

    await waitFor(() => expect(screen.queryByRole('region', { name: /подпишите заново/ })).toBeNull());
    expect(rowOf('Орлова Мария')).toHaveTextContent('Под текущей редакцией');
    expect(rowOf('Белов Игорь')).toHaveTextContent('Редакция 1');
    expect(rowOf('Белов Игорь')).toHaveTextContent('Под прежней редакцией — нужна новая подпись');
    expect(screen.getByText('1 подпись под текущей редакцией · 1 — под прежней редакцией')).toBeInTheDocument();
  });

  it('says the same in English', async () => {
    const app = await startApp({ language: 'en', settings: { language: 'en', theme: 'system' } });
    const { id, belov } = await signedThenEdited(app);
    await app.actAs({ kind: 'deputy', deputyId: belov });
    await app.render(`#/statements/${id}/signatures`);
    const banner = await screen.findByRole('region', { name: 'The text changed after you signed — please sign again' });
    expect(banner).toHaveTextContent('You signed version 1; the current version is 2.');
    expect(within(banner).getByRole('button', { name: 'Sign version 2' })).toBeInTheDocument();
    expect(rowOf('Орлова Мария')).toHaveTextContent('On an earlier version — needs a new signature');
    expect(screen.getByRole('heading', { name: '2 signatures on an earlier version — need signing again' })).toBeInTheDocument();
  });

  it('says so when the text changed while the deputy was reading, instead of signing it unread', async () => {
    const app = await startApp();
    const { id, belov } = await signedThenEdited(app);
    await app.actAs({ kind: 'deputy', deputyId: belov });
    const { user } = await app.render(`#/statements/${id}`);
    // A save elsewhere landing between reading and signing cannot be timed here: the refusal is injected.
    app.bridge.failNext('statements:sign', { code: 'invalid', message: 'statement.version_changed' });
    await user.click(await screen.findByRole('button', { name: 'Подписать редакцию 2' }));
    expect(await screen.findByText('Пока вы читали, текст изменили. Прочитайте новую редакцию и подпишите её.')).toBeInTheDocument();
    expect(await app.all('signatures')).toHaveLength(2);
  });

  it('keeps a signature recorded by the secretary unconfirmed until the deputy confirms it', async () => {
    const app = await startApp();
    const { id, belov } = await signedThenEdited(app);
    const { user } = await app.render(`#/statements/${id}/signatures`);
    const record = await screen.findByRole('region', { name: 'Записать подпись со слов депутата' });
    await user.click(within(record).getByRole('button', { name: 'Записать подпись' }));
    expect(within(record).getByText('Выберите депутата из списка.')).toBeInTheDocument();
    expect(app.bridge.callsTo('statements:sign')).toHaveLength(0);

    await user.type(within(record).getByRole('combobox', { name: 'Депутат' }), 'белов');
    await user.click(await screen.findByRole('option', { name: 'Белов Игорь' }));
    await user.click(within(record).getByRole('radio', { name: 'при встрече' }));
    await user.click(within(record).getByRole('button', { name: 'Записать подпись' }));
    expect(await screen.findByText(/Подпись депутата Белов Игорь записана/)).toBeInTheDocument();
    expect(app.bridge.callsTo('statements:sign').at(-1)).toMatchObject({ deputyId: belov, onBehalf: { channel: 'meeting' } });
    await waitFor(() => expect(rowOf('Белов Игорь')).toHaveTextContent('Со слов депутата: при встрече'));
    expect(rowOf('Белов Игорь')).toHaveTextContent('Ждёт подтверждения депутатом');
    expect(screen.getByText('1 подпись под текущей редакцией · 1 — под прежней редакцией · 1 не подтверждена депутатом')).toBeInTheDocument();

    // The deputy confirms it (on their own laptop's "who am I", while this page stays open).
    await app.actAs({ kind: 'deputy', deputyId: belov });
    const signatureId = (await app.all('signatures')).find((signature) => !signature.provenance.confirmed)!.id;
    await app.call('statements:confirmSignature', { signatureId });
    expect(await screen.findByText('1 подпись под текущей редакцией · 1 — под прежней редакцией')).toBeInTheDocument();
    await waitFor(() => expect(rowOf('Белов Игорь')).not.toHaveTextContent('Ждёт подтверждения'));
  });
});
