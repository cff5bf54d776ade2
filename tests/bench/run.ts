// npm run bench [-- --json FILE] [--profiles small,moscow]: the performance budget's figures, each beside
// a baseline measured in the same run. Not part of npm test: timings belong here, not in tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DemoScale } from '../../electron/demo/generate';
import { BenchReport } from './report';
import { benchAgreement } from './agreement-bench';
import { benchExport } from './export-bench';
import { benchImport } from './import-bench';
import { benchMatrixScreen } from './matrix-bench';
import { benchPowerLoss } from './power-loss-bench';
import { benchUi } from './ui-bench';
import { BENCH_DEVICE, benchEdits, benchMemory, benchNaiveEdit, benchOpen, buildWorkspace } from './storage-bench';

const { values } = parseArgs({
  options: { json: { type: 'string' }, profiles: { type: 'string', default: 'small,moscow' }, 'power-loss-trials': { type: 'string', default: '5000' } },
});
const profiles = values.profiles!.split(',') as DemoScale[];
const report = new BenchReport();
const editP95: Partial<Record<DemoScale, number>> = {};
const root = await mkdtemp(path.join(tmpdir(), 'alliance-desk-bench-'));
try {
  for (const profile of profiles) {
    const dir = path.join(root, profile);
    const started = performance.now();
    await buildWorkspace(dir, profile);
    console.log(`[${profile}] demo workspace built in ${Math.round(performance.now() - started)} ms`);
    editP95[profile] = await benchEdits(dir, profile, report, 1_000);
    await benchNaiveEdit(dir, profile, report, profile === 'moscow' ? 5 : 50);
    await benchOpen(dir, profile, report, profile === 'moscow' ? 3 : 10);
    benchMemory(dir, profile, report);
    await benchAgreement(dir, BENCH_DEVICE, profile, report);
    await benchMatrixScreen(dir, profile, report);
    await benchExport(dir, BENCH_DEVICE, profile, report);
    await benchImport(dir, BENCH_DEVICE, profile, report);
    await benchUi(dir, BENCH_DEVICE, profile, report);
  }
  if (editP95.small !== undefined && editP95.moscow !== undefined) {
    const ratio = editP95.moscow / editP95.small;
    report.add({ profile: 'moscow/small', name: 'edit p95 ratio (flat in data size)', value: ratio, unit: 'x', target: '≤ 1.5× (sub-millisecond timings: noise allowance)', met: ratio <= 1.5 });
  }
  const powerLossTrials = Number(values['power-loss-trials']);
  if (powerLossTrials > 0) await benchPowerLoss(report, powerLossTrials);
  if (values.json) await report.writeJson(values.json);
} finally {
  await rm(root, { recursive: true, force: true });
}
