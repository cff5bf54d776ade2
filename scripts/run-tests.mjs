// `npm test`: every check in order — lint, typecheck, unit/integration/component tests, build,
// end-to-end — and a closing line `N passed, N failed, N skipped` summed over all of them.
// A failed check that is not a test runner (lint, typecheck, build) counts as one failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const vitestJson = `${results}/vitest.json`;
const playwrightJson = `${results}/playwright.json`;

const steps = [
  { name: 'lint', command: ['npx', 'eslint', '.'] },
  { name: 'typecheck', command: ['npm', 'run', '-s', 'typecheck'] },
  {
    name: 'unit, integration and component tests',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
    counts: () => vitestCounts(vitestJson),
  },
  { name: 'build', command: ['npm', 'run', '-s', 'build'] },
  {
    name: 'end-to-end tests',
    command: ['npx', 'playwright', 'test'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
    counts: () => playwrightCounts(playwrightJson),
  },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedSteps = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const run = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const counts = step.counts?.();
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
  if (run.status !== 0) {
    failedSteps.push(step.name);
    if (!counts || counts.failed === 0) totals.failed += 1; // the step itself failed (or crashed before reporting)
  }
}

if (failedSteps.length) console.log(`\nfailed: ${failedSteps.join(', ')}`);
const line = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
writeFileSync(`${results}/totals.txt`, `${line}\n`);
console.log(line);
process.exit(failedSteps.length ? 1 : 0);

function vitestCounts(file) {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function playwrightCounts(file) {
  if (!existsSync(file)) return undefined;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0, skipped: stats.skipped ?? 0 };
}
