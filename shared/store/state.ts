import { COLLECTIONS, type CollectionName } from '../schema/collections';
import { hlcToIso } from './hlc';
import type { Operation } from './operation';

/**
 * Merge rule (DESIGN.md §6): every field is a last-writer-wins register keyed by the operation's
 * clock, whose device suffix breaks ties; a delete is a tombstone that no edit revives. Each part is
 * a max over clocks, so applying the same operations in any order, or twice, gives the same state.
 */
export interface RecordEntry {
  /** Current field values. */
  f: Record<string, unknown>;
  /** Clock of the write that set (or cleared) each field. A cleared field has a clock but no value. */
  c: Record<string, string>;
  /** Clock of the first put, for createdAt. */
  p?: string;
  /** Tombstone clock. */
  d?: string;
}

export type CollectionState = Record<string, RecordEntry>;
export type WorkspaceState = Record<CollectionName, CollectionState>;

export function emptyState(): WorkspaceState {
  const state = {} as WorkspaceState;
  for (const name of COLLECTIONS) state[name] = Object.create(null) as CollectionState;
  return state;
}

export interface ApplyResult {
  /** False when the operation changed nothing (already applied, or superseded everywhere). */
  changed: boolean;
  /** The record after the operation, or undefined when deleted or not (yet) existing. */
  entry: RecordEntry | undefined;
}

/** Applies one operation; returns whether the visible state changed. */
export function applyOperation(state: WorkspaceState, op: Operation): ApplyResult {
  const records = state[op.col];
  let entry = records[op.id];
  if (!entry) {
    entry = { f: Object.create(null) as Record<string, unknown>, c: Object.create(null) as Record<string, string> };
    records[op.id] = entry;
  }
  let changed = false;
  if (op.op === 'del') {
    if (!entry.d || op.hlc > entry.d) {
      changed = !entry.d;
      entry.d = op.hlc;
    }
    return { changed, entry: undefined };
  }
  if (op.op === 'put' && (!entry.p || op.hlc < entry.p)) {
    entry.p = op.hlc;
    changed = true;
  }
  for (const [field, value] of Object.entries(op.data)) {
    if (field === '__proto__') continue;
    changed = setField(entry, field, value, op.hlc) || changed;
  }
  if (op.op === 'patch' && op.unset) {
    for (const field of op.unset) changed = setField(entry, field, undefined, op.hlc) || changed;
  }
  return { changed: changed && !entry.d, entry: entry.d ? undefined : entry };
}

function setField(entry: RecordEntry, field: string, value: unknown, hlc: string): boolean {
  const current = entry.c[field];
  if (current !== undefined && current >= hlc) return false;
  entry.c[field] = hlc;
  if (value === undefined) delete entry.f[field];
  else entry.f[field] = value;
  return true;
}

/** Whether an entry is a live record (created and not deleted). */
export function isLive(entry: RecordEntry | undefined): entry is RecordEntry {
  return entry !== undefined && entry.d === undefined && entry.p !== undefined;
}

/** The newest clock that touched a record. */
export function lastClock(entry: RecordEntry): string {
  let last = entry.p ?? '';
  for (const clock of Object.values(entry.c)) if (clock > last) last = clock;
  return last;
}

/** The record as callers see it: fields plus id and timestamps derived from the clocks. */
export function materialize(id: string, entry: RecordEntry): Record<string, unknown> {
  return {
    ...entry.f,
    id,
    createdAt: hlcToIso(entry.p!),
    updatedAt: hlcToIso(lastClock(entry)),
  };
}
