import { applyOperation, isLive, materialize, type RecordEntry, type WorkspaceState } from '../../shared/store/state';
import type { Operation } from '../../shared/store/operation';
import { SecondaryIndexes } from './indexes';
import type { JournalLocation } from './journal';
import type { AnyRecord } from './query';
import type { StoreChange } from './store-types';

/**
 * The replayed state in memory and what is kept in step with it: secondary indexes, materialized
 * records, subscribers, where each record's operations sit in the files, and (once asked for) the
 * clocks of every operation applied. Every operation, local or read from a file, goes through apply.
 */
export class LiveState {
  readonly indexes: SecondaryIndexes;
  private readonly recordCache = new WeakMap<RecordEntry, AnyRecord>();
  private readonly listeners = new Set<(change: StoreChange) => void>();
  /** Records and tombstones in the state, counted once and then kept up to date. */
  private entryCount: number | undefined;
  /** Clocks of every operation applied, built on first need (exchange) and then kept up to date. */
  private known: Set<string> | undefined;

  constructor(
    readonly state: WorkspaceState,
    /** History sources (a device's journal, or IMPORTS_SOURCE + device) named by index in RecordEntry.h. */
    readonly devices: string[],
  ) {
    this.indexes = new SecondaryIndexes(state);
  }

  subscribe(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies an operation read from `source` at `location`, and announces it when the visible state changed. */
  apply(op: Operation, source: string, location: JournalLocation, origin: StoreChange['origin']): void {
    const before = this.state[op.col][op.id];
    if (before === undefined && this.entryCount !== undefined) this.entryCount += 1;
    const wasLive = isLive(before);
    const indexedBefore = wasLive ? this.indexes.valuesOf(op.col, before.f) : undefined;
    const { changed } = applyOperation(this.state, op);
    this.known?.add(op.hlc);
    const after = this.state[op.col][op.id]!;
    this.recordLocation(op, source, location);
    if (!changed && wasLive === isLive(after)) return;
    this.recordCache.delete(after);
    if (indexedBefore) this.indexes.remove(op.col, op.id, indexedBefore);
    if (isLive(after)) this.indexes.add(op.col, op.id, after.f);
    const change: StoreChange = { collection: op.col, id: op.id, kind: op.op, origin };
    for (const listener of this.listeners) listener(change);
  }

  private recordLocation(op: Operation, source: string, location: JournalLocation): void {
    let deviceIndex = this.devices.indexOf(source);
    if (deviceIndex === -1) deviceIndex = this.devices.push(source) - 1;
    const entry = this.state[op.col][op.id]!;
    (entry.h ??= []).push(deviceIndex, location.offset, location.length);
  }

  /** The record as callers see it, built once per version of the entry. */
  materialize(id: string, entry: RecordEntry): AnyRecord {
    let record = this.recordCache.get(entry);
    if (!record) {
      record = materialize(id, entry) as AnyRecord;
      this.recordCache.set(entry, record);
    }
    return record;
  }

  /** Records and tombstones in the state (snapshot spacing grows with it). */
  entries(): number {
    this.entryCount ??= this.totalEntries();
    return this.entryCount;
  }

  private totalEntries(): number {
    let total = 0;
    for (const records of Object.values(this.state)) total += Object.keys(records).length;
    return total;
  }

  /**
   * Clocks of every operation the state includes. The first call reads them all (`readAll`); run it
   * where nothing is applied meanwhile (the store's queue), as from then on apply adds to the set.
   */
  async knownClocks(readAll: () => Promise<Iterable<string>>): Promise<ReadonlySet<string>> {
    if (!this.known) {
      this.known = new Set(await readAll());
    }
    return this.known;
  }
}
