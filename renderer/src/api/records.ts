import type { z } from 'zod';
import type { CollectionName, EntityInput, StoredRecord } from '../../../shared/schema/collections';
import type { HistoryEntryOutput, ListQuerySchema } from '../../../shared/ipc/contract';
import { call } from './client';

export type ListQuery = z.input<typeof ListQuerySchema>;

// The main process validates every record against the collection schemas before it is stored,
// so records read back are typed as the stored entity of their collection.

export async function listRecords<C extends CollectionName>(collection: C, query?: ListQuery): Promise<StoredRecord<C>[]> {
  const { items } = await call('records:list', { collection, ...(query ? { query } : {}) });
  return items as unknown as StoredRecord<C>[];
}

export async function getRecord<C extends CollectionName>(collection: C, id: string): Promise<StoredRecord<C> | null> {
  return (await call('records:get', { collection, id })) as unknown as StoredRecord<C> | null;
}

export async function createRecord<C extends CollectionName>(collection: C, data: EntityInput<C>): Promise<StoredRecord<C>> {
  return (await call('records:create', { collection, data: data as Record<string, unknown> })) as unknown as StoredRecord<C>;
}

export async function patchRecord<C extends CollectionName>(
  collection: C,
  id: string,
  data: Partial<EntityInput<C>>,
  unset: string[] = [],
): Promise<StoredRecord<C>> {
  const input = { collection, id, data: data as Record<string, unknown>, ...(unset.length ? { unset } : {}) };
  return (await call('records:patch', input)) as unknown as StoredRecord<C>;
}

export async function deleteRecord(collection: CollectionName, id: string): Promise<void> {
  await call('records:delete', { collection, id });
}

export async function recordHistory(collection: CollectionName, id: string): Promise<HistoryEntryOutput[]> {
  return call('records:history', { collection, id });
}
