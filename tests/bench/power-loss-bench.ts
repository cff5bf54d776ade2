import type { BenchReport } from './report';
import { emptyWorkspaceDisk, powerLossTrial } from '../support/power-loss';
import { median } from './stats';

/**
 * More power-loss trials than `npm test` runs (tests/integration/store-power-loss.test.ts), from
 * other seeds: a trial's time, and how many trials lost an acknowledged edit, would not open or
 * did not verify (the target is none).
 */
export async function benchPowerLoss(report: BenchReport, trials: number): Promise<void> {
  const base = await emptyWorkspaceDisk();
  const times: number[] = [];
  const failed: string[] = [];
  for (let trial = 0; trial < trials; trial += 1) {
    const seed = 7_000_000 + trial;
    const start = performance.now();
    const result = await powerLossTrial(base, seed);
    times.push(performance.now() - start);
    if (result.problems.length > 0) failed.push(`seed ${seed}: ${result.problems[0]}`);
  }
  for (const failure of failed.slice(0, 5)) console.log(`[power-loss] ${failure}`);
  report.add({ profile: 'power-loss', name: `trial of two power cuts, p50 (${trials} trials)`, value: median(times), unit: 'ms' });
  report.add({ profile: 'power-loss', name: 'trials that lost an edit, would not open or did not verify', value: failed.length, unit: 'count', target: '0', met: failed.length === 0 });
}
