import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cancelled } from '../../electron/export/export-error';
import type { PdfPrinter } from '../../electron/export/pdf-printer';
import { fileNameFor } from '../../electron/features/export/handlers';
import type { Platform } from '../../electron/core/platform';
import type { ExportOutcome, ExportPreview } from '../../shared/ipc/export-contract';
import { startServices, testPlatform } from '../support/app-services';
import { buildExportFixture, FIXTURE_ISSUE_TITLE } from '../support/export-fixture';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

/** A printer that records the HTML it got and, when `hold` is set, waits until the export is cancelled. */
function fakePrinter(options: { hold?: boolean } = {}) {
  const printed: string[] = [];
  let closed = 0;
  const printer: PdfPrinter = {
    printHtmlToPdf: (html, { signal } = {}) => {
      printed.push(html);
      if (!options.hold) return Promise.resolve(new TextEncoder().encode('%PDF-1.7 fake'));
      return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(cancelled()), { once: true }));
    },
    close: async () => {
      closed += 1;
    },
  };
  return { printer, printed, closed: () => closed };
}

/** The test platform with save-dialog answers taken in order (null: the user cancels). */
function platformWith(saveAnswers: (string | null)[], printer?: PdfPrinter): Platform & { requests: unknown[] } {
  const requests: unknown[] = [];
  return {
    ...testPlatform,
    requests,
    chooseSaveFile: async (request) => {
      requests.push(request);
      return saveAnswers.shift() ?? null;
    },
    createPdfPrinter: () => printer ?? fakePrinter().printer,
  };
}

async function openFixture(platform: Platform) {
  const root = await tempDir();
  const fixture = await buildExportFixture(path.join(root, 'ws'));
  const app = await startServices(await tempDir(), platform);
  await app.openWorkspace(fixture.dir);
  return { app, fixture, root };
}

const issueTarget = (id: string) => ({ kind: 'issue', id });

describe('export channels', () => {
  it('previews an issue summary as its document model, in the export language chosen', async () => {
    const { app, fixture } = await openFixture(testPlatform);
    const ru = await app.call<ExportPreview>('export:preview', { what: issueTarget(fixture.issueId), lang: 'ru' });
    expect(ru.document).toMatchObject({ format: 'alliance-desk-export', kind: 'issue', lang: 'ru', subjectId: fixture.issueId });
    expect(ru.document.title).toContain(FIXTURE_ISSUE_TITLE);
    expect(ru.shortened).toEqual([]);
    const en = await app.call<ExportPreview>('export:preview', { what: issueTarget(fixture.issueId), lang: 'en' });
    expect(en.document.lang).toBe('en');
    expect(en.document.title).not.toEqual(ru.document.title);
    await app.services.dispose();
  });

  it('cuts long tables in the preview and says how many rows the file will have', async () => {
    const { app } = await openFixture(testPlatform);
    await app.call('identity:set', { kind: 'secretary' });
    const before = await app.call<{ total: number }>('records:list', { collection: 'issues', query: { limit: 1 } });
    const added = 101 - before.total;
    for (let i = 0; i < added; i += 1) {
      await app.call('records:create', { collection: 'issues', data: { title: `Вопрос ${i}`, category: 'transport' } });
    }
    const preview = await app.call<ExportPreview>('export:preview', { what: { kind: 'alliance' }, lang: 'ru' });
    const tables = preview.document.blocks.filter((block) => block.type === 'table');
    expect(tables.every((table) => table.rows.length <= 100)).toBe(true);
    expect(preview.shortened).toEqual([{ table: 'issues', shown: 100, total: 101 }]);
    expect(tables.find((table) => table.key === 'issues')?.rows).toHaveLength(100);
    await app.services.dispose();
  });

  it('answers not_found for a target that does not exist, and nothing is asked or written', async () => {
    const platform = platformWith(['/never/used.pdf']);
    const { app } = await openFixture(platform);
    const preview = await app.dispatch('export:preview', { what: issueTarget('missing-issue'), lang: 'ru' });
    expect(preview).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const run = await app.call<ExportOutcome>('export:run', { jobId: 'job-missing-1', what: issueTarget('missing-issue'), format: 'pdf', lang: 'ru' });
    expect(run).toMatchObject({ status: 'failed', code: 'not_found' });
    expect(platform.requests).toEqual([]);
    await app.services.dispose();
  });

  it('finds targets by name ignoring case and ё/е, and names a preselected one', async () => {
    const { app, fixture } = await openFixture(testPlatform);
    const found = await app.call<{ items: { id: string; label: string; detail?: string }[]; total: number }>('export:targets', { kind: 'deputy', query: 'ЕЛКИН' });
    expect(found.items.map((item) => item.label)).toEqual(['Ёлкин Степан Ильич']);
    expect(found.items[0]!.detail).toBe('Черёмушки');
    const one = await app.call<{ items: { label: string }[] }>('export:targets', { kind: 'issue', id: fixture.issueId });
    expect(one.items.map((item) => item.label)).toEqual([FIXTURE_ISSUE_TITLE]);
    await app.services.dispose();
  });

  it('asks where to save, writes a CSV with the chosen delimiter, and reports progress to the end', async () => {
    const out = path.join(await tempDir(), 'сводка');
    const platform = platformWith([out]);
    const { app, fixture } = await openFixture(platform);
    app.events.length = 0;
    const outcome = await app.call<ExportOutcome>('export:run', { jobId: 'job-csv-0001', what: issueTarget(fixture.issueId), format: 'csv', lang: 'ru', delimiter: ';' });
    // A name typed without an extension gets the format's own.
    expect(outcome).toMatchObject({ status: 'saved', file: `${out}.csv`, fileName: 'сводка.csv' });
    expect(platform.requests).toEqual([{ purpose: 'export', defaultName: expect.stringMatching(/Вырубка сквера на Лесной улице.*\.csv$/), extension: 'csv' }]);
    const text = await readFile(`${out}.csv`, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toContain(';');
    const progress = app.events.filter((event) => event.channel === 'export:progress').map((event) => event.payload as { jobId: string; phase: string; done: number });
    expect(progress.every((event) => event.jobId === 'job-csv-0001')).toBe(true);
    expect(progress.at(-1)).toEqual({ jobId: 'job-csv-0001', phase: 'done', done: 1 });
    await app.services.dispose();
  });

  it('writes nothing when the user closes the save dialog', async () => {
    const platform = platformWith([null]);
    const { app, fixture, root } = await openFixture(platform);
    const before = await readdir(root);
    const outcome = await app.call<ExportOutcome>('export:run', { jobId: 'job-dialog-01', what: issueTarget(fixture.issueId), format: 'md', lang: 'ru' });
    expect(outcome).toEqual({ status: 'cancelled', stage: 'dialog' });
    expect(await readdir(root)).toEqual(before);
    await app.services.dispose();
  });

  it('says the folder does not exist when writing fails, and leaves no file', async () => {
    const dir = await tempDir();
    const platform = platformWith([path.join(dir, 'gone', 'summary.json')]);
    const { app, fixture } = await openFixture(platform);
    const outcome = await app.call<ExportOutcome>('export:run', { jobId: 'job-nofolder', what: issueTarget(fixture.issueId), format: 'json', lang: 'en' });
    expect(outcome).toMatchObject({ status: 'failed', code: 'no_folder' });
    expect(await readdir(dir)).toEqual([]);
    await app.services.dispose();
  });

  it('prints a PDF through the platform printer and closes it', async () => {
    const dir = await tempDir();
    const fake = fakePrinter();
    const { app, fixture } = await openFixture(platformWith([path.join(dir, 'issue.pdf')], fake.printer));
    const outcome = await app.call<ExportOutcome>('export:run', { jobId: 'job-pdf-0001', what: issueTarget(fixture.issueId), format: 'pdf', lang: 'ru' });
    expect(outcome).toMatchObject({ status: 'saved', fileName: 'issue.pdf' });
    expect((await readFile(path.join(dir, 'issue.pdf'), 'utf8')).startsWith('%PDF-')).toBe(true);
    expect(fake.printed[0]).toContain(FIXTURE_ISSUE_TITLE);
    expect(fake.closed()).toBe(1);
    await app.services.dispose();
  });

  it('cancels a running export through export:cancel, leaving no file and no temp file', async () => {
    const dir = await tempDir();
    const fake = fakePrinter({ hold: true });
    const { app, fixture } = await openFixture(platformWith([path.join(dir, 'long.pdf')], fake.printer));
    const running = app.call<ExportOutcome>('export:run', { jobId: 'job-cancel-1', what: { kind: 'alliance' }, format: 'pdf', lang: 'ru' });
    await expect.poll(() => fake.printed.length).toBe(1);
    expect(await app.call('export:cancel', { jobId: 'job-cancel-1' })).toBe(true);
    expect(await running).toEqual({ status: 'cancelled', stage: 'export' });
    expect(await readdir(dir)).toEqual([]);
    expect(fake.closed()).toBe(1);
    // Once finished, the job is gone: cancelling again changes nothing.
    expect(await app.call('export:cancel', { jobId: 'job-cancel-1' })).toBe(false);
    expect(fixture.issueId).toBeTruthy();
    await app.services.dispose();
  });

  it('refuses requests outside the contract: an unknown format, a job id that is not one', async () => {
    const { app, fixture } = await openFixture(testPlatform);
    expect(await app.dispatch('export:run', { jobId: 'job-html-001', what: issueTarget(fixture.issueId), format: 'html', lang: 'ru' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await app.dispatch('export:cancel', { jobId: '../../etc' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await app.services.dispose();
  });
});

describe('export file names', () => {
  it('keeps the title readable and drops what file systems refuse', () => {
    expect(fileNameFor('Сводка: «Сквер» / Лесная?', '.pdf')).toBe('Сводка «Сквер» Лесная.pdf');
    expect(fileNameFor('...', '.md')).toBe('alliance-desk.md');
    expect(fileNameFor('x'.repeat(300), '.csv')).toHaveLength(104);
  });
});
