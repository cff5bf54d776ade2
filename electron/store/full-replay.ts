import { migrations, type Migration } from '../../shared/store/migrations';
import type { Operation } from '../../shared/store/operation';
import { applyOperation, emptyState, type WorkspaceState } from '../../shared/store/state';
import { checkOperation } from '../../shared/store/validate-operation';
import { listImports, readImports } from './imports';
import { readJournal, type JournalLocation, type JournalReadResult } from './journal';
import { listJournals } from './journal-files';
import type { WorkspaceLayout } from './layout';

/** What a full replay tells whoever wants to report on it (verify). */
export interface ReplayObserver {
  /** After each file is read, before its operations are applied. */
  read?: (file: string, kind: 'journal' | 'imports', read: JournalReadResult) => void;
  skipped?: (file: string, location: JournalLocation, problem: string) => void;
  applied?: (op: Operation, kind: 'journal' | 'imports') => void;
}

/**
 * The state the files alone give: every journal, then every imports file, from byte 0, each
 * operation checked as replay checks it (imports hold other devices' operations, each checked
 * against its own device). Reads every file: for verify and for recovering what a snapshot holds.
 */
export async function replayAllFiles(layout: WorkspaceLayout, registry: readonly Migration[] = migrations, observer: ReplayObserver = {}): Promise<WorkspaceState> {
  const state = emptyState();
  const replay = (file: string, kind: 'journal' | 'imports', read: JournalReadResult, deviceOf: (op: Operation) => string) => {
    observer.read?.(file, kind, read);
    for (const { op, location } of read.ops) {
      const checked = checkOperation(op, deviceOf(op));
      if (!checked.ok) {
        observer.skipped?.(file, location, checked.problem);
        continue;
      }
      applyOperation(state, checked.op);
      observer.applied?.(checked.op, kind);
    }
  };
  for (const device of [...(await listJournals(layout)).keys()].sort()) {
    const file = layout.journalOf(device);
    replay(file, 'journal', await readJournal(file, 0, registry), () => device);
  }
  for (const device of [...(await listImports(layout)).keys()].sort()) {
    const file = layout.importsOf(device);
    replay(file, 'imports', await readImports(file, 0, registry), (op) => op.dev);
  }
  return state;
}
