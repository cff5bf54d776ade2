import { compareHlc, hlcToIso } from '../../shared/store/hlc';
import type { Operation } from '../../shared/store/operation';
import { readJournalLine } from './journal';
import type { WorkspaceLayout } from './layout';
import type { HistoryEntry } from './store-types';

/**
 * Every operation that touched a record, oldest first, read back from the files: `locations` is
 * the record's RecordEntry.h (source index, offset, length triples), `sources` what they index.
 */
export async function readHistory(layout: WorkspaceLayout, sources: readonly string[], locations: readonly number[]): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < locations.length; i += 3) {
    const source = sources[locations[i]!]!;
    const line = await readJournalLine(layout.sourceFile(source), { offset: locations[i + 1]!, length: locations[i + 2]! });
    const op = JSON.parse(line) as Operation;
    // The same operation can sit in its journal and in an import: list it once.
    if (seen.has(op.hlc)) continue;
    seen.add(op.hlc);
    entries.push(historyEntryOf(op, hlcToIso(op.hlc)));
  }
  return entries.sort((a, b) => compareHlc(a.clock, b.clock));
}

/** An operation as history lists it; `at` is the readable time (exchange, which never shows it, passes ''). */
export function historyEntryOf(op: Operation, at: string): HistoryEntry {
  return {
    clock: op.hlc,
    at,
    device: op.dev,
    author: op.by,
    kind: op.op,
    ...(op.op !== 'del' ? { data: op.data } : {}),
    ...(op.op === 'patch' && op.unset ? { unset: op.unset } : {}),
    ...(op.op === 'patch' && op.base ? { base: op.base } : {}),
  };
}
