import { createHash } from 'node:crypto';
import { COLLECTIONS } from '../../shared/schema/collections';
import { hlcToIso, MAX_CLOCK_AHEAD_MS } from '../../shared/store/hlc';
import type { Operation } from '../../shared/store/operation';
import type { RecordEntry, WorkspaceState } from '../../shared/store/state';
import type { ImportsEnd } from './imports';
import type { JournalLocation } from './journal';

// verify's checks of what this store adds to the files: operations held for their date, imports
// that never completed, and a replayed state kept as digests while the snapshots are compared.

/** An operation dated too far ahead: a problem (exit 1), named by file, line and clock, with what to do. */
export function heldProblem(file: string, op: Operation, location: JournalLocation, line: number | undefined): string {
  const where = line === undefined ? `byte ${location.offset}` : `line ${line}`;
  return (
    `${file}: ${where}: operation ${op.hlc} of device ${op.dev} is dated ${hlcToIso(op.hlc)}, more than ${MAX_CLOCK_AHEAD_MS / 3_600_000} h ahead of ` +
    "this computer's clock: held, not applied (until its time comes, or alliance-desk accept-future)"
  );
}

/** Imports of a file that were begun and never completed (nothing of them is applied): warnings. */
export function interruptedImports(file: string, end: Partial<ImportsEnd>): string[] {
  const warnings = (end.interrupted ?? []).map((gap) => `${file}: bytes ${gap.offset}–${gap.offset + gap.bytes}: an import that never completed; it was never applied`);
  if (end.incomplete) warnings.push(`${file}: bytes ${end.incomplete.offset}–${end.incomplete.offset + end.incomplete.bytes}: an import not complete yet (still being written or synced); not applied`);
  return warnings;
}

/**
 * The replayed state as one digest per record, so that it need not stay in memory beside each
 * device's state while the snapshots are compared with it (a large workspace would be held twice).
 */
export function digestState(state: WorkspaceState, canonical: (entry: RecordEntry | undefined) => string): Map<string, string> {
  const digests = new Map<string, string>();
  for (const name of COLLECTIONS) {
    for (const [id, entry] of Object.entries(state[name])) digests.set(`${name}/${id}`, digestOf(canonical(entry)));
  }
  return digests;
}

export function digestOf(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}
