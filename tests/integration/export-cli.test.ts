import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseExportDocument } from '../../shared/export/build';
import { cli } from '../support/cli';
import { useExportWorkspace } from '../support/export-session';

const session = useExportWorkspace();

describe('alliance-desk export', () => {
  it('exports a district named without ё and in any case, reporting progress on stderr', async () => {
    const { fixture, outDir } = session();
    const out = path.join(outDir, 'district.md');
    const run = await cli('export', fixture.dir, '--what', 'district:ЧЕРЕМУШКИ', '--format', 'md', '--out', out);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/^wrote .*district\.md \(\d+ bytes\)$/);
    expect(run.err).toMatch(/… 100% done$/);
    expect(await readFile(out, 'utf8')).toMatch(/^# Сводка позиций депутатов: Черёмушки/);
  });

  it('writes CSV with the semicolon delimiter for Russian spreadsheets', async () => {
    const { fixture, outDir } = session();
    const out = path.join(outDir, 'stances.csv');
    expect((await cli('export', fixture.dir, '--what', `deputy:${fixture.deputyIds[0]}`, '--format', 'csv', '--delimiter', ';', '--out', out)).code).toBe(0);
    const rows = parse((await readFile(out, 'utf8')).slice(1), { delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual(['Вопрос', 'Тема', 'Позиция', 'Доводы', 'Линия союза', 'С линией союза']);
    expect(rows.slice(1).some((row) => row[0] === 'Вырубка сквера на Лесной улице' && row[3]!.startsWith("'-5"))).toBe(true);
  });

  it('applies the alliance filters', async () => {
    const { fixture, outDir } = session();
    const out = path.join(outDir, 'alliance.json');
    const run = await cli('export', fixture.dir, '--what', 'alliance', '--format', 'json', '--lang', 'en', '--out', out, '--category', 'environment', '--district', 'Черёмушки');
    expect(run.code, run.err).toBe(0);
    const doc = parseExportDocument(JSON.parse(await readFile(out, 'utf8')));
    const issues = doc.blocks.find((block) => block.type === 'table' && block.key === 'issues');
    expect(issues?.type === 'table' && issues.rows.map((row) => [row[1], row[3]])).toEqual([['Clean air and environment', 'Cheryomushki']]);
    expect(doc.subtitle).toBe('Categories: Clean air and environment; Districts: Cheryomushki');
  });

  it('adds the dissent annex to a statement on request', async () => {
    const { fixture, outDir } = session();
    const out = path.join(outDir, 'statement.md');
    expect((await cli('export', fixture.dir, '--what', `statement:${fixture.statementId}`, '--format', 'md', '--dissent', '--out', out)).code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('## Приложение. Особые мнения');
  });

  it('refuses bad requests in one line, writing nothing', async () => {
    const { fixture, outDir } = session();
    const before = await readdir(outDir);
    const out = path.join(outDir, 'never.md');
    const cases = [
      [await cli('export', fixture.dir, '--format', 'md', '--out', out), 2, /needs --what/],
      [await cli('export', fixture.dir, '--what', 'alliance', '--format', 'rtf', '--out', out), 2, /--format pdf, docx/],
      [await cli('export', fixture.dir, '--what', 'alliance', '--format', 'md'), 2, /needs --out/],
      [await cli('export', fixture.dir, '--what', 'district:Атлантида', '--format', 'md', '--out', out), 1, /no district named "Атлантида"/],
      [await cli('export', fixture.dir, '--what', 'issue:missing', '--format', 'md', '--out', out), 1, /issues\/missing: no such record/],
      [await cli('export', fixture.dir, '--what', 'alliance', '--format', 'md', '--out', out, '--category', 'weather'), 2, /invalid filter/],
      [await cli('export', fixture.dir, '--what', 'alliance', '--format', 'csv', '--delimiter', '|', '--out', out), 2, /--delimiter is , or ;/],
      [await cli('export', fixture.dir, '--bogus'), 2, /Unknown option/],
    ] as const;
    for (const [result, code, message] of cases) {
      expect(result.code).toBe(code);
      expect(result.err.split('\n')).toHaveLength(1);
      expect(result.err).toMatch(message);
    }
    expect(await readdir(outDir)).toEqual(before);
  });

  it('says clearly when PDF has no Chromium to print with', async () => {
    const { fixture, outDir } = session();
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const run = await cli('export', fixture.dir, '--what', 'alliance', '--format', 'pdf', '--out', path.join(outDir, 'x.pdf'));
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/CHROMIUM_PATH=\/nonexistent\/chromium is not an executable file/);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it('lists export in --help', async () => {
    expect((await cli('--help')).out).toContain('export DIR --what TARGET');
    expect((await cli('export', '--help')).out).toContain('district:NAME');
  });
});
