import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChromiumPrinter, findChromium } from '../../electron/export/chromium-printer';
import { exportSummary } from '../../electron/export/export-summary';
import { FIXTURE_ALLIANCE, FIXTURE_ISSUE_TITLE } from '../support/export-fixture';
import { useExportWorkspace } from '../support/export-session';

const session = useExportWorkspace();
const chromium = await findChromium().catch(() => undefined);
const printer = new ChromiumPrinter(chromium);
afterAll(() => printer.close());

const pdftotext = (file: string, ...args: string[]) => spawnSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' }).stdout;

async function exportPdf(file: string, what: string, lang: 'ru' | 'en' = 'ru') {
  const { store, outDir } = session();
  const out = path.join(outDir, file);
  await exportSummary({ store, what, format: 'pdf', lang, out, printer, now: new Date('2024-03-14T09:00:00Z'), timeZone: 'Europe/Moscow', dissent: true });
  return out;
}

describe.skipIf(!chromium)('PDF export through Chromium', () => {
  it('prints an issue summary whose text shows the Russian content, the header and page numbers', async () => {
    const { fixture } = session();
    const out = await exportPdf('issue.pdf', `issue:${fixture.issueId}`);
    expect((await readFile(out)).subarray(0, 5).toString()).toBe('%PDF-');
    const info = spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const text = pdftotext(out, '-layout');
    expect(text).toContain(`Сводка позиций: ${FIXTURE_ISSUE_TITLE}`);
    expect(text).toContain('Индекс согласия');
    expect(text).toContain('Смирнова Анна Сергеевна');
    expect(text).toContain('Сформировано 14 марта 2024 г.');
    for (let page = 1; page <= pages; page += 1) {
      const pageText = pdftotext(out, '-f', String(page), '-l', String(page));
      expect(pageText).toContain(`Стр. ${page} из ${pages}`);
      // The first page carries the name in its letterhead (in capitals), the others in the running header.
      expect(pageText.toLocaleUpperCase('ru')).toContain(FIXTURE_ALLIANCE.toLocaleUpperCase('ru'));
    }
  });

  it('embeds the shipped font, so the result does not depend on the fonts of the machine', async () => {
    const { fixture } = session();
    const out = await exportPdf('issue-fonts.pdf', `issue:${fixture.issueId}`);
    const fonts = spawnSync('pdffonts', [out], { encoding: 'utf8' }).stdout;
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\+PTSans-(Regular|Bold|Italic)\s.*\byes\s+yes\s+yes\b/);
  });

  it('prints a long district summary over several pages, each numbered', async () => {
    const { fixture } = session();
    const out = await exportPdf('district-en.pdf', `district:${fixture.districtName.toUpperCase()}`, 'en');
    const text = pdftotext(out);
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout)![1]);
    expect(text).toContain('Position summary of the deputies of Cheryomushki');
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it('prints a statement with its signatories, the version each signed and the dissent annex', async () => {
    const { fixture } = session();
    const out = await exportPdf('statement.pdf', `statement:${fixture.statementId}`);
    const text = pdftotext(out, '-layout');
    expect(text).toContain('Сохраним сквер на Лесной улице');
    expect(text).toContain('против вырубки сорока деревьев');
    expect(text).toMatch(/Под текущей редакцией \(№\s?2\): 3\s+подписи\. Под более ранними редакциями: 2\s+подписи/);
    expect(text).toMatch(/Смирнова Анна Сергеевна\s+Черёмушки\s+№\s?1\s.*ранняя редакция/);
    expect(text).toContain('Приложение. Особые мнения');
  });

  it('says clearly when no Chromium is found', async () => {
    await expect(findChromium({ PATH: '/nonexistent' }, [])).rejects.toMatchObject({ code: 'no_chromium', message: expect.stringMatching(/apt install chromium.*CHROMIUM_PATH/) });
    const notExecutable = path.join(session().outDir, 'not-a-browser');
    await writeFile(notExecutable, 'text');
    await expect(findChromium({ CHROMIUM_PATH: notExecutable })).rejects.toMatchObject({ code: 'no_chromium', message: expect.stringContaining('not an executable') });
  });
});
