import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS, collectionSchemas, type CollectionName } from '../../shared/schema/collections';
import type { Operation } from '../../shared/store/operation';
import { applyOperation, countLive, emptyState, isLive, type RecordEntry, type WorkspaceState } from '../../shared/store/state';
import { checkOperation } from '../../shared/store/validate-operation';
import { StoreError } from './errors';
import { listImports, readImports } from './imports';
import { readJournal, type JournalReadResult } from './journal';
import { listJournals } from './journal-files';
import { MANIFEST_FILE, workspaceLayout } from './layout';
import { readManifest } from './manifest';
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
  const state = await replayAll(folder, report);
  checkRecords(state, report);
  for (const device of await localDevices(folder)) await compareSnapshot(folder, device, state, report);
  for (const name of COLLECTIONS) report.counts[name] = countLive(state[name]);
  report.ok = report.problems.length === 0;
  return report;
}

async function replayAll(folder: string, report: VerifyReport): Promise<WorkspaceState> {
  const state = emptyState();
  const layout = workspaceLayout(folder, 'verify');
  // An operation can sit in its journal and in imports; apply it each time (that changes nothing), count it once.
  const counted = new Set<string>();
  const replay = (file: string, read: JournalReadResult, deviceOf: (op: Operation) => string, torn: string, onApplied: (op: Operation) => void) => {
    for (const problem of read.problems) report.problems.push(`${file}: line ${problem.line}: ${problem.message}`);
    if (read.tornBytes > 0) report.warnings.push(`${file}: incomplete last line (${read.tornBytes} bytes) from ${torn}`);
    for (const { op, location } of read.ops) {
      const checked = checkOperation(op, deviceOf(op));
      if (!checked.ok) {
        report.problems.push(`${file}: byte ${location.offset}: ${checked.problem}`);
        continue;
      }
      applyOperation(state, checked.op);
      onApplied(op);
    }
  };
  for (const device of [...(await listJournals(layout)).keys()].sort()) {
    const file = layout.journalOf(device);
    replay(file, await readJournal(file), () => device, 'an interrupted write; dropped when the workspace is next opened', (op) => counted.add(op.hlc));
  }
  // Imports hold other devices' operations, each checked against its own device.
  for (const device of [...(await listImports(layout)).keys()].sort()) {
    const file = layout.importsOf(device);
    replay(file, await readImports(file), (op) => op.dev, 'an interrupted import; it was never applied', (op) => {
      if (!counted.has(op.hlc)) report.importedOperations += 1;
      counted.add(op.hlc);
    });
  }
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
  try {
    return (await readdir(path.join(folder, 'local'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return [];
  }
}

async function compareSnapshot(folder: string, device: string, replayed: WorkspaceState, report: VerifyReport): Promise<void> {
  let store: WorkspaceStore;
  try {
    store = await WorkspaceStore.open(folder, { device, author: 'verify', readOnly: true });
  } catch (error) {
    if (error instanceof StoreError && error.code === 'invalid') return; // not a device folder
    report.problems.push(`local/${device}: ${(error as Error).message}`);
    return;
  }
  for (const warning of store.warnings) {
    // Journal problems are reported once by the full replay; snapshot problems belong here.
    if (warning.includes('snapshot')) report.warnings.push(warning);
  }
  const fromSnapshot = store.rawState();
  for (const name of COLLECTIONS) {
    const ids = new Set([...Object.keys(replayed[name]), ...Object.keys(fromSnapshot[name])]);
    for (const id of ids) {
      if (canonical(replayed[name][id]) !== canonical(fromSnapshot[name][id])) {
        report.problems.push(`local/${device}: the snapshot disagrees with the journals on ${name}/${id}`);
      }
    }
  }
  await store.close();
}

function canonical(entry: RecordEntry | undefined): string {
  if (!entry) return 'none';
  const sorted = (object: Record<string, unknown>) => Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify({ f: sorted(entry.f), c: sorted(entry.c ?? {}), p: entry.p ?? null, d: entry.d ?? null });
}
