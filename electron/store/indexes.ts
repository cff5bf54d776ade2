import { COLLECTIONS, indexedFields, type CollectionName } from '../../shared/schema/collections';
import { isLive, type WorkspaceState } from '../../shared/store/state';

type FieldIndex = Map<unknown, Set<string>>;

/** Secondary indexes (positions by issue, by deputy, …) kept in step with the state. */
export class SecondaryIndexes {
  private readonly indexes = new Map<CollectionName, Map<string, FieldIndex>>();

  constructor() {
    for (const collection of COLLECTIONS) {
      const fields = indexedFields[collection] ?? [];
      this.indexes.set(collection, new Map(fields.map((field) => [field, new Map()])));
    }
  }

  static build(state: WorkspaceState): SecondaryIndexes {
    const indexes = new SecondaryIndexes();
    for (const collection of COLLECTIONS) {
      const fields = indexedFields[collection];
      if (!fields?.length) continue;
      for (const [id, entry] of Object.entries(state[collection])) {
        if (isLive(entry)) indexes.add(collection, id, entry.f);
      }
    }
    return indexes;
  }

  isIndexed(collection: CollectionName, field: string): boolean {
    return this.indexes.get(collection)?.has(field) ?? false;
  }

  lookup(collection: CollectionName, field: string, value: unknown): ReadonlySet<string> {
    return this.indexes.get(collection)?.get(field)?.get(value) ?? new Set();
  }

  add(collection: CollectionName, id: string, fields: Record<string, unknown>): void {
    for (const [field, index] of this.indexes.get(collection)!) {
      const value = fields[field];
      if (value === undefined) continue;
      let ids = index.get(value);
      if (!ids) index.set(value, (ids = new Set()));
      ids.add(id);
    }
  }

  remove(collection: CollectionName, id: string, fields: Record<string, unknown>): void {
    for (const [field, index] of this.indexes.get(collection)!) {
      const ids = index.get(fields[field]);
      ids?.delete(id);
      if (ids?.size === 0) index.delete(fields[field]);
    }
  }

  /** Snapshot of the indexed field values, taken before an operation changes them. */
  valuesOf(collection: CollectionName, fields: Record<string, unknown> | undefined): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    if (!fields) return values;
    for (const field of this.indexes.get(collection)!.keys()) values[field] = fields[field];
    return values;
  }
}
