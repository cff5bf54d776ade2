import path from 'node:path';
import { COLLECTIONS, collectionSchemas, type CollectionName } from '../../shared/schema/collections';
import { migrations } from '../../shared/store/migrations';
import { countLive, isLive, type RecordEntry, type WorkspaceState } from '../../shared/store/state';
import { StoreError } from './errors';
import { fileLayer } from './fs-layer';
import { replayAllFiles } from './full-replay';
import { MANIFEST_FILE, workspaceLayout } from './layout';
import { readManifest } from './manifest';
import { digestOf, digestState, heldProblem, interruptedImports } from './verify-checks';
import { WorkspaceStore } from './workspace-store';

export interface VerifyReport {
  ok: boolean;
  /** Damage: lines or records that fail, a snapshot that disagrees with the journals. */
  problems: string[];
  /** Recoverable or expected things: a torn last line, a snapshot kept aside, a dangling reference. */
  warnings: string[];
  counts: Partial<Record<CollectionName, number>>;
  /** Distinct operations replayed, from journals and imports. */
  operations: number;
  /** Of those, the ones found only in imports files (bundles received, merges). */
  importedOperations: number;
}

/**
 * Checks a workspace without changing it: parses every journal and import line, checks every operation and
 * every resulting record against its schema, replays all journals from scratch, and compares the
 * result with what each device's snapshot plus journal tail gives.
 */
export async function verifyWorkspace(dir: string): Promise<VerifyReport> {
  const report: VerifyReport = { ok: false, problems: [], warnings: [], counts: {}, operations: 0, importedOperations: 0 };
  const folder = path.resolve(dir);
  try {
    await readManifest(path.join(folder, MANIFEST_FILE));
  } catch (error) {
    report.problems.push((error as Error).message);
    return report;
  }
  const replayed = await replayAndCheck(folder, report);
  for (const device of await localDevices(folder)) await compareSnapshot(folder, device, replayed, report);
  report.ok = report.problems.length === 0;
  return report;
}

/** Replays and checks every record; returns the replayed state as digests (the state itself is let go). */
async function replayAndCheck(folder: string, report: VerifyReport): Promise<Map<string, string>> {
  const state = await replayAll(folder, report);
  checkRecords(state, report);
  for (const name of COLLECTIONS) report.counts[name] = countLive(state[name]);
  return digestState(state, canonical);
}

/** Replays every file from scratch, reporting each line or operation that cannot be used. */
async function replayAll(folder: string, report: VerifyReport): Promise<WorkspaceState> {
  // An operation can sit in its journal and in imports; apply it each time (that changes nothing), count it once.
  const counted = new Set<string>();
  const torn = { journal: 'an interrupted write; dropped when the workspace is next opened', imports: 'an interrupted import; it was never applied' };
  const state = await replayAllFiles(workspaceLayout(folder, 'verify'), migrations, {
    read: (file, kind, read) => {
      for (const problem of read.problems) report.problems.push(`${file}: line ${problem.line}: ${problem.message}`);
      if (read.tornBytes > 0) report.warnings.push(`${file}: incomplete last line (${read.tornBytes} bytes) from ${torn[kind]}`);
      report.warnings.push(...interruptedImports(file, read));
    },
    held: (file, op, location, line) => report.problems.push(heldProblem(file, op, location, line)),
    skipped: (file, location, problem) => report.problems.push(`${file}: byte ${location.offset}: ${problem}`),
    applied: (op, kind) => {
      if (kind === 'imports' && !counted.has(op.hlc)) report.importedOperations += 1;
      counted.add(op.hlc);
    },
  }, Date.now());
  report.operations = counted.size;
  return state;
}

/** Every live record must pass its schema as a whole (cross-field rules included). */
function checkRecords(state: WorkspaceState, report: VerifyReport): void {
  for (const name of COLLECTIONS) {
    for (const [id, entry] of Object.entries(state[name])) {
      if (!isLive(entry)) continue;
      const parsed = collectionSchemas[name].safeParse(entry.f);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        report.problems.push(`${name}/${id}: ${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`);
      }
    }
  }
  const live = (name: CollectionName, id: unknown) => typeof id === 'string' && isLive(state[name][id]);
  for (const [id, entry] of Object.entries(state.positions)) {
    if (!isLive(entry)) continue;
    if (!live('issues', entry.f.issueId)) report.warnings.push(`positions/${id}: refers to a missing issue ${String(entry.f.issueId)}`);
    if (!live('deputies', entry.f.deputyId)) report.warnings.push(`positions/${id}: refers to a missing deputy ${String(entry.f.deputyId)}`);
  }
  for (const [id, entry] of Object.entries(state.deputies)) {
    if (isLive(entry) && !live('districts', entry.f.districtId)) {
      report.warnings.push(`deputies/${id}: refers to a missing district ${String(entry.f.districtId)}`);
    }
  }
}

async function localDevices(folder: string): Promise<string[]> {
  const files = fileLayer();
  const local = path.join(folder, 'local');
  let names: string[];
  try {
    names = await files.readdir(local);
  } catch {
    return [];
  }
  const devices: string[] = [];
  for (const name of names) if ((await files.stat(path.join(local, name))).isDirectory) devices.push(name);
  return devices;
}

/** Disagreements listed one by one up to this many per device, then counted. */
const LISTED_DISAGREEMENTS = 20;

/** Opens a device's snapshot (read-only) and compares the state it gives with the journals alone. */
async function compareSnapshot(folder: string, device: string, replayed: Map<string, string>, report: VerifyReport): Promise<void> {
  let store: WorkspaceStore;
  try {
    store = await WorkspaceStore.open(folder, { device, author: 'verify', readOnly: true });
  } catch (error) {
    if (error instanceof StoreError && error.code === 'invalid') return; // not a device folder
    report.problems.push(`local/${device}: ${(error as Error).message}`);
    return;
  }
  try {
    checkSnapshotWarnings(store, report);
    checkSnapshotDamage(store, report);
    checkSnapshotAgrees(device, store.rawState(), replayed, report);
  } finally {
    await store.close();
  }
}

/** Journal problems are reported once by the full replay; snapshot problems belong here. */
function checkSnapshotWarnings(store: WorkspaceStore, report: VerifyReport): void {
  const damaged = new Set(store.damage.map((damage) => damage.message));
  for (const warning of store.warnings) if (warning.includes('snapshot') && !damaged.has(warning)) report.warnings.push(warning);
}

/** Operations only a snapshot still holds (a journal lost its tail, or changed): damage, named by file and byte. */
function checkSnapshotDamage(store: WorkspaceStore, report: VerifyReport): void {
  for (const damage of store.damage) report.problems.push(damage.message);
}

function checkSnapshotAgrees(device: string, fromSnapshot: WorkspaceState, replayed: Map<string, string>, report: VerifyReport): void {
  let disagreements = 0;
  const disagree = (key: string) => {
    disagreements += 1;
    if (disagreements <= LISTED_DISAGREEMENTS) report.problems.push(`local/${device}: the snapshot disagrees with the journals on ${key}`);
  };
  const none = digestOf(canonical(undefined));
  for (const name of COLLECTIONS) {
    for (const [id, entry] of Object.entries(fromSnapshot[name])) {
      if (digestOf(canonical(entry)) !== (replayed.get(`${name}/${id}`) ?? none)) disagree(`${name}/${id}`);
    }
  }
  for (const [key, digest] of replayed) {
    const slash = key.indexOf('/');
    if (fromSnapshot[key.slice(0, slash) as CollectionName][key.slice(slash + 1)] === undefined && digest !== none) disagree(key);
  }
  if (disagreements > LISTED_DISAGREEMENTS) {
    report.problems.push(`local/${device}: the snapshot disagrees with the journals on ${disagreements - LISTED_DISAGREEMENTS} more records`);
  }
}

function canonical(entry: RecordEntry | undefined): string {
  if (!entry) return 'none';
  const sorted = (object: Record<string, unknown>) => Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify({ f: sorted(entry.f), c: sorted(entry.c ?? {}), p: entry.p ?? null, d: entry.d ?? null });
}
