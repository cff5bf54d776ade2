import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliAs } from '../support/cli';
import { fileHashes as hashes } from '../support/file-hashes';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

/** Two copies of one workspace; the other one has deleted 60 districts and made a bundle of it. */
async function twoWorkspaces() {
  const root = await tempDir();
  const a = path.join(root, 'a');
  const b = path.join(root, 'b');
  await cliAs('dev-a', 'init', a);
  await cp(a, b, { recursive: true, filter: (source) => !source.startsWith(path.join(a, 'local')) });
  await cliAs('dev-a', 'put', a, 'groups', JSON.stringify({ name: 'Транспорт', kind: 'working' }));
  return { root, a, b };
}

describe('CLI commands that change nothing', () => {
  it('leave every file byte-identical when they fail: no snapshot rewritten, no backup turned over', async () => {
    const { root, a, b } = await twoWorkspaces();
    const massDelete = path.join(root, 'mass-delete.adbundle');
    const districts = JSON.parse((await cliAs('dev-b', 'stats', b)).out).districts as number;
    expect(districts).toBe(146);
    const ids = (await readFile(path.join(b, 'journal', 'dev-a.jsonl'), 'utf8')).match(/"id":"msk-\d+"/g)!.slice(0, 60).map((match) => match.slice(6, -1));
    for (const id of ids) await cliAs('dev-b', 'delete', b, 'districts', id);
    expect((await cliAs('dev-b', 'bundle', b, '--out', massDelete)).code).toBe(0);
    const other = path.join(root, 'other');
    await cliAs('dev-o', 'init', other);
    const foreign = path.join(root, 'other.adbundle');
    await cliAs('dev-o', 'bundle', other, '--out', foreign);
    const damaged = path.join(root, 'damaged.adbundle');
    const bytes = await readFile(massDelete);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 4) ^ 0x01, bytes.length - 4);
    await writeFile(damaged, bytes);

    const before = await hashes(a);
    const failures = [
      await cliAs('dev-a', 'import', a, massDelete),
      await cliAs('dev-a', 'import', a, foreign),
      await cliAs('dev-a', 'import', a, damaged),
      await cliAs('dev-a', 'import', a, path.join(root, 'missing.adbundle')),
      await cliAs('dev-a', 'put', a, 'groups', JSON.stringify({ name: '', kind: 'working' })),
      await cliAs('dev-a', 'put', a, 'groups', JSON.stringify({ id: 'nope', name: 'Новая', kind: 'nonsense' })),
      await cliAs('dev-a', 'delete', a, 'groups', 'no-such-id'),
      await cliAs('dev-a', 'accept-future', a, '--clock', 'nothing-held'),
    ];
    expect(failures.map((result) => result.code)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(failures[0]!.err).toMatch(/--confirm-mass-delete/);
    // Reads write nothing either.
    for (const read of [await cliAs('dev-a', 'stats', a), await cliAs('dev-a', 'verify', a), await cliAs('dev-a', 'import', a, massDelete, '--dry-run')]) {
      expect(read.code).toBe(0);
    }
    expect(await hashes(a)).toEqual(before);
  });

  it('say what is wrong with a record in words, Russian by default, English with --lang en', async () => {
    const dir = path.join(await tempDir(), 'ws');
    await cliAs('dev-a', 'init', dir);
    const blank = JSON.stringify({ name: '', kind: 'working' });
    const ru = await cliAs('dev-a', 'put', dir, 'groups', blank);
    expect(ru.err).toMatch(/^alliance-desk: groups\/\S+: name: заполните это поле$/);
    const en = await cliAs('dev-a', 'put', dir, 'groups', blank, '--lang', 'en');
    expect(en.err).toMatch(/name: this field is required$/);
    expect(`${ru.err}${en.err}`).not.toMatch(/error\./);
  });

  it('imports a bundle whose line endings a Windows tool turned into CRLF', async () => {
    const { root, a, b } = await twoWorkspaces();
    const file = path.join(root, 'a.adbundle');
    await cliAs('dev-a', 'bundle', a, '--out', file);
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('\n', '\r\n'));
    const imported = await cliAs('dev-b', 'import', b, file);
    expect(imported.code, imported.err).toBe(0);
    expect(JSON.parse((await cliAs('dev-b', 'stats', b)).out)).toMatchObject({ groups: 1 });
  });
});
