import type { WorkspaceState } from '../../shared/store/state';
import { FileProgress, RunningDigest } from './journal-digest';
import { IMPORTS_SOURCE, type WorkspaceLayout } from './layout';
import type { SnapshotDocument } from './snapshot';

/** A file whose bytes a snapshot cannot vouch for: shorter than it was, changed, or without a digest. */
export interface DoubtedFile {
  kind: 'journal' | 'imports';
  device: string;
  file: string;
  /** The history source naming the file (see layout.ts IMPORTS_SOURCE). */
  source: string;
  /** Bytes the snapshot was built from, and the file's size now. */
  snapshotOffset: number;
  size: number;
  reason: 'shorter' | 'changed' | 'unverified';
}

/** Where replay starts in each file, given a snapshot: past the bytes it vouches for, else at 0. */
export interface StartingPoints {
  journals: FileProgress;
  imports: FileProgress;
  doubted: DoubtedFile[];
}

/**
 * Checks, per journal and imports file, that it still begins with exactly the bytes the snapshot
 * was built from (same SHA-256 of its first `offset` bytes). A file that does is replayed from
 * that offset, with its running digest ready; one that does not is doubted: replayed from byte 0
 * (the merge is idempotent, so operations the snapshot already holds change nothing).
 */
export async function startingPoints(
  layout: WorkspaceLayout,
  document: SnapshotDocument | undefined,
  sizes: { journals: Map<string, number>; imports: Map<string, number> },
): Promise<StartingPoints> {
  const doubted: DoubtedFile[] = [];
  const kinds = [
    { kind: 'journal' as const, offsets: document?.journals, digests: document?.digests, sizes: sizes.journals, fileOf: layout.journalOf, sourceOf: (device: string) => device },
    { kind: 'imports' as const, offsets: document?.imports, digests: document?.importDigests, sizes: sizes.imports, fileOf: layout.importsOf, sourceOf: (device: string) => `${IMPORTS_SOURCE}${device}` },
  ];
  const progress: FileProgress[] = [];
  for (const { kind, offsets, digests, sizes: sizesOf, fileOf, sourceOf } of kinds) {
    const trusted: [string, RunningDigest][] = [];
    for (const [device, offset] of Object.entries(offsets ?? {})) {
      if (offset === 0) continue;
      const file = fileOf(device);
      const size = sizesOf.get(device) ?? 0;
      const doubt = { kind, device, file, source: sourceOf(device), snapshotOffset: offset, size };
      const expected = digests?.[device];
      if (size < offset) doubted.push({ ...doubt, reason: 'shorter' });
      else if (expected === undefined) doubted.push({ ...doubt, reason: 'unverified' });
      else {
        const running = await RunningDigest.ofPrefix(file, offset);
        if (running?.digest() === expected) trusted.push([device, running]);
        else doubted.push({ ...doubt, reason: running ? 'changed' : 'shorter' });
      }
    }
    progress.push(new FileProgress(trusted));
  }
  return { journals: progress[0]!, imports: progress[1]!, doubted };
}

/**
 * Forgets where the state's records say their operations sit in doubted files: those byte
 * locations may now hold other lines. Replaying the files from 0 records the true ones.
 */
export function forgetLocations(state: WorkspaceState, sources: readonly string[], doubted: readonly DoubtedFile[]): void {
  const indexes = new Set(doubted.map((file) => sources.indexOf(file.source)).filter((index) => index !== -1));
  if (indexes.size === 0) return;
  for (const records of Object.values(state)) {
    for (const entry of Object.values(records)) {
      const history = entry.h;
      if (!history) continue;
      const kept: number[] = [];
      for (let i = 0; i < history.length; i += 3) {
        if (!indexes.has(history[i]!)) kept.push(history[i]!, history[i + 1]!, history[i + 2]!);
      }
      if (kept.length === 0) delete entry.h;
      else if (kept.length !== history.length) entry.h = kept;
    }
  }
}
