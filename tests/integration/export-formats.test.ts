import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { ExportError } from '../../electron/export/export-error';
import { exportSummary, type ExportProgress } from '../../electron/export/export-summary';
import { parseExportDocument } from '../../shared/export/build';
import { FIXTURE_ALLIANCE, FIXTURE_ISSUE_TITLE, TRICKY_REASONS } from '../support/export-fixture';
import { useExportWorkspace } from '../support/export-session';
import { liberationSans } from '../support/font-files';
import { documentTexts, pdfWords, wordsNotWhole } from '../support/pdf-words';

const session = useExportWorkspace();
const NOW = new Date('2024-03-14T09:00:00Z');
const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;

async function exportTo(file: string, what: string, format: 'md' | 'csv' | 'json' | 'docx' | 'html', extra: { delimiter?: ',' | ';'; lang?: 'ru' | 'en' } = {}) {
  const { store, outDir } = session();
  const out = path.join(outDir, file);
  const result = await exportSummary({ store, what, format, lang: extra.lang ?? 'ru', out, now: NOW, timeZone: 'Europe/Moscow', delimiter: extra.delimiter });
  return { out, result };
}

describe('export formats read back', () => {
  it('Markdown has the headings, the tables and the escaped reasons', async () => {
    const { fixture } = session();
    const { out } = await exportTo('issue.md', `issue:${fixture.issueId}`, 'md');
    const md = await readFile(out, 'utf8');
    expect(md).toMatch(new RegExp(`^# Сводка позиций: ${FIXTURE_ISSUE_TITLE}\\n`));
    expect(md).toContain(`${FIXTURE_ALLIANCE} · Сформировано 14 марта 2024 г.`);
    for (const heading of ['Сведения', 'Линия союза', 'Согласие в союзе', 'Позиции депутатов', 'Проверка по принципам']) expect(md).toContain(`\n## ${heading}\n`);
    expect(md).toContain('| Депутат | Район | Позиция | Доводы | Как записано |');
    expect(md).toContain('липы \\| и детскую');
    expect(md).toContain('собрано 1 200 подписей.<br>Петиция');
    expect(md).toContain('по телефону, не подтверждено');
  });

  it('CSV parses back with the same rows and formula cells neutralized, in both dialects', async () => {
    const { fixture } = session();
    const { result } = await exportTo('issue.json', `issue:${fixture.issueId}`, 'json');
    const expected = result.document.blocks.find((block) => block.type === 'table' && block.key === 'stances');
    for (const delimiter of [',', ';'] as const) {
      const { out } = await exportTo(`issue-${delimiter === ',' ? 'comma' : 'semicolon'}.csv`, `issue:${fixture.issueId}`, 'csv', { delimiter });
      const bytes = await readFile(out);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parse(bytes.toString('utf8').slice(1), { delimiter }) as string[][];
      expect(rows[0]).toEqual(['Депутат', 'Район', 'Позиция', 'Доводы', 'Как записано']);
      expect(expected?.type === 'table' && rows.slice(1).map((row) => row[0])).toEqual(expected?.type === 'table' && expected.rows.map((row) => row[0]));
      const reasons = rows.slice(1).map((row) => row[3]);
      for (const tricky of Object.values(TRICKY_REASONS)) expect(reasons).toContain(`'${tricky}`);
      expect(reasons).toContain('Жители против: собрано 1 200 подписей.\nПетиция передана в управу.');
    }
  });

  it('JSON validates against its schema and carries the format name and version', async () => {
    const { fixture } = session();
    for (const what of ['alliance', `statement:${fixture.statementId}`, `district:${fixture.districtName}`, `group:${fixture.groupId}`, `deputy:${fixture.deputyIds[0]}`]) {
      const { out } = await exportTo('doc.json', what, 'json', { lang: 'en' });
      const doc = parseExportDocument(JSON.parse(await readFile(out, 'utf8')));
      expect(doc).toMatchObject({ format: 'alliance-desk-export', formatVersion: 1, lang: 'en', alliance: FIXTURE_ALLIANCE });
    }
  });

  it('DOCX opens with a DOCX reader with real headings, tables and lists', async () => {
    const { fixture } = session();
    const { out } = await exportTo('statement.docx', `statement:${fixture.statementId}`, 'docx');
    const { value: html, messages } = await mammoth.convertToHtml({ path: out });
    expect(messages.filter((message) => message.type === 'error')).toEqual([]);
    expect(html).toContain('<h1>Сохраним сквер на Лесной улице</h1>');
    for (const heading of ['Сведения', 'Текст заявления', 'Подписи', 'Проверка по принципам', 'Редакции']) expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toContain('<h3>Сохраним сквер на Лесной улице</h3>');
    expect(html).toMatch(/<ul><li>опубликовать проект и заключение экспертизы;<\/li>/);
    expect(html).toContain('<strong>против вырубки сорока деревьев</strong>');
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((match) => [...match[1]!.matchAll(/<t[hd]>(.*?)<\/t[hd]>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, '')));
    expect(html).toMatch(/<thead><tr><th><p><strong>№<\/strong>/);
    expect(rows).toContainEqual(['№', 'Депутат', 'Район', 'Подписана редакция', 'Дата подписи', 'Как записано', 'Статус']);
    const signatureRows = rows.filter((row) => row.length === 7 && /^\d+$/.test(row[0]!));
    expect(signatureRows).toHaveLength(5);
    expect(signatureRows.filter((row) => row[6] === 'ранняя редакция — нужна повторная подпись').map((row) => row[1])).toEqual(['Лебедева Мария Олеговна', 'Смирнова Анна Сергеевна']);
    expect(signatureRows.filter((row) => row[6] === 'действующая редакция')).toHaveLength(3);
  });

  // Without Liberation Sans, LibreOffice draws the DOCX's Arial with a wider font than Word would.
  const hasArialMetrics = liberationSans('regular') !== undefined;
  const sofficeTitle = !hasSoffice
    ? 'DOCX converts with LibreOffice — skipped: soffice is not installed (apt-get install libreoffice-writer-nogui)'
    : !hasArialMetrics
      ? 'DOCX converts with LibreOffice — skipped: Liberation Sans is not installed (apt-get install fonts-liberation2)'
      : 'DOCX converts with LibreOffice (headless) without error, no word cut across lines';
  it.skipIf(!hasSoffice || !hasArialMetrics)(sofficeTitle, async () => {
    const { fixture, outDir } = session();
    const { out, result } = await exportTo('district.docx', `district:${fixture.districtName}`, 'docx');
    const converted = path.join(outDir, 'lo');
    await mkdir(converted, { recursive: true });
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${path.join(outDir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', converted, out], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const pdf = path.join(converted, 'district.pdf');
    // Words, not lines: a cell may wrap a name between its words, but no word may be cut.
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Сводка позиций депутатов: Черёмушки');
    expect(text).toMatch(/Стр\. 1 из \d+/);
    expect(text).toMatch(/Смирнова\s+Анна\s+Сергеевна/);
    expect(wordsNotWhole(pdfWords(pdf), documentTexts(result.document, 'Europe/Moscow'))).toEqual([]);
  });

  it('HTML is self-contained: the font is embedded and nothing is fetched', async () => {
    const { fixture } = session();
    const { out } = await exportTo('issue.html', `issue:${fixture.issueId}`, 'html');
    const html = await readFile(out, 'utf8');
    expect(html).toContain("font-family:\"PT Sans\"");
    expect(html).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000,}/);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).toContain('@page{size:A4');
    expect(html).toContain('counter(pages)');
  });
});

describe('export writing', () => {
  it('reports progress through the phases to done', async () => {
    const { store, outDir } = session();
    const seen: ExportProgress[] = [];
    await exportSummary({ store, what: 'alliance', format: 'docx', lang: 'ru', out: path.join(outDir, 'alliance.docx'), onProgress: (p) => seen.push(p) });
    expect(seen[0]).toEqual({ phase: 'collect', done: 0 });
    expect(seen.at(-1)).toEqual({ phase: 'done', done: 1 });
    expect(seen.map((p) => p.phase)).toContain('render');
    expect(seen.every((p, i) => i === 0 || p.done >= seen[i - 1]!.done)).toBe(true);
  });

  it('a cancelled export raises "cancelled" and leaves no file behind', async () => {
    const { store, outDir } = session();
    const dir = path.join(outDir, 'cancel');
    await mkdir(dir);
    const controller = new AbortController();
    const run = exportSummary({
      store,
      what: 'alliance',
      format: 'docx',
      lang: 'ru',
      out: path.join(dir, 'alliance.docx'),
      signal: controller.signal,
      onProgress: ({ phase }) => {
        if (phase === 'render') controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('a failed write raises a coded error and leaves no half-written or temp file', async () => {
    const { store, fixture, outDir } = session();
    const what = `issue:${fixture.issueId}`;
    const missing = exportSummary({ store, what, format: 'md', lang: 'ru', out: path.join(outDir, 'no-such-folder', 'x.md') });
    await expect(missing).rejects.toBeInstanceOf(ExportError);
    await expect(missing).rejects.toMatchObject({ code: 'no_folder' });
    // The target is a folder: the rename over it fails after the temp file was written.
    const dir = path.join(outDir, 'occupied');
    await mkdir(path.join(dir, 'summary.md'), { recursive: true });
    await expect(exportSummary({ store, what, format: 'md', lang: 'ru', out: path.join(dir, 'summary.md') })).rejects.toMatchObject({ code: 'io' });
    expect(await readdir(dir)).toEqual(['summary.md']);
  });

  it('prints PDF through the PdfPrinter seam (the app plugs Electron in here)', async () => {
    const { store, fixture, outDir } = session();
    const printed: string[] = [];
    const printer = { printHtmlToPdf: async (html: string) => (printed.push(html), new TextEncoder().encode('%PDF-fake')), close: async () => undefined };
    const out = path.join(outDir, 'seam.pdf');
    await exportSummary({ store, what: `issue:${fixture.issueId}`, format: 'pdf', lang: 'ru', out, printer });
    expect(await readFile(out, 'utf8')).toBe('%PDF-fake');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('data:font/woff2;base64,');
  });

  it('names what is missing', async () => {
    const { store, outDir } = session();
    const out = path.join(outDir, 'x.md');
    await expect(exportSummary({ store, what: 'issue:nope', format: 'md', lang: 'ru', out })).rejects.toMatchObject({ code: 'not_found' });
    await expect(exportSummary({ store, what: 'district:Атлантида', format: 'md', lang: 'ru', out })).rejects.toMatchObject({ code: 'not_found' });
    await expect(exportSummary({ store, what: 'planet:x', format: 'md', lang: 'ru', out })).rejects.toMatchObject({ code: 'invalid' });
    await expect(exportSummary({ store, what: 'alliance', format: 'rtf' as never, lang: 'ru', out })).rejects.toMatchObject({ code: 'invalid' });
  });
});
