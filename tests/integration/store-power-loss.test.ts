import { describe, expect, it } from 'vitest';
import { emptyWorkspaceDisk, powerLossTrial } from '../support/power-loss';

const TRIALS = Number(process.env.STORE1_TRIALS ?? 1_000);
const FIRST_SEED = 20_251_203;

describe('power loss (an in-memory disk that drops what was not fsynced)', () => {
  it(`loses no acknowledged edit and always opens and verifies again (${TRIALS} trials, two power cuts each)`, async () => {
    const base = await emptyWorkspaceDisk();
    const failures: string[] = [];
    let acknowledged = 0;
    for (let trial = 0; trial < TRIALS && failures.length === 0; trial += 1) {
      const seed = FIRST_SEED + trial;
      const result = await powerLossTrial(base, seed);
      acknowledged += result.acknowledged;
      if (result.problems.length > 0) failures.push(`seed ${seed} (rerun with powerLossTrial(base, ${seed})):\n  ${result.problems.slice(0, 10).join('\n  ')}`);
    }
    expect(failures).toEqual([]);
    // The trials mean something only if the power went while real work was being done.
    expect(acknowledged).toBeGreaterThan(TRIALS * 3);
  });
});
