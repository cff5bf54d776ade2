import { compareHlc } from '../../shared/store/hlc';
import type { Migration } from '../../shared/store/migrations';
import type { Operation } from '../../shared/store/operation';
import { checkOperation } from '../../shared/store/validate-operation';
import { readImports } from './imports';
import { readJournal } from './journal';
import type { WorkspaceLayout } from './layout';

/**
 * Every operation the state includes — each journal and imports file up to the offsets replayed —
 * checked as replay checks them, each once (an operation can sit in its journal and in an import
 * of another device), oldest clock first. For bundles; reads every file, so not for hot paths.
 */
export async function readAllOperations(
  layout: WorkspaceLayout,
  journals: ReadonlyMap<string, number>,
  imports: ReadonlyMap<string, number>,
  registry?: readonly Migration[],
): Promise<Operation[]> {
  const byClock = new Map<string, Operation>();
  const add = (op: Operation, device: string) => {
    if (byClock.has(op.hlc)) return;
    const checked = checkOperation(op, device);
    if (checked.ok) byClock.set(op.hlc, checked.op);
  };
  for (const [device, limit] of [...journals].sort()) {
    const read = await orNothing(readJournal(layout.journalOf(device), 0, registry));
    for (const { op, location } of read?.ops ?? []) if (location.offset < limit) add(op, device);
  }
  for (const [device, limit] of [...imports].sort()) {
    const read = await orNothing(readImports(layout.importsOf(device), 0, registry));
    for (const { op, location } of read?.ops ?? []) if (location.offset < limit) add(op, op.dev);
  }
  return [...byClock.values()].sort((a, b) => compareHlc(a.hlc, b.hlc));
}

/** A file listed in the offsets but gone since (removed by hand) contributes nothing. */
async function orNothing<T>(reading: Promise<T>): Promise<T | undefined> {
  try {
    return await reading;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
