import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceLayout } from '../../electron/store/layout';
import { cli } from '../support/cli';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

describe('alliance-desk CLI', () => {
  it('creates a workspace and reports its counts as JSON', async () => {
    const dir = path.join(await tempDir(), 'ws');
    expect((await cli('init', dir, '--name', 'Союз')).code).toBe(0);
    const stats = await cli('stats', dir);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.out)).toMatchObject({ workspace: 'Союз', districts: 146, principles: 4, deputies: 0 });
  });

  it('puts, gets, patches and deletes records', async () => {
    const dir = path.join(await tempDir(), 'ws');
    await cli('init', dir);
    const put = await cli('put', dir, 'groups', JSON.stringify({ name: 'Транспорт', kind: 'working' }));
    expect(put.code).toBe(0);
    const id = put.out.trim();
    const patched = await cli('put', dir, 'groups', JSON.stringify({ id, description: 'Маршруты и парковки' }));
    expect(patched.out.trim()).toBe(id);
    const got = await cli('get', dir, 'groups', id);
    expect(JSON.parse(got.out)).toMatchObject({ id, name: 'Транспорт', description: 'Маршруты и парковки' });
    expect((await cli('delete', dir, 'groups', id)).code).toBe(0);
    const gone = await cli('get', dir, 'groups', id);
    expect(gone.code).toBe(1);
    expect(gone.err).toMatch(/no such record/);
  });

  it('refuses bad input with one line and a non-zero exit, changing nothing', async () => {
    const dir = path.join(await tempDir(), 'ws');
    await cli('init', dir);
    const journal = workspaceLayout(dir, 'cli-test').journal;
    const before = await readFile(journal, 'utf8');
    const cases = [
      await cli('put', dir, 'nonsense', '{}'),
      await cli('put', dir, 'groups', '{not json'),
      await cli('put', dir, 'groups', JSON.stringify({ name: '', kind: 'working' })),
      await cli('put', dir, 'groups', '[1,2]'),
      await cli('delete', dir, 'groups', 'no-such-id'),
      await cli('stats', path.join(dir, 'missing')),
      await cli('frobnicate', dir),
      await cli('get', dir),
    ];
    for (const result of cases) {
      expect(result.code).not.toBe(0);
      expect(result.err.split('\n')).toHaveLength(1);
      expect(result.err).toMatch(/^alliance-desk: /);
    }
    expect(cases[0]!.err).toMatch(/unknown collection "nonsense"/);
    expect(cases[1]!.err).toMatch(/invalid JSON/);
    expect(cases[2]!.err).toMatch(/name/);
    expect(cases[5]!.err).toMatch(/no such folder/);
    expect(await readFile(journal, 'utf8')).toBe(before);
  });

  it('builds the small demo, which verifies as sound', async () => {
    const dir = path.join(await tempDir(), 'demo');
    const demo = await cli('demo', dir, '--scale', 'small');
    expect(demo.code).toBe(0);
    const counts = JSON.parse(demo.out);
    expect(counts).toMatchObject({ deputies: 30, issues: 60, statements: 5 });
    expect(counts.positions).toBeGreaterThan(300);
    const stats = JSON.parse((await cli('stats', dir)).out);
    expect(stats.districtsWithDeputies).toBe(5);
    const verify = await cli('verify', dir);
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/^sound: \d+ operations replayed/m);
  });

  it('verify lists each problem and exits 1 when a journal line is damaged', async () => {
    const dir = path.join(await tempDir(), 'ws');
    await cli('init', dir);
    await cli('put', dir, 'groups', JSON.stringify({ name: 'Целая', kind: 'working' }));
    const { journal } = workspaceLayout(dir, 'cli-test');
    const lines = (await readFile(journal, 'utf8')).split('\n');
    lines[0] = lines[0]!.replace('"op":"put"', '"op":"explode"');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(journal, lines.join('\n'));
    const verify = await cli('verify', dir);
    expect(verify.code).toBe(1);
    expect(verify.out).toMatch(/problem: .*cli-test\.jsonl: line 1: not a valid operation/);
    expect(verify.out).toMatch(/problem: local\/cli-test: the snapshot disagrees with the journals/);
    expect(await readdir(path.join(dir, 'local', 'cli-test'))).not.toContain('writer.lock');
  });
});
