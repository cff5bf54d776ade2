import { COLLECTIONS, type CollectionName } from '../../shared/schema/collections';
import { HybridClock } from '../../shared/store/hlc';
import { FORMAT_VERSION, type Operation } from '../../shared/store/operation';
import { applyOperation, emptyState, type RecordEntry, type WorkspaceState } from '../../shared/store/state';
import type { LocalEdit, WorkspaceStore } from '../store/workspace-store';
import { planTextResolutions, textCandidates, type TextCandidates, type TextOutcome } from './text-resolutions';

/** What importing some operations would do, worked out on copies of the records they touch. */
export interface PlannedImport {
  /** Operations the workspace does not hold yet, oldest first. */
  fresh: Operation[];
  /** Operations it holds already. */
  known: number;
  /** Merges and conflict records this device adds. */
  local: LocalEdit[];
  texts: TextOutcome[];
  /** The touched records before and after (fresh and local operations applied); others are absent. */
  before: WorkspaceState;
  after: WorkspaceState;
}

/**
 * Plans an import without changing anything. Must run where no write can land meanwhile (inside
 * store.readConsistent or an import plan), so that it plans on the state it will apply to.
 */
export async function planImport(store: WorkspaceStore, incoming: readonly Operation[]): Promise<PlannedImport> {
  const known = await store.knownOperations();
  const fresh = incoming.filter((op) => !known.has(op.hlc));
  return planOn(store, fresh, incoming.length - fresh.length);
}

/**
 * Plans merges for long texts that operations already applied (a synced folder's refresh) wrote:
 * the same decision an import makes, with nothing left to import.
 */
export function planMerges(store: WorkspaceStore, arrived: readonly Operation[]): Promise<PlannedImport> {
  return planOn(store, [], 0, textCandidates(arrived));
}

async function planOn(store: WorkspaceStore, fresh: Operation[], known: number, arrived: TextCandidates = new Map()): Promise<PlannedImport> {
  const scratch = new Scratch(store.rawState());
  for (const op of fresh) scratch.touch(op.col, op.id);
  for (const op of fresh) applyOperation(scratch.after, op);
  const candidates = textCandidates(fresh, arrived);
  const { edits, outcomes } = await planTextResolutions(store, scratch.after, fresh, candidates, scratch.touch);
  // Apply this device's additions too, with stand-in clocks after everything seen, so the preview shows the outcome.
  const clock = new HybridClock(store.device, () => 0);
  for (const op of fresh) clock.observe(op.hlc);
  if (store.lastClock) clock.observe(store.lastClock);
  for (const edit of edits) {
    scratch.touch(edit.col, edit.id);
    applyOperation(scratch.after, { ...edit, v: FORMAT_VERSION, dev: store.device, by: store.author, hlc: clock.tick() } as Operation);
  }
  return { fresh, known, local: edits, texts: outcomes, before: scratch.before, after: scratch.after };
}

/** Copies of the records an import touches, before and after, so the store's state is never changed by planning. */
class Scratch {
  readonly before = emptyState();
  readonly after = emptyState();
  private readonly touched = new Set<string>();

  constructor(private readonly source: WorkspaceState) {}

  readonly touch = (collection: CollectionName, id: string): void => {
    const key = `${collection}/${id}`;
    if (this.touched.has(key)) return;
    this.touched.add(key);
    const entry = this.source[collection][id];
    if (entry) {
      this.before[collection][id] = copyEntry(entry);
      this.after[collection][id] = copyEntry(entry);
    }
  };
}

function copyEntry(entry: RecordEntry): RecordEntry {
  // Field values are replaced, never mutated, by applyOperation, so a shallow copy of each map suffices.
  return {
    f: Object.assign(Object.create(null) as Record<string, unknown>, entry.f),
    ...(entry.c ? { c: Object.assign(Object.create(null) as Record<string, string>, entry.c) } : {}),
    ...(entry.p !== undefined ? { p: entry.p } : {}),
    ...(entry.d !== undefined ? { d: entry.d } : {}),
  };
}

export function touchedIds(plan: PlannedImport): { collection: CollectionName; id: string }[] {
  const ids: { collection: CollectionName; id: string }[] = [];
  for (const collection of COLLECTIONS) {
    for (const id of new Set([...Object.keys(plan.before[collection]), ...Object.keys(plan.after[collection])])) ids.push({ collection, id });
  }
  return ids;
}
