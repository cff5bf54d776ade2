import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliAs as cli } from '../support/cli';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

describe('alliance-desk bundle and import', () => {
  it('two workspaces exchange bundles both ways, then report the same stats and both verify', async () => {
    const root = await tempDir();
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    expect((await cli('dev-a', 'init', a, '--name', 'Союз')).code).toBe(0);
    await cp(a, b, { recursive: true, filter: (source) => !source.startsWith(path.join(a, 'local')) });

    const issue = (await cli('dev-a', 'put', a, 'issues', JSON.stringify({ title: 'Сквер', category: 'environment', description: 'Первая строка.\nВторая строка.' }))).out.trim();
    await cli('dev-b', 'put', b, 'groups', JSON.stringify({ name: 'Транспорт', kind: 'working' }));
    await cli('dev-b', 'delete', b, 'districts', 'msk-45374000');

    const first = path.join(root, 'a-to-b.adbundle');
    const bundled = await cli('dev-a', 'bundle', a, '--out', first, '--since', 'dev-b');
    expect(bundled.code).toBe(0);
    expect(bundled.out).toMatch(/operations to .*a-to-b\.adbundle \(everything: no bundle from dev-b was imported here yet\)/);

    const journal = path.join(b, 'journal', 'dev-b.jsonl');
    const before = await readFile(journal, 'utf8');
    const dry = await cli('dev-b', 'import', b, first, '--dry-run');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out)).toMatchObject({ operations: { new: 1 }, changes: { issues: { added: 1, records: { added: [{ id: issue, title: 'Сквер' }] } } } });
    expect((await cli('dev-b', 'get', b, 'issues', issue)).code).toBe(1); // the dry run changed nothing
    expect(await readFile(journal, 'utf8')).toBe(before);
    const imported = await cli('dev-b', 'import', b, first);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/imported: 1 operations written/);

    // Both edit the description at once: one line each, merged on import.
    await cli('dev-a', 'put', a, 'issues', JSON.stringify({ id: issue, description: 'Первая строка, исправленная.\nВторая строка.' }));
    await cli('dev-b', 'put', b, 'issues', JSON.stringify({ id: issue, description: 'Первая строка.\nВторая строка, дополненная.' }));

    const second = path.join(root, 'b-to-a.adbundle');
    expect((await cli('dev-b', 'bundle', b, '--out', second, '--since', 'dev-a')).code).toBe(0);
    const back = await cli('dev-a', 'import', a, second);
    expect(back.code).toBe(0);
    expect(JSON.parse(back.out.slice(0, back.out.lastIndexOf('}') + 1))).toMatchObject({ merged: [`issues/${issue}.description`] });

    const third = path.join(root, 'a-to-b-again.adbundle');
    const since = await cli('dev-a', 'bundle', a, '--out', third, '--since', 'dev-b');
    expect(since.out).toMatch(/\(what dev-b lacks\)/);
    expect((await cli('dev-b', 'import', b, third)).code).toBe(0);
    const again = await cli('dev-b', 'import', b, third);
    expect(again.out).toMatch(/nothing new/);

    const statsA = JSON.parse((await cli('dev-a', 'stats', a)).out);
    const statsB = JSON.parse((await cli('dev-b', 'stats', b)).out);
    expect(statsA).toEqual(statsB);
    expect(statsA).toMatchObject({ issues: 1, groups: 1, districts: 145, conflicts: 0 });
    const merged = 'Первая строка, исправленная.\nВторая строка, дополненная.';
    expect(JSON.parse((await cli('dev-a', 'get', a, 'issues', issue)).out).description).toBe(merged);
    expect(JSON.parse((await cli('dev-b', 'get', b, 'issues', issue)).out).description).toBe(merged);
    for (const [device, dir] of [['dev-a', a], ['dev-b', b]] as const) {
      const verify = await cli(device, 'verify', dir);
      expect(verify.code, verify.out).toBe(0);
      expect(verify.out).toMatch(/^sound:/m);
    }
  });

  it('refuses a bundle of another workspace, or a damaged one, in one line and changes nothing', async () => {
    const root = await tempDir();
    const a = path.join(root, 'a');
    const other = path.join(root, 'other');
    await cli('dev-a', 'init', a);
    await cli('dev-o', 'init', other);
    const file = path.join(root, 'other.adbundle');
    await cli('dev-o', 'bundle', other, '--out', file);
    const journal = await readFile(path.join(a, 'journal', 'dev-a.jsonl'), 'utf8');
    const cases = [
      await cli('dev-a', 'import', a, file),
      await cli('dev-a', 'import', a, path.join(root, 'missing.adbundle')),
      await cli('dev-a', 'import', a, path.join(a, 'workspace.json')),
      await cli('dev-a', 'bundle', a),
    ];
    expect(cases.map((result) => result.code)).toEqual([1, 1, 1, 2]);
    for (const result of cases) expect(result.err.split('\n')).toHaveLength(1);
    expect(cases[0]!.err).toMatch(/belongs to another workspace/);
    expect(cases[1]!.err).toMatch(/no such file/);
    expect(cases[2]!.err).toMatch(/not an Alliance Desk bundle/);
    expect(cases[3]!.err).toMatch(/--out FILE/);
    expect(await readFile(path.join(a, 'journal', 'dev-a.jsonl'), 'utf8')).toBe(journal);
  });
});
