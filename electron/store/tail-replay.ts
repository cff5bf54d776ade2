import { migrations, type Migration } from '../../shared/store/migrations';
import type { Operation } from '../../shared/store/operation';
import { checkOperation } from '../../shared/store/validate-operation';
import { listImports, readImports } from './imports';
import { readJournal, type JournalReadResult } from './journal';
import { listJournals } from './journal-files';
import { IMPORTS_SOURCE, type WorkspaceLayout } from './layout';
import type { StoreCore } from './store-core';
import type { Arrival, StoreChange } from './store-types';

/** How one kind of per-device file (journals, imports files) is found, read, checked and named in history. */
interface TailFiles {
  source: Arrival['source'];
  fileOf: (layout: WorkspaceLayout, device: string) => string;
  offsets: (core: StoreCore) => Map<string, number>;
  read: (file: string, fromOffset: number, registry: readonly Migration[]) => Promise<JournalReadResult>;
  /** What to warn about an unterminated last line, if anything. */
  tornWarning: (file: string, tornBytes: number, own: boolean) => string | undefined;
  /** The device an operation must come from: a journal's own device; in imports, each operation's. */
  deviceOf: (op: Operation, device: string) => string;
  historySource: (device: string) => string;
}

const notYet = (file: string, tornBytes: number) => `${file}: an incomplete last line (${tornBytes} bytes) is not applied yet`;

const JOURNALS: TailFiles = {
  source: 'journal',
  fileOf: (layout, device) => layout.journalOf(device),
  offsets: (core) => core.journalOffsets,
  read: readJournal,
  // This device's own torn line was cut off (and reported) when its journal was opened.
  tornWarning: (file, tornBytes, own) => (own ? undefined : notYet(file, tornBytes)),
  deviceOf: (_op, device) => device,
  historySource: (device) => device,
};

const IMPORTS: TailFiles = {
  source: 'imports',
  fileOf: (layout, device) => layout.importsOf(device),
  offsets: (core) => core.importOffsets,
  read: readImports,
  tornWarning: (file, tornBytes, own) =>
    own ? `${file}: an interrupted import (${tornBytes} bytes) is not applied; the workspace is as it was before it` : notYet(file, tornBytes),
  deviceOf: (op) => op.dev,
  historySource: (device) => `${IMPORTS_SOURCE}${device}`,
};

/** Replays every journal's tail, then every imports file's (what opening and refresh read). */
export async function replayAllTails(core: StoreCore, origin: StoreChange['origin']): Promise<Arrival[]> {
  return [
    ...(await replayJournalTails(core, await listJournals(core.layout), origin)),
    ...(await replayImportTails(core, await listImports(core.layout), origin)),
  ];
}

/** Applies what each device's journal holds past the offset the state includes. */
export function replayJournalTails(core: StoreCore, journals: Map<string, number>, origin: StoreChange['origin']): Promise<Arrival[]> {
  return replayTails(core, JOURNALS, journals, origin);
}

/** Like replayJournalTails, for imports files: each operation is checked against its own device. */
export function replayImportTails(core: StoreCore, files: Map<string, number>, origin: StoreChange['origin']): Promise<Arrival[]> {
  return replayTails(core, IMPORTS, files, origin);
}

async function replayTails(core: StoreCore, kind: TailFiles, files: Map<string, number>, origin: StoreChange['origin']): Promise<Arrival[]> {
  const arrivals: Arrival[] = [];
  const offsets = kind.offsets(core);
  for (const device of [...files.keys()].sort()) {
    const file = kind.fileOf(core.layout, device);
    const read = await kind.read(file, offsets.get(device) ?? 0, core.options.registry ?? migrations);
    const torn = read.tornBytes > 0 ? kind.tornWarning(file, read.tornBytes, device === core.device) : undefined;
    if (torn) core.warnings.push(torn);
    const ops = applyRead(core, file, read, (op) => kind.deviceOf(op, device), kind.historySource(device), origin);
    offsets.set(device, read.end);
    arrivals.push({ device, source: kind.source, operations: ops.length, ...(origin === 'remote' ? { ops } : {}) });
  }
  return arrivals;
}

/** Applies the operations of one read that pass their checks; what does not is skipped with a warning. */
function applyRead(
  core: StoreCore,
  file: string,
  read: JournalReadResult,
  deviceOf: (op: Operation) => string,
  source: string,
  origin: StoreChange['origin'],
): Operation[] {
  for (const problem of read.problems) {
    core.warnings.push(`${file}: line at byte ${problem.offset} skipped: ${problem.message}`);
  }
  const applied: Operation[] = [];
  for (const { op, location } of read.ops) {
    const checked = checkOperation(op, deviceOf(op));
    if (!checked.ok) {
      core.warnings.push(`${file}: operation at byte ${location.offset} skipped: ${checked.problem}`);
      continue;
    }
    core.clock.observe(op.hlc);
    core.live.apply(checked.op, source, location, origin);
    applied.push(checked.op);
  }
  return applied;
}
