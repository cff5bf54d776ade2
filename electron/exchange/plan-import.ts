import { COLLECTIONS, type CollectionName } from '../../shared/schema/collections';
import { HybridClock, isClockAhead } from '../../shared/store/hlc';
import { FORMAT_VERSION, type Operation } from '../../shared/store/operation';
import { applyOperation, emptyState, isLive, type RecordEntry, type WorkspaceState } from '../../shared/store/state';
import type { LocalEdit, WorkspaceStore } from '../store/workspace-store';
import type { ParsedBundle } from './read-bundle';
import type { HistoryEntry } from '../store/store-types';
import {
  addFreshTextWrites,
  candidatesOfWrites,
  planTextResolutions,
  textCandidates,
  type FreshTextWrites,
  type StateAfter,
  type TextCandidates,
  type TextOutcome,
} from './text-resolutions';

/**
 * Records new to this workspace copied into the plan, per collection; past that many, a new record
 * is followed by whether it ends up existing alone (the plan of a first import of 150,000
 * positions would otherwise be a second copy of the whole workspace). The preview lists far
 * fewer, and titles look up deputies, issues and statements, which stay below it.
 */
const COPIED_NEW_RECORDS = 20_000;
const PUT = 1;
const DELETED = 2;

/** What importing some operations would do, worked out on copies of the records they touch. */
export interface PlannedImport {
  /** Operations the workspace does not hold yet, in all and per device. */
  fresh: number;
  byDevice: Record<string, number>;
  /** Of those, the ones dated too far ahead of this device's clock: written and kept, but quarantined, not applied. */
  ahead: number;
  /** The latest clock among those, or null. */
  latestAhead: string | null;
  /** Operations it holds already. */
  known: number;
  /** Merges and conflict records this device adds. */
  local: LocalEdit[];
  texts: TextOutcome[];
  /** The touched records before and after (fresh and local operations applied); others are absent. */
  before: WorkspaceState;
  after: WorkspaceState;
  /** New records not copied into `after` (see COPIED_NEW_RECORDS) that the import adds, per collection. */
  addedUncopied: Partial<Record<CollectionName, number>>;
}

/**
 * Plans the import of a bundle without changing anything, reading its operations batch by batch.
 * Must run where no write can land meanwhile (inside store.readConsistent or an import), so that
 * it plans on the state it will apply to. An operation is fresh when the workspace neither holds
 * it nor keeps it in quarantine.
 */
export async function planImport(store: WorkspaceStore, bundle: Pick<ParsedBundle, 'forEachBatch'>): Promise<PlannedImport> {
  const known = await store.knownOperations();
  const planner = new ImportPlanner(store);
  await bundle.forEachBatch(async (ops) => planner.add(ops, known));
  return planner.finish();
}

/**
 * Plans merges for long texts that operations already applied (a synced folder's refresh) wrote:
 * the same decision an import makes, with nothing left to import.
 */
export function planMerges(store: WorkspaceStore, arrived: readonly Operation[]): Promise<PlannedImport> {
  return new ImportPlanner(store, textCandidates(arrived)).finish();
}

/** Takes in the fresh operations of an import as they stream by, then decides this device's additions. */
class ImportPlanner {
  private readonly scratch: Scratch;
  private readonly writes: FreshTextWrites = new Map();
  private readonly now: number;
  private fresh = 0;
  private ahead = 0;
  private latestAhead: string | null = null;
  private known = 0;
  private latest = '';
  private readonly byDevice: Record<string, number> = {};

  constructor(
    private readonly store: WorkspaceStore,
    private readonly candidates: TextCandidates = new Map(),
  ) {
    this.scratch = new Scratch(store.rawState());
    this.now = store.now();
  }

  add(ops: readonly Operation[], known: ReadonlySet<string>): void {
    for (const op of ops) {
      if (known.has(op.hlc) || this.store.isQuarantined(op.hlc)) {
        this.known += 1;
        continue;
      }
      this.fresh += 1;
      this.byDevice[op.dev] = (this.byDevice[op.dev] ?? 0) + 1;
      if (isClockAhead(op.hlc, this.now)) {
        this.ahead += 1;
        if (this.latestAhead === null || op.hlc > this.latestAhead) this.latestAhead = op.hlc;
        continue;
      }
      if (op.hlc > this.latest) this.latest = op.hlc;
      this.scratch.apply(op);
      addFreshTextWrites(op, this.writes);
    }
  }

  async finish(): Promise<PlannedImport> {
    const { store, scratch } = this;
    candidatesOfWrites(this.writes, this.candidates);
    const { edits, outcomes } = await planTextResolutions(store, scratch.view(this.writes), this.writes, this.candidates, scratch.touch);
    // Apply this device's additions too, with stand-in clocks after everything seen, so the preview shows the outcome.
    const clock = new HybridClock(store.device, () => 0);
    if (this.latest) clock.observe(this.latest);
    if (store.lastClock) clock.observe(store.lastClock);
    for (const edit of edits) {
      scratch.touch(edit.col, edit.id);
      applyOperation(scratch.after, { ...edit, v: FORMAT_VERSION, dev: store.device, by: store.author, hlc: clock.tick() } as Operation);
    }
    return {
      fresh: this.fresh,
      byDevice: this.byDevice,
      ahead: this.ahead,
      latestAhead: this.latestAhead,
      known: this.known,
      local: edits,
      texts: outcomes,
      before: scratch.before,
      after: scratch.after,
      addedUncopied: scratch.addedUncopied(),
    };
  }
}

/**
 * Copies of the records an import touches, before and after, so the store's state is never changed
 * by planning; past COPIED_NEW_RECORDS new records of a collection, only whether each is put or
 * deleted is kept.
 */
class Scratch {
  readonly before = emptyState();
  readonly after = emptyState();
  private readonly touched = new Set<string>();
  private readonly copiedNew = new Map<CollectionName, number>();
  private readonly uncopied = new Map<string, number>();

  constructor(private readonly source: WorkspaceState) {}

  apply(op: Operation): void {
    const key = `${op.col}/${op.id}`;
    const flags = this.uncopied.get(key);
    if (flags === undefined && (this.touched.has(key) || this.source[op.col][op.id] !== undefined || !this.full(op.col))) {
      this.touch(op.col, op.id);
      if (!this.after[op.col][op.id] && op.col !== 'conflicts') this.copiedNew.set(op.col, (this.copiedNew.get(op.col) ?? 0) + 1);
      applyOperation(this.after, op);
      return;
    }
    this.uncopied.set(key, (flags ?? 0) | (op.op === 'put' ? PUT : op.op === 'del' ? DELETED : 0));
  }

  private full(collection: CollectionName): boolean {
    return collection !== 'conflicts' && (this.copiedNew.get(collection) ?? 0) >= COPIED_NEW_RECORDS;
  }

  /** The state after, for text resolution: uncopied records answer from their flags and their text writes. */
  view(writes: FreshTextWrites): StateAfter {
    return {
      state: this.after,
      isLive: (collection, id) => {
        const flags = this.uncopied.get(`${collection}/${id}`);
        return flags === undefined ? isLive(this.after[collection][id]) : flags === PUT;
      },
      value: (collection, id, field) => {
        const key = `${collection}/${id}`;
        if (!this.uncopied.has(key)) return this.after[collection][id]?.f[field];
        return latestValue(writes.get(key) ?? [], field);
      },
    };
  }

  addedUncopied(): Partial<Record<CollectionName, number>> {
    const added: Partial<Record<CollectionName, number>> = {};
    for (const [key, flags] of this.uncopied) {
      if (flags !== PUT) continue;
      const collection = key.slice(0, key.indexOf('/')) as CollectionName;
      added[collection] = (added[collection] ?? 0) + 1;
    }
    return added;
  }

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

/** What the newest of some writes left in a field (the merge rule: the latest clock wins). */
function latestValue(entries: readonly HistoryEntry[], field: string): unknown {
  let newest: HistoryEntry | undefined;
  for (const entry of entries) {
    const writes = (entry.data !== undefined && Object.hasOwn(entry.data, field)) || (entry.unset?.includes(field) ?? false);
    if (writes && (!newest || entry.clock > newest.clock)) newest = entry;
  }
  return newest?.data?.[field];
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
