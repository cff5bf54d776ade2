// Renders the first page of an issue summary and of a statement with signatories, as a secretary
// would send them, to docs/screenshots/ (npx tsx scripts/export-screenshots.ts). Needs Chromium
// and poppler-utils (pdftoppm).
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportSummary } from '../electron/export/export-summary';
import { WorkspaceStore } from '../electron/store/workspace-store';
import { buildExportFixture, FIXTURE_DEVICE } from '../tests/support/export-fixture';

const target = path.resolve('docs/screenshots');
const root = await mkdtemp(path.join(tmpdir(), 'alliance-desk-screens-'));
try {
  const fixture = await buildExportFixture(path.join(root, 'ws'));
  const store = await WorkspaceStore.open(fixture.dir, { device: FIXTURE_DEVICE, author: 'secretary', readOnly: true });
  await mkdir(target, { recursive: true });
  const shots = [
    ['export-summary-ru', `issue:${fixture.issueId}`],
    ['export-statement-ru', `statement:${fixture.statementId}`],
  ] as const;
  try {
    for (const [name, what] of shots) {
      const pdf = path.join(root, `${name}.pdf`);
      await exportSummary({ store, what, format: 'pdf', lang: 'ru', out: pdf, dissent: true, now: new Date('2024-03-18T09:00:00Z'), timeZone: 'Europe/Moscow' });
      const run = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(target, name)], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
      console.log(`wrote ${path.join(target, `${name}.png`)}`);
    }
  } finally {
    await store.close();
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
