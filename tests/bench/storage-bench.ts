import { spawnSync } from 'node:child_process';
import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { JSONFile } from 'lowdb/node';
import { Low } from 'lowdb';
import { populateDemo, type DemoScale } from '../../electron/demo/generate';
import { workspaceLayout } from '../../electron/store/layout';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import type { BenchReport } from './report';
import { median, percentile, timeMany } from './stats';

export const BENCH_DEVICE = 'bench-dev';
const DEVICE = BENCH_DEVICE;

export async function buildWorkspace(dir: string, scale: DemoScale): Promise<void> {
  const store = await WorkspaceStore.init(dir, { device: DEVICE, author: 'secretary', language: 'ru' });
  await populateDemo(store, { scale, language: 'ru' });
  await store.close();
}

/** Acknowledged edits (journal append + fdatasync) beside a bare fsynced 1 KB append and a naive whole-file rewrite. */
export async function benchEdits(dir: string, profile: string, report: BenchReport, edits: number): Promise<number> {
  const bareFile = path.join(dir, 'bare-append.bin');
  const handle = await open(bareFile, 'a');
  const kilobyte = Buffer.alloc(1024, 0x61);
  const bare = await timeMany(edits, async () => {
    await handle.write(kilobyte);
    await handle.datasync();
  });
  await handle.close();
  await rm(bareFile);

  const store = await WorkspaceStore.open(dir, { device: DEVICE, author: 'secretary' });
  const positions = store.list('positions', { limit: 5_000 }).items.map((position) => position.id);
  await timeMany(50, (i) => store.patch('positions', positions[i]!, { reasons: `Разогрев ${i}` })); // warm-up, not counted
  const samples = await timeMany(edits, (i) =>
    store.patch('positions', positions[i % positions.length]!, { reasons: `Уточнённая позиция, правка ${i}: жители просят сохранить сквер.` }),
  );
  await store.close();

  const p95 = percentile(samples, 95);
  const bareP95 = percentile(bare, 95);
  report.add({ profile, name: 'acknowledged edit p50', value: median(samples), unit: 'ms', baseline: { name: 'fsynced 1 KB append p50', value: median(bare) } });
  report.add({
    profile,
    name: 'acknowledged edit p95',
    value: p95,
    unit: 'ms',
    baseline: { name: 'fsynced 1 KB append p95', value: bareP95 },
    target: '≤ 2× the append',
    met: p95 <= 2 * bareP95,
  });
  return p95;
}

/** The naive design this store replaces: rewrite the whole lowdb document on every edit. */
export async function benchNaiveEdit(dir: string, profile: string, report: BenchReport, edits: number): Promise<void> {
  const { snapshot } = workspaceLayout(dir, DEVICE);
  const naiveFile = path.join(dir, 'naive-lowdb.json');
  const db = new Low(new JSONFile<unknown>(naiveFile), null);
  db.data = JSON.parse(await readFile(snapshot, 'utf8'));
  const samples = await timeMany(edits, async () => {
    await db.write();
    const fd = await open(naiveFile, 'r');
    await fd.sync(); // lowdb itself never fsyncs; an acknowledged edit would have to
    await fd.close();
  });
  await rm(naiveFile, { force: true });
  report.add({ profile, name: 'naive edit (rewrite whole lowdb file + fsync) p50', value: median(samples), unit: 'ms' });
}

/** Opening the workspace beside reading and JSON.parse of the same snapshot bytes. */
export async function benchOpen(dir: string, profile: string, report: BenchReport, runs: number): Promise<void> {
  const { snapshot } = workspaceLayout(dir, DEVICE);
  const parseOnly: number[] = [];
  const readAndParse: number[] = [];
  const opens: number[] = [];
  // Interleaved, with a collection before each, so that neither side inherits the other's garbage.
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  for (let run = 0; run < runs; run += 1) {
    gc();
    let start = performance.now();
    const text = await readFile(snapshot, 'utf8');
    const parseStart = performance.now();
    JSON.parse(text);
    parseOnly.push(performance.now() - parseStart);
    readAndParse.push(performance.now() - start);
    gc();
    start = performance.now();
    const store = await WorkspaceStore.open(dir, { device: DEVICE, author: 'secretary', readOnly: true });
    opens.push(performance.now() - start);
    await store.close();
  }
  const baseline = median(readAndParse);
  report.add({ profile, name: 'JSON.parse of the snapshot bytes alone', value: median(parseOnly), unit: 'ms' });
  report.add({
    profile,
    name: 'open workspace (snapshot + journal tail)',
    value: median(opens),
    unit: 'ms',
    baseline: { name: 'read + JSON.parse of the same bytes', value: baseline },
    target: '≤ 1.5× the baseline',
    met: median(opens) <= 1.5 * baseline,
  });
}

/** Resident memory of a fresh process that opened the workspace (the main process's share). */
export function benchMemory(dir: string, profile: string, report: BenchReport): void {
  const script = path.join(import.meta.dirname, 'open-memory.ts');
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, dir, DEVICE], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`memory probe failed: ${result.stderr}`);
  const { rss, peakRss, heapUsed, baselineRss } = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Record<string, number>;
  report.add({ profile, name: 'resident memory with the workspace open (steady)', value: rss!, unit: 'MB', baseline: { name: 'same process before opening', value: baselineRss! }, target: '< 300 MB', met: rss! < 300 });
  report.add({ profile, name: 'peak resident memory while opening', value: peakRss!, unit: 'MB' });
  report.add({ profile, name: 'JS heap used with the workspace open', value: heapUsed!, unit: 'MB' });
}
