import { migrations, type Migration } from '../../shared/store/migrations';
import type { Operation } from '../../shared/store/operation';
import { applyOperation, emptyState, type WorkspaceState } from '../../shared/store/state';
import { checkOperation } from '../../shared/store/validate-operation';
import { isClockAhead } from '../../shared/store/hlc';
import { listImports, readImportChunks } from './imports';
import type { JournalLocation, JournalReadResult } from './journal';
import { readJournalChunks, type OperationChunk } from './operation-lines';
import { listJournals } from './journal-files';
import type { WorkspaceLayout } from './layout';

/** What a full replay tells whoever wants to report on it (verify). */
export interface ReplayObserver {
  /** After each file is read (its problems and torn tail; its operations were handed over chunk by chunk). */
  read?: (file: string, kind: 'journal' | 'imports', read: JournalReadResult) => void;
  skipped?: (file: string, location: JournalLocation, problem: string) => void;
  applied?: (op: Operation, kind: 'journal' | 'imports') => void;
  /** An operation dated too far ahead of `holdAheadOf`: not applied, as opening would hold it (quarantine.ts). */
  held?: (file: string, op: Operation, location: JournalLocation, line: number | undefined) => void;
}

/**
 * The state the files alone give: every journal, then every imports file, from byte 0, each
 * operation checked as replay checks it (imports hold other devices' operations, each checked
 * against its own device). Reads every file, a chunk at a time: for verify and for recovering what
 * a snapshot holds. With `holdAheadOf` (a wall-clock time), operations dated more than the bound
 * ahead of it are left out, as an open store leaves them out.
 */
export async function replayAllFiles(
  layout: WorkspaceLayout,
  registry: readonly Migration[] = migrations,
  observer: ReplayObserver = {},
  holdAheadOf?: number,
): Promise<WorkspaceState> {
  const state = emptyState();
  const replay = async (file: string, kind: 'journal' | 'imports', deviceOf: (op: Operation) => string) => {
    const problems: JournalReadResult['problems'] = [];
    const onChunk = (chunk: OperationChunk) => {
      problems.push(...chunk.problems);
      for (const { op, location, line } of chunk.ops) {
        const checked = checkOperation(op, deviceOf(op));
        if (!checked.ok) {
          observer.skipped?.(file, location, checked.problem);
          continue;
        }
        if (holdAheadOf !== undefined && isClockAhead(op.hlc, holdAheadOf)) {
          observer.held?.(file, checked.op, location, line);
          continue;
        }
        applyOperation(state, checked.op);
        observer.applied?.(checked.op, kind);
      }
    };
    const end = kind === 'journal' ? await readJournalChunks(file, 0, onChunk, registry) : await readImportChunks(file, 0, onChunk, registry);
    observer.read?.(file, kind, { ops: [], problems, ...end });
  };
  for (const device of [...(await listJournals(layout)).keys()].sort()) await replay(layout.journalOf(device), 'journal', () => device);
  for (const device of [...(await listImports(layout)).keys()].sort()) await replay(layout.importsOf(device), 'imports', (op) => op.dev);
  return state;
}
