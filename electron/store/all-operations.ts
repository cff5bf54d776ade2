import { compareHlc } from '../../shared/store/hlc';
import type { Migration } from '../../shared/store/migrations';
import type { Operation } from '../../shared/store/operation';
import { checkOperation } from '../../shared/store/validate-operation';
import { errorCode } from './fs-layer';
import { readImportChunks } from './imports';
import type { WorkspaceLayout } from './layout';
import { readJournalChunks, type LineProblem, type OperationChunk } from './operation-lines';
import { rangesOf, type UnreadableRange } from './unreadable-lines';

/** Every operation the state includes, and the bytes of the files that could not be read (and so are not among them). */
export interface OperationsRead {
  ops: Operation[];
  unreadable: UnreadableRange[];
}

/**
 * Visits every operation the state includes — each journal and imports file up to the offsets
 * replayed — checked as replay checks them, each once (an operation can sit in its journal and in
 * an import of another device), reading the files in bounded chunks. Returns the lines that could
 * not be read up to those offsets (and at them: where replay of another device's file stopped).
 */
export async function forEachOperation(
  layout: WorkspaceLayout,
  journals: ReadonlyMap<string, number>,
  imports: ReadonlyMap<string, number>,
  visit: (op: Operation) => void,
  registry?: readonly Migration[],
): Promise<UnreadableRange[]> {
  const seen = new Set<string>();
  const problems: LineProblem[] = [];
  const take = (limit: number, deviceOf: (op: Operation) => string) => (chunk: OperationChunk) => {
    for (const problem of chunk.problems) if (problem.offset <= limit) problems.push(problem);
    for (const { op, location } of chunk.ops) {
      if (location.offset >= limit || seen.has(op.hlc)) continue;
      const checked = checkOperation(op, deviceOf(op));
      if (!checked.ok) continue;
      seen.add(op.hlc);
      visit(checked.op);
    }
  };
  for (const [device, limit] of [...journals].sort()) {
    await orNothing(readJournalChunks(layout.journalOf(device), 0, take(limit, () => device), registry, limit + 1));
  }
  for (const [device, limit] of [...imports].sort()) {
    await orNothing(readImportChunks(layout.importsOf(device), 0, take(limit, (op) => op.dev), registry));
  }
  return rangesOf(layout, problems, true);
}

/** Every operation the state includes, oldest clock first (see forEachOperation). For bundles; reads every file. */
export async function readAllOperations(
  layout: WorkspaceLayout,
  journals: ReadonlyMap<string, number>,
  imports: ReadonlyMap<string, number>,
  registry?: readonly Migration[],
): Promise<OperationsRead> {
  const ops: Operation[] = [];
  const unreadable = await forEachOperation(layout, journals, imports, (op) => ops.push(op), registry);
  return { ops: ops.sort((a, b) => compareHlc(a.hlc, b.hlc)), unreadable };
}

/** The clocks of every operation the state includes (an operation's clock is its identity), without keeping the operations. */
export async function readAllClocks(
  layout: WorkspaceLayout,
  journals: ReadonlyMap<string, number>,
  imports: ReadonlyMap<string, number>,
  registry?: readonly Migration[],
): Promise<Set<string>> {
  const clocks = new Set<string>();
  await forEachOperation(layout, journals, imports, (op) => clocks.add(op.hlc), registry);
  return clocks;
}

/** A file listed in the offsets but gone since (removed by hand) contributes nothing. */
async function orNothing<T>(reading: Promise<T>): Promise<T | undefined> {
  try {
    return await reading;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}
