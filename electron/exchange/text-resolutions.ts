import { createHash } from 'node:crypto';
import { resolveText, type TextResolution, type TextWrite } from '../../shared/exchange/text-lineage';
import { isLongTextField, type CollectionName } from '../../shared/schema/collections';
import { TextSchema } from '../../shared/schema/common';
import type { Operation } from '../../shared/store/operation';
import { isLive, type WorkspaceState } from '../../shared/store/state';
import { historyEntryOf } from '../store/history';
import { onBehalfEdit } from '../../shared/schema/collections';
import type { HistoryEntry, LocalEdit, WorkspaceStore } from '../store/workspace-store';

/** What became of concurrent edits of one long text. */
export interface TextOutcome {
  collection: CollectionName;
  id: string;
  field: string;
  outcome: 'merged' | 'conflict';
  versions: { clock: string; device: string; author: string }[];
  /** The conflict record that keeps the versions (outcome 'conflict'). */
  conflictId?: string;
}

/** Long-text fields written by some operations, per record ("collection/id" → fields). */
export type TextCandidates = Map<string, { collection: CollectionName; id: string; fields: Set<string> }>;

export function textCandidates(ops: Iterable<Operation>, into: TextCandidates = new Map()): TextCandidates {
  const candidates = into;
  for (const op of ops) {
    if (op.op === 'del') continue;
    const written = [...Object.keys(op.data), ...(op.op === 'patch' ? (op.unset ?? []) : [])];
    for (const field of written) {
      if (!isLongTextField(op.col, field)) continue;
      const key = `${op.col}/${op.id}`;
      let candidate = candidates.get(key);
      if (!candidate) {
        candidate = { collection: op.col, id: op.id, fields: new Set() };
        candidates.set(key, candidate);
      }
      candidate.fields.add(field);
    }
  }
  return candidates;
}

/** Per record ("collection/id"), the long-text writes of operations not applied yet. */
export type FreshTextWrites = Map<string, HistoryEntry[]>;

/**
 * Adds an operation's long-text writes to `into`, keeping only those fields (an import of every
 * record of a workspace passes through here, so the rest of each operation is not kept).
 */
export function addFreshTextWrites(op: Operation, into: FreshTextWrites): void {
  if (op.op === 'del') return;
  const written = [...Object.keys(op.data), ...(op.op === 'patch' ? (op.unset ?? []) : [])].filter((field) => isLongTextField(op.col, field));
  if (written.length === 0) return;
  const entry = historyEntryOf(op, ''); // merging goes by clocks; no readable time needed
  entry.data = Object.fromEntries(Object.entries(op.data).filter(([field]) => isLongTextField(op.col, field)));
  if (entry.unset) entry.unset = entry.unset.filter((field) => isLongTextField(op.col, field));
  const key = `${op.col}/${op.id}`;
  const entries = into.get(key);
  if (entries) entries.push(entry);
  else into.set(key, [entry]);
}

/**
 * The state as it will be once an import's fresh operations are applied, as text resolution needs
 * it: `state` holds the records copied (conflict records always), the others are asked about.
 */
export interface StateAfter {
  state: WorkspaceState;
  isLive(collection: CollectionName, id: string): boolean;
  /** A field's value once the import is applied. */
  value(collection: CollectionName, id: string, field: string): unknown;
}

/** The candidates (records and long-text fields) that fresh writes name. */
export function candidatesOfWrites(writes: FreshTextWrites, into: TextCandidates): TextCandidates {
  for (const [key, entries] of writes) {
    const slash = key.indexOf('/');
    let candidate = into.get(key);
    if (!candidate) {
      candidate = { collection: key.slice(0, slash) as CollectionName, id: key.slice(slash + 1), fields: new Set() };
      into.set(key, candidate);
    }
    for (const entry of entries) for (const field of [...Object.keys(entry.data ?? {}), ...(entry.unset ?? [])]) candidate.fields.add(field);
  }
  return into;
}

/**
 * For each candidate long text, decides from all its writes (history plus `fresh`, the writes of
 * operations not applied yet) whether concurrent versions merge cleanly — then a merge edit is
 * returned — or must be kept as a conflict record. `after` is the state as it will be once the
 * fresh operations are applied (`touch` copies a record of the store into it, conflict records
 * included).
 */
export async function planTextResolutions(
  store: WorkspaceStore,
  after: StateAfter,
  freshByRecord: FreshTextWrites,
  candidates: TextCandidates,
  touch: (collection: CollectionName, id: string) => void,
): Promise<{ edits: LocalEdit[]; outcomes: TextOutcome[] }> {
  const edits: LocalEdit[] = [];
  const outcomes: TextOutcome[] = [];
  for (const [key, { collection, id, fields }] of [...candidates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const known = store.rawState()[collection][id]?.h ?? [];
    const incoming = freshByRecord.get(key) ?? [];
    // A record new to this workspace and written once (the common case of a large first import) has nothing to merge.
    if (known.length === 0 && incoming.length <= 1) continue;
    touch(collection, id);
    if (!after.isLive(collection, id)) continue;
    const entries = [...(await store.history(collection, id)), ...incoming];
    for (const field of [...fields].sort()) {
      const conflict = conflictRecordFor(after.state, collection, id, field, touch);
      const decided = decide(after.value(collection, id, field), collection, id, field, resolveText(textWrites(entries, field)), conflict);
      // A merge is written on the owner's behalf, as the record's write policy wants it.
      const fieldsAfter = after.state[collection][id]?.f ?? {};
      edits.push(...decided.edits.map((edit) => (edit.op === 'patch' && edit.col === collection && edit.id === id ? { ...edit, ...onBehalfEdit(collection, fieldsAfter, edit.data) } : edit)));
      if (decided.outcome) outcomes.push(decided.outcome);
    }
  }
  return { edits, outcomes };
}

/**
 * The edits one text's resolution calls for: a merge (or a catch-up to the settled text) written
 * as a version started from every head, or the conflict record brought up to date; an open
 * conflict record whose text has settled is marked resolved.
 */
function decide(
  shown: unknown,
  collection: CollectionName,
  id: string,
  field: string,
  resolution: TextResolution,
  conflict: ReturnType<typeof conflictRecordFor>,
): { edits: LocalEdit[]; outcome?: TextOutcome } {
  const edits: LocalEdit[] = [];
  const settle = () => {
    if (conflict.live && conflict.fields.status === 'open') edits.push({ op: 'patch', col: 'conflicts', id: conflict.id, data: { status: 'resolved' } });
  };
  if (resolution.kind === 'settled') {
    // The value shown can lag the newest version when a later write repeated an edit that the newest built on.
    if (shown !== resolution.text) {
      edits.push({ op: 'patch', col: collection, id, data: { [field]: resolution.text }, base: { [field]: resolution.parents } });
    }
    settle();
    return { edits };
  }
  const versions = resolution.versions.map(({ clock, device, author }) => ({ clock, device, author }));
  if (resolution.kind === 'merge' && TextSchema.safeParse(resolution.text).success) {
    edits.push({ op: 'patch', col: collection, id, data: { [field]: resolution.text }, base: { [field]: resolution.parents } });
    settle();
    return { edits, outcome: { collection, id, field, outcome: 'merged', versions } };
  }
  // Not clean (or merged beyond the longest text a record holds): keep every version visibly.
  const wanted: Record<string, unknown> = {
    collection,
    recordId: id,
    field,
    status: 'open',
    base: resolution.base,
    // More than 16 versions of one text at once does not happen in practice; the newest are kept.
    versions: resolution.versions.slice(-16).map(({ clock, device, author, text }) => ({ clock, device, author, text })),
  };
  if (!conflict.live) {
    edits.push({ op: 'put', col: 'conflicts', id: conflict.id, data: wanted });
  } else {
    const changed = Object.fromEntries(Object.entries(wanted).filter(([key, value]) => JSON.stringify(conflict.fields[key]) !== JSON.stringify(value)));
    if (Object.keys(changed).length > 0) edits.push({ op: 'patch', col: 'conflicts', id: conflict.id, data: changed });
  }
  return { edits, outcome: { collection, id, field, outcome: 'conflict', versions, conflictId: conflict.id } };
}

/** The writes of one long-text field, with the versions each started from. */
export function textWrites(entries: readonly HistoryEntry[], field: string): TextWrite[] {
  const writes: TextWrite[] = [];
  for (const entry of entries) {
    const writesField = entry.data !== undefined && Object.hasOwn(entry.data, field);
    const clears = entry.unset?.includes(field) ?? false;
    if (entry.kind === 'del' || (!writesField && !clears)) continue;
    const value = writesField ? entry.data![field] : '';
    const parents = entry.kind === 'put' ? [] : entry.base && Object.hasOwn(entry.base, field) ? entry.base[field] : undefined;
    writes.push({ clock: entry.clock, device: entry.device, author: entry.author, text: typeof value === 'string' ? value : '', parents });
  }
  return writes;
}

/**
 * The conflict record of a field: its id derives from the field, so every device that finds the
 * same conflict writes the same record. A record someone deleted cannot come back (tombstones are
 * final), so the next free numbered id is used after it.
 */
export function conflictRecordFor(
  state: WorkspaceState,
  collection: CollectionName,
  id: string,
  field: string,
  touch: (collection: CollectionName, id: string) => void,
): { id: string; live: boolean; fields: Record<string, unknown> } {
  const stem = `cf-${createHash('sha256').update(`${collection}/${id}/${field}`).digest('hex').slice(0, 40)}`;
  for (let n = 0; ; n += 1) {
    const candidate = n === 0 ? stem : `${stem}-${n}`;
    touch('conflicts', candidate);
    const entry = state.conflicts[candidate];
    if (entry?.d !== undefined) continue;
    return { id: candidate, live: isLive(entry), fields: entry?.f ?? {} };
  }
}
