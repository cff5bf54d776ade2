import { z } from 'zod';
import { collectionSchemas, type CollectionName, type StoredRecord } from '../schema/collections';
import { RecordBaseSchema } from '../schema/common';

/**
 * A stored record of collection C as it crosses the boundary: the collection's fields and the base
 * fields the store keeps. An intersection, not `.extend`: some collection schemas carry refinements.
 */
export function recordOutputSchema<C extends CollectionName>(collection: C) {
  return z.intersection(collectionSchemas[collection], RecordBaseSchema);
}

/**
 * A record of any collection, for channels whose collection is named by the input (records:*).
 * The type the renderer sees is narrowed by collection in shared/ipc/api.ts.
 */
export const AnyRecordOutputSchema = z.intersection(z.union(Object.values(collectionSchemas)), RecordBaseSchema);

/** A stored record of collection C, as channel outputs carry it. */
export type RecordOutput<C extends CollectionName = CollectionName> = StoredRecord<C>;

// The schema answers exactly the records the store keeps: a collection added to collections.ts
// without reaching the union (or a schema drifting from StoredRecord) fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const outputsMatchStoredRecords: Same<z.output<typeof AnyRecordOutputSchema>, RecordOutput> = true;
void outputsMatchStoredRecords;
