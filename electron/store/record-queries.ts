import { collectionSchemas, type CollectionName, type StoredRecord } from '../../shared/schema/collections';
import { countLive, isLive, type RecordEntry } from '../../shared/store/state';
import { StoreError } from './errors';
import type { LiveState } from './live-state';
import { matches, sortBy, type AnyRecord } from './query';
import type { ListQuery, ListResult } from './store-types';

/** Reads, all served from memory: nothing here touches a file or waits for a write. */
export class RecordQueries {
  constructor(private readonly live: LiveState) {}

  get<C extends CollectionName>(collection: C, id: string): StoredRecord<C> | undefined {
    const entry = this.live.state[collection][id];
    return isLive(entry) ? (this.live.materialize(id, entry) as StoredRecord<C>) : undefined;
  }

  count(collection: CollectionName): number {
    return countLive(this.live.state[collection]);
  }

  counts(): Record<CollectionName, number> {
    const counts = {} as Record<CollectionName, number>;
    for (const name of Object.keys(collectionSchemas) as CollectionName[]) counts[name] = this.count(name);
    return counts;
  }

  list<C extends CollectionName>(collection: C, query: ListQuery = {}): ListResult<StoredRecord<C>> {
    const where = Object.entries(query.where ?? {}).filter(([, value]) => value !== undefined);
    const indexed = where.find(([field]) => this.live.indexes.isIndexed(collection, field));
    const records = this.live.state[collection];
    const ids = indexed ? this.live.indexes.lookup(collection, indexed[0], indexed[1]) : Object.keys(records);
    let items: AnyRecord[] = [];
    for (const id of ids) {
      const entry = records[id];
      if (!isLive(entry) || !matches(entry.f, where)) continue;
      items.push(this.live.materialize(id, entry));
    }
    if (query.orderBy) items = sortBy(items, query.orderBy, query.descending ?? false);
    const total = items.length;
    const offset = query.offset ?? 0;
    const sliced = query.limit === undefined ? items.slice(offset) : items.slice(offset, offset + query.limit);
    return { items: sliced as StoredRecord<C>[], total };
  }

  /**
   * Visits every live record's fields without building record objects: for computations over a
   * whole collection (agreement figures) where materializing 150,000 records would dominate.
   */
  forEachLive(collection: CollectionName, visit: (id: string, fields: Readonly<Record<string, unknown>>) => void): void {
    const records = this.live.state[collection];
    for (const id in records) {
      const entry = records[id];
      if (isLive(entry)) visit(id, entry.f);
    }
  }

  /** Whether an id was used and then deleted (its tombstone stays; the id cannot be used again). */
  isDeleted(collection: CollectionName, id: string): boolean {
    return this.live.state[collection][id]?.d !== undefined;
  }

  /** Indexed look-up, e.g. positions by issue or by deputy. */
  byIndex<C extends CollectionName>(collection: C, field: string, value: unknown): StoredRecord<C>[] {
    if (!this.live.indexes.isIndexed(collection, field)) {
      throw new StoreError('invalid', `${collection}.${field} is not indexed`);
    }
    return this.list(collection, { where: { [field]: value } }).items;
  }

  /** A live record's stored fields (not materialized), for validating edits against. */
  liveFields(collection: CollectionName, id: string): Record<string, unknown> | undefined {
    const entry = this.live.state[collection][id];
    return isLive(entry) ? entry.f : undefined;
  }

  /** The raw entry, tombstones included (field clocks for long-text bases). */
  entry(collection: CollectionName, id: string): RecordEntry | undefined {
    return this.live.state[collection][id];
  }
}
