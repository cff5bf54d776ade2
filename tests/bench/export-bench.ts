import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ChromiumPrinter, findChromium } from '../../electron/export/chromium-printer';
import { exportSummary, prepareExport } from '../../electron/export/export-summary';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { renderJson } from '../../shared/export/render/json';
import type { BenchReport } from './report';
import { median, timeMany } from './stats';

/**
 * Budget: one district's summary to PDF (< 2 s) and to DOCX (< 1 s), and the whole alliance
 * to DOCX with progress. Each export is timed end to end as the app runs it (read the store,
 * build, render, print, write atomically), on the district with the most deputies. PDF is timed
 * with Chromium already running, as in the app, whose own Chromium prints; the CLI's cold start
 * (launching Chromium) is reported beside it.
 */
export async function benchExport(dir: string, device: string, profile: string, report: BenchReport): Promise<void> {
  const store = await WorkspaceStore.open(dir, { device, author: 'secretary', readOnly: true });
  const out = await mkdtemp(path.join(tmpdir(), 'alliance-desk-export-bench-'));
  try {
    const sizes = new Map<string, number>();
    for (const deputy of store.list('deputies').items) sizes.set(deputy.districtId, (sizes.get(deputy.districtId) ?? 0) + 1);
    const [districtId, deputies] = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const what = { kind: 'district' as const, id: districtId };
    const label = `district "${store.get('districts', districtId)!.name}" (${deputies} deputies)`;
    const run = (format: 'pdf' | 'docx' | 'json', printer?: ChromiumPrinter) =>
      exportSummary({ store, what, format, lang: 'ru', out: path.join(out, `district.${format}`), ...(printer ? { printer } : {}) });

    const json = median(await timeMany(5, () => run('json')));
    const docx = await timeMany(5, () => run('docx'));
    report.add({
      profile,
      name: `${label} to DOCX (median of 5)`,
      value: median(docx),
      unit: 'ms',
      baseline: { name: 'the same summary to JSON', value: json },
      target: '< 1 s',
      met: median(docx) < 1_000,
    });

    const chromium = await findChromium().catch(() => undefined);
    if (!chromium) {
      console.log(`[${profile}] PDF export skipped: no Chromium on this machine`);
    } else {
      const printer = new ChromiumPrinter(chromium);
      try {
        const html = median(await timeMany(3, () => exportSummary({ store, what, format: 'html', lang: 'ru', out: path.join(out, 'district.html') })));
        await run('pdf', printer); // starts Chromium, not counted
        const warm = await timeMany(5, () => run('pdf', printer));
        report.add({
          profile,
          name: `${label} to PDF, Chromium running (median of 5)`,
          value: median(warm),
          unit: 'ms',
          baseline: { name: 'the same summary to print HTML', value: html },
          target: '< 2 s',
          met: median(warm) < 2_000,
        });
      } finally {
        await printer.close();
      }
      const cold = median(await timeMany(3, () => run('pdf')));
      report.add({ profile, name: `${label} to PDF from the CLI, starting Chromium (median of 3)`, value: cold, unit: 'ms', target: '< 2 s', met: cold < 2_000 });
    }

    const document = prepareExport({ store, what: 'alliance', lang: 'ru' });
    const jsonAll = median(await timeMany(3, () => renderJson(document)));
    let updates = 0;
    const started = performance.now();
    const whole = await exportSummary({
      store,
      what: 'alliance',
      format: 'docx',
      lang: 'ru',
      out: path.join(out, 'alliance.docx'),
      onProgress: () => {
        updates += 1;
      },
    });
    const elapsed = performance.now() - started;
    const rows = whole.document.blocks.reduce((sum, block) => sum + (block.type === 'table' ? block.rows.length : 0), 0);
    report.add({
      profile,
      name: `whole alliance to DOCX (${rows} table rows, ${(whole.bytes / 1e6).toFixed(1)} MB, ${updates} progress updates)`,
      value: elapsed,
      unit: 'ms',
      baseline: { name: 'its document model to JSON', value: jsonAll },
    });
  } finally {
    await store.close();
    await rm(out, { recursive: true, force: true });
  }
}
