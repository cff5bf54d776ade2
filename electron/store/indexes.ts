import { indexedFieldsOf, type CollectionName } from '../../shared/schema/collections';
import { isLive, type WorkspaceState } from '../../shared/store/state';

/** Ids per field value. Arrays, not Sets: buckets are small and arrays cost far less to build. */
type FieldIndex = Map<unknown, string[]>;

const EMPTY: readonly string[] = Object.freeze([]);

/**
 * Secondary indexes (positions by issue, by deputy, …) kept in step with the state. A collection's
 * indexes are built on its first look-up, so opening a workspace costs no more than reading it.
 */
export class SecondaryIndexes {
  private readonly indexes = new Map<CollectionName, Map<string, FieldIndex>>();

  constructor(private readonly state: WorkspaceState) {}

  isIndexed(collection: CollectionName, field: string): boolean {
    return indexedFieldsOf(collection).includes(field);
  }

  lookup(collection: CollectionName, field: string, value: unknown): readonly string[] {
    return this.built(collection).get(field)?.get(value) ?? EMPTY;
  }

  private built(collection: CollectionName): Map<string, FieldIndex> {
    let fieldIndexes = this.indexes.get(collection);
    if (!fieldIndexes) {
      fieldIndexes = new Map(indexedFieldsOf(collection).map((field) => [field, new Map()]));
      this.indexes.set(collection, fieldIndexes);
      const records = this.state[collection];
      for (const id in records) {
        const entry = records[id];
        if (isLive(entry)) this.add(collection, id, entry.f);
      }
    }
    return fieldIndexes;
  }

  add(collection: CollectionName, id: string, fields: Record<string, unknown>): void {
    const fieldIndexes = this.indexes.get(collection);
    if (!fieldIndexes) return; // not built yet: the first look-up reads the state as it is then
    for (const [field, index] of fieldIndexes) {
      const value = fields[field];
      if (value === undefined) continue;
      const ids = index.get(value);
      if (ids) ids.push(id);
      else index.set(value, [id]);
    }
  }

  remove(collection: CollectionName, id: string, fields: Record<string, unknown>): void {
    const fieldIndexes = this.indexes.get(collection);
    if (!fieldIndexes) return;
    for (const [field, index] of fieldIndexes) {
      const ids = index.get(fields[field]);
      if (!ids) continue;
      const at = ids.indexOf(id);
      if (at !== -1) ids.splice(at, 1);
      if (ids.length === 0) index.delete(fields[field]);
    }
  }

  /** Snapshot of the indexed field values, taken before an operation changes them. */
  valuesOf(collection: CollectionName, fields: Record<string, unknown> | undefined): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    if (!fields) return values;
    for (const field of indexedFieldsOf(collection)) values[field] = fields[field];
    return values;
  }
}
