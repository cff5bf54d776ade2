import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportBundle, writeBundleFile } from '../../electron/exchange';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import type { BenchReport } from './report';

/** The goal for a full-workspace import at the moscow scale (it was 1.2 GB with the whole bundle in memory and one import line). */
const IMPORT_PEAK_GOAL_MB = 500;

function probe(args: string[]): Record<string, number> {
  const script = path.join(import.meta.dirname, 'import-probe.ts');
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`import probe failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Record<string, number>;
}

/**
 * A bundle of the whole workspace imported by a laptop that has none of it yet (the first exchange
 * of a new laptop: every operation is new, written and applied), in a fresh process, with its
 * peak resident memory beside the goal; and verify's peak on the same workspace.
 */
export async function benchImport(dir: string, device: string, profile: string, report: BenchReport): Promise<void> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'alliance-desk-import-bench-'));
  try {
    const file = path.join(scratch, 'everything.adbundle');
    const store = await WorkspaceStore.open(dir, { device, author: 'secretary', readOnly: true });
    try {
      await writeBundleFile(file, await exportBundle(store));
    } finally {
      await store.close();
    }
    const peer = path.join(scratch, 'peer');
    await mkdir(peer);
    await copyFile(path.join(dir, 'workspace.json'), path.join(peer, 'workspace.json'));
    const imported = probe(['import', peer, file]);
    const goal = profile === 'moscow' ? IMPORT_PEAK_GOAL_MB : undefined;
    report.add({
      profile,
      name: `import of a full bundle into an empty laptop (${imported.written} operations): peak resident memory`,
      value: imported.peakRss!,
      unit: 'MB',
      ...(goal ? { target: `< ${goal} MB`, met: imported.peakRss! < goal } : {}),
    });
    report.add({ profile, name: 'import of a full bundle into an empty laptop: time', value: imported.ms!, unit: 'ms' });
    const verified = probe(['verify', peer]);
    report.add({ profile, name: 'verify of the imported workspace: peak resident memory', value: verified.peakRss!, unit: 'MB' });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
