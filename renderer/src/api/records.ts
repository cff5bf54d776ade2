import type { z } from 'zod';
import type { CollectionName, EntityInput, StoredRecord } from '../../../shared/schema/collections';
import type { HistoryEntryOutput, ListQuerySchema } from '../../../shared/ipc/contract';
import { api } from './bridge';
import { call, unwrap } from './client';

export type ListQuery = z.input<typeof ListQuerySchema>;

// The records:* channels are typed by the collection they name (shared/ipc/api.ts), so a record
// read back has its collection's type.

export async function listRecords<C extends CollectionName>(collection: C, query?: ListQuery): Promise<StoredRecord<C>[]> {
  const { items } = await unwrap(() => api()['records:list']({ collection, ...(query ? { query } : {}) }));
  return items;
}

export function getRecord<C extends CollectionName>(collection: C, id: string): Promise<StoredRecord<C> | null> {
  return unwrap(() => api()['records:get']({ collection, id }));
}

export function createRecord<C extends CollectionName>(collection: C, data: EntityInput<C>): Promise<StoredRecord<C>> {
  return unwrap(() => api()['records:create']({ collection, data }));
}

export function patchRecord<C extends CollectionName>(
  collection: C,
  id: string,
  data: Partial<EntityInput<C>>,
  unset: string[] = [],
): Promise<StoredRecord<C>> {
  return unwrap(() => api()['records:patch']({ collection, id, data, ...(unset.length ? { unset } : {}) }));
}

export async function deleteRecord(collection: CollectionName, id: string): Promise<void> {
  await call('records:delete', { collection, id });
}

export async function recordHistory(collection: CollectionName, id: string): Promise<HistoryEntryOutput[]> {
  return call('records:history', { collection, id });
}
